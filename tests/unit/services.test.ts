import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADAPTERS, BOOKING_PROVIDERS } from '../../src/lib/booking/adapters.ts';
import {
  assertServicesReady,
  checkServicesForProvider,
  FIRST_VISIT_SERVICE_ID,
  REQUIRED_SERVICE_IDS,
  serviceSchema,
  SESSION_SERVICE_IDS,
  type Service,
} from '../../src/lib/booking/services.ts';
import { wordingProblems } from '../../tools/content-lint/index.ts';
import { findMissingServices } from '../../src/lib/content-checks/graph.ts';
import { formatProblem } from '../../src/lib/content-checks/problem.ts';

const raw: unknown = parse(readFileSync(new URL('../../src/content/services.yaml', import.meta.url), 'utf8'));
const entries = Array.isArray(raw) ? (raw as unknown[]) : [];
const services: Service[] = entries.map((entry) => serviceSchema.parse(entry));

// Invariants only: staff change names, prices, lengths and order in services.yaml without touching a test.
describe('services.yaml', () => {
  it.each(entries.map((entry, index) => [index, entry] as const))('entry %i matches serviceSchema', (_index, entry) => {
    expect(serviceSchema.safeParse(entry).error?.issues ?? []).toEqual([]);
  });

  it('has every service id the pages and the quiz book', () => {
    expect(findMissingServices(new Set(services.map((service) => service.id)))).toEqual([]);
  });

  it.each(BOOKING_PROVIDERS)('has every id the "%s" provider needs', (provider) => {
    expect(checkServicesForProvider(services, { provider })).toEqual([]);
  });

  // The content brief's wording rules apply to descriptions too: the lint's own list.
  it.each(services.map((service) => [service.id, service.description] as const))(
    '%s: description keeps to the wording rules',
    (_id, description) => {
      expect(wordingProblems(description)).toEqual([]);
    },
  );
});

describe('required service ids', () => {
  it('names the first visit and one session per length the quiz books', () => {
    expect(Object.keys(REQUIRED_SERVICE_IDS).sort()).toEqual([FIRST_VISIT_SERVICE_ID, ...SESSION_SERVICE_IDS].sort());
  });

  it('reports each missing id, naming the file and the id', () => {
    expect(
      findMissingServices(new Set(['therapeutic-30']), { 'therapeutic-30': 'x', 'first-visit': 'the home page' }).map(
        formatProblem,
      ),
    ).toEqual([
      'src/content/services.yaml: no service has the id "first-visit", needed by the home page. Add a service with that id, or restore the id if it was renamed.',
    ]);
  });
});

const base = {
  name: 'Therapeutic massage, 60 minutes',
  minutes: 60,
  price: 110,
  description: 'Time to work the back and the muscles that pull on it.',
  techniques: ['deep-tissue-work'],
};

describe('serviceSchema: rejects bad entries, naming the field', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['id with capitals', { id: 'Therapeutic-60' }, 'id'],
    ['id that is an email', { id: 'pat@example.com' }, 'id'],
    ['unknown technique', { id: 'x', techniques: ['hot-stones'] }, 'techniques.0'],
    ['no technique', { id: 'x', techniques: [] }, 'techniques'],
    ['price as text', { id: 'x', price: '$110' }, 'price'],
    ['minutes with a fraction', { id: 'x', minutes: 60.5 }, 'minutes'],
    [
      'provider id that is an email',
      { id: 'x', providerIds: { jane: { discipline: '1', treatment: 'pat@example.com' } } },
      'providerIds.jane.treatment',
    ],
    [
      'provider id with a space',
      { id: 'x', providerIds: { calendly: { eventType: '60 min' } } },
      'providerIds.calendly.eventType',
    ],
    ['unknown provider key', { id: 'x', providerIds: { jnae: { treatment: '1' } } }, 'providerIds'],
    [
      'unknown field for a provider',
      { id: 'x', providerIds: { acuity: { appointmentType: '1', email: 'a' } } },
      'providerIds.acuity',
    ],
  ])('%s', (_label, change, path) => {
    const result = serviceSchema.safeParse({ ...base, ...change });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
    expect(result.error?.issues[0]?.message).toMatch(/expected|Unrecognized key/);
  });
});

describe('checkServicesForProvider', () => {
  const catalog = [
    {
      id: 'therapeutic-60',
      providerIds: { jane: { discipline: '1', treatment: '13' }, acuity: { appointmentType: '41000013' } },
    },
    { id: 'therapeutic-90', providerIds: { acuity: { appointmentType: '41000014' } } },
  ];

  it.each<[string, typeof catalog, (typeof BOOKING_PROVIDERS)[number], string[]]>([
    ['all ids present', catalog.slice(0, 1), 'jane', []],
    [
      'a service without Jane ids',
      catalog,
      'jane',
      [
        'src/content/services.yaml "therapeutic-90": no "jane" id (providerIds.jane.discipline); add the Jane App discipline id (the number after "#/discipline/" in the treatment\'s booking link) for this service',
        'src/content/services.yaml "therapeutic-90": no "jane" id (providerIds.jane.treatment); add the Jane App treatment id (the number after "/treatment/" in the treatment\'s booking link) for this service',
      ],
    ],
    ['every service has Acuity ids', catalog, 'acuity', []],
    [
      'no Square ids at all',
      catalog.slice(0, 1),
      'square',
      [
        'src/content/services.yaml "therapeutic-60": no "square" id (providerIds.square.serviceVariation); add the Square service variation id (the last part of the service\'s booking link) for this service',
      ],
    ],
    ['a plain url needs no ids', catalog, 'url', []],
    ['vagaro needs no ids', catalog, 'vagaro', []],
    [
      'the same id twice',
      [catalog[1]!, catalog[1]!],
      'acuity',
      ['src/content/services.yaml "therapeutic-90": the id is used twice; give each service its own id'],
    ],
  ])('%s', (_label, list, provider, expected) => {
    expect(checkServicesForProvider(list, { provider })).toEqual(expected);
  });

  it.each(BOOKING_PROVIDERS.filter((provider) => ADAPTERS[provider].serviceIds.length > 0))(
    '%s: a service with no ids is reported, naming providerIds.%s',
    (provider) => {
      const [problem] = checkServicesForProvider([{ id: 'therapeutic-60', providerIds: {} }], { provider });
      expect(problem).toContain(
        `src/content/services.yaml "therapeutic-60": no "${provider}" id (providerIds.${provider}.`,
      );
    },
  );
});

describe('assertServicesReady', () => {
  it.each<[string, (typeof BOOKING_PROVIDERS)[number], RegExp | undefined]>([
    [
      'throws naming the setting and the file',
      'fresha',
      /booking\.provider "fresha"[\s\S]*providerIds\.fresha\.service[\s\S]*Fix src\/content\/services\.yaml/,
    ],
    ['passes when the ids are there', 'jane', undefined],
  ])('%s', (_label, provider, error) => {
    const run = () =>
      assertServicesReady([{ id: 'therapeutic-60', providerIds: { jane: { discipline: '1', treatment: '13' } } }], {
        provider,
      });
    if (error) expect(run).toThrow(error);
    else expect(run).not.toThrow();
  });
});
