/**
 * The site's redirect table: one list that makes both the static redirect pages (src/pages/[...legacy].astro)
 * and the `_redirects` file for hosts that read one (src/pages/[redirects].ts).
 */
import { articleUrl, normalisePath } from './routes.ts';

export interface Redirect {
  /** The old path, starting with "/", no trailing slash. */
  from: string;
  /** Where it now lives: a page on this site. */
  to: string;
  /** Why the rule exists, for the people who maintain the table. */
  reason: string;
  /** The title of the page it lands on, for the redirect page's link. */
  title?: string | undefined;
}

/** Rules that do not come from frontmatter. */
export const FIXED_REDIRECTS: readonly Redirect[] = [
  {
    from: '/managing-chronic-back-pain-with-targeted-massage-therapy',
    to: articleUrl('managing-chronic-back-pain-with-targeted-massage'),
    reason: "The clinic's article on the old site: search engines and old links point at it.",
  },
];

/** What the table needs from each live article. */
export interface ArticleRedirectSource {
  id: string;
  title: string;
  legacyPaths: readonly string[];
}

/** Every rule: the fixed ones, then each article's legacyPaths; the same rule twice is kept once. */
export function collectRedirects(
  articles: readonly ArticleRedirectSource[],
  fixed: readonly Redirect[] = FIXED_REDIRECTS,
): Redirect[] {
  const titles = new Map(articles.map((article) => [articleUrl(article.id), article.title]));
  const all: Redirect[] = [
    ...fixed,
    ...articles.flatMap((article) =>
      article.legacyPaths.map((from) => ({
        from,
        to: articleUrl(article.id),
        reason: `legacyPaths in the article "${article.id}"`,
      })),
    ),
  ];
  const seen = new Set<string>();
  const rules: Redirect[] = [];
  for (const rule of all) {
    const key = `${rule.from} ${rule.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rules.push({ ...rule, title: rule.title ?? titles.get(rule.to) });
  }
  return rules;
}

/**
 * What is wrong with a table, given the site's pages: a source used twice with different targets,
 * a source that is itself a page, a target that is not a page, a target that redirects again, or a
 * malformed path. Empty when the table is sound.
 */
export function findRedirectProblems(rules: readonly Redirect[], pages: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const targets = new Map<string, string>();
  const sources = new Set(rules.map((rule) => normalisePath(rule.from)));
  for (const rule of rules) {
    const from = normalisePath(rule.from);
    const to = normalisePath(rule.to);
    if (!/^\/[a-z0-9\-/]*$/.test(rule.from) || rule.from !== from) {
      problems.push(`"${rule.from}": expected a lowercase path starting with "/" and without a trailing slash`);
    }
    const known = targets.get(from);
    if (known !== undefined && known !== to)
      problems.push(`"${rule.from}" redirects to both "${known}" and "${rule.to}": keep one rule`);
    targets.set(from, to);
    if (from === to) problems.push(`"${rule.from}" redirects to itself`);
    if (pages.has(from))
      problems.push(`"${rule.from}" is a page on the site, so a redirect from it would hide that page`);
    if (sources.has(to))
      problems.push(`"${rule.from}" redirects to "${rule.to}", which redirects again: point it at the final page`);
    else if (!pages.has(to)) problems.push(`"${rule.from}" redirects to "${rule.to}", which is not a page on the site`);
  }
  return problems;
}

/** Throws one readable error naming every problem in the table. */
export function assertRedirects(rules: readonly Redirect[], pages: ReadonlySet<string>): void {
  const problems = findRedirectProblems(rules, pages);
  if (problems.length === 0) return;
  throw new Error(
    `The redirect table has problems (src/lib/seo/redirects.ts and articles' legacyPaths):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
}

/**
 * The `_redirects` file read by Netlify, Cloudflare Pages and similar hosts: "from to 301", one per line.
 * Cloudflare applies a rule even where a file exists; Netlify serves the redirect page there instead (it still forwards).
 */
export function redirectsFile(rules: readonly Redirect[]): string {
  const lines = rules.map((rule) => `${rule.from} ${rule.to} 301`);
  return `# Made by the build from src/lib/seo/redirects.ts; do not edit.\n${lines.join('\n')}\n`;
}
