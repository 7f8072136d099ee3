import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, BOOKING_PROVIDERS } from '../../src/lib/booking/adapters.ts';
import { bookingSettingsSchema } from '../../src/lib/booking/booking-settings.ts';
import { validateSettings } from '../../src/lib/settings/validate.ts';
import siteConfig from '../../src/site.config.ts';

/** Runs the booking settings through the same validation the build uses. */
function problemsFor(booking: Record<string, unknown>): string[] {
  const result = validateSettings({ ...siteConfig, booking });
  return result.ok ? [] : result.problems;
}

describe('booking settings: a valid address for every provider', () => {
  it.each(BOOKING_PROVIDERS)('%s', (provider) => {
    expect(problemsFor({ provider, url: ADAPTERS[provider].example })).toEqual([]);
  });

  it.each([
    ['jane', 'https://massagestrong.janeapp.co.uk/'],
    ['jane', 'https://massagestrong.janeapp.com.au/#/list'],
    ['jane', 'https://massagestrong.janeapp.com/locations/downtown'],
    ['jane', 'https://massagestrong.janeapp.com/locations/downtown/book'],
    ['acuity', 'https://massagestrong.as.me/'],
    ['acuity', 'https://massagestrong.acuityscheduling.com/schedule.php'],
    ['calendly', 'https://calendly.com/massagestrong/'],
    ['calcom', 'https://cal.com/team/massagestrong'],
    ['calcom', 'https://massagestrong.cal.com/alex'],
    ['square', 'https://book.squareup.com/appointments/abc123def456/location/LHOME123'],
    ['vagaro', 'https://www.vagaro.com/us04/massagestrong'],
    ['fresha', 'https://fresha.com/book-now/massage-strong-ab12cd34/services?lid=1&pId=123456'],
    ['url', 'https://book.massagestrong.com/'],
  ])('%s accepts %s', (provider, url) => {
    expect(problemsFor({ provider, url })).toEqual([]);
  });
});

describe('booking settings: defaults', () => {
  it('fills in utm tags, no embed and no new tab', () => {
    const settings = bookingSettingsSchema.parse({ provider: 'jane', url: 'https://massagestrong.janeapp.com/' });
    expect(settings).toEqual({
      provider: 'jane',
      url: 'https://massagestrong.janeapp.com/',
      opensInNewTab: false,
      utm: { source: 'website', medium: 'referral', campaign: 'booking' },
      embed: { enabled: false, height: 900 },
    });
  });
});

