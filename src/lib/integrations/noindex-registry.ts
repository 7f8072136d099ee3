/**
 * Pages that ask search engines not to index them register here while they render, and the sitemap
 * leaves them out: one source of truth, the page's own robots tag. The build renders pages in the same
 * process as the sitemap integration, so a global registry is shared by both module copies.
 */
import { normalisePath } from '../utils/routes.ts';

const KEY = Symbol.for('massage-strong.noindex-paths');

function registry(): Set<string> {
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  store[KEY] ??= new Set<string>();
  return store[KEY];
}


export function markNoindex(pathname: string): void {
  registry().add(normalisePath(pathname));
}

/** True when the page at this absolute URL or path asked not to be indexed. */
export function isNoindex(urlOrPath: string): boolean {
  return registry().has(normalisePath(urlOrPath));
}
