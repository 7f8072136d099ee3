import { describe, expect, it } from 'vitest';
import { allowsInline, hashSource, parsePolicy } from '../../src/lib/security/csp.ts';
import { headersFor, parseHeadersFile, pathMatches, renderHeadersFile } from '../../src/lib/security/headers-file.ts';
import {
  bookingEmbedNeed,
  headerRules,
  routeNeeds,
  sitePolicy,
  STATIC_HEADERS,
} from '../../src/lib/security/policy.ts';
import { requiredHeaderProblems } from '../../tools/quality/required-headers.ts';
import { listedAfter, securityHeaders } from '../../src/integrations/security-headers.ts';

describe('pathMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/articles/a', true],
    ['/search', '/search', true],
    ['/search', '/search/more', false],
    ['/_astro/*', '/_astro/x.js', true],
    ['/_astro/*', '/articles', false],
    ['/articles/:slug', '/articles/a', true],
    ['/articles/:slug', '/articles/a/b', false],
    ['/a.b', '/aXb', false],
  ])('%s ~ %s -> %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path)).toBe(expected);
  });
});

describe('the _headers file', () => {
  const rules = [
    {
      path: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Content-Security-Policy', "script-src 'self'"],
      ] as [string, string][],
    },
    {
      path: '/search',
      comment: 'search',
      detach: ['Content-Security-Policy'],
      headers: [['Content-Security-Policy', "script-src 'self' 'wasm-unsafe-eval'"]] as [string, string][],
    },
  ];

  it('round-trips through render and parse', () => {
    expect(parseHeadersFile(renderHeadersFile(rules, { preamble: ['generated'] }))).toEqual(
      rules.map(({ comment: _comment, ...rule }) => ({ detach: [], ...rule })),
    );
  });

  it('applies blocks in order, joining repeats and honouring detach, as Cloudflare Pages does', () => {
    expect(headersFor(rules, '/search').get('content-security-policy')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(headersFor(rules, '/').get('content-security-policy')).toBe("script-src 'self'");
    const noDetach = parseHeadersFile(renderHeadersFile(rules, { detachLines: false }));
    expect(headersFor(noDetach, '/search').get('content-security-policy')).toBe(
      "script-src 'self', script-src 'self' 'wasm-unsafe-eval'",
    );
  });

  it('refuses a header value with a line break and a header line before any path', () => {
    expect(() => renderHeadersFile([{ path: '/*', headers: [['X', 'a\nb']] }])).toThrow('line break');
    expect(() => parseHeadersFile('  X-Test: 1')).toThrow('before any path');
  });
});

describe('headerRules', () => {
  const pages = [
    { path: '/', scripts: ['menu()'], styles: ['@font-face{}'] },
    { path: '/search', scripts: ['menu()'], styles: [] },
  ];

  it('allows exactly the inline code the pages carry, site-wide', () => {
    const policy = sitePolicy(pages);
    expect(policy['script-src']).toEqual(["'self'", hashSource('menu()')]);
    expect(policy['style-src']).toEqual(["'self'", hashSource('@font-face{}')]);
    expect(allowsInline(policy, 'script', 'evil()')).toBe(false);
  });

  it('adds a route need only on its route, and only when the route was built', () => {
    const rules = headerRules(pages);
    const csp = (path: string) => parsePolicy(headersFor(rules, path).get('content-security-policy')!);
    expect(csp('/search')['script-src']).toContain("'wasm-unsafe-eval'");
    expect(csp('/')['script-src']).not.toContain("'wasm-unsafe-eval'");
    expect(headerRules([{ path: '/', scripts: [], styles: [] }]).map((rule) => rule.path)).toEqual(['/*', '/_astro/*']);
  });

  it("gives Pagefind's worker script the search page's WebAssembly allowance, since a worker runs under its own policy", () => {
    const rules = headerRules(pages);
    const csp = (path: string) => parsePolicy(headersFor(rules, path).get('content-security-policy')!);
    expect(csp('/pagefind/pagefind-worker.js')['script-src']).toContain("'wasm-unsafe-eval'");
    expect(csp('/pagefind/pagefind-worker.js')['script-src']).toContain(hashSource('menu()'));
    expect(headerRules([{ path: '/', scripts: [], styles: [] }]).some((rule) => rule.path === '/pagefind/*')).toBe(
      false,
    );
  });

  it('turns a booking embed into a frame-src need for its route', () => {
    const rules = headerRules(pages.concat({ path: '/book', scripts: [], styles: [] }), [
      bookingEmbedNeed('/book', 'https://clinic.janeapp.com/embed?x=1'),
    ]);
    expect(parsePolicy(headersFor(rules, '/book').get('content-security-policy')!)['frame-src']).toEqual([
      'https://clinic.janeapp.com',
    ]);
    expect(parsePolicy(headersFor(rules, '/').get('content-security-policy')!)['frame-src']).toEqual(["'none'"]);
  });

  it('gives every page the required headers', () => {
    expect(requiredHeaderProblems(headersFor(headerRules(pages), '/'))).toEqual([]);
  });
});

