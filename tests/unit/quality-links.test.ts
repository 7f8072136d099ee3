import { describe, expect, it } from 'vitest';
import { parseTags } from '../../src/lib/html.ts';
import {
  cssRefs,
  findLinkProblems,
  missingFeedTargets,
  resolveFile,
  thirdPartyLoads,
  type SiteSnapshot,
} from '../../tools/quality/links.ts';

const ORIGIN = 'https://massagestrong.com';

/** A tiny built site: one good page plus whatever page is planted. */
function siteWith(planted: string, css = ''): SiteSnapshot {
  const pages = new Map([
    [
      'index.html',
      parseTags(
        '<main id="main"><a href="/articles/a#why">a</a><img src="/_astro/a.svg" alt="" width="1" height="1"></main>',
      ),
    ],
    ['articles/a.html', parseTags('<h2 id="why">Why</h2><a href="#why">up</a><a href="../">home</a>')],
    ['planted.html', parseTags(planted)],
  ]);
  const stylesheets = new Map([['_astro/site.css', css]]);
  const files = new Set([...pages.keys(), '_astro/a.svg', '_astro/site.css', '_astro/font.woff2', 'favicon.svg']);
  return { pages, stylesheets, files, siteOrigin: ORIGIN };
}

describe('findLinkProblems', () => {
  it('passes a site whose links all resolve', () => {
    expect(
      findLinkProblems(
        siteWith(
          '<a href="/">home</a><a href="https://massagestrong.com/articles/a#why">abs</a><a href="mailto:hello@massagestrong.com">m</a><a href="tel:+15550100199">t</a><a href="https://www.nhs.uk/conditions/back-pain/">NHS</a>',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a missing page', '<a href="/articles/missing">x</a>', 'no file in dist/ serves /articles/missing'],
    [
      'a missing fragment on another page',
      '<a href="/articles/a#nope">x</a>',
      'articles/a.html has no element with id "nope"',
    ],
    ['a missing fragment on the same page', '<a href="#top">x</a>', 'this page has no element with id "top"'],
    ['an empty fragment', '<a href="#">x</a>', 'empty #fragment'],
    ['a missing image', '<img src="/_astro/gone.png" alt="">', 'no file in dist/ serves /_astro/gone.png'],
    [
      'a missing srcset candidate',
      '<img src="/_astro/a.svg" srcset="/_astro/a.svg 1x, /_astro/b.svg 2x" alt="">',
      'serves /_astro/b.svg',
    ],
    ['a missing stylesheet', '<link rel="stylesheet" href="/_astro/old.css">', 'serves /_astro/old.css'],
    [
      'a canonical URL on the site that serves nothing',
      '<link rel="canonical" href="https://massagestrong.com/old">',
      'serves /old',
    ],
    ['a host that is not a domain', '<a href="https://massagestrong">x</a>', 'is not a domain name'],
    ['a space in an external URL', '<a href="https://example.com/a b">x</a>', 'contains a space'],
    ['a bad email link', '<a href="mailto:hello">x</a>', 'not an email address'],
    ['a bad phone link', '<a href="tel:call-us">x</a>', 'not a phone number'],
    ['a javascript: link', '<a href="javascript:void(0)">x</a>', 'javascript: scheme'],
    ['an empty link', '<a href="">x</a>', 'empty address'],
  ])('finds %s', (_name, planted, expected) => {
    const problems = findLinkProblems(siteWith(planted));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('planted.html');
    expect(problems[0]).toContain(expected);
  });

  it('finds a missing font in a stylesheet and in an inline style', () => {
    const problems = findLinkProblems(
      siteWith(
        '<style>@font-face{src:url("/_astro/gone.woff2")}</style>',
        '@font-face{src:url(font.woff2)} a{background:url(/missing.png)}',
      ),
    );
    expect(problems).toEqual([
      'planted.html (inline style): css url() "/_astro/gone.woff2": no file in dist/ serves /_astro/gone.woff2',
      '_astro/site.css: css url() "/missing.png": no file in dist/ serves /missing.png',
    ]);
  });
});

describe('resolveFile', () => {
  const files = new Set(['index.html', 'articles.html', 'guide/index.html', 'favicon.svg', 'a b.html']);
  it.each([
    ['/', 'index.html'],
    ['/articles', 'articles.html'],
    ['/guide', 'guide/index.html'],
    ['/guide/', 'guide/index.html'],
    ['/favicon.svg', 'favicon.svg'],
    ['/a%20b', 'a b.html'],
    ['/nothing', undefined],
    ['/%E0%A4%A', undefined],
  ])('%s -> %s', (path, file) => {
    expect(resolveFile(path, files)).toBe(file);
  });
});

describe('cssRefs', () => {
  it('reads quoted and bare url()s and skips data: and #fragments', () => {
    expect(
      cssRefs(`a{b:url("/x.woff2") url('/y.png') url(z.svg) url(data:image/png;base64,AA) url(#f)}`).map(
        (ref) => ref.url,
      ),
    ).toEqual(['/x.woff2', '/y.png', 'z.svg']);
  });
});

describe('thirdPartyLoads', () => {
  it.each([
    ['<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=X">', 1],
    ['<script src="https://cdn.example.com/x.js"></script>', 1],
    ['<img src="/a.svg" srcset="https://cdn.example.com/a.png 2x" alt="">', 1],
    ['<iframe src="https://booking.example.com/"></iframe>', 1],
    ['<link rel="preconnect" href="https://fonts.gstatic.com">', 1],
    ['<a href="https://www.nhs.uk/">NHS</a><link rel="canonical" href="https://example.org/">', 0],
    ['<img src="/a.svg" alt=""><script src="/_astro/x.js"></script><img src="data:image/png;base64,AA" alt="">', 0],
  ])('%s -> %i', (html, count) => {
    expect(thirdPartyLoads(parseTags(html), ORIGIN)).toHaveLength(count);
  });
});

describe('missingFeedTargets', () => {
  const site = { files: new Set(['index.html', 'articles/a.html']), siteOrigin: ORIGIN };
  it.each([
    [
      '<urlset><url><loc>https://massagestrong.com/</loc></url><url><loc>https://massagestrong.com/articles/a</loc></url></urlset>',
      [],
    ],
    [
      '<urlset><url><loc>https://massagestrong.com/articles/gone</loc></url></urlset>',
      ['https://massagestrong.com/articles/gone'],
    ],
    [
      '<rss><channel><link>https://massagestrong.com/</link><item><link>https://massagestrong.com/old</link><guid isPermaLink="true">https://massagestrong.com/articles/a</guid></item></channel></rss>',
      ['https://massagestrong.com/old'],
    ],
    ['<rss><channel><link>https://www.nhs.uk/</link></channel></rss>', []],
  ])('%s', (xml, expected) => {
    expect(missingFeedTargets(xml, site)).toEqual(expected);
  });
});
