import { dateTimeFormat } from './intl.ts';

/** A calendar date in the site's language, such as "November 20, 2026". Dates are days, so read them in UTC. */
export function formatDate(date: Date, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The YYYY-MM-DD form for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar day at `now` in a time zone, YYYY-MM-DD (the clinic's day, not the server's). */
export function dayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The most recent of the days a page was published, updated and reviewed. */
export function latestDate(...dates: (Date | undefined)[]): Date {
  const known = dates.filter((date): date is Date => date instanceof Date && !Number.isNaN(date.getTime()));
  if (known.length === 0) throw new Error('latestDate needs at least one valid date');
  return new Date(Math.max(...known.map((date) => date.getTime())));
}
