import { ADAPTERS } from './adapters.ts';
import { isPageKind, isProviderId, isServiceId, type PageKind } from './link-values.ts';
import { serviceIdsFor, type Service } from './services.ts';
import type { BookingSettings } from './booking-settings.ts';

/** What a page asks the booking link for. Nothing else is ever read from it. */
export interface BookingRequest {
  /** A service id from services.yaml, for example "therapeutic-60". */
  service?: string | undefined;
  /** The booking provider's id of a staff member. Default: booking.defaultStaff. */
  staff?: string | undefined;
  /** The booking provider's id of a location. Default: booking.defaultLocation. */
  location?: string | undefined;
  /** The kind of page the link sits on; becomes utm_content. */
  context?: PageKind | undefined;
}

/** The only query keys a booking link may carry besides the provider's own id keys. */
export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content'] as const;

export interface BookingLink {
  /** The https address to link to. */
  url: string;
  /** The catalog service the link is for, or undefined when it falls back to the booking home page. */
  service: string | undefined;
  /** Request fields left out because they failed their pattern or are unknown (the island stops the build for an unknown service). */
  dropped: ('service' | 'staff' | 'location' | 'context')[];
}

type Catalog = readonly Pick<Service, 'id' | 'providerIds'>[];

/**
 * Builds the booking link for a request. Never throws for any request: an unknown or malformed
 * service falls back to the clinic's booking home page (bookingIslandModel stops the build first for an
 * unknown one), and a malformed staff, location or page kind is left out. Settings are trusted because
 * the build validated them.
 */
export function buildBookingLink(settings: BookingSettings, services: Catalog, request: BookingRequest): BookingLink {
  const adapter = ADAPTERS[settings.provider];
  const dropped: BookingLink['dropped'] = [];
  // Read each allowed field once, by name, so extra keys on the request can never be copied.
  const { service: serviceId, staff: staffId, location: locationId, context } = request;

  const service = isServiceId(serviceId) ? services.find((entry) => entry.id === serviceId) : undefined;
  const serviceIds = service ? serviceIdsFor(service, settings.provider) : undefined;
  // Providers whose links cannot name a service (url, vagaro) still accept a known service id.
  const usable = service && (serviceIds || adapter.serviceIds.length === 0) ? service : undefined;
  if (serviceId !== undefined && !usable) dropped.push('service');

  const staff = pickId(staffId, settings.defaultStaff, 'staff', dropped);
  const location = pickId(locationId, settings.defaultLocation, 'location', dropped);
  const pageKind = isPageKind(context) ? context : undefined;
  if (context !== undefined && !pageKind) dropped.push('context');

  const home = adapter.home(new URL(settings.url)) ?? new URL(settings.url);
  const url = adapter.link(home, { service: serviceIds, staff, location });

  // The allowlist, enforced on the result: the home page's own keys, the adapter's id keys and utm_*.
  const allowed = new Set<string>([...home.searchParams.keys(), ...adapter.queryKeys, ...UTM_KEYS]);
  for (const key of [...url.searchParams.keys()]) if (!allowed.has(key)) url.searchParams.delete(key);

  url.searchParams.set('utm_source', settings.utm.source);
  url.searchParams.set('utm_medium', settings.utm.medium);
  url.searchParams.set('utm_campaign', settings.utm.campaign);
  if (pageKind) url.searchParams.set('utm_content', pageKind);
  else url.searchParams.delete('utm_content');

  return { url: url.href, service: usable?.id, dropped };
}

/** The booking link for a request, as an https address; see buildBookingLink. */
export function buildBookingUrl(settings: BookingSettings, services: Catalog, request: BookingRequest): string {
  return buildBookingLink(settings, services, request).url;
}

function pickId(
  requested: string | undefined,
  fallback: string | undefined,
  field: 'staff' | 'location',
  dropped: BookingLink['dropped'],
): string | undefined {
  if (requested === undefined) return fallback;
  if (isProviderId(requested)) return requested;
  dropped.push(field);
  return fallback;
}
