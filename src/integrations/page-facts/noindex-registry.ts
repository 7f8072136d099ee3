/**
 * Pages that ask search engines not to index them, and the sitemap leaves them out: one source of truth, the page's
 * own robots tag, read from the built pages by the page-facts integration (src/integrations/page-facts/index.ts).
 */
import { normalisePath } from '../../lib/routes.ts';

const paths = new Set<string>();

export function markNoindex(pathname: string): void {
  paths.add(normalisePath(pathname));
}

/** True when the page at this absolute URL or path asked not to be indexed. */
export function isNoindex(urlOrPath: string): boolean {
  return paths.has(normalisePath(urlOrPath));
}
