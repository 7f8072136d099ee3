import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap.ts';
import {
  builtPages,
  canonicalHref,
  distDir,
  isNoindexPage,
  jsonLdBlocks,
  metaContent,
  pageTitle,
  type BuiltPage,
} from './built-site.ts';

const SITE = 'https://massagestrong.com';
const pages = builtPages();
const redirectRules = readFileSync(join(distDir, '_redirects'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [from, to, status] = line.trim().split(/\s+/);
    return { from: from!, to: to!, status: status! };
  });
const redirectSources = new Set(redirectRules.map((rule) => rule.from));
/** Pages that are themselves pages, not forwarding stubs. */
const ownPages = pages.filter((page) => !redirectSources.has(page.path));

test.describe('meta tags on every built page', () => {
  for (const { path, html } of pages) {
    test(`${path} has a title, description, canonical, Open Graph and Twitter tags`, () => {
      expect(pageTitle(html), 'title').toBeTruthy();
      expect(metaContent(html, 'description')?.length ?? 0, 'description length').toBeGreaterThanOrEqual(50);
      const canonical = canonicalHref(html);
      expect(canonical, 'canonical').toMatch(new RegExp(`^${SITE}/`));
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:site_name',
        'twitter:title',
        'twitter:description',
      ]) {
        expect(metaContent(html, key), key).toBeTruthy();
      }
      expect(metaContent(html, 'og:url'), 'og:url matches the canonical URL').toBe(canonical);
      expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
      const image = metaContent(html, 'og:image');
      expect(image, 'og:image').toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
      expect(metaContent(html, 'twitter:image')).toBe(image);
      // The card is a real 1200x630 PNG in the build.
      const png = readFileSync(join(distDir, new URL(image!).pathname));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `size of ${image}`).toEqual([1200, 630]);
    });
  }

  test('titles and descriptions are unique across pages', () => {
    const repeated = (values: (string | undefined)[]) =>
      values.filter((value, index) => values.indexOf(value) !== index);
    expect(repeated(pages.map((page) => pageTitle(page.html)))).toEqual([]);
    expect(repeated(pages.map((page) => metaContent(page.html, 'description')))).toEqual([]);
  });

  test('articles and techniques share their own card; other pages use the site card', () => {
    for (const { path, html } of pages) {
      const image = new URL(metaContent(html, 'og:image')!).pathname;
      if (/^\/(articles|techniques)\/[^/]+$/.test(path) && !/^\/articles\/\d+$/.test(path))
        expect(image, path).toBe(`/og${path}.png`);
      else expect(image, path).toBe('/og/site.png');
    }
  });

  // A tag list and a forwarding stub, whichever the built site has.
  const aTagPage = pages.map((page) => page.path).find((path) => /^\/tags\/[^/]+$/.test(path));
  for (const path of ['/404', '/search', aTagPage, redirectRules[0]?.from].filter((path) => path !== undefined)) {
    test(`${path} asks not to be indexed`, () => {
      const page = pages.find((candidate) => candidate.path === path);
      expect(page, `${path} is built`).toBeDefined();
      expect(isNoindexPage(page!.html)).toBe(true);
    });
  }
});

type Node = Record<string, unknown>;
const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const absoluteUrl = (value: unknown) => typeof value === 'string' && value.startsWith(`${SITE}/`);

