/**
 * Pages that ask search engines not to index them register here while they render, and the sitemap
 * leaves them out: one source of truth, the page's own robots tag. The build renders pages in the same
 * process as the sitemap integration, so a global registry is shared by both module copies.
 */
const KEY = Symbol.for('massage-strong.noindex-paths');

function registry(): Set<string> {
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  store[KEY] ??= new Set<string>();
  return store[KEY];
}

/** Normalises "/tags/x.html", "/tags/x/" and "/tags/x" to "/tags/x". */
export function normalisePath(path: string): string {
  const clean = path.replace(/\/index\.html$/, '/').replace(/\.html$/, '').replace(/\/+$/, '');
  return clean === '' ? '/' : clean;
}

export function markNoindex(pathname: string): void {
  registry().add(normalisePath(pathname));
}

/** True when the page at this absolute URL or path asked not to be indexed. */
export function isNoindex(urlOrPath: string): boolean {
  const path = urlOrPath.startsWith('/') ? urlOrPath : new URL(urlOrPath).pathname;
  return registry().has(normalisePath(path));
}
