/**
 * Pages with a meaningful "last changed" day (articles, techniques) carry it as article:modified_time, the page-facts
 * integration (src/integrations/page-facts/index.ts) reads it from the built pages, and the sitemap writes it as <lastmod>.
 */
import { normalisePath } from '../../lib/routes.ts';

const days = new Map<string, Date>();

/** Records the day a page last changed; the latest report wins. */
export function markLastmod(pathname: string, date: Date): void {
  const path = normalisePath(pathname);
  const known = days.get(path);
  if (!known || date > known) days.set(path, date);
}

/** The page's last-changed day, if it reported one. */
export function lastmodOf(urlOrPath: string): Date | undefined {
  return days.get(normalisePath(urlOrPath));
}
