/**
 * Pages with a meaningful "last changed" day (articles, techniques) report it here while they render,
 * and the sitemap writes it as <lastmod>. Shared through globalThis like the noindex registry, because the
 * sitemap integration and the rendered pages load separate copies of this module.
 */
import { normalisePath } from '../utils/routes.ts';

const KEY = Symbol.for('massage-strong.lastmod');

function registry(): Map<string, Date> {
  const store = globalThis as unknown as Record<symbol, Map<string, Date> | undefined>;
  store[KEY] ??= new Map<string, Date>();
  return store[KEY];
}

/** Records the day a page last changed; the latest report wins. */
export function markLastmod(pathname: string, date: Date): void {
  const path = normalisePath(pathname);
  const known = registry().get(path);
  if (!known || date > known) registry().set(path, date);
}

/** The page's last-changed day, if it reported one. */
export function lastmodOf(urlOrPath: string): Date | undefined {
  return registry().get(normalisePath(urlOrPath));
}

/** The most recent of the days a page was published, updated and reviewed. */
export function latestDate(...dates: (Date | undefined)[]): Date {
  const known = dates.filter((date): date is Date => date instanceof Date && !Number.isNaN(date.getTime()));
  if (known.length === 0) throw new Error('latestDate needs at least one valid date');
  return new Date(Math.max(...known.map((date) => date.getTime())));
}
