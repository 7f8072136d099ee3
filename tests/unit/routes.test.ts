import { describe, expect, it } from 'vitest';
import {
  ARTICLES_PER_PAGE,
  articleListUrl,
  articleUrl,
  breadcrumbTrail,
  normalisePath,
  sitePages,
  siteRoutes,
  slugify,
  socialCardName,
  socialCardUrl,
  staticRoute,
  staticRoutes,
  tagUrl,
} from '../../src/lib/seo/routes.ts';

describe('normalisePath', () => {
  it.each([
    // Addresses as pages, links and the sitemap write them.
    ['/', '/'],
    ['', '/'],
    ['/contact', '/contact'],
    ['/contact/', '/contact'],
    ['/techniques/x#part', '/techniques/x'],
    ['/articles?page=2', '/articles'],
    ['https://massagestrong.com/tags/x?a=1#b', '/tags/x'],
    ['https://massagestrong.com', '/'],
    // Built files and static-build page URLs.
    ['/about.html', '/about'],
    ['/tags/x.html', '/tags/x'],
    ['/index.html', '/'],
    ['index.html', '/'],
    ['/articles/index.html', '/articles'],
    ['articles/a.html', '/articles/a'],
    ['guide/index.html', '/guide'],
    ['favicon.svg', '/favicon.svg'],
    // Page-file routes.
    ['/articles/index', '/articles'],
    ['index', '/'],
    // Only a whole "index" segment goes.
    ['/reindex', '/reindex'],
  ])('%j -> %s', (address, expected) => {
    expect(normalisePath(address)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const address of ['/a/b/', '/a.html', 'x/index.html', '/'])
      expect(normalisePath(normalisePath(address))).toBe(normalisePath(address));
  });
});

describe('URL builders', () => {
  it.each([
    ['Chronic back pain', 'chronic-back-pain'],
    ['  Sleep & mood ', 'sleep-and-mood'],
    ['Café massage', 'cafe-massage'],
    ['self-care', 'self-care'],
  ])('slugify(%j) = %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('builds page addresses that are already normal', () => {
    for (const url of [
      articleUrl('abc'),
      tagUrl('Chronic back pain'),
      articleListUrl(1),
      articleListUrl(3),
      socialCardUrl(socialCardName('articles', 'x')),
    ]) {
      expect(normalisePath(url)).toBe(url);
    }
    expect(tagUrl('Chronic back pain')).toBe('/tags/chronic-back-pain');
    expect(articleListUrl(1)).toBe('/articles');
  });
});

describe('static routes', () => {
  it.each([
    ['index.astro', '/'],
    ['about.astro', '/about'],
    ['rss.xml.ts', '/rss.xml'],
    ['therapists/index.astro', '/therapists'],
    ['guide.md', '/guide'],
    ['articles/[slug].astro', undefined],
    ['_home/Hero.astro', undefined],
    ['articles/_components/List.astro', undefined],
    ['notes.txt', undefined],
  ])('%s -> %s', (file, route) => {
    expect(staticRoute(file)).toBe(route);
  });

  it('maps each route to its file', () => {
    expect([...staticRoutes(['index.astro', '[redirects].ts', 'contact.astro'])]).toEqual([
      ['/', 'index.astro'],
      ['/contact', 'contact.astro'],
    ]);
  });
});

describe('site pages and link targets', () => {
  const articles = [
    ...Array.from({ length: ARTICLES_PER_PAGE + 1 }, (_, index) => ({
      id: `a${index}`,
      live: true,
      tags: ['Back pain'],
      people: ['sam-lee'],
      legacyPaths: [],
    })),
    { id: 'draft', live: false, tags: ['secret tag'], legacyPaths: ['/old-draft'] },
    { id: 'moved', live: true, tags: [], legacyPaths: ['/old-moved'] },
  ];
  const content = {
    pageFiles: ['contact.astro', 'articles/[...page].astro'],
    techniques: ['deep-tissue-work'],
    therapists: ['sam-lee'],
  };

  it('lists every page the build makes from live content, with one listing page per page-full of articles', () => {
    const pages = sitePages({ ...content, articles: articles.filter((article) => article.live) });
    for (const path of [
      '/contact',
      '/articles',
      '/articles/2',
      '/articles/a10',
      '/tags/back-pain',
      '/tags/back-pain/2',
      '/techniques/deep-tissue-work',
      '/therapists/sam-lee',
      '/therapists/sam-lee/articles',
      '/therapists/sam-lee/articles/2',
    ]) {
      expect(pages.has(path), path).toBe(true);
    }
    for (const path of [
      '/articles/3',
      '/tags/back-pain/3',
      '/therapists/sam-lee/articles/3',
      '/articles/draft',
      '/old-moved',
    ])
      expect(pages.has(path), path).toBe(false);
  });

  it('has the listing page even with no articles', () => {
    expect(sitePages({ ...content, articles: [] }).has('/articles')).toBe(true);
  });

  it('lets links use public files and live legacy paths, and keeps drafts apart', () => {
    const { routes, hiddenRoutes } = siteRoutes({ ...content, articles, publicFiles: ['favicon.svg'] });
    for (const path of ['/favicon.svg', '/old-moved', '/articles/2']) expect(routes.has(path), path).toBe(true);
    for (const path of ['/articles/draft', '/tags/secret-tag', '/old-draft'])
      expect(routes.has(path), path).toBe(false);
    expect([...hiddenRoutes]).toEqual(['/articles/draft']);
  });
});

describe('breadcrumbTrail', () => {
  it.each([
    ['/', 'Home', []],
    ['/index.html', 'Home', []],
    [
      '/articles/index.html',
      'Articles',
      [
        ['/', 'Home'],
        ['/articles', 'Articles'],
      ],
    ],
    [
      '/contact',
      'Contact',
      [
        ['/', 'Home'],
        ['/contact', 'Contact'],
      ],
    ],
    [
      '/contact.html',
      'Contact',
      [
        ['/', 'Home'],
        ['/contact', 'Contact'],
      ],
    ],
    [
      '/articles',
      'Articles',
      [
        ['/', 'Home'],
        ['/articles', 'Articles'],
      ],
    ],
    [
      '/articles/x',
      'X',
      [
        ['/', 'Home'],
        ['/articles', 'Articles'],
        ['/articles/x', 'X'],
      ],
    ],
    [
      '/techniques/y.html',
      'Y',
      [
        ['/', 'Home'],
        ['/techniques', 'Techniques'],
        ['/techniques/y', 'Y'],
      ],
    ],
    [
      '/therapists/sam-lee',
      'Sam',
      [
        ['/', 'Home'],
        ['/therapists', 'Therapists'],
        ['/therapists/sam-lee', 'Sam'],
      ],
    ],
    // No /tags page exists, so the trail skips it.
    [
      '/tags/back-pain',
      'Back pain',
      [
        ['/', 'Home'],
        ['/tags/back-pain', 'Back pain'],
      ],
    ],
  ])('%s', (path, title, expected) => {
    expect(breadcrumbTrail(path, title).map((crumb) => [crumb.href, crumb.label])).toEqual(expected);
  });
});
