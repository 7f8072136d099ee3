import { describe, expect, it } from 'vitest';
import { ADAPTERS, type BookingProvider } from '../../src/lib/booking/adapters.ts';
import { bookingIslandModel } from '../../src/lib/booking/island.ts';
import { serviceSchema, type Service } from '../../src/lib/booking/services.ts';
import { bookingSettingsSchema, type BookingSettings } from '../../src/lib/booking/booking-settings.ts';

function settingsFor(provider: BookingProvider, extra: Record<string, unknown> = {}): BookingSettings {
  return bookingSettingsSchema.parse({ provider, url: ADAPTERS[provider].example, ...extra });
}

const CATALOG: Service[] = [
  serviceSchema.parse({
    id: 'assessment-first-visit',
    name: 'First visit: assessment and treatment',
    minutes: 75,
    price: 140,
    description: 'Your first visit starts with a look at your posture.',
    techniques: ['deep-tissue-work'],
    providerIds: { jane: { discipline: '1', treatment: '11' }, acuity: { appointmentType: '41000011' } },
  }),
  serviceSchema.parse({
    id: 'therapeutic-30',
    name: 'Therapeutic massage, 30 minutes',
    minutes: 30,
    price: 65.5,
    description: 'A short, focused session on one area of the back.',
    techniques: ['trigger-point-therapy'],
    providerIds: { jane: { discipline: '1', treatment: '12' }, acuity: { appointmentType: '41000012' } },
  }),
];

const UTM = 'utm_source=website&utm_medium=referral&utm_campaign=booking';

describe('bookingIslandModel: the first link', () => {
  it.each<[string, BookingProvider, string | undefined, string, string | undefined]>([
    [
      'preselected service',
      'jane',
      'therapeutic-30',
      `https://massagestrong.janeapp.com/?${UTM}&utm_content=technique#/discipline/1/treatment/12`,
      'therapeutic-30',
    ],
    [
      'no service: booking home page',
      'jane',
      undefined,
      `https://massagestrong.janeapp.com/?${UTM}&utm_content=technique`,
      undefined,
    ],
    [
      'provider that cannot name a service',
      'vagaro',
      'therapeutic-30',
      `https://www.vagaro.com/massagestrong?${UTM}&utm_content=technique`,
      'therapeutic-30',
    ],
  ])('%s', (_label, provider, service, href, selected) => {
    const model = bookingIslandModel(settingsFor(provider), CATALOG, {
      service,
      context: 'technique',
      where: 'test.astro',
    });
    expect(model.href).toBe(href);
    expect(model.selected).toBe(selected);
  });
});

describe('bookingIslandModel: the picker', () => {
  it('offers one prebuilt link per service, in catalog order', () => {
    const model = bookingIslandModel(settingsFor('acuity'), CATALOG, { context: 'services', where: 'test.astro' });
    expect(model.options).toEqual([
      {
        id: 'assessment-first-visit',
        name: 'First visit: assessment and treatment',
        length: '75 minutes',
        price: '$140',
        href: `https://app.acuityscheduling.com/schedule.php?owner=12345678&appointmentType=41000011&${UTM}&utm_content=services`,
      },
      {
        id: 'therapeutic-30',
        name: 'Therapeutic massage, 30 minutes',
        length: '30 minutes',
        price: '$65.50',
        href: `https://app.acuityscheduling.com/schedule.php?owner=12345678&appointmentType=41000012&${UTM}&utm_content=services`,
      },
    ]);
  });

  it.each<[BookingProvider, number]>([
    ['jane', 2],
    ['acuity', 2],
    ['url', 0],
    ['vagaro', 0],
  ])('%s: %i options', (provider, count) => {
    expect(
      bookingIslandModel(settingsFor(provider), CATALOG, { context: 'services', where: 'test.astro' }).options,
    ).toHaveLength(count);
  });
});

describe('bookingIslandModel: what the visitor is told', () => {
  it.each<[BookingProvider, string]>([
    ['jane', "You'll finish booking on Jane App, our booking system."],
    ['acuity', "You'll finish booking on Acuity Scheduling, our booking system."],
    ['url', "You'll finish booking on our online booking page."],
  ])('%s', (provider, nextStep) => {
    expect(bookingIslandModel(settingsFor(provider), CATALOG, { context: 'quiz', where: 'test.astro' }).nextStep).toBe(
      nextStep,
    );
  });

  it.each<[string, BookingProvider, Record<string, unknown>, boolean, { title: string; height: number } | undefined]>([
    ['defaults: same tab, no calendar', 'jane', {}, false, undefined],
    ['new tab', 'jane', { opensInNewTab: true }, true, undefined],
    [
      'calendar offered when enabled',
      'acuity',
      { embed: { enabled: true, height: 1000 } },
      false,
      { title: 'Booking calendar on Acuity Scheduling', height: 1000 },
    ],
  ])('%s', (_label, provider, extra, newTab, embed) => {
    const model = bookingIslandModel(settingsFor(provider, extra), CATALOG, {
      context: 'article',
      where: 'test.astro',
    });
    expect(model.newTab).toBe(newTab);
    expect(model.embed).toEqual(embed);
  });
});

describe('bookingIslandModel: stops the build when the catalog lacks ids', () => {
  it.each<[BookingProvider, RegExp]>([
    ['square', /providerIds\.square\.serviceVariation/],
    ['calendly', /providerIds\.calendly\.eventType/],
  ])('%s', (provider, message) => {
    expect(() =>
      bookingIslandModel(settingsFor(provider), CATALOG, { context: 'header', where: 'test.astro' }),
    ).toThrow(message);
  });
});

describe('bookingIslandModel: stops the build on a service id the catalog lacks', () => {
  it.each<[BookingProvider, string]>([
    ['acuity', 'hot-stones'],
    // Even where links cannot name a service, a wrong id is a mistake worth stopping for.
    ['vagaro', 'therapeutic-300'],
  ])('%s: "%s"', (provider, service) => {
    const build = () =>
      bookingIslandModel(settingsFor(provider), CATALOG, {
        service,
        context: 'article',
        where: 'src/content/articles/x.mdx',
      });
    expect(build).toThrow(
      `src/content/articles/x.mdx: the booking button names the service "${service}", but src/content/services.yaml has no service with that id. Expected one of "assessment-first-visit", "therapeutic-30"; fix the id or add that service.`,
    );
  });
});
