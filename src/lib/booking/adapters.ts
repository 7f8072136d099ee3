/**
 * One adapter per booking provider: which addresses belong to it, and how its links name a service,
 * a staff member and a location. Each adapter notes what the provider documents and what is only
 * observed in links that clinics publish (checked against public docs and sites, 2026).
 *
 * Adapters only ever receive ids that already passed the strict patterns in link-values.ts.
 */
import { isProviderId } from './link-values.ts';

interface LinkChoice {
  /** The provider's ids for the chosen service (all fields present), or undefined for the booking home page. */
  service: Readonly<Record<string, string>> | undefined;
  /** The provider's id for a staff member, or undefined. */
  staff: string | undefined;
  /** The provider's id for a location, or undefined. */
  location: string | undefined;
}

/** One id a provider's links need to name a service: a key under providerIds.<provider> in services.yaml. */
interface ServiceIdField {
  /** The key under providerIds.<provider>. */
  key: string;
  /** How a person finds that id, completing "add ...". */
  howToFind: string;
}

export interface BookingAdapter {
  /** The provider's name as visitors know it. */
  label: string;
  /** What each service in services.yaml needs for a link straight to it; empty when the links cannot name a service. */
  serviceIds: readonly ServiceIdField[];
  /** A valid booking.url, shown in messages. */
  example: string;
  /** What a valid booking.url looks like; completes "expected ...". */
  expectedUrl: string;
  /** The clinic's booking home page rebuilt from the parts we understand, or undefined if the address is not this provider's. */
  home(url: URL): URL | undefined;
  /** The link for one choice, starting from home(). */
  link(home: URL, choice: LinkChoice): URL;
  /** Query keys this provider's links may carry besides utm_* and those of the home page. */
  queryKeys: readonly string[];
  /** Whether the booking page may be shown in an iframe on our site (only then may booking.embed be on). */
  embed: boolean;
}

const SUBDOMAIN = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const RESERVED_SUBDOMAINS = new Set(['www', 'app', 'api', 'secure', 'help', 'support', 'developers', 'docs']);

function subdomainOf(hostname: string, pattern: RegExp): string | undefined {
  const name = pattern.exec(hostname)?.[1];
  return name && !RESERVED_SUBDOMAINS.has(name) ? name : undefined;
}

const isSlug = isProviderId;

/**
 * Jane App. Observed (Jane's guide describes choosing what is bookable online, not link formats):
 * "<clinic>.janeapp.com/#/discipline/<d>/treatment/<t>", "#/staff_member/<s>/treatment/<t>",
 * "#/staff_member/<s>" and "/locations/<slug>/book#...". Location plus treatment together is assumed.
 * Regional sites use janeapp.co.uk and janeapp.com.au. UTM tags sit in the query, before the "#".
 * A location in booking.url (".../locations/<slug>") is the default; a requested location replaces it.
 */
const JANE_HOST = new RegExp(`^(${SUBDOMAIN})\\.janeapp\\.(?:com|co\\.uk|com\\.au)$`);
const JANE_LOCATION_PATH = /^\/locations\/([A-Za-z0-9][A-Za-z0-9_-]{0,62})(?:\/book)?\/?$/;
const jane: BookingAdapter = {
  label: 'Jane App',
  serviceIds: [
    {
      key: 'discipline',
      howToFind: 'the Jane App discipline id (the number after "#/discipline/" in the treatment\'s booking link)',
    },
    {
      key: 'treatment',
      howToFind: 'the Jane App treatment id (the number after "/treatment/" in the treatment\'s booking link)',
    },
  ],
  example: 'https://massagestrong.janeapp.com/',
  expectedUrl:
    'the address of your Jane App booking site: a subdomain of janeapp.com, janeapp.co.uk or janeapp.com.au, with no path or a location\'s "/locations/<location>/book"',
  home(url) {
    const location = JANE_LOCATION_PATH.exec(url.pathname)?.[1];
    if (!subdomainOf(url.hostname, JANE_HOST) || (url.pathname !== '/' && !location)) return undefined;
    return new URL(location ? `${url.origin}/locations/${location}/book` : `${url.origin}/`);
  },
  link(home, { service, staff, location }) {
    const url = new URL(home);
    if (location) url.pathname = `/locations/${location}/book`;
    const discipline = service?.['discipline'];
    const treatment = service?.['treatment'];
    if (treatment && staff) url.hash = `/staff_member/${staff}/treatment/${treatment}`;
    else if (treatment && discipline) url.hash = `/discipline/${discipline}/treatment/${treatment}`;
    else if (staff) url.hash = `/staff_member/${staff}`;
    return url;
  },
  queryKeys: [],
  embed: false,
};

