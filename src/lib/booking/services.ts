import { z } from 'astro/zod';
import { listFile } from '../content/layout.ts';
import { ADAPTERS, BOOKING_PROVIDERS, type BookingProvider } from './adapters.ts';
import { isProviderId, isServiceId, PROVIDER_ID_HINT, SERVICE_ID_HINT } from './link-values.ts';
import type { BookingSettings } from './booking-settings.ts';

/** Where staff edit the catalog; named in every message about it. */
const SERVICES_FILE = listFile('services');

/** The techniques a visit can include (ids shared with the technique pages). */
export const TECHNIQUE_IDS = [
  'deep-tissue-work',
  'trigger-point-therapy',
  'myofascial-release',
  'stretching-and-mobilization',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** The assessment every first visit starts with: the home page, the hub and the quiz's fallback book it. */
export const FIRST_VISIT_SERVICE_ID = 'assessment-first-visit';

/** The sessions the frequency guide's plans book, one per session length. */
export const SESSION_SERVICE_IDS = ['therapeutic-30', 'therapeutic-60', 'therapeutic-90'] as const;

/** Service ids the site's own code relies on, with what needs each; the build stops if the catalog lacks one. */
export const REQUIRED_SERVICE_IDS: Readonly<Record<string, string>> = {
  [FIRST_VISIT_SERVICE_ID]:
    'the first-visit booking buttons (home page, back pain hub, first-visit page, frequency guide)',
  ...Object.fromEntries(
    SESSION_SERVICE_IDS.map((id) => [id, "the frequency guide's plans, which book sessions by length"]),
  ),
};

/** The error for a booking button that names a service the catalog lacks; `where` is the file or page it sits on. */
export function unknownServiceMessage(id: string, where: string, catalogIds: readonly string[]): string {
  return `${where}: the booking button names the service "${id}", but ${SERVICES_FILE} has no service with that id. Expected one of ${catalogIds.map((known) => `"${known}"`).join(', ')}; fix the id or add that service.`;
}

const providerId = z.string().refine(isProviderId, { message: `expected ${PROVIDER_ID_HINT}` });

/**
 * Each booking provider's own id(s) for one service, for example `jane: { discipline: "1", treatment: "13" }`.
 * Fill in only the provider the clinic uses. The keys, and how to find each id, come from the provider's
 * adapter (serviceIds in adapters.ts); providers whose links cannot name a service take none.
 */
const providerIdsSchema = z.strictObject(
  Object.fromEntries(
    BOOKING_PROVIDERS.filter((provider) => ADAPTERS[provider].serviceIds.length > 0).map((provider) => [
      provider,
      z.strictObject(Object.fromEntries(ADAPTERS[provider].serviceIds.map(({ key }) => [key, providerId]))).optional(),
    ]),
  ),
);

/** One visit the clinic offers. Staff edit these in src/content/services.yaml. */
export const serviceSchema = z.object({
  /** Stable id used by pages and booking links; never rename it once published. */
  id: z.string().refine(isServiceId, { message: `expected ${SERVICE_ID_HINT}` }),
  /** The name visitors see, for example "Therapeutic massage, 60 minutes". */
  name: z
    .string()
    .min(3, 'expected a name of at least 3 characters')
    .max(60, 'expected a name of at most 60 characters'),
  /** Length of the visit in minutes, as booked. */
  minutes: z
    .number()
    .int('expected a whole number of minutes')
    .min(15, 'expected at least 15 minutes')
    .max(180, 'expected at most 180 minutes'),
  /** Price of one visit in US dollars (a number, no "$"). */
  price: z
    .number()
    .min(0, 'expected a price of 0 or more US dollars')
    .max(1000, 'expected a price of at most 1000 US dollars'),
  /** One or two plain sentences on what the visit is for (20-240 characters). */
  description: z
    .string()
    .min(20, 'expected a description of at least 20 characters')
    .max(240, 'expected a description of at most 240 characters'),
  /** Techniques the visit can include, by technique id; at least one. */
  techniques: z
    .array(z.enum(TECHNIQUE_IDS, { error: `expected one of ${TECHNIQUE_IDS.map((id) => `"${id}"`).join(', ')}` }))
    .min(1, 'expected at least one technique'),
  /** The booking providers' own ids for this service; the provider in use must be filled in. Default: none. */
  providerIds: providerIdsSchema.default({}),
});

export type Service = z.output<typeof serviceSchema>;
type LooseProviderIds = { [P in BookingProvider]?: Readonly<Record<string, string | undefined>> | undefined };

/** The service's ids for one provider, or undefined unless every field that provider needs is there. */
export function serviceIdsFor(
  service: Pick<Service, 'providerIds'>,
  provider: BookingProvider,
): Readonly<Record<string, string>> | undefined {
  const all: LooseProviderIds = service.providerIds;
  const ids = all[provider];
  const fields = ADAPTERS[provider].serviceIds;
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
    if (seen.has(service.id))
      problems.push(`${SERVICES_FILE} "${service.id}": the id is used twice; give each service its own id`);
    seen.add(service.id);
    const all: LooseProviderIds = service.providerIds;
    const ids = all[provider];
    for (const { key, howToFind } of ADAPTERS[provider].serviceIds) {
      const value = ids?.[key];
      if (value === undefined) {
        problems.push(
          `${SERVICES_FILE} "${service.id}": no "${provider}" id (providerIds.${provider}.${key}); add ${howToFind} for this service`,
        );
      } else if (!isProviderId(value)) {
        problems.push(
          `${SERVICES_FILE} "${service.id}": providerIds.${provider}.${key} is ${JSON.stringify(value)}; expected ${PROVIDER_ID_HINT}`,
        );
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
