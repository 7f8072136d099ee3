import { describe, expect, it } from 'vitest';
import siteConfig from '../../src/site.config.ts';
import {
  breadcrumbLd,
  citationLd,
  clinicLd,
  CLINIC_TYPE,
  healthPageLd,
  openingHoursSpecification,
  personLd,
  profilePerson,
  priceRange,
  serializeJsonLd,
  websiteLd,
  type ClinicInput,
} from '../../src/lib/structured-data/index.ts';
import { breadcrumbTrail } from '../../src/lib/seo/routes.ts';

const SITE = 'https://clinic.example';

const clinic: ClinicInput = {
  name: 'Test Clinic',
  description: 'A clinic used by the unit tests, with a description long enough to be real.',
  siteUrl: SITE,
  phone: '+1 217 555 0142',
  email: 'hello@clinic.example',
  address: { street: '1 Test Road', locality: 'Testville', region: 'IL', postalCode: '60000', country: 'US' },
  geo: { latitude: 40.1, longitude: -88.2 },
  openingHours: [
    { days: ['Monday', 'Tuesday'], opens: '09:00', closes: '17:00' },
    { days: ['Saturday'], opens: '10:00', closes: '12:00' },
  ],
  social: [],
};
const services = [
  { id: 'short', name: 'Short visit', description: 'A short visit used by the tests.', minutes: 30, price: 60 },
  { id: 'long', name: 'Long visit', description: 'A long visit used by the tests.', minutes: 90, price: 150 },
];
const author = { name: 'Ann Author', role: 'Massage therapist', credentials: 'LMT', path: '/therapists/ann' };
const reviewer = { name: 'Rob Reviewer', role: 'Clinical reviewer', credentials: 'PT', path: '/therapists/rob' };

describe('priceRange', () => {
  it.each([
    [[], undefined],
    [[{ price: 110 }], '$110'],
    [[{ price: 110 }, { price: 110 }], '$110'],
    [[{ price: 155 }, { price: 65 }, { price: 110 }], '$65-$155'],
  ])('%j -> %s', (prices, expected) => {
    expect(priceRange(prices)).toBe(expected);
  });
});

describe('openingHoursSpecification', () => {
  it('makes one entry per row, with schema.org day URLs and the times as written', () => {
    expect(openingHoursSpecification(clinic.openingHours)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'],
        opens: '09:00',
        closes: '17:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Saturday'],
        opens: '10:00',
        closes: '12:00',
      },
    ]);
  });
});

describe('clinicLd', () => {
  const node = clinicLd(clinic, services, '/og/site.png');
  it.each([
    ['@type', 'HealthAndBeautyBusiness'],
    ['@id', `${SITE}/#clinic`],
    ['url', `${SITE}/`],
    ['image', `${SITE}/og/site.png`],
    ['telephone', '+12175550142'],
    ['priceRange', '$60-$150'],
  ])('%s is %s', (key, value) => {
    expect((node as unknown as Record<string, unknown>)[key]).toBe(value);
  });
  it('never marks up or describes the clinic as physiotherapy or physical therapy (finding 12)', () => {
    // Massage therapists may not hold themselves out as physical therapists (225 ILCS 90/2 in Illinois).
    expect(CLINIC_TYPE).toBe('HealthAndBeautyBusiness');
    expect(JSON.stringify(node)).not.toMatch(/physio|physical[\s-]*therap/i);
    // The clinic's own name, tagline and description feed the node on every build.
    const own = [siteConfig.name, siteConfig.tagline, siteConfig.description].join(' ');
    expect(own).not.toMatch(/physio|physical[\s-]*therap/i);
    const planted = clinicLd({ ...clinic, description: 'A physical therapy clinic.' }, services, '/x.png');
    expect(JSON.stringify(planted)).toMatch(/physical[\s-]*therap/i);
  });
  it('has the postal address and map position from the settings', () => {
    expect(node.address).toMatchObject({
      streetAddress: '1 Test Road',
      addressLocality: 'Testville',
      postalCode: '60000',
      addressCountry: 'US',
    });
    expect(node.geo).toMatchObject({ latitude: 40.1, longitude: -88.2 });
  });
  it('offers each service as a Service with a priced Offer', () => {
    const offers = (
      node.hasOfferCatalog as unknown as {
        itemListElement: { price: number; priceCurrency: string; itemOffered: { '@type': string; name: string } }[];
      }
    ).itemListElement;
    expect(
      offers.map((offer) => [offer.itemOffered['@type'], offer.itemOffered.name, offer.price, offer.priceCurrency]),
    ).toEqual([
      ['Service', 'Short visit', 60, 'USD'],
      ['Service', 'Long visit', 150, 'USD'],
    ]);
  });
  it('lists social profiles as sameAs only when there are some', () => {
    expect('sameAs' in node).toBe(false);
    expect(
      clinicLd({ ...clinic, social: [{ url: 'https://social.example/clinic' }] }, services, '/x.png').sameAs,
    ).toEqual(['https://social.example/clinic']);
  });
});

