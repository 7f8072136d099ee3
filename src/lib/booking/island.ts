import { formatPrice } from '../format/intl.ts';
import { ADAPTERS } from './adapters.ts';
import type { PageKind } from './link-values.ts';
import { assertServicesReady, unknownServiceMessage, type Service } from './services.ts';
import type { BookingSettings } from './booking-settings.ts';
import { buildBookingLink, buildBookingUrl } from './url.ts';

interface BookingOption {
  /** Service id, the radio button's value. */
  id: string;
  /** The service's name. */
  name: string;
  /** For example "60 minutes". */
  length: string;
  /** For example "$110". */
  price: string;
  /** The ready-made booking link for this service on this page. */
  href: string;
}

/** Everything BookingIsland.astro renders, worked out at build time so the browser only swaps hrefs. */
export interface BookingIslandModel {
  /** The link before the visitor picks anything: the preselected service, or the booking home page. */
  href: string;
  /** The preselected service id, if the page named a known one. */
  selected: string | undefined;
  /** One line on where booking finishes. */
  nextStep: string;
  /** Whether the link opens a new tab (and must say so). */
  newTab: boolean;
  /** The catalog in file order, one link per service; empty when the provider's links cannot name a service. */
  options: BookingOption[];
  /** The opt-in calendar frame, or undefined when booking.embed is off. */
  embed: { title: string; height: number } | undefined;
}

export interface BookingIslandInput {
  /** Service id to preselect; one the catalog lacks stops the build. */
  service?: string | undefined;
  /** The file or page the island sits on, named when its service id is unknown. */
  where: string;
  /** The kind of page the island sits on (utm_content). */
  context: PageKind;
}

/** Builds the island's view; throws at build time for an unknown service id or a catalog without the ids the provider needs. */
export function bookingIslandModel(
  settings: BookingSettings,
  services: readonly Service[],
  input: BookingIslandInput,
  locale = 'en-US',
): BookingIslandModel {
  assertServicesReady(services, settings);
  if (input.service !== undefined && !services.some((service) => service.id === input.service)) {
    throw new Error(
      unknownServiceMessage(
        input.service,
        input.where,
        services.map((service) => service.id),
      ),
    );
  }
  const adapter = ADAPTERS[settings.provider];
  const first = buildBookingLink(settings, services, { service: input.service, context: input.context });
  // A picker only helps when the provider's links can name a service.
  const pickable = adapter.serviceIds.length > 0 ? services : [];
  const options = pickable.map((service) => ({
    id: service.id,
    name: service.name,
    length: `${service.minutes} minutes`,
    price: formatPrice(service.price, locale),
    href: buildBookingUrl(settings, services, { service: service.id, context: input.context }),
  }));
  return {
    href: first.url,
    selected: first.service,
    nextStep:
      settings.provider === 'url'
        ? `You'll finish booking on ${adapter.label}.`
        : `You'll finish booking on ${adapter.label}, our booking system.`,
    newTab: settings.opensInNewTab,
    options,
    embed: settings.embed.enabled
      ? { title: `Booking calendar on ${adapter.label}`, height: settings.embed.height }
      : undefined,
  };
}

// Kept here too, where the island's callers have always found it.
export { formatPrice };
