import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, BOOKING_PROVIDERS, type BookingProvider } from '../../src/lib/booking/adapters.ts';
import { serviceSchema, type Service } from '../../src/lib/booking/services.ts';
import { bookingSettingsSchema, type BookingSettings } from '../../src/lib/booking/booking-settings.ts';
import { buildBookingLink, buildBookingUrl, UTM_KEYS, type BookingRequest } from '../../src/lib/booking/url.ts';

function settingsFor(provider: BookingProvider, extra: Record<string, unknown> = {}): BookingSettings {
  const utm = { source: 'massagestrong.com', medium: 'website', campaign: 'book-online' };
  return bookingSettingsSchema.parse({ provider, url: ADAPTERS[provider].example, utm, ...extra });
}

// A catalog of its own, so these tests do not move when services.yaml changes.
const CATALOG: Service[] = [
  serviceSchema.parse({
    id: 'therapeutic-60',
    name: 'Therapeutic massage, 60 minutes',
    minutes: 60,
    price: 110,
    description: 'Time to work the back and the muscles that pull on it.',
    techniques: ['deep-tissue-work'],
    providerIds: {
      jane: { discipline: '1', treatment: '13' },
      acuity: { appointmentType: '41000013' },
      calendly: { eventType: 'therapeutic-60' },
      calcom: { eventType: 'therapeutic-60' },
      square: { serviceVariation: 'THERAPEUTIC60SAMPLE' },
      mindbody: { sessionTypeGroup: '5' },
      fresha: { service: '2000013' },
    },
  }),
  serviceSchema.parse({
    id: 'therapeutic-30',
    name: 'Therapeutic massage, 30 minutes',
    minutes: 30,
    price: 65,
    description: 'A short, focused session on one area of the back.',
    techniques: ['trigger-point-therapy'],
    providerIds: { jane: { discipline: '1', treatment: '12' } },
  }),
];

const U = 'utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online&utm_content=article';
const S = 'therapeutic-60';

