import { z } from 'astro/zod';
import { ADAPTERS, BOOKING_PROVIDERS } from './adapters.ts';
import { isProviderId, isUtmValue, PROVIDER_ID_HINT, UTM_HINT } from './link-values.ts';

function isHttpsUrl(value: string): boolean {
  return URL.canParse(value) && new URL(value).protocol === 'https:';
}

const httpsUrl = z.string().refine(isHttpsUrl, {
  message: 'expected a full https:// address, for example "https://massagestrong.janeapp.com/"',
});

const utmValue = z.string().refine(isUtmValue, { message: `expected ${UTM_HINT}` });

const providerId = z.string().refine(isProviderId, { message: `expected ${PROVIDER_ID_HINT}` });

const EMBEDDABLE = Object.values(ADAPTERS)
  .filter((adapter) => adapter.embed)
  .map((adapter) => adapter.label)
  .join(' and ');

const UTM_DEFAULTS = { source: 'website', medium: 'referral', campaign: 'booking' };
const EMBED_DEFAULTS = { enabled: false, height: 900 };

/** The clinic's booking settings, validated when the site builds. */
export const bookingSettingsSchema = z
  .object({
    /** Which booking system the clinic uses; decides how links are built. */
    provider: z.enum(BOOKING_PROVIDERS, {
      error: `expected one of ${BOOKING_PROVIDERS.map((name) => `"${name}"`).join(', ')}`,
    }),
    /** The clinic's booking home page on that provider (https, on the provider's own domain). */
    url: httpsUrl,
    /** Open booking in a new tab (the link then says so to screen readers). Default: false. */
    opensInNewTab: z.boolean().default(false),
    /** The clinic's own tags on every booking link; utm_content is set per link to the page kind. */
    utm: z
      .object({
        /** utm_source: the site sending the visitor. Default: "website". */
        source: utmValue.default(UTM_DEFAULTS.source),
        /** utm_medium: the kind of link. Default: "referral". */
        medium: utmValue.default(UTM_DEFAULTS.medium),
        /** utm_campaign: the campaign name. Default: "booking". */
        campaign: utmValue.default(UTM_DEFAULTS.campaign),
      })
      .default(UTM_DEFAULTS),
    /** The provider's id of the staff member to preselect when a page names none. Default: none. */
    defaultStaff: providerId.optional(),
    /** The provider's id of the location to preselect when a page names none. Default: none. */
    defaultLocation: providerId.optional(),
    /** Optional booking calendar shown on our page, loaded only after the visitor presses a button. */
    embed: z
      .object({
        /** Offer the "Show the booking calendar here" button. Default: false (a plain link only). */
        enabled: z.boolean().default(EMBED_DEFAULTS.enabled),
        /** Height of the calendar frame in CSS pixels. Default: 900. */
        height: z
          .number()
          .int('expected a whole number of pixels')
          .min(400, 'expected at least 400 pixels')
          .max(2000, 'expected at most 2000 pixels')
          .default(EMBED_DEFAULTS.height),
      })
      .default(EMBED_DEFAULTS),
  })
  .superRefine((booking, ctx) => {
    const adapter = ADAPTERS[booking.provider];
    // An http or unparsable address already has its own message from `url` above.
    if (isHttpsUrl(booking.url) && !adapter.home(new URL(booking.url))) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        input: booking.url,
        message: `expected ${adapter.expectedUrl}, for example "${adapter.example}", because booking.provider is "${booking.provider}"; copy the address from your ${adapter.label} account`,
      });
    }
    if (booking.embed.enabled && !adapter.embed) {
      ctx.addIssue({
        code: 'custom',
        path: ['embed', 'enabled'],
        input: true,
        message: `expected false: the in-page calendar is only offered for ${EMBEDDABLE}, whose booking pages work in a frame; with ${adapter.label}, set booking.embed.enabled to false and keep the plain link`,
      });
    }
  });

export type BookingSettings = z.infer<typeof bookingSettingsSchema>;
