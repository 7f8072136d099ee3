import { dateTimeFormat } from './intl.ts';

/** A calendar date in the site's language, such as "November 20, 2026". Dates are days, so read them in UTC. */
export function formatDate(date: Date, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The YYYY-MM-DD form for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