/** What each type must carry: Google's required properties, plus what this site promises for it. */
const REQUIRED: Record<string, (node: Node) => string[]> = {
  BreadcrumbList: (node) => {
    const items = node['itemListElement'] as Node[] | undefined;
    if (!Array.isArray(items) || items.length < 2) return ['itemListElement with at least two items'];
    return items.flatMap((item, index) => [
      ...(item['@type'] === 'ListItem' ? [] : [`item ${index + 1}: @type ListItem`]),
      ...(item['position'] === index + 1 ? [] : [`item ${index + 1}: position ${index + 1}`]),
      ...(text(item['name']) ? [] : [`item ${index + 1}: name`]),
      ...(absoluteUrl(item['item']) ? [] : [`item ${index + 1}: item (absolute URL)`]),
    ]);
  },
  HealthAndBeautyBusiness: (node) => {
    const address = (node['address'] ?? {}) as Node;
    const geo = (node['geo'] ?? {}) as Node;
    const offers = ((node['hasOfferCatalog'] ?? {}) as Node)['itemListElement'] as Node[] | undefined;
    return [
      ...(text(node['name']) ? [] : ['name']),
      ...['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry']
        .filter((key) => !text(address[key]))
        .map((key) => `address.${key}`),
      ...(typeof geo['latitude'] === 'number' && typeof geo['longitude'] === 'number'
        ? []
        : ['geo.latitude and geo.longitude']),
      ...(Array.isArray(node['openingHoursSpecification']) && node['openingHoursSpecification'].length > 0
        ? []
        : ['openingHoursSpecification']),
      ...(text(node['telephone']) ? [] : ['telephone']),
      ...(text(node['priceRange']) ? [] : ['priceRange']),
      ...(absoluteUrl(node['url']) ? [] : ['url']),
      ...(Array.isArray(offers) &&
      offers.length > 0 &&
      offers.every(
        (offer) =>
          typeof offer['price'] === 'number' &&
          text(offer['priceCurrency']) &&
          (offer['itemOffered'] as Node)['@type'] === 'Service',
      )
        ? []
        : ['hasOfferCatalog of priced Offers for Services']),
    ];
  },
  WebSite: (node) => [...(text(node['name']) ? [] : ['name']), ...(absoluteUrl(node['url']) ? [] : ['url'])],
  MedicalWebPage: (node) => {
    const person = (key: string) => {
      const value = (node[key] ?? {}) as Node;
      return value['@type'] === 'Person' && text(value['name']) && absoluteUrl(value['url'])
        ? []
        : [`${key} (a Person with name and url)`];
    };
    // A review is claimed (reviewedBy with lastReviewed) only when it really happened; the sample test below
    // checks that no claimed reviewer is a sample profile.
    const reviewed = 'reviewedBy' in node || 'lastReviewed' in node;
    return [
      ...['headline', 'datePublished', 'dateModified', ...(reviewed ? ['lastReviewed'] : [])]
        .filter((key) => !text(node[key]))
        .map((key) => key),
      ...(absoluteUrl(node['image']) ? [] : ['image']),
      ...person('author'),
      ...(reviewed ? person('reviewedBy') : []),
      ...(Array.isArray(node['citation']) && node['citation'].length > 0 ? [] : ['citation']),
      ...(typeof node['headline'] === 'string' && node['headline'].length <= 110
        ? []
        : ['headline of at most 110 characters']),
    ];
  },
  Person: (node) => [...(text(node['name']) ? [] : ['name']), ...(absoluteUrl(node['url']) ? [] : ['url'])],
};

function structuredData(page: BuiltPage): Node[] {
  return jsonLdBlocks(page.html).map((block) => JSON.parse(block) as Node);
}

test.describe('structured data (JSON-LD)', () => {
  for (const page of pages) {
    test(`${page.path}: every block parses and has its required properties`, () => {
      for (const block of jsonLdBlocks(page.html)) {
        expect(block, 'no raw "<" inside a JSON-LD block').not.toContain('<');
        const node = JSON.parse(block) as Node;
        expect(node['@context']).toBe('https://schema.org');
        const type = String(node['@type']);
        const check = REQUIRED[type];
        expect(check, `a known type (got ${type})`).toBeDefined();
        expect(check!(node), `${type} is missing`).toEqual([]);
      }
    });
  }

  test('each kind of page carries its types', () => {
    const types = (path: string) =>
      structuredData(pages.find((page) => page.path === path)!).map((node) => node['@type']);
    expect(types('/')).toEqual(expect.arrayContaining(['WebSite', 'HealthAndBeautyBusiness']));
    expect(types('/')).not.toContain('BreadcrumbList');
    expect(types('/contact')).toEqual(expect.arrayContaining(['HealthAndBeautyBusiness', 'BreadcrumbList']));
    for (const page of ownPages.filter((candidate) => candidate.path !== '/')) {
      expect(
        structuredData(page).map((node) => node['@type']),
        page.path,
      ).toContain('BreadcrumbList');
    }
    for (const page of ownPages.filter((candidate) => /^\/(articles\/[a-z]|techniques\/)/.test(candidate.path))) {
      expect(
        structuredData(page).map((node) => node['@type']),
        page.path,
      ).toContain('MedicalWebPage');
    }
    // Profiles, not their paged lists of articles (/therapists/<id>/articles).
    for (const page of ownPages.filter((candidate) => /^\/therapists\/[^/]+$/.test(candidate.path))) {
      expect(
        structuredData(page).map((node) => node['@type']),
        page.path,
      ).toContain('Person');
    }
  });
});

