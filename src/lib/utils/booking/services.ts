import { z } from 'astro/zod';
import { isProviderId, isServiceId, PROVIDER_ID_HINT, SERVICE_ID_HINT } from './ids.ts';
import type { BookingProvider, BookingSettings } from './settings.ts';

/** Where staff edit the catalog; named in every message about it. */
export const SERVICES_FILE = 'src/content/services.yaml';

/** The techniques a visit can include (ids shared with the technique pages). */
export const TECHNIQUE_IDS = [
  'deep-tissue-work',
  'trigger-point-therapy',
  'myofascial-release',
  'stretching-and-mobilization',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

const providerId = z.string().refine(isProviderId, { message: `expected ${PROVIDER_ID_HINT}` });

/** Each booking provider's own id(s) for one service. Fill in only the provider the clinic uses. */
const providerIdsSchema = z.strictObject({
  /** Jane App: ids from the treatment's link, ".../#/discipline/<discipline>/treatment/<treatment>". */
  jane: z.strictObject({ discipline: providerId, treatment: providerId }).optional(),
  /** Acuity Scheduling: the appointment type id from its Direct Scheduling Link ("appointmentType=<id>"). */
  acuity: z.strictObject({ appointmentType: providerId }).optional(),
  /** Calendly: the event type's slug, the last part of "calendly.com/<clinic>/<eventType>". */
  calendly: z.strictObject({ eventType: providerId }).optional(),
  /** Cal.com: the event type's slug, the last part of "cal.com/<clinic>/<eventType>". */
  calcom: z.strictObject({ eventType: providerId }).optional(),
  /** Square Appointments: the service variation id, the last part of ".../services/<serviceVariation>". */
  square: z.strictObject({ serviceVariation: providerId }).optional(),
  /** Mindbody: the appointment session type group ("sTG=<id>" in the appointment link). */
  mindbody: z.strictObject({ sessionTypeGroup: providerId }).optional(),
  /** Fresha: the service id ("oiid=sv:<id>" in a link made with Fresha's link builder). */
  fresha: z.strictObject({ service: providerId }).optional(),
});

/** One visit the clinic offers. Staff edit these in src/content/services.yaml. */
export const serviceSchema = z.object({
  /** Stable id used by pages and booking links; never rename it once published. */
  id: z.string().refine(isServiceId, { message: `expected ${SERVICE_ID_HINT}` }),
  /** The name visitors see, for example "Therapeutic massage, 60 minutes". */
  name: z.string().min(3, 'expected a name of at least 3 characters').max(60, 'expected a name of at most 60 characters'),
  /** Length of the visit in minutes, as booked. */
  minutes: z.number().int('expected a whole number of minutes').min(15, 'expected at least 15 minutes').max(180, 'expected at most 180 minutes'),
  /** Price of one visit in US dollars (a number, no "$"). */
  price: z.number().min(0, 'expected a price of 0 or more US dollars').max(1000, 'expected a price of at most 1000 US dollars'),
  /** One or two plain sentences on what the visit is for (20-240 characters). */
  description: z.string().min(20, 'expected a description of at least 20 characters').max(240, 'expected a description of at most 240 characters'),
  /** Techniques the visit can include, by technique id; at least one. */
  techniques: z
    .array(z.enum(TECHNIQUE_IDS, { error: `expected one of ${TECHNIQUE_IDS.map((id) => `"${id}"`).join(', ')}` }))
    .min(1, 'expected at least one technique'),
  /** The booking providers' own ids for this service; the provider in use must be filled in. Default: none. */
  providerIds: providerIdsSchema.default({}),
});

export type Service = z.output<typeof serviceSchema>;
export type ServiceProviderIds = Service['providerIds'];

interface IdField {
  /** The key under providerIds.<provider>. */
  key: string;
  /** How a person finds that id, completing "add ...". */
  howToFind: string;
}

/** What each provider needs for a link straight to one service; empty when its links cannot name a service. */
export const SERVICE_ID_FIELDS: Record<BookingProvider, readonly IdField[]> = {
  url: [],
  jane: [
    { key: 'discipline', howToFind: 'the Jane App discipline id (the number after "#/discipline/" in the treatment\'s booking link)' },
    { key: 'treatment', howToFind: 'the Jane App treatment id (the number after "/treatment/" in the treatment\'s booking link)' },
  ],
  acuity: [{ key: 'appointmentType', howToFind: 'the Acuity appointment type id (from its Direct Scheduling Link, "appointmentType=...")' }],
  calendly: [{ key: 'eventType', howToFind: 'the Calendly event type slug (the last part of its link)' }],
  calcom: [{ key: 'eventType', howToFind: 'the Cal.com event type slug (the last part of its link)' }],
  square: [{ key: 'serviceVariation', howToFind: 'the Square service variation id (the last part of the service\'s booking link)' }],
  mindbody: [{ key: 'sessionTypeGroup', howToFind: 'the Mindbody session type group id ("sTG=..." in the appointment link)' }],
  vagaro: [],
  fresha: [{ key: 'service', howToFind: 'the Fresha service id (the number after "oiid=sv:" in a link from Fresha\'s link builder)' }],
};

type LooseProviderIds = { [P in BookingProvider]?: Readonly<Record<string, string | undefined>> | undefined };

/** The service's ids for one provider, or undefined unless every field that provider needs is there. */
export function serviceIdsFor(service: Pick<Service, 'providerIds'>, provider: BookingProvider): Readonly<Record<string, string>> | undefined {
  const all: LooseProviderIds = service.providerIds;
  const ids = all[provider];
  const fields = SERVICE_ID_FIELDS[provider];
  if (fields.length === 0 || !ids) return undefined;
  const complete: Record<string, string> = {};
  for (const { key } of fields) {
    const value = ids[key];
    if (!isProviderId(value)) return undefined;
    complete[key] = value;
  }
  return complete;
}

/**
 * Lists what stops the catalog from linking straight to each service with the chosen provider.
 * Empty when all is well; the build fails on any entry.
 */
export function checkServicesForProvider(
  services: readonly Pick<Service, 'id' | 'providerIds'>[],
  bookingSettings: Pick<BookingSettings, 'provider'>,
): string[] {
  const { provider } = bookingSettings;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const service of services) {
    if (seen.has(service.id)) problems.push(`${SERVICES_FILE} "${service.id}": the id is used twice; give each service its own id`);
    seen.add(service.id);
    const all: LooseProviderIds = service.providerIds;
    const ids = all[provider];
    for (const { key, howToFind } of SERVICE_ID_FIELDS[provider]) {
      const value = ids?.[key];
      if (value === undefined) {
        problems.push(`${SERVICES_FILE} "${service.id}": no "${provider}" id (providerIds.${provider}.${key}); add ${howToFind} for this service`);
      } else if (!isProviderId(value)) {
        problems.push(`${SERVICES_FILE} "${service.id}": providerIds.${provider}.${key} is ${JSON.stringify(value)}; expected ${PROVIDER_ID_HINT}`);
      }
    }
  }
  return problems;
}

/** Stops the build with one readable error when the catalog and the booking settings disagree. */
export function assertServicesReady(
  services: readonly Pick<Service, 'id' | 'providerIds'>[],
  bookingSettings: Pick<BookingSettings, 'provider'>,
): void {
  const problems = checkServicesForProvider(services, bookingSettings);
  if (problems.length === 0) return;
  throw new Error(
    [
      `Booking links cannot be built for booking.provider "${bookingSettings.provider}" (src/site.config.ts):`,
      ...problems.map((problem) => `  - ${problem}`),
      `Fix ${SERVICES_FILE} (or booking.provider) and run the build again.`,
    ].join('\n'),
  );
}