describe('websiteLd', () => {
  it('names the site, its address and its publisher', () => {
    expect(websiteLd({ ...clinic, locale: 'en-US' })).toMatchObject({
      '@type': 'WebSite',
      name: 'Test Clinic',
      url: `${SITE}/`,
      inLanguage: 'en-US',
      publisher: { '@id': `${SITE}/#clinic` },
    });
  });
});

describe('breadcrumbLd', () => {
  it('numbers the items from 1 and gives each an absolute URL', () => {
    const node = breadcrumbLd(breadcrumbTrail('/articles/x', 'X'), SITE);
    expect(node.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: `${SITE}/articles` },
      { '@type': 'ListItem', position: 3, name: 'X', item: `${SITE}/articles/x` },
    ]);
  });
});

describe('personLd', () => {
  it.each([
    [
      { ...author },
      { name: 'Ann Author', jobTitle: 'Massage therapist', honorificSuffix: 'LMT', url: `${SITE}/therapists/ann` },
    ],
    [
      { ...author, image: '/_astro/ann.svg', specialities: ['Backs'] },
      { image: `${SITE}/_astro/ann.svg`, knowsAbout: ['Backs'] },
    ],
  ])('%j', (input, expected) => {
    const node = personLd(input, SITE);
    expect(node).toMatchObject({ '@type': 'Person', worksFor: { '@id': `${SITE}/#clinic` }, ...expected });
  });
});

describe('profilePerson', () => {
  it('takes the name, role, credentials and sample flag from the profile, and links its page by id', () => {
    const data = { name: 'Fixture Person', role: 'Massage therapist', credentials: 'LMT', sample: true, bio: 'x' };
    expect(profilePerson({ id: 'fixture-person', data })).toEqual({
      name: 'Fixture Person',
      role: 'Massage therapist',
      credentials: 'LMT',
      path: '/therapists/fixture-person',
      sample: true,
    });
  });
});

describe('citationLd', () => {
  it.each([
    [{ title: 'T', authors: ['A B', 'C D'], publisher: 'J', year: 2015, doi: '10.1/x' }, 'https://doi.org/10.1/x'],
    [
      { title: 'T', authors: ['NICE'], publisher: 'NICE', year: 2016, url: 'https://nice.example/ng59' },
      'https://nice.example/ng59',
    ],
    [{ title: 'T', authors: ['NICE'], publisher: 'NICE', year: 2016 }, undefined],
  ])('%j links to %s', (source, url) => {
    const node = citationLd(source) as unknown as Record<string, unknown>;
    expect(node['url']).toBe(url);
    expect(node['datePublished']).toBe(String(source.year));
    expect(node['author']).toBe(source.authors.join(', '));
  });
});

describe('healthPageLd', () => {
  const page = {
    path: '/articles/x',
    title: 'A headline',
    description: 'A description of the page for the tests.',
    image: '/og/articles/x.png',
    author,
    review: { reviewer, date: new Date('2026-11-20') },
    published: new Date('2026-09-08'),
    modified: new Date('2026-11-20'),
    sources: [{ title: 'S', authors: ['A'], publisher: 'P', year: 2011, doi: '10.2/y' }],
    keywords: ['back pain', 'massage'],
  };
  const node = healthPageLd(page, { siteUrl: SITE, locale: 'en-US' }) as unknown as Record<string, unknown>;
  it.each([
    ['@type', 'MedicalWebPage'],
    ['url', `${SITE}/articles/x`],
    ['headline', 'A headline'],
    ['image', `${SITE}/og/articles/x.png`],
    ['lastReviewed', '2026-11-20'],
    ['datePublished', '2026-09-08'],
    ['dateModified', '2026-11-20'],
    ['keywords', 'back pain, massage'],
  ])('%s is %s', (key, value) => {
    expect(node[key]).toBe(value);
  });
  it('names the author and the reviewer as people with profile pages', () => {
    expect(node['author']).toMatchObject({ '@type': 'Person', name: 'Ann Author', url: `${SITE}/therapists/ann` });
    expect(node['reviewedBy']).toMatchObject({
      '@type': 'Person',
      name: 'Rob Reviewer',
      url: `${SITE}/therapists/rob`,
    });
  });
  it('claims no review (no reviewedBy, no lastReviewed) when the reviewer is a sample or there is none (finding 2)', () => {
    for (const claimless of [
      { ...page, review: { reviewer: { ...reviewer, sample: true }, date: new Date('2026-11-20') } },
      { ...page, review: undefined },
    ]) {
      const built = healthPageLd(claimless, { siteUrl: SITE, locale: 'en-US' }) as unknown as Record<string, unknown>;
      expect(built).not.toHaveProperty('reviewedBy');
      expect(built).not.toHaveProperty('lastReviewed');
      expect(built['author']).toMatchObject({ name: 'Ann Author' });
    }
  });
  it('cites every source', () => {
    expect(node['citation']).toEqual([expect.objectContaining({ name: 'S', url: 'https://doi.org/10.2/y' })]);
  });
});

describe('serializeJsonLd', () => {
  it.each([
    [{ name: '</script><script>alert(1)</script>' }],
    [{ name: 'a < b & c > d' }],
    [{ name: 'line\u2028separator\u2029' }],
  ])('%j cannot close the script element and still parses back', (data) => {
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
