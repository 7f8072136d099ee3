/**
 * The clinic's settings: the one file the owner edits to change the site's name, contact details,
 * opening hours, booking system and links. The build checks every value (see src/lib/utils/settings/schema.ts,
 * where each setting is documented) and stops with a message naming any setting that is wrong.
 *
 * SAMPLE VALUES: the street address, phone number, map position and booking address below are
 * placeholders. Replace them with the clinic's real details before launch.
 */
import type { SiteSettingsInput } from './lib/utils/settings/schema.ts';

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
  geo: { latitude: 39.7990, longitude: -89.6440 },
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
  // The content editor at /admin (docs/publishing.md). SAMPLE: set repo to the clinic's GitHub repository.
  editor: { backend: 'github', repo: 'massage-strong/website', branch: 'main' },
} satisfies SiteSettingsInput;

export default siteConfig;
