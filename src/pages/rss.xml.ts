import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { settings } from '../server/settings.ts';
import { getArticles } from '../server/collections.ts';
import { articleUrl } from '../lib/seo/routes.ts';

/** The article feed: live articles only, newest first, with absolute links. */
export async function GET(context: APIContext) {
  const articles = await getArticles();
  return rss({
    title: `${settings.name}: articles on back pain`,
    description: settings.description,
    site: context.site ?? settings.siteUrl,
    customData: `<language>${settings.locale}</language>`,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.pubDate,
      link: new URL(articleUrl(article.id), settings.siteUrl).href,
      categories: article.data.tags,
    })),
  });
}