// Each adapter: service only; with staff; with location; unknown service (falls back to the booking home page).
const cases: [BookingProvider, string, BookingRequest, string][] = [
  ['jane', 'service', { service: S }, `https://massagestrong.janeapp.com/?${U}#/discipline/1/treatment/13`],
  ['jane', 'staff', { service: S, staff: '7' }, `https://massagestrong.janeapp.com/?${U}#/staff_member/7/treatment/13`],
  [
    'jane',
    'location',
    { service: S, location: 'downtown' },
    `https://massagestrong.janeapp.com/locations/downtown/book?${U}#/discipline/1/treatment/13`,
  ],
  ['jane', 'unknown', { service: 'hot-stones' }, `https://massagestrong.janeapp.com/?${U}`],
  ['jane', 'staff, no service', { staff: '7' }, `https://massagestrong.janeapp.com/?${U}#/staff_member/7`],

  [
    'acuity',
    'service',
    { service: S },
    `https://app.acuityscheduling.com/schedule.php?owner=12345678&appointmentType=41000013&${U}`,
  ],
  [
    'acuity',
    'staff',
    { service: S, staff: '7' },
    `https://app.acuityscheduling.com/schedule.php?owner=12345678&appointmentType=41000013&calendarID=7&${U}`,
  ],
  [
    'acuity',
    'location',
    { service: S, location: 'downtown' },
    `https://app.acuityscheduling.com/schedule.php?owner=12345678&appointmentType=41000013&location=downtown&${U}`,
  ],
  ['acuity', 'unknown', { service: 'hot-stones' }, `https://app.acuityscheduling.com/schedule.php?owner=12345678&${U}`],

  ['calendly', 'service', { service: S }, `https://calendly.com/massagestrong/therapeutic-60?${U}`],
  ['calendly', 'staff', { service: S, staff: 'alex-morgan' }, `https://calendly.com/alex-morgan/therapeutic-60?${U}`],
  [
    'calendly',
    'location (ignored)',
    { service: S, location: 'downtown' },
    `https://calendly.com/massagestrong/therapeutic-60?${U}`,
  ],
  ['calendly', 'unknown', { service: 'hot-stones' }, `https://calendly.com/massagestrong?${U}`],

  ['calcom', 'service', { service: S }, `https://cal.com/massagestrong/therapeutic-60?${U}`],
  ['calcom', 'staff', { service: S, staff: 'alex-morgan' }, `https://cal.com/alex-morgan/therapeutic-60?${U}`],
  [
    'calcom',
    'location (ignored)',
    { service: S, location: 'downtown' },
    `https://cal.com/massagestrong/therapeutic-60?${U}`,
  ],
  ['calcom', 'unknown', { service: 'hot-stones' }, `https://cal.com/massagestrong?${U}`],

  [
    'square',
    'service',
    { service: S },
    `https://book.squareup.com/appointments/abc123def456/location/LHOME123/services/THERAPEUTIC60SAMPLE?${U}`,
  ],
  [
    'square',
    'staff',
    { service: S, staff: 'TMabc7' },
    `https://book.squareup.com/appointments/abc123def456/location/LHOME123/services/THERAPEUTIC60SAMPLE?team_member_id=TMabc7&${U}`,
  ],
  [
    'square',
    'location',
    { service: S, location: 'LOTHER456' },
    `https://book.squareup.com/appointments/abc123def456/location/LOTHER456/services/THERAPEUTIC60SAMPLE?${U}`,
  ],
  [
    'square',
    'unknown',
    { service: 'hot-stones' },
    `https://book.squareup.com/appointments/abc123def456/location/LHOME123/services?${U}`,
  ],

  [
    'mindbody',
    'service',
    { service: S },
    `https://clients.mindbodyonline.com/classic/ws?studioid=123456&stype=-9&sTG=5&${U}`,
  ],
  [
    'mindbody',
    'staff',
    { service: S, staff: '100000001' },
    `https://clients.mindbodyonline.com/classic/ws?studioid=123456&stype=-9&sTG=5&sTrn=100000001&${U}`,
  ],
  [
    'mindbody',
    'location',
    { service: S, location: '2' },
    `https://clients.mindbodyonline.com/classic/ws?studioid=123456&stype=-9&sTG=5&sLoc=2&${U}`,
  ],
  [
    'mindbody',
    'unknown',
    { service: 'hot-stones' },
    `https://clients.mindbodyonline.com/classic/ws?studioid=123456&stype=-9&${U}`,
  ],

  ['vagaro', 'service (ignored)', { service: S }, `https://www.vagaro.com/massagestrong?${U}`],
  ['vagaro', 'staff (ignored)', { service: S, staff: '7' }, `https://www.vagaro.com/massagestrong?${U}`],
  ['vagaro', 'location (ignored)', { service: S, location: 'downtown' }, `https://www.vagaro.com/massagestrong?${U}`],
  ['vagaro', 'unknown', { service: 'hot-stones' }, `https://www.vagaro.com/massagestrong?${U}`],

  [
    'fresha',
    'service',
    { service: S },
    `https://www.fresha.com/book-now/massage-strong-ab12cd34/services?oiid=sv%3A2000013&share=true&pId=123456&${U}`,
  ],
  [
    'fresha',
    'staff',
    { service: S, staff: '5084222' },
    `https://www.fresha.com/book-now/massage-strong-ab12cd34/services?eid=5084222&oiid=sv%3A2000013&share=true&pId=123456&${U}`,
  ],
  [
    'fresha',
    'location',
    { service: S, location: '2843963' },
    `https://www.fresha.com/book-now/massage-strong-ab12cd34/services?lid=2843963&oiid=sv%3A2000013&share=true&pId=123456&${U}`,
  ],
  [
    'fresha',
    'unknown',
    { service: 'hot-stones' },
    `https://www.fresha.com/book-now/massage-strong-ab12cd34/all-offer?share=true&pId=123456&${U}`,
  ],

  ['url', 'service (ignored)', { service: S }, `https://massagestrong.com/book?${U}`],
  ['url', 'staff (ignored)', { service: S, staff: '7' }, `https://massagestrong.com/book?${U}`],
  ['url', 'location (ignored)', { service: S, location: 'downtown' }, `https://massagestrong.com/book?${U}`],
  ['url', 'unknown', { service: 'hot-stones' }, `https://massagestrong.com/book?${U}`],
];

