import { z } from 'astro/zod';
import { bookingSettingsSchema } from '../booking/booking-settings.ts';
import { editorSettingsSchema } from '../cms/editor-settings.ts';
import { DESCRIPTION_LENGTH } from '../content/limits.ts';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(TIME, 'expected a 24-hour time from "00:00" to "23:59", for example "09:00"');

const httpsUrl = (example: string) =>
  z.string().refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    message: `expected a full https:// address, for example "${example}"`,
  });

// Digits, spaces, dots, hyphens and brackets after a leading "+country code": 8 to 15 digits in all (E.164).
const phone = z
  .string()
  .refine((value) => /^\+[1-9][\d ().-]+$/.test(value) && /^\d{8,15}$/.test(value.replace(/\D/g, '')), {
    message:
      'expected an international phone number: "+", the country code, then 8 to 15 digits, for example "+1 555 010 0199"',
  });

const openingHours = z
  .object({
    /** The days these hours apply to, written in full ("Monday"). */
    days: z.array(z.enum(WEEKDAYS)).min(1, 'expected at least one day, for example ["Monday", "Tuesday"]'),
    /** Opening time, 24-hour "HH:MM". */
    opens: time,
    /** Closing time, 24-hour "HH:MM", later than `opens`. */
    closes: time,
  })
  // Only compares two valid times: a malformed one already has its own message.
  .refine((row) => !TIME.test(row.opens) || !TIME.test(row.closes) || row.closes > row.opens, {
    message: 'expected the closing time to be later than the opening time',
    path: ['closes'],
  });

const timezone = z.string().refine((value) => Intl.supportedValuesOf('timeZone').includes(value), {
  message: 'expected an IANA time zone name, for example "America/Chicago"',
});

const locale = z.string().refine(
  (value) => {
    try {
      // A two- or three-letter language, then optional script and region: "en", "en-US", "zh-Hant-TW".
      return (
        /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/.test(value) && Intl.getCanonicalLocales(value)[0] === value
      );
    } catch {
      return false;
    }
  },
  { message: 'expected a BCP 47 language tag, for example "en-US"' },
);

/** A sentence or two a client reads as the answer to a question (10 to 400 characters). */
const answer = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .min(10, `expected ${what}: a sentence of at least 10 characters`)
    .max(400, `expected ${what} in at most 400 characters; keep answers short`);

/** Answers to the questions clients ask before they book; pages render them, so none is typed into a page. */
const clientFactsSchema = z.object({
  /** true while these answers are placeholders: pages label them "sample answer" and the launch check lists them. Default: false. */
  sample: z.boolean().default(false),
  /** Working days within which the clinic replies to messages (calls, email). */
  replyWorkingDays: z
    .number()
    .int('expected a whole number of working days')
    .min(1, 'expected 1 or more working days')
    .max(10, 'expected at most 10 working days'),
  /** Ways to pay at the clinic, each as clients know it, for example "Visa and Mastercard". */
  paymentMethods: z
    .array(z.string().min(2, 'expected a payment method, for example "cash"'))
    .min(1, 'expected at least one way to pay'),
  /** Whether the clinic bills insurance, and what a client can do instead. */
  insurance: answer('the insurance answer'),
  /** Whether HSA and FSA cards or claims can be used. */
  hsaFsa: answer('the HSA and FSA answer'),
  /** What receipts the clinic gives (itemised, with licence number) for claims. */
  receipts: answer('the receipts answer'),
  /** The fee, as a percentage of the visit price, for cancelling with less notice than cancellationNoticeHours. 0 for none. */
  lateCancellationFeePercent: z
    .number()
    .int('expected a whole percentage')
    .min(0, 'expected 0 to 100')
    .max(100, 'expected 0 to 100'),
  /** The fee, as a percentage of the visit price, for missing a visit without telling the clinic. 0 for none. */
  noShowFeePercent: z
    .number()
    .int('expected a whole percentage')
    .min(0, 'expected 0 to 100')
    .max(100, 'expected 0 to 100'),
  /** How intake forms work: when they are sent, how long they take, how they are stored. */
  intakeForms: answer('the intake forms answer'),
  /** Whether clients can choose a therapist's gender, and how to ask. */
  therapistGender: answer('the therapist gender answer'),
  /** Whether the clinic treats people who are pregnant, and what it asks first. */
  pregnancy: answer('the pregnancy answer'),
  /** The youngest age the clinic treats, in years. */
  minimumAge: z
    .number()
    .int('expected a whole number of years')
    .min(0, 'expected 0 or more')
    .max(21, 'expected at most 21'),
  /** What a parent or guardian must do for clients under 18 (consent, staying in the room). */
  minors: answer('the answer for clients under 18'),
  /** Years the clinic keeps treatment records after the last visit. */
  recordsKeptYears: z
    .number()
    .int('expected a whole number of years')
    .min(1, 'expected 1 or more years')
    .max(30, 'expected at most 30 years'),
  /** Whether HIPAA applies to the clinic (it does if the clinic bills insurance electronically) and how records are protected. */
  hipaa: answer('the HIPAA answer'),
  /** Getting in and around the premises. */
  access: z.object({
    /** true when there is a route in with no steps. */
    stepFree: z.boolean({ error: 'expected true or false' }),
    /** The entrance: where it is and how to get through it (steps, ramp, lift, door width). */
    entrance: answer('the entrance description'),
    /** Where to park, including accessible spaces. */
    parking: answer('the parking answer'),
    /** Buses, trains or stations nearby, with walking distance. */
    transit: answer('the public transport answer'),
    /** The restroom: where it is and whether it is accessible. */
    restroom: answer('the restroom answer'),
    /** The treatment table: whether its height adjusts, and the help offered to get on and off it. */
    table: answer('the treatment table answer'),
  }),
});

