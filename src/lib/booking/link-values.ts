/**
 * The strict shapes every value must have before it may go into a booking link. Anything that does not
 * match (an email, a phone number, a sentence, a path) is rejected, so visitor data cannot ride along.
 */

/** Where a booking link sits on the site; sent as utm_content. Never a page path. */
const PAGE_KINDS = ['header', 'sticky', 'home', 'hub', 'article', 'technique', 'quiz', 'services'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The clinic's own service ids in services.yaml: lowercase words joined by hyphens. */
const SERVICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A booking provider's id for a service, staff member or location: letters, digits, "-" and "_". */
const PROVIDER_ID = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$/;

// Provider ids seen in the wild are at most 9 digits; 10 or more digits looks like a phone number.
const LONG_NUMBER = /^\d{10,}$/;

/** A utm_* value the clinic sets: a short lowercase tag. */
const UTM_VALUE = /^[a-z0-9](?:[a-z0-9._-]{0,38}[a-z0-9])?$/;

export const SERVICE_ID_HINT = 'lowercase letters and digits joined by hyphens, for example "therapeutic-60"';
export const PROVIDER_ID_HINT =
  'the booking system\'s own id: 1 to 64 letters, digits, "-" or "_" (no spaces, "@", "+" or "/"), for example "12" or "LJFDVKXY7Y7PC"';
export const UTM_HINT = 'a short lowercase tag: letters, digits, ".", "-" or "_", for example "massagestrong.com"';

export function isServiceId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && SERVICE_ID.test(value);
}

export function isProviderId(value: unknown): value is string {
  return typeof value === 'string' && PROVIDER_ID.test(value) && !LONG_NUMBER.test(value);
}

export function isUtmValue(value: unknown): value is string {
  return typeof value === 'string' && UTM_VALUE.test(value);
}

export function isPageKind(value: unknown): value is PageKind {
  return typeof value === 'string' && (PAGE_KINDS as readonly string[]).includes(value);
}