describe('buildBookingUrl: each adapter', () => {
  it.each(cases)('%s, %s', (provider, _label, request, expected) => {
    expect(buildBookingUrl(settingsFor(provider), CATALOG, { ...request, context: 'article' })).toBe(expected);
  });
});

describe('buildBookingUrl: settings defaults and fallbacks', () => {
  it.each<[string, BookingProvider, Record<string, unknown>, BookingRequest, string]>([
    [
      'default location from settings',
      'jane',
      { defaultLocation: 'downtown' },
      { service: S, context: 'header' },
      'https://massagestrong.janeapp.com/locations/downtown/book?utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online&utm_content=header#/discipline/1/treatment/13',
    ],
    [
      'location in the Jane address',
      'jane',
      { url: 'https://massagestrong.janeapp.com/locations/downtown' },
      { service: S },
      'https://massagestrong.janeapp.com/locations/downtown/book?utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online#/discipline/1/treatment/13',
    ],
    [
      'requested location replaces the one in the Jane address',
      'jane',
      { url: 'https://massagestrong.janeapp.com/locations/downtown/book' },
      { location: 'uptown' },
      'https://massagestrong.janeapp.com/locations/uptown/book?utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online',
    ],
    [
      'request location beats the default',
      'mindbody',
      { defaultLocation: '1' },
      { service: S, location: '2', context: 'quiz' },
      'https://clients.mindbodyonline.com/classic/ws?studioid=123456&stype=-9&sTG=5&sLoc=2&utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online&utm_content=quiz',
    ],
    [
      'default staff from settings',
      'acuity',
      { defaultStaff: '99' },
      { service: S, context: 'sticky' },
      'https://app.acuityscheduling.com/schedule.php?owner=12345678&appointmentType=41000013&calendarID=99&utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online&utm_content=sticky',
    ],
    [
      'no page kind: no utm_content',
      'calendly',
      {},
      { service: S },
      'https://calendly.com/massagestrong/therapeutic-60?utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online',
    ],
    [
      'service without ids for this provider falls back',
      'acuity',
      {},
      { service: 'therapeutic-30', context: 'services' },
      'https://app.acuityscheduling.com/schedule.php?owner=12345678&utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online&utm_content=services',
    ],
    [
      'utm defaults when the clinic sets none',
      'vagaro',
      { utm: undefined },
      { context: 'technique' },
      'https://www.vagaro.com/massagestrong?utm_source=website&utm_medium=referral&utm_campaign=booking&utm_content=technique',
    ],
    [
      'the clinic url keeps its own query but not old utm tags',
      'url',
      { url: 'https://massagestrong.com/book?page=online&utm_source=old' },
      { context: 'quiz' },
      'https://massagestrong.com/book?page=online&utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online&utm_content=quiz',
    ],
    [
      'acuity on the clinic subdomain',
      'acuity',
      { url: 'https://massagestrong.as.me/' },
      { service: S },
      'https://massagestrong.as.me/schedule.php?appointmentType=41000013&utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online',
    ],
    [
      'cal.com team page',
      'calcom',
      { url: 'https://cal.com/team/massagestrong' },
      { service: S },
      'https://cal.com/team/massagestrong/therapeutic-60?utm_source=massagestrong.com&utm_medium=website&utm_campaign=book-online',
    ],
  ])('%s', (_label, provider, extra, request, expected) => {
    expect(buildBookingUrl(settingsFor(provider, extra), CATALOG, request)).toBe(expected);
  });
});

describe('buildBookingLink: reports the service it opens', () => {
  it.each<[BookingRequest, string | undefined, string[]]>([
    [{ service: S }, S, []],
    [{ service: 'hot-stones' }, undefined, ['service']],
    [{}, undefined, []],
    [{ service: 'therapeutic-30' }, 'therapeutic-30', []],
  ])('%j -> %s', (request, service, dropped) => {
    const link = buildBookingLink(settingsFor('jane'), CATALOG, request);
    expect(link.service).toBe(service);
    expect(link.dropped).toEqual(dropped);
  });
});