/** Every setting of the clinic's site. Edit the values in src/site.config.ts, not here. */
export const siteSettingsSchema = z.object({
  /** The clinic's name as it appears in titles and the header. */
  name: z.string().min(2, 'expected the clinic name, at least 2 characters'),
  /** One line under the name: what the clinic does. */
  tagline: z
    .string()
    .min(10, 'expected a one-line tagline of at least 10 characters')
    .max(90, 'expected a tagline of at most 90 characters'),
  /** The default meta description for pages that do not set their own (50-160 characters). */
  description: z
    .string()
    .min(DESCRIPTION_LENGTH.min, `expected a description of at least ${DESCRIPTION_LENGTH.min} characters`)
    .max(DESCRIPTION_LENGTH.max, `expected a description of at most ${DESCRIPTION_LENGTH.max} characters`),
  /** The public address of the site, https, no path: used for canonical URLs and the sitemap. */
  siteUrl: httpsUrl('https://massagestrong.com').refine(
    (value) => !URL.canParse(value) || new URL(value).pathname === '/',
    {
      message: 'expected the site origin only, with no path, for example "https://massagestrong.com"',
    },
  ),
  /** The clinic's street address, shown in the footer and on the contact page. */
  address: z.object({
    street: z.string().min(3, 'expected a street address'),
    locality: z.string().min(2, 'expected a town or city'),
    region: z.string().min(2, 'expected a state, county or region'),
    postalCode: z.string().min(3, 'expected a postal code'),
    /** Two-letter ISO country code, for example "US". */
    country: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code in capitals, for example "US"'),
  }),
  /** Map position of the clinic, in decimal degrees. */
  geo: z.object({
    latitude: z.number().min(-90, 'expected a latitude from -90 to 90').max(90, 'expected a latitude from -90 to 90'),
    longitude: z
      .number()
      .min(-180, 'expected a longitude from -180 to 180')
      .max(180, 'expected a longitude from -180 to 180'),
  }),
  /** Phone number in international form; shown as written and dialled without spaces. */
  phone,
  /** The clinic's public email address. */
  email: z.email('expected an email address, for example "hello@massagestrong.com"'),
  /** Weekly opening hours: one row per run of days that share the same times. */
  openingHours: z.array(openingHours).min(1, 'expected at least one row of opening hours'),
  /** How the site links to the clinic's external booking system. */
  booking: bookingSettingsSchema,
  /** Profiles on other sites, linked from the footer. */
  social: z
    .array(
      z.object({
        /** The network's name as visitors know it, for example "Instagram". */
        label: z.string().min(2, 'expected the network name, for example "Instagram"'),
        /** The clinic's profile address (https). */
        url: httpsUrl('https://www.instagram.com/massagestrong'),
      }),
    )
    .default([]),
  /** Language of the site's pages, as a BCP 47 tag, for example "en-US". */
  locale,
  /** The clinic's time zone: used for opening hours and publication dates. */
  timezone,
  /** Hours of notice the clinic asks for before cancelling a visit. */
  cancellationNoticeHours: z
    .number()
    .int('expected a whole number of hours')
    .min(0, 'expected 0 or more hours')
    .max(168, 'expected at most 168 hours (one week)'),
  /** Answers to the questions clients ask (payment, fees, access, forms, records), shown on the FAQ, first-visit, contact and accessibility pages. */
  clientFacts: clientFactsSchema,
  /** The content editor at /admin: how staff sign in and where changes are saved. Default: git-gateway on branch "main". */
  editor: editorSettingsSchema.default({ backend: 'git-gateway', branch: 'main' }),
});

/** What the clinic's owner writes in src/site.config.ts. */
export type SiteSettingsInput = z.input<typeof siteSettingsSchema>;
/** The validated settings, with defaults filled in. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;
