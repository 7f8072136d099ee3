import { slugify } from '../content/urls.ts';

/** What the route list is built from: page files and the content that dynamic pages turn into URLs. */
export interface RouteInputs {
  /** Files under src/pages, relative to it ("contact.astro", "articles/[slug].astro", "rss.xml.ts"). */
  pageFiles: readonly string[];
  /** Files under public, relative to it ("favicon.svg"). */
  publicFiles: readonly string[];
  articles: readonly { id: string; live: boolean; tags: readonly string[]; legacyPaths: readonly string[] }[];
  techniques: readonly string[];
  therapists: readonly string[];
  /** Articles per listing page (src/pages/articles/[...page].astro). */
  articlesPerPage: number;
}

/** Paths from the page files that have no brackets: "about.astro" -> "/about", "rss.xml.ts" -> "/rss.xml". */
export function staticPagePaths(pageFiles: readonly string[]): string[] {
  return pageFiles
    .filter((file) => !file.includes('[') && !file.split('/').some((part) => part.startsWith('_')) && /\.(astro|md|mdx|ts|js)$/.test(file))
    .map((file) => {
      const route = `/${file.replace(/\.(astro|md|mdx)$/, '').replace(/\.(ts|js)$/, '')}`.replace(/\/index$/, '');
      return route === '' ? '/' : route;
    });
}

/** Every path the built site has, and the article paths that exist but are not live. */
export function siteRoutes(inputs: RouteInputs): { routes: Set<string>; hiddenRoutes: Set<string> } {
  const live = inputs.articles.filter((article) => article.live);
  const routes = new Set<string>([
    ...staticPagePaths(inputs.pageFiles),
    ...inputs.publicFiles.map((file) => `/${file}`),
    ...live.map((article) => `/articles/${article.id}`),
    ...live.flatMap((article) => article.legacyPaths),
    ...live.flatMap((article) => article.tags.map((tag) => `/tags/${slugify(tag)}`)),
    ...inputs.techniques.map((id) => `/techniques/${id}`),
    ...inputs.therapists.map((id) => `/therapists/${id}`),
    '/articles',
  ]);
  const listingPages = Math.ceil(live.length / inputs.articlesPerPage);
  for (let page = 2; page <= listingPages; page += 1) routes.add(`/articles/${page}`);
  const hiddenRoutes = new Set(inputs.articles.filter((article) => !article.live).map((article) => `/articles/${article.id}`));
  return { routes, hiddenRoutes };
}