// Everything a caller might try to push into a link: none of it may appear in the URL.
const SMUGGLED = {
  email: 'pat@example.com',
  phone: '+1 217 555 0142',
  name: 'Pat Jones',
  painScore: 8,
  quizAnswers: ['sharp pain', 'worse at night'],
  conditions: 'sciatica',
  redFlags: 'numbness in both legs',
  utm_term: 'back pain',
  path: '/articles/my-sciatica',
};

const attempts: [string, Record<string, unknown>, string[]][] = [
  ['extra keys on the request', { service: S, ...SMUGGLED }, []],
  ['an email as staff', { service: S, staff: 'pat@example.com' }, ['staff']],
  ['a phone number as location', { service: S, location: '+1 217 555 0142' }, ['location']],
  ['a bare 10-digit phone number as staff', { service: S, staff: '2175550142' }, ['staff']],
  ['free text as service', { service: 'my back hurts 8/10' }, ['service']],
  ['a query string inside the service', { service: 'therapeutic-60?email=pat@example.com' }, ['service']],
  ['a path inside staff', { service: S, staff: '../../admin' }, ['staff']],
  ['a hash inside location', { service: S, location: 'x#/pain/8' }, ['location']],
  ['a name with a space as staff', { service: S, staff: 'Pat Jones' }, ['staff']],
  ['a page path as context', { service: S, context: '/articles/my-sciatica' }, ['context']],
  ['quiz answers as context', { service: S, context: 'quiz?score=9' }, ['context']],
  ['a number as service', { service: 8 }, ['service']],
  ['an object as staff', { service: S, staff: { toString: () => 'pat@example.com' } }, ['staff']],
];

const FORBIDDEN_TEXT = [
  '@',
  'example.com',
  '217',
  '555',
  'Pat',
  'pat',
  'sciatica',
  'night',
  'numbness',
  'back pain',
  'back%20pain',
  'my-',
  '8%2F10',
  'admin',
  'utm_term',
  'score',
];

function allowedKeys(provider: BookingProvider): Set<string> {
  const home = new URL(ADAPTERS[provider].example);
  return new Set([...home.searchParams.keys(), ...ADAPTERS[provider].queryKeys, ...UTM_KEYS]);
}

describe('buildBookingLink: nothing but ids and the clinic utm tags gets in', () => {
  const table = BOOKING_PROVIDERS.flatMap((provider) =>
    attempts.map(([label, request, dropped]) => [provider, label, request, dropped] as const),
  );
  it.each(table)('%s: %s', (provider, _label, request, dropped) => {
    const link = buildBookingLink(settingsFor(provider), CATALOG, request as BookingRequest);
    const url = new URL(link.url);
    expect(link.dropped).toEqual(dropped);
    for (const key of url.searchParams.keys()) expect(allowedKeys(provider)).toContain(key);
    for (const text of FORBIDDEN_TEXT) expect(link.url).not.toContain(text);
  });
});

describe('buildBookingLink: any request at all', () => {
  it.each(BOOKING_PROVIDERS)('%s: stays on the provider, with allowlisted keys only', (provider) => {
    const settings = settingsFor(provider);
    const origin = new URL(buildBookingUrl(settings, CATALOG, {})).origin;
    const anyRequest = fc.dictionary(
      fc.oneof(fc.constantFrom('service', 'staff', 'location', 'context'), fc.string()),
      fc.oneof(
        fc.string(),
        fc.constantFrom('therapeutic-60', '7', 'quiz', 'pat@example.com'),
        fc.integer(),
        fc.constant(null),
      ),
    );
    fc.assert(
      fc.property(anyRequest, (request) => {
        const url = new URL(buildBookingUrl(settings, CATALOG, request as BookingRequest));
        expect(url.origin).toBe(origin);
        expect(url.username + url.password).toBe('');
        for (const key of url.searchParams.keys()) expect(allowedKeys(provider)).toContain(key);
        expect(url.href).not.toContain('@');
      }),
    );
  });
});
