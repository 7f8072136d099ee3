import { z } from 'astro/zod';

/** Booking providers the link builder knows. `url` is any plain https booking page. */
export const BOOKING_PROVIDERS = [
  'url',
  'jane',
  'acuity',
  'calendly',
  'calcom',
  'square',
  'mindbody',
  'vagaro',
  'fresha',
] as const;

export type BookingProvider = (typeof BOOKING_PROVIDERS)[number];

const httpsUrl = z
  .string()
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    message: 'expected a full https:// address, for example "https://massagestrong.janeapp.com/"',
  });

/** The clinic's booking settings, validated when the site builds. */
export const bookingSettingsSchema = z.object({
  /** Which booking system the clinic uses; decides how links are built. */
  provider: z.enum(BOOKING_PROVIDERS),
  /** The clinic's booking page on that provider (https only). */
  url: httpsUrl,
  /** Open booking in a new tab (the link then says so to screen readers). Default: false. */
  opensInNewTab: z.boolean().default(false),
});

export type BookingSettings = z.infer<typeof bookingSettingsSchema>;
