/**
 * Pages with a meaningful "last changed" day (articles, techniques) carry it as article:modified_time, the page-facts
 * integration (src/lib/integrations/page-facts.ts) reads it from the built pages, and the sitemap writes it as <lastmod>.
 */
import { normalisePath } from '../utils/routes.ts';

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

/** The most recent of the days a page was published, updated and reviewed. */
export function latestDate(...dates: (Date | undefined)[]): Date {
  const known = dates.filter((date): date is Date => date instanceof Date && !Number.isNaN(date.getTime()));
  if (known.length === 0) throw new Error('latestDate needs at least one valid date');
  return new Date(Math.max(...known.map((date) => date.getTime())));
}