test.describe('no claim of a review that did not happen (finding 2)', () => {
  /** Profile pages of sample (placeholder) people: their "review" of a page never happened. */
  const sampleProfiles = ownPages
    .filter((page) => /^\/therapists\/[^/]+$/.test(page.path) && page.html.includes('Sample profile:'))
    .map((page) => `${SITE}${page.path}`);
  const CLAIM = /clinical(?:ly)? review|reviewed by a clinician|checked by a clinic|medically reviewed/i;

  test('no JSON-LD reviewedBy names a sample profile', () => {
    const problems = ownPages.flatMap((page) =>
      structuredData(page)
        .filter((node) => sampleProfiles.includes(String((node['reviewedBy'] as Node | undefined)?.['url'])))
        .map(() => `${page.path}: reviewedBy names a sample profile`),
    );
    expect(problems).toEqual([]);
  });

  test('while any profile is a sample, no meta description or feed item claims a clinical review', () => {
    test.skip(sampleProfiles.length === 0, 'every profile is real');
    const feed = readFileSync(join(distDir, 'rss.xml'), 'utf8');
    const problems = [
      ...ownPages
        .filter((page) => CLAIM.test(metaContent(page.html, 'description') ?? ''))
        .map((page) => `${page.path}: ${metaContent(page.html, 'description')}`),
      ...(CLAIM.test(feed) ? [`rss.xml: ${CLAIM.exec(feed)![0]}`] : []),
    ];
    expect(problems).toEqual([]);
  });
});

test.describe('sitemap and robots.txt', () => {
  test('the sitemap lists exactly the pages without noindex', () => {
    const indexable = pages.filter((page) => !isNoindexPage(page.html)).map((page) => page.path);
    expect(sitemapPaths()).toEqual([...indexable].sort());
  });

  test('articles and techniques carry lastmod from their updated or reviewed day', () => {
    const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const lastmods = new Map(
      [...xml.matchAll(/<loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [
        new URL(m[1]!).pathname,
        m[2],
      ]),
    );
    const health = [...lastmods.keys()].filter((path) => /^\/(articles|techniques)\/[a-z]/.test(path));
    expect(health.length).toBeGreaterThan(0);
    for (const path of health) {
      const page = structuredData(pages.find((candidate) => candidate.path === path)!).find(
        (node) => node['@type'] === 'MedicalWebPage',
      )!;
      expect(lastmods.get(path)?.slice(0, 10), path).toBe(page['dateModified']);
    }
  });

  test('robots.txt names the sitemap at the site address', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
  });
});

test.describe('redirects', () => {
  test('the table has one rule per old address', () => {
    expect(new Set(redirectRules.map((rule) => rule.from)).size).toBe(redirectRules.length);
  });

  for (const rule of redirectRules) {
    test(`${rule.from} lands on ${rule.to}, a 200 page`, async ({ page, request }) => {
      expect(rule.status).toBe('301');
      expect((await request.get(rule.to)).status()).toBe(200);
      await page.goto(rule.from);
      await page.waitForURL((url) => url.pathname === rule.to);
      await expect(page.locator('h1')).toHaveCount(1);
    });
  }
});

test.describe('RSS feed', () => {
  test('every item has a full title, a description and an absolute link to a built page', () => {
    const xml = readFileSync(join(distDir, 'rss.xml'), 'utf8');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]!);
    expect(items.length).toBeGreaterThan(0);
    const built = new Set(pages.map((page) => page.path));
    for (const item of items) {
      const title = /<title>([^<]+)<\/title>/.exec(item)?.[1];
      const link = /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '';
      expect(title && title.length >= 10, `title in ${item.slice(0, 80)}`).toBe(true);
      expect(/<description>[^<]{50,}<\/description>/.test(item), `description of ${title}`).toBe(true);
      expect(link).toMatch(new RegExp(`^${SITE}/articles/`));
      expect(built.has(new URL(link).pathname), `${link} is a built page`).toBe(true);
    }
  });
});

test.describe('search index', () => {
  test('holds exactly the article and technique pages', () => {
    const dir = join(distDir, 'pagefind', 'fragment');
    const urls = readdirSync(dir).map((name) => {
      // Each fragment is gzip: a "pagefind_dcd" signature, then the page's JSON.
      const json = gunzipSync(readFileSync(join(dir, name)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      return (JSON.parse(json) as { url: string }).url.replace(/\.html$/, '');
    });
    const health = ownPages
      .map((page) => page.path)
      .filter((path) => /^\/(articles|techniques)\/[a-z][a-z0-9-]*$/.test(path));
    expect(urls.sort()).toEqual(health.sort());
  });
});
