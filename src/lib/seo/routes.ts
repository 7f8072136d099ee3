/**
 * Where every page lives: the one path normaliser, the URL builders for each kind of page, the routes the
 * page files make, and the breadcrumb trail. Everything that compares, builds or lists site paths uses these.
 */

/**
 * The site path of an address, a built file or a page file's route: no origin, query or hash, no ".html",
 * no trailing "index", no trailing slash ("/" for the home page).
 * "/tags/x.html", "/tags/x/", "tags/x/index.html" and "https://host/tags/x?a#b" are all "/tags/x".
 */
export function normalisePath(address: string): string {
  const path = /^[a-z][a-z0-9+.-]*:/i.test(address) ? new URL(address).pathname : address.split(/[?#]/, 1)[0]!;
  const clean = path
    .replace(/\/+$/, '')
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/\/+$/, '')
    .replace(/^\/*/, '/');
  return clean;
}

/** Turns a tag or title into a URL slug: "Chronic back pain" -> "chronic-back-pain". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const articleUrl = (id: string) => `/articles/${id}`;
export const techniqueUrl = (id: string) => `/techniques/${id}`;
export const tagUrl = (tag: string) => `/tags/${slugify(tag)}`;
export const therapistUrl = (id: string) => `/therapists/${id}`;

/**
 * Articles per page of every paged list (the article index, a tag, a therapist's articles). Twenty teasers stay far
 * under the 20 KB page budget (under 6 KB gzipped) and halve the pages a large site builds: at 5,000 articles, 1,250
 * fewer pages and about 2 s less build time than ten.
 */
export const ARTICLES_PER_PAGE = 20;

/** A therapist's paged list of the articles they wrote or reviewed. */
export const therapistArticlesUrl = (id: string) => `/therapists/${id}/articles`;

/** The article listing's page `page` (1 is "/articles"). */
export const articleListUrl = (page: number) => listPageUrl('/articles', page);

/** Page `page` of a paged list whose first page is at `first`: "/tags/x", then "/tags/x/2", ... */
const listPageUrl = (first: string, page: number) => (page === 1 ? first : `${first}/${page}`);

/** How many listing pages `count` live articles fill (at least one: the listing exists when it is empty). */
const articleListPages = (count: number) => Math.max(1, Math.ceil(count / ARTICLES_PER_PAGE));

/** The name of a page's social card in the /og/[...card].png route. */
export const socialCardName = (collection: 'articles' | 'techniques', id: string) => `${collection}/${id}`;
/** The card every page without its own uses. */
export const SITE_CARD_NAME = 'site';
/** The site path of a social card. */
export const socialCardUrl = (name: string) => `/og/${name}.png`;

const PAGE_FILE = /\.(astro|md|mdx|ts|js)$/;

/**
 * The route a file under src/pages makes on its own: "about.astro" is "/about", "rss.xml.ts" is "/rss.xml",
 * "therapists/index.astro" is "/therapists". Undefined for dynamic files ("[slug].astro"), files in "_" folders
 * and anything that is not a page.
 */
export function staticRoute(pageFile: string): string | undefined {
  if (!PAGE_FILE.test(pageFile) || pageFile.includes('[') || pageFile.split('/').some((part) => part.startsWith('_')))
    return undefined;
  return normalisePath(pageFile.replace(PAGE_FILE, ''));
}

/** Every static route, mapped to the page file (relative to src/pages) that makes it. */
export function staticRoutes(pageFiles: readonly string[]): Map<string, string> {
  const routes = new Map<string, string>();
  for (const file of pageFiles) {
    const route = staticRoute(file);
    if (route !== undefined) routes.set(route, file);
  }
  return routes;
}

/** What the built site is made from: page files and the live content that dynamic pages turn into URLs. */
export interface SiteContent {
  /** Files under src/pages, relative to it ("contact.astro", "articles/[slug].astro", "rss.xml.ts"). */
  pageFiles: readonly string[];
  /** Live articles only; people are the ids of their author and reviewer. */
  articles: readonly { id: string; tags: readonly string[]; people?: readonly string[] }[];
  techniques: readonly string[];
  therapists: readonly string[];
}

/** Every page the build makes (not redirect stubs, not files from public/). */
export function sitePages(content: SiteContent): Set<string> {
  const pages = new Set<string>([
    ...staticRoutes(content.pageFiles).keys(),
    ...content.articles.map((article) => articleUrl(article.id)),
    ...content.techniques.map(techniqueUrl),
    ...content.therapists.map(therapistUrl),
  ]);
  // Every paged list: the article index, each tag, each therapist's articles.
  const list = (first: string, count: number) => {
    for (let page = 1; page <= articleListPages(count); page += 1) pages.add(listPageUrl(first, page));
  };
  list('/articles', content.articles.length);
  const tagged = new Map<string, number>();
  for (const tag of content.articles.flatMap((article) => article.tags.map(tagUrl)))
    tagged.set(tag, (tagged.get(tag) ?? 0) + 1);
  for (const [first, count] of tagged) list(first, count);
  for (const id of content.therapists)
    list(therapistArticlesUrl(id), content.articles.filter((article) => article.people?.includes(id)).length);
  return pages;
}

/** What a link may point at: every article, live or not, with its old addresses, plus the files in public/. */
export interface LinkTargetInputs extends Omit<SiteContent, 'articles'> {
  articles: readonly { id: string; live: boolean; tags: readonly string[]; legacyPaths: readonly string[] }[];
  /** Files under public, relative to it ("favicon.svg"). */
  publicFiles: readonly string[];
}

/** Every path a link on the live site may use, and the article paths that exist but are not live yet. */
export function siteRoutes(inputs: LinkTargetInputs): { routes: Set<string>; hiddenRoutes: Set<string> } {
  const live = inputs.articles.filter((article) => article.live);
  const routes = sitePages({ ...inputs, articles: live });
  for (const path of [
    ...inputs.publicFiles.map((file) => `/${file}`),
    ...live.flatMap((article) => article.legacyPaths),
  ])
    routes.add(path);
  const hiddenRoutes = new Set(
    inputs.articles.filter((article) => !article.live).map((article) => articleUrl(article.id)),
  );
  return { routes, hiddenRoutes };
}

/** One step of a breadcrumb trail. */
export interface Crumb {
  /** Site path of the page, for example "/articles". */
  href: string;
  label: string;
}

/** Sections that have their own listing page, so a trail can pass through them. */
const SECTIONS: Readonly<Record<string, string>> = {
  '/articles': 'Articles',
  '/techniques': 'Techniques',
  '/therapists': 'Therapists',
};

/**
 * The trail from the home page to a page: Home, any section it sits in, then the page itself. The visible
 * breadcrumbs and the BreadcrumbList JSON-LD both render it. Empty for the home page, which has no trail.
 */
export function breadcrumbTrail(
  pathname: string,
  title: string,
  sections: Readonly<Record<string, string>> = SECTIONS,
): Crumb[] {
  const path = normalisePath(pathname);
  if (path === '/') return [];
  const trail: Crumb[] = [{ href: '/', label: 'Home' }];
  const parts = path.split('/').filter(Boolean);
  for (let depth = 1; depth < parts.length; depth += 1) {
    const ancestor = `/${parts.slice(0, depth).join('/')}`;
    const label = sections[ancestor];
    if (label) trail.push({ href: ancestor, label });
  }
  trail.push({ href: path, label: title });
  return trail;
}