describe('requiredHeaderProblems', () => {
  const good = new Map([
    ...STATIC_HEADERS.map(([name, value]) => [name.toLowerCase(), value] as [string, string]),
    ['content-security-policy', "default-src 'self'"],
  ]);
  const without = (name: string) => new Map([...good].filter(([key]) => key !== name));
  it.each([
    ['all present', good, []],
    [
      'no HSTS',
      without('strict-transport-security'),
      ['Strict-Transport-Security needs max-age of at least 180 days (got "")'],
    ],
    [
      'short HSTS',
      new Map([...good, ['strict-transport-security', 'max-age=300']]),
      ['Strict-Transport-Security needs max-age of at least 180 days (got "max-age=300")'],
    ],
    ['no nosniff', without('x-content-type-options'), ['X-Content-Type-Options must be nosniff']],
    [
      'a loose referrer policy',
      new Map([...good, ['referrer-policy', 'unsafe-url']]),
      ['Referrer-Policy must be strict-origin-when-cross-origin or stricter (got "unsafe-url")'],
    ],
    [
      'camera allowed',
      new Map([...good, ['permissions-policy', 'microphone=(), geolocation=()']]),
      ['Permissions-Policy must deny camera with camera=()'],
    ],
    ['no policy', without('content-security-policy'), ['Content-Security-Policy is missing']],
  ])('%s', (_name, headers, expected) => {
    expect(requiredHeaderProblems(headers)).toEqual(expected);
  });
});

describe('routeNeeds', () => {
  const booking = (enabled: boolean) => ({ booking: { url: 'https://clinic.as.me/schedule', embed: { enabled } } });
  it('adds the booking frame on every page only when the embed is on', () => {
    expect(routeNeeds(booking(false)).some((need) => need.directives['frame-src'])).toBe(false);
    const pages = [
      { path: '/', scripts: [], styles: [] },
      { path: '/articles/a', scripts: [], styles: [] },
    ];
    const rules = headerRules(pages, routeNeeds(booking(true)));
    for (const path of ['/', '/articles/a']) {
      const policies = headersFor(rules, path).get('content-security-policy')!.split(',').map(parsePolicy);
      expect(policies).toHaveLength(1);
      expect(policies[0]!['frame-src']).toEqual(['https://clinic.as.me']);
    }
  });
});

describe('securityHeaders() is listed last', () => {
  const done = { 'astro:build:done': () => undefined };
  const setup = { 'astro:config:setup': () => undefined };
  const own = securityHeaders();
  it.each([
    ['last', [{ name: 'a', hooks: done }, own], []],
    ['followed by one that only sets up', [own, { name: 'b', hooks: setup }], []],
    ['followed by one that writes when the build is done', [own, { name: 'c', hooks: done }], ['c']],
  ])('%s', (_, integrations, expected) => {
    expect(listedAfter(integrations)).toEqual(expected);
  });

  it('stops the build, naming the integration after it and the fix', () => {
    const config = { integrations: [own, { name: 'late', hooks: done }] };
    const hook = own.hooks['astro:config:done'] as (options: { config: typeof config }) => void;
    expect(() => hook({ config })).toThrow(/late is listed after securityHeaders\(\).*move it to the end/s);
  });
});