/**
 * Acuity Scheduling. Documented (developers.acuityscheduling.com, "Embeds and Dynamic Links"): schedule.php
 * takes appointmentType, calendarID (a staff member's or room's calendar) and location (the calendar's
 * location name, so it must be a single id-like word here). Addresses: "app.acuityscheduling.com/
 * schedule.php?owner=<id>" (from the embed code), "<clinic>.acuityscheduling.com" or "<clinic>.as.me".
 * Acuity documents its embed as an iframe of this same page, so the opt-in embed is allowed.
 */
const ACUITY_HOST = new RegExp(`^(${SUBDOMAIN})\\.(?:acuityscheduling\\.com|as\\.me)$`);
const acuity: BookingAdapter = {
  label: 'Acuity Scheduling',
  serviceIds: [
    {
      key: 'appointmentType',
      howToFind: 'the Acuity appointment type id (from its Direct Scheduling Link, "appointmentType=...")',
    },
  ],
  example: 'https://app.acuityscheduling.com/schedule.php?owner=12345678',
  expectedUrl:
    'your Acuity scheduling page: "https://<your-name>.as.me/", "https://<your-name>.acuityscheduling.com/" or "https://app.acuityscheduling.com/schedule.php?owner=<your owner id>"',
  home(url) {
    if (url.hostname === 'app.acuityscheduling.com') {
      const owner = url.searchParams.get('owner');
      if (url.pathname !== '/schedule.php' || !owner || !/^\d{1,12}$/.test(owner)) return undefined;
      return new URL(`https://app.acuityscheduling.com/schedule.php?owner=${owner}`);
    }
    if (!subdomainOf(url.hostname, ACUITY_HOST) || !['/', '/schedule.php'].includes(url.pathname)) return undefined;
    return new URL(`https://${url.hostname}/schedule.php`);
  },
  link(home, { service, staff, location }) {
    const url = new URL(home);
    const appointmentType = service?.['appointmentType'];
    if (appointmentType) url.searchParams.set('appointmentType', appointmentType);
    if (staff) url.searchParams.set('calendarID', staff);
    if (location) url.searchParams.set('location', location);
    return url;
  },
  queryKeys: ['appointmentType', 'calendarID', 'location'],
  embed: true,
};

/**
 * Calendly. Documented: event type links are "calendly.com/<user-or-team>/<event-type-slug>", and UTM
 * parameters on them are recorded with the booking. A staff member is their own Calendly user slug; that
 * they use the same event type slug as the clinic is assumed. Calendly links have no location parameter
 * (its "location" prefill is the invitee's own answer), so location is ignored. Its embed needs Calendly's
 * script, so the opt-in embed is not offered.
 */
const calendly: BookingAdapter = {
  label: 'Calendly',
  serviceIds: [{ key: 'eventType', howToFind: 'the Calendly event type slug (the last part of its link)' }],
  example: 'https://calendly.com/massagestrong',
  expectedUrl: 'your Calendly page: "https://calendly.com/" and one name',
  home(url) {
    const [, slug, ...rest] = url.pathname.replace(/\/$/, '').split('/');
    if (!['calendly.com', 'www.calendly.com'].includes(url.hostname) || !isSlug(slug) || rest.length > 0)
      return undefined;
    return new URL(`https://calendly.com/${slug}`);
  },
  link(home, { service, staff }) {
    const url = new URL(home);
    const eventType = service?.['eventType'];
    const owner = staff ?? url.pathname.slice(1);
    url.pathname = eventType ? `/${owner}/${eventType}` : `/${owner}`;
    return url;
  },
  queryKeys: [],
  embed: false,
};

/**
 * Cal.com. Documented: booking links are "cal.com/<user>/<event-type>" or "cal.com/team/<team>/<event-type>"
 * (organizations get "<org>.cal.com"), and utm_source/medium/campaign/term/content are tracked
 * automatically (cal.com/help/bookings/utm-tracking). A staff member as "cal.com/<their-user>/<event-type>"
 * with the same slug is assumed. No link parameter picks a clinic location (its "location" prefill is the
 * attendee's address), so location is ignored. Its embed needs Cal.com's script: not offered.
 */