// Each bad setting: the setting's name, the value given, and what was expected.
const bad: [string, Record<string, unknown>, string, string, string][] = [
  [
    'http address',
    { provider: 'jane', url: 'http://massagestrong.janeapp.com/' },
    'booking.url',
    '"http://massagestrong.janeapp.com/"',
    'expected a full https:// address',
  ],
  [
    'not an address',
    { provider: 'url', url: 'massagestrong.janeapp.com' },
    'booking.url',
    '"massagestrong.janeapp.com"',
    'expected a full https:// address',
  ],
  [
    'unknown provider',
    { provider: 'wix', url: 'https://massagestrong.com/book' },
    'booking.provider',
    '"wix"',
    'expected one of "url", "jane"',
  ],
  [
    'jane with an Acuity address',
    { provider: 'jane', url: 'https://massagestrong.as.me/' },
    'booking.url',
    '"https://massagestrong.as.me/"',
    'expected the address of your Jane App booking site',
  ],
  [
    'jane with a path that is not a location',
    { provider: 'jane', url: 'https://massagestrong.janeapp.com/admin' },
    'booking.url',
    '"https://massagestrong.janeapp.com/admin"',
    '"/locations/<location>/book"',
  ],
  [
    'jane marketing site',
    { provider: 'jane', url: 'https://www.janeapp.com/' },
    'booking.url',
    '"https://www.janeapp.com/"',
    'because booking.provider is "jane"',
  ],
  [
    'look-alike host',
    { provider: 'jane', url: 'https://massagestrong.janeapp.com.evil.example/' },
    'booking.url',
    '"https://massagestrong.janeapp.com.evil.example/"',
    'expected the address of your Jane App booking site',
  ],
  [
    'provider host only in the query',
    { provider: 'calendly', url: 'https://evil.example/?to=calendly.com/massagestrong' },
    'booking.url',
    '"https://evil.example/?to=calendly.com/massagestrong"',
    'expected your Calendly page',
  ],
  [
    'acuity app host without owner',
    { provider: 'acuity', url: 'https://app.acuityscheduling.com/schedule.php' },
    'booking.url',
    '"https://app.acuityscheduling.com/schedule.php"',
    'owner=',
  ],
  [
    'acuity owner that is not a number',
    { provider: 'acuity', url: 'https://app.acuityscheduling.com/schedule.php?owner=pat@example.com' },
    'booking.url',
    '"https://app.acuityscheduling.com/schedule.php?owner=pat@example.com"',
    'expected your Acuity scheduling page',
  ],
  [
    'calendly event link instead of the page',
    { provider: 'calendly', url: 'https://calendly.com/massagestrong/60min' },
    'booking.url',
    '"https://calendly.com/massagestrong/60min"',
    'expected your Calendly page',
  ],
  [
    'cal.com dashboard',
    { provider: 'calcom', url: 'https://app.cal.com/massagestrong' },
    'booking.url',
    '"https://app.cal.com/massagestrong"',
    'expected your Cal.com page',
  ],
  [
    'square on the wrong host',
    { provider: 'square', url: 'https://squareup.com/appointments/abc/location/L1/services' },
    'booking.url',
    '"https://squareup.com/appointments/abc/location/L1/services"',
    'book.squareup.com',
  ],
  [
    'mindbody without a site id',
    { provider: 'mindbody', url: 'https://clients.mindbodyonline.com/classic/ws?stype=-9' },
    'booking.url',
    '"https://clients.mindbodyonline.com/classic/ws?stype=-9"',
    'studioid=',
  ],
  [
    'vagaro widget link',
    { provider: 'vagaro', url: 'https://www.vagaro.com/Users/BusinessWidget.aspx?enc=abc' },
    'booking.url',
    '"https://www.vagaro.com/Users/BusinessWidget.aspx?enc=abc"',
    'expected your Vagaro business page',
  ],
  [
    'fresha without a business id',
    { provider: 'fresha', url: 'https://www.fresha.com/book-now/massage-strong-ab12cd34/all-offer' },
    'booking.url',
    '"https://www.fresha.com/book-now/massage-strong-ab12cd34/all-offer"',
    'pId=',
  ],
  [
    'embed with a provider that cannot be framed',
    { provider: 'jane', url: 'https://massagestrong.janeapp.com/', embed: { enabled: true } },
    'booking.embed.enabled',
    'true',
    'expected false',
  ],
  [
    'embed frame too short',
    { provider: 'acuity', url: 'https://massagestrong.as.me/', embed: { enabled: true, height: 100 } },
    'booking.embed.height',
    '100',
    'expected at least 400 pixels',
  ],
  [
    'utm source with spaces',
    { provider: 'jane', url: 'https://massagestrong.janeapp.com/', utm: { source: 'Massage Strong' } },
    'booking.utm.source',
    '"Massage Strong"',
    'expected a short lowercase tag',
  ],
  [
    'utm campaign that is an email',
    { provider: 'jane', url: 'https://massagestrong.janeapp.com/', utm: { campaign: 'pat@example.com' } },
    'booking.utm.campaign',
    '"pat@example.com"',
    'expected a short lowercase tag',
  ],
  [
    'default staff that is an email',
    { provider: 'jane', url: 'https://massagestrong.janeapp.com/', defaultStaff: 'pat@example.com' },
    'booking.defaultStaff',
    '"pat@example.com"',
    "expected the booking system's own id",
  ],
  [
    'default location that is a phone number',
    { provider: 'jane', url: 'https://massagestrong.janeapp.com/', defaultLocation: '2175550142' },
    'booking.defaultLocation',
    '"2175550142"',
    "expected the booking system's own id",
  ],
  [
    'new tab as text',
    { provider: 'jane', url: 'https://massagestrong.janeapp.com/', opensInNewTab: 'yes' },
    'booking.opensInNewTab',
    '"yes"',
    'expected',
  ],
];

describe('booking settings: each bad setting is named, with its value and what was expected', () => {
  it.each(bad)('%s', (_label, booking, setting, value, expected) => {
    const problems = problemsFor(booking);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatch(new RegExp(`^${setting.replaceAll('.', '\\.')}: got `));
    expect(problem).toContain(`got ${value};`);
    expect(problem).toContain(expected);
  });
});

describe('the booking README', () => {
  it('lists exactly the adapters', () => {
    const readme = readFileSync(new URL('../../src/lib/booking/README.md', import.meta.url), 'utf8');
    expect([...readme.matchAll(/^\| `([a-z]+)` /gm)].map((row) => row[1]).sort()).toEqual(
      [...BOOKING_PROVIDERS].sort(),
    );
  });
});
