/**
 * Shared Intl formatters. Making an Intl formatter costs far more than using one, and every page formats dates,
 * hours and prices: with thousands of pages, a new formatter per call was a large part of the build time.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  kind: string,
  locale: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** A DateTimeFormat for this locale and these options, made once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** A NumberFormat for this locale and these options, made once. */
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** A ListFormat for this locale and these options, made once. */
export const listFormat = (locale: string, options: Intl.ListFormatOptions) =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options));

/** A price in US dollars for the site's locale: "$110", or "$62.50" when there are cents. */
export function formatPrice(price: number, locale: string): string {
  const cents = Number.isInteger(price) ? 0 : 2;
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents,
    maximumFractionDigits: cents,
  }).format(price);
}