const CALCOM_ORG = new RegExp(`^(${SUBDOMAIN})\\.cal\\.com$`);
const calcom: BookingAdapter = {
  label: 'Cal.com',
  serviceIds: [{ key: 'eventType', howToFind: 'the Cal.com event type slug (the last part of its link)' }],
  example: 'https://cal.com/massagestrong',
  expectedUrl:
    'your Cal.com page: "https://cal.com/<user>", "https://cal.com/team/<team>" or your organization\'s "<org>.cal.com" address',
  home(url) {
    if (url.hostname !== 'cal.com' && !subdomainOf(url.hostname, CALCOM_ORG)) return undefined;
    const parts = url.pathname.replace(/\/$/, '').split('/').slice(1);
    const ok =
      (parts.length === 1 && isSlug(parts[0])) || (parts.length === 2 && parts[0] === 'team' && isSlug(parts[1]));
    return ok ? new URL(`https://${url.hostname}/${parts.join('/')}`) : undefined;
  },
  link(home, { service, staff }) {
    const url = new URL(home);
    const eventType = service?.['eventType'];
    const owner = staff ?? url.pathname.slice(1);
    url.pathname = eventType ? `/${owner}/${eventType}` : `/${owner}`;
    return url;
  },
  queryKeys: [],
  embed: false,
};

/**
 * Square Appointments. Observed (Square's help describes the booking flow, not link formats):
 * "book.squareup.com/appointments/<merchant>/location/<location>/services[/<service-variation>]" and
 * "?team_member_id=<id>" on the services page; staff plus a service together is assumed. Clinics show
 * this page in an iframe (observed), so the opt-in embed is allowed.
 */
const SQUARE_PATH = /^\/appointments\/([A-Za-z0-9]{1,64})\/location\/([A-Za-z0-9]{1,64})(?:\/services)?\/?$/;
const square: BookingAdapter = {
  label: 'Square Appointments',
  serviceIds: [
    {
      key: 'serviceVariation',
      howToFind: "the Square service variation id (the last part of the service's booking link)",
    },
  ],
  example: 'https://book.squareup.com/appointments/abc123def456/location/LHOME123/services',
  expectedUrl:
    'your Square Appointments booking site: "https://book.squareup.com/appointments/<business>/location/<location>/services"',
  home(url) {
    const match = SQUARE_PATH.exec(url.pathname);
    if (url.hostname !== 'book.squareup.com' || !match) return undefined;
    return new URL(`https://book.squareup.com/appointments/${match[1]}/location/${match[2]}/services`);
  },
  link(home, { service, staff, location }) {
    const url = new URL(home);
    const [, merchant, homeLocation] = SQUARE_PATH.exec(url.pathname) ?? [];
    const serviceVariation = service?.['serviceVariation'];
    url.pathname = `/appointments/${merchant}/location/${location ?? homeLocation}/services${serviceVariation ? `/${serviceVariation}` : ''}`;
    if (staff) url.searchParams.set('team_member_id', staff);
    return url;
  },
  queryKeys: ['team_member_id'],
  embed: true,
};

/**
 * Mindbody. Observed (Mindbody documents its API, not consumer links): "clients.mindbodyonline.com/
 * classic/ws?studioid=<site>&stype=-9" opens appointments; sTG picks the session type group, sTrn the
 * staff member, sLoc the location. A link cannot name a single session type, only its group.
 */
const mindbody: BookingAdapter = {
  label: 'Mindbody',
  serviceIds: [
    { key: 'sessionTypeGroup', howToFind: 'the Mindbody session type group id ("sTG=..." in the appointment link)' },
  ],
  example: 'https://clients.mindbodyonline.com/classic/ws?studioid=123456&stype=-9',
  expectedUrl:
    'your Mindbody appointments link with your site id: "https://clients.mindbodyonline.com/classic/ws?studioid=<site id>"',
  home(url) {
    const studio = url.searchParams.get('studioid');
    if (
      url.hostname !== 'clients.mindbodyonline.com' ||
      url.pathname !== '/classic/ws' ||
      !studio ||
      !/^-?\d{1,9}$/.test(studio)
    )
      return undefined;
    return new URL(`https://clients.mindbodyonline.com/classic/ws?studioid=${studio}&stype=-9`);
  },
  link(home, { service, staff, location }) {
    const url = new URL(home);
    const group = service?.['sessionTypeGroup'];
    if (group) url.searchParams.set('sTG', group);
    if (staff) url.searchParams.set('sTrn', staff);
    if (location) url.searchParams.set('sLoc', location);
    return url;
  },
  queryKeys: ['sTG', 'sTrn', 'sLoc'],
  embed: false,
};

