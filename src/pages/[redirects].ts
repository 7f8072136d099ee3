import type { APIRoute } from 'astro';
import { getArticles, getTechniques, getTherapists } from '../server/collections.ts';
import { pageFiles } from '../server/page-files.ts';
import { sitePages } from '../lib/seo/routes.ts';
import { assertRedirects, collectRedirects, redirectsFile } from '../lib/seo/redirects.ts';

/** A route named by a parameter, because Astro skips page files whose names start with "_". */
export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

/** The `_redirects` file for hosts that read one; the build stops if the table is unsound. */
export const GET: APIRoute = async () => {
  const [articles, techniques, therapists] = await Promise.all([getArticles(), getTechniques(), getTherapists()]);
  const rules = collectRedirects(
    articles.map((article) => ({ id: article.id, title: article.data.title, legacyPaths: article.data.legacyPaths })),
  );
  const pages = sitePages({
    pageFiles: pageFiles(),
    articles: articles.map((article) => ({
      id: article.id,
      tags: article.data.tags,
      people: [article.data.author.id, article.data.reviewer.id],
    })),
    techniques: techniques.map((technique) => technique.id),
    therapists: therapists.map((therapist) => therapist.id),
  });
  assertRedirects(rules, pages);
  return new Response(redirectsFile(rules), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
