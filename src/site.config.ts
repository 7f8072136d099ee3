/**
 * The clinic's settings: the one file the owner edits to change the site's name, contact details,
 * opening hours, booking system and links. The build checks every value (see src/lib/settings/settings-schema.ts,
 * where each setting is documented) and stops with a message naming any setting that is wrong.
 *
 * SAMPLE VALUES: the street address, phone number, map position and booking address below are
 * placeholders. Replace them with the clinic's real details before launch.
 */
import type { SiteSettingsInput } from './lib/settings/settings-schema.ts';

const siteConfig = {
  name: 'Massage Strong',
  tagline: 'Therapeutic massage for chronic back pain',
  description:
    'Massage Strong offers therapeutic, assessment-led massage for people living with chronic back pain, with plans built around you.',
  siteUrl: 'https://massagestrong.com',
  address: {
    street: '100 Sample Street, Suite 2',
    locality: 'Springfield',
    region: 'IL',
    postalCode: '62701',
    country: 'US',
  },
  geo: { latitude: 39.799, longitude: -89.644 },
  phone: '+1 217 555 0142',
  email: 'hello@massagestrong.com',
  openingHours: [
    { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'], opens: '09:00', closes: '19:00' },
    { days: ['Friday'], opens: '09:00', closes: '17:00' },
    { days: ['Saturday'], opens: '09:00', closes: '13:00' },
  ],
  booking: {
    provider: 'jane',
    url: 'https://massagestrong.janeapp.com/',
    opensInNewTab: false,
    // Campaign tags on every booking link, so the clinic sees bookings that came from the site.
    utm: { source: 'massagestrong.com', medium: 'website', campaign: 'book-online' },
    // The in-page calendar (Acuity and Square only) loads only when a visitor asks for it.
    embed: { enabled: false },
  },
  social: [],
  locale: 'en-US',
  timezone: 'America/Chicago',
  cancellationNoticeHours: 24,
  // SAMPLE: every answer below is a placeholder. Replace each with the clinic's own answer, then set sample to false.
  clientFacts: {
    sample: true,
    replyWorkingDays: 1,
    paymentMethods: ['Visa, Mastercard and American Express', 'debit cards', 'cash'],
    insurance:
      'We do not bill insurance companies. Some plans pay back part of the cost of massage: ask your plan what it covers.',
    hsaFsa:
      'You can pay with an HSA or FSA card, but massage usually counts as a medical expense only with a letter of medical necessity from your doctor (IRS Publication 502). Keep the letter with your receipts: without it you may owe tax and a penalty on what you spent.',
    receipts:
      'We give you a receipt after each visit. It lists the date, the service, the price and the therapist’s licence number.',
    lateCancellationFeePercent: 50,
    noShowFeePercent: 100,
    intakeForms:
      'We email you a short health form when you book. It takes about ten minutes. Fill it in before you come, or arrive early and fill it in here.',
    therapistGender:
      'You can ask for a therapist of a particular gender when you book or call. We will tell you who is free.',
    pregnancy:
      'Our clinic policy is to treat people only after the first three months of pregnancy. That is our own rule, not evidence that massage earlier on does harm. Please tell us you are pregnant when you book, and check with your midwife or doctor first.',
    minimumAge: 12,
    minors:
      'Clients under 18 need a parent or guardian to sign the health form. A parent or guardian stays in the room for the whole visit.',
    recordsKeptYears: 7,
    hipaa:
      'We do not send health information to insurers electronically, so HIPAA does not cover us. We still keep your notes private and locked away.',
    access: {
      stepFree: true,
      entrance: 'The entrance is at street level, with no steps. The door is wide enough for a wheelchair.',
      parking: 'There is free parking behind the building, with two accessible spaces next to the door.',
      transit: 'The nearest bus stop is two minutes’ walk away, on the same side of the street.',
      restroom: 'There is an accessible restroom on the same floor as the treatment rooms.',
      table:
        'Our treatment tables go up and down, so you can sit on one at chair height. Your therapist can help you get on and off.',
    },
  },
  // The content editor at /admin (docs/publishing.md). SAMPLE: set repo to the clinic's GitHub repository.
  editor: { backend: 'github', repo: 'massage-strong/website', branch: 'main' },
} satisfies SiteSettingsInput;

export default siteConfig;
