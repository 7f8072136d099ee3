import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  KB,
  budgetTable,
  fontFaceUrls,
  overBudget,
  pageLoads,
  pageType,
  staticImports,
} from '../../tools/quality/budgets.ts';
import { parseTags } from '../../src/lib/html.ts';
import { measurePages, readSite } from '../../tools/quality/read-dist.ts';

describe('pageType', () => {
  it.each([
    ['/articles/how-often-to-book-massage-for-back-pain', 'article'],
    ['/articles', 'plain'],
    ['/articles/2', 'plain'],
    ['/techniques/deep-tissue-work', 'technique'],
    ['/techniques', 'plain'],
    ['/frequency-guide', 'quiz'],
    ['/progress', 'progress'],
    ['/', 'plain'],
    ['/contact', 'plain'],
  ])('%s is %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});

describe('overBudget', () => {
  const within = { html: 10 * KB, css: 5 * KB, js: 1 * KB, fonts: 12 * KB };
  it.each([
    ['/articles/a', within, []],
    [
      '/articles/a',
      { ...within, js: 2 * KB + 1 },
      ['/articles/a (article): js is 2.0 KB gzipped, over the 2.0 KB budget'],
    ],
    [
      '/articles/a',
      { html: 13 * KB, css: 6 * KB, js: 1 * KB, fonts: 12 * KB },
      ['/articles/a (article): total is 32.0 KB gzipped, over the 30.0 KB budget'],
    ],
    ['/frequency-guide', { ...within, js: 5 * KB }, []],
    [
      '/frequency-guide',
      { ...within, js: 7 * KB },
      ['/frequency-guide (quiz): js is 7.0 KB gzipped, over the 6.0 KB budget'],
    ],
    [
      '/',
      { ...within, html: 21 * KB, fonts: 14 * KB },
      [
        '/ (plain): html is 21.0 KB gzipped, over the 20.0 KB budget',
        '/ (plain): fonts is 14.0 KB gzipped, over the 13.0 KB budget',
        '/ (plain): total is 41.0 KB gzipped, over the 36.0 KB budget',
      ],
    ],
    [
      '/techniques/x',
      { ...within, css: 9 * KB },
      [
        '/techniques/x (technique): css is 9.0 KB gzipped, over the 8.0 KB budget',
        '/techniques/x (technique): total is 32.0 KB gzipped, over the 30.0 KB budget',
      ],
    ],
  ])('%s %j', (path, bytes, expected) => {
    expect(overBudget(path, bytes)).toEqual(expected);
  });

  it('holds reading pages to 30 KB in all and their HTML to one round trip', () => {
    for (const type of ['article', 'technique'] as const) {
      expect(BUDGETS[type].total).toBe(30 * KB);
      expect(BUDGETS[type].html).toBe(14 * KB);
    }
  });
});

describe('pageLoads', () => {
  it('lists stylesheets, scripts, module preloads, preloaded fonts and inline code; not icons or data scripts', () => {
    const tags = parseTags(
      '<link rel="stylesheet" href="/a.css"><link rel="modulepreload" href="/m.js"><link rel="preload" as="font" href="/f.woff2"><link rel="icon" href="/i.svg">' +
        '<script type="module" src="/s.js"></script><script type="module">import "/t.js"</script><script type="application/ld+json">{}</script><style>p{}</style>',
    );
    expect(pageLoads(tags)).toEqual({
      stylesheets: ['/a.css'],
      scripts: ['/m.js', '/s.js'],
      fonts: ['/f.woff2'],
      inlineScripts: ['import "/t.js"'],
      inlineStyles: ['p{}'],
    });
  });
});

describe('staticImports', () => {
  it.each([
    ['import{a as b}from"./chunk.js";b()', ['./chunk.js']],
    ['import "./side.js"; export * from "./re.js"', ['./side.js', './re.js']],
    ["import x, { y } from '/_astro/z.js'", ['/_astro/z.js']],
    ['const m = import("./later.js")', []],
    ['const s = "import"; foo()', []],
  ])('%s -> %j', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('fontFaceUrls', () => {
  const css = '@font-face{font-family:A;src:url("/f.woff2") format("woff2"),url(/g.woff)}body{background:url(/bg.png)}';
  const split =
    '@font-face{src:url(/core.woff2);unicode-range:U+0020-007E}@font-face{src:url(/rest.woff2);unicode-range:U+00A1-00FF, U+2190-2193}';

  it('reads fonts from @font-face rules only', () => {
    expect(fontFaceUrls(css)).toEqual(['/f.woff2', '/g.woff']);
  });

  it.each([
    ['plain English', 'Book a visit', ['/core.woff2']],
    ['an accent', 'Café', ['/core.woff2', '/rest.woff2']],
    ['only an arrow', '→', ['/rest.woff2']],
    ['no text', '', []],
  ])('with page text (%s), only the faces its characters need', (_name, text, expected) => {
    expect(fontFaceUrls(split, text)).toEqual(expected);
    expect(fontFaceUrls(css, text)).toEqual(['/f.woff2', '/g.woff']);
  });
});

describe('measurePages on a planted site', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budget-'));
  const noise = (bytes: number) => randomBytes(bytes).toString('base64');
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(
    join(dir, '_astro/site.css'),
    '@font-face{src:url(/_astro/font.woff2);unicode-range:U+0020-007E}@font-face{src:url(/_astro/extra.woff2);unicode-range:U+00C0-00FF}',
  );
  writeFileSync(join(dir, '_astro/font.woff2'), randomBytes(10 * KB));
  writeFileSync(join(dir, '_astro/extra.woff2'), randomBytes(2 * KB));
  writeFileSync(join(dir, '_astro/island.js'), `import"./chunk.js";`);
  // Incompressible, so its gzip size stays over the 2 KB article budget: the planted defect.
  writeFileSync(join(dir, '_astro/chunk.js'), `console.log("${noise(3 * KB)}")`);
  writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="/_astro/site.css"><body><p>home</p></body>');
  writeFileSync(
    join(dir, 'about.html'),
    '<link rel="stylesheet" href="/_astro/site.css"><body><p>Our caf&eacute;</p></body>',
  );
  writeFileSync(
    join(dir, 'articles/heavy.html'),
    '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/island.js"></script>',
  );
  const figures = measurePages(dir, readSite(dir, 'https://massagestrong.com'));

  it('counts a script with its static imports, and fonts from the stylesheet', () => {
    expect(figures.get('/articles/heavy')!.js).toBeGreaterThan(3 * KB);
    expect(figures.get('/')!.js).toBe(0);
    expect(figures.get('/')!.fonts).toBeGreaterThan(10 * KB);
  });

  it('counts the second font file only on the page whose text needs it', () => {
    expect(figures.get('/')!.fonts).toBeLessThan(11 * KB);
    expect(figures.get('/about')!.fonts).toBeGreaterThan(11.5 * KB);
  });

  it('fails the page whose JavaScript is over budget, and only that page', () => {
    const problems = [...figures].flatMap(([path, bytes]) => overBudget(path, bytes));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/articles\/heavy \(article\): js is [\d.]+ KB gzipped, over the 2.0 KB budget$/);
  });

  it('prints a table with the largest figure per page type', () => {
    const table = budgetTable(figures, BUDGETS);
    expect(table.split('\n')[0]).toContain('page type');
    expect(table).toMatch(/article\s+1\s+/);
    expect(table).toMatch(/plain\s+2\s+/);
    expect(table.split('\n')[0]).toContain('total (largest / budget)');
  });
});