/**
 * Vagaro. Observed: a business page is "www.vagaro.com/<business>" (sometimes "/us04/<business>");
 * per-service widget links carry an opaque "enc=" token, not an id, so no link can name a service,
 * staff member or location: all three are ignored and the visitor chooses on Vagaro.
 */
const VAGARO_PATH = /^\/(?:(us\d{2})\/)?([A-Za-z0-9][A-Za-z0-9-]{0,62})\/?$/;
const vagaro: BookingAdapter = {
  label: 'Vagaro',
  serviceIds: [],
  example: 'https://www.vagaro.com/massagestrong',
  expectedUrl: 'your Vagaro business page: "https://www.vagaro.com/<business>"',
  home(url) {
    const match = VAGARO_PATH.exec(url.pathname);
    if (!['www.vagaro.com', 'vagaro.com'].includes(url.hostname) || !match || match[2]?.toLowerCase() === 'users')
      return undefined;
    return new URL(`https://www.vagaro.com/${match[1] ? `${match[1]}/` : ''}${match[2]}`);
  },
  link: (home) => new URL(home),
  queryKeys: [],
  embed: false,
};

/**
 * Fresha. Observed in the share links clinics publish: "www.fresha.com/book-now/<venue>/services?
 * lid=<location>&eid=<team member>&oiid=sv:<service>&share=true&pId=<business>"; "/all-offer" lists all.
 */
const FRESHA_PATH = /^\/book-now\/([a-z0-9][a-z0-9-]{0,80})\/(?:all-offer|services)\/?$/;
const fresha: BookingAdapter = {
  label: 'Fresha',
  serviceIds: [
    {
      key: 'service',
      howToFind: 'the Fresha service id (the number after "oiid=sv:" in a link from Fresha\'s link builder)',
    },
  ],
  example: 'https://www.fresha.com/book-now/massage-strong-ab12cd34/all-offer?share=true&pId=123456',
  expectedUrl:
    'your Fresha booking link with its business id: "https://www.fresha.com/book-now/<venue>/all-offer?share=true&pId=<business id>"',
  home(url) {
    const venue = FRESHA_PATH.exec(url.pathname)?.[1];
    const business = url.searchParams.get('pId');
    if (!['www.fresha.com', 'fresha.com'].includes(url.hostname) || !venue || !business || !/^\d{1,12}$/.test(business))
      return undefined;
    return new URL(`https://www.fresha.com/book-now/${venue}/all-offer?share=true&pId=${business}`);
  },
  link(home, { service, staff, location }) {
    const serviceId = service?.['service'];
    if (!serviceId && !staff && !location) return new URL(home);
    const url = new URL(home.pathname.replace(/\/all-offer$/, '/services'), home.origin);
    if (location) url.searchParams.set('lid', location);
    if (staff) url.searchParams.set('eid', staff);
    if (serviceId) url.searchParams.set('oiid', `sv:${serviceId}`);
    url.searchParams.set('share', 'true');
    url.searchParams.set('pId', home.searchParams.get('pId') ?? '');
    return url;
  },
  queryKeys: ['lid', 'eid', 'oiid'],
  embed: false,
};

/** Any other https booking page: it gets the clinic's utm tags and nothing else. */
const plainUrl: BookingAdapter = {
  label: 'our online booking page',
  serviceIds: [],
  example: 'https://massagestrong.com/book',
  expectedUrl: 'a full https:// address of your booking page',
  home(url) {
    const home = new URL(url);
    for (const key of [...home.searchParams.keys()]) if (key.startsWith('utm_')) home.searchParams.delete(key);
    return home;
  },
  link: (home) => new URL(home),
  queryKeys: [],
  embed: false,
};

/** Every provider the link builder knows, by the name booking.provider uses; `url` is any plain https booking page. */
export const ADAPTERS = {
  url: plainUrl,
  jane,
  acuity,
  calendly,
  calcom,
  square,
  mindbody,
  vagaro,
  fresha,
} as const satisfies Record<string, BookingAdapter>;

export type BookingProvider = keyof typeof ADAPTERS;

/** The providers' names, in the order above (settings messages list them so). */
export const BOOKING_PROVIDERS = Object.keys(ADAPTERS) as [BookingProvider, ...BookingProvider[]];
