import { readFileSync } from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { allowsInline, parsePolicy } from '../../../src/lib/security/csp.ts';
import { headersFor, parseHeadersFile } from '../../../src/lib/security/headers-file.ts';
import { inlineCodeOf } from '../../../src/lib/html.ts';
import { sitemapPaths } from '../sitemap.ts';
import { MISSING, USES, legacyAddresses, watchCsp } from './host-checks.ts';

/**
 * The built site under Cloudflare's own runtime (`wrangler pages dev dist`, started by playwright.config.ts through
 * tests/support/cloudflare-host.mjs), which applies dist/_headers and dist/_redirects as Cloudflare Pages does.
 */
const promised = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const pages = [...sitemapPaths(), '/admin/'];
const request = (response: APIResponse) => `${response.status()} ${response.url()}`;

/** The headers every response must carry, whatever _headers says. */
const REQUIRED = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

function checkHeaders(path: string, response: APIResponse): string[] {
  const problems: string[] = [];
  const headers = response.headers();
  for (const name of REQUIRED) if (!headers[name]) problems.push(`${path}: no ${name} header`);
  if (headers['x-content-type-options'] && headers['x-content-type-options'] !== 'nosniff')
    problems.push(`${path}: x-content-type-options is "${headers['x-content-type-options']}", expected "nosniff"`);
  for (const [name, value] of headersFor(promised, path)) {
    if (headers[name] !== value) problems.push(`${path}: ${name} is "${headers[name]}", _headers promises "${value}"`);
  }
  return problems;
}

test.describe('under the Cloudflare Pages runtime (wrangler pages dev)', () => {
  test('every page in the sitemap, and the editor, answers 200 with the headers _headers promises', async ({
    request: api,
  }) => {
    const problems: string[] = [];
    for (const path of pages) {
      const response = await api.get(path, { maxRedirects: 0 });
      if (response.status() !== 200) {
        problems.push(`${path}: status ${request(response)}, expected 200`);
        continue;
      }
      problems.push(...checkHeaders(path, response));
      const cache = response.headers()['cache-control'] ?? '';
      if (/immutable|max-age=[1-9]/.test(cache)) problems.push(`${path}: an HTML page is cached ("${cache}")`);
    }
    expect(problems).toEqual([]);
  });

  test('every inline script and style on every page is allowed by the served policy', async ({ request: api }) => {
    const problems: string[] = [];
    for (const path of pages) {
      const response = await api.get(path);
      const policy = parsePolicy(response.headers()['content-security-policy'] ?? '');
      const { scripts, styles } = inlineCodeOf(await response.text());
      for (const script of scripts)
        if (!allowsInline(policy, 'script', script))
          problems.push(`${path}: the served CSP blocks an inline script starting "${script.slice(0, 60)}"`);
      for (const style of styles)
        if (!allowsInline(policy, 'style', style))
          problems.push(`${path}: the served CSP blocks an inline style starting "${style.slice(0, 60)}"`);
    }
    expect(problems).toEqual([]);
  });

  test('a missing address gets the 404 page with status 404 and the same headers', async ({ request: api }) => {
    const response = await api.get(MISSING);
    expect(response.status(), 'status of a missing address').toBe(404);
    const html = await response.text();
    expect(html, 'the body is the site 404 page').toContain('<meta name="robots" content="noindex');
    expect(html).toContain(readFileSync('dist/404.html', 'utf8').match(/<title>[^<]*<\/title>/)![0]);
    expect(checkHeaders(MISSING, response)).toEqual([]);
  });

  test('hashed /_astro/ files are cached for a year, as immutable', async ({ request: api }) => {
    const html = await (await api.get('/')).text();
    const assets = [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((match) => match[1]!))];
    expect(assets.length, 'the home page loads files from /_astro/').toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await api.get(asset);
      expect(response.status(), asset).toBe(200);
      expect(response.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
      expect(response.headers()['x-content-type-options'], asset).toBe('nosniff');
    }
  });

  test('every old article address (legacyPaths) is a permanent redirect to its article', async ({ request: api }) => {
    const rules = legacyAddresses();
    expect(rules.length, 'old addresses to check').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const rule of rules) {
      const response = await api.get(rule.from, { maxRedirects: 0 });
      const location = response.headers()['location'];
      if (response.status() !== 301 || !location || new URL(location, response.url()).pathname !== rule.to)
        problems.push(`${rule.from}: ${response.status()} to ${location ?? 'nowhere'}, expected 301 to ${rule.to}`);
    }
    expect(problems).toEqual([]);
  });

  test('addresses with a trailing slash or .html move permanently to the address without (docs/deploying.md)', async ({
    request: api,
  }) => {
    const problems: string[] = [];
    for (const path of pages.filter((page) => page !== '/' && !page.endsWith('/'))) {
      for (const variant of [`${path}/`, `${path}.html`]) {
        const response = await api.get(variant, { maxRedirects: 0 });
        const location = response.headers()['location'] ?? '';
        if (response.status() !== 308 || new URL(location, response.url()).pathname !== path)
          problems.push(`${variant}: ${response.status()} to "${location}", expected 308 to ${path}`);
      }
    }
    expect(problems).toEqual([]);
  });

  for (const [name, use] of Object.entries(USES)) {
    test(`no CSP violation while ${name} is used`, async ({ page }) => {
      // The editor's bundle is large and the machine may be busy.
      test.setTimeout(120_000);
      const violations = await watchCsp(page);
      // A blocked script usually breaks the feature too: report the violations first, then any other failure.
      const failure = await use(page).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(await violations(), 'CSP violations reported by the browser').toEqual([]);
      if (failure) throw failure;
    });
  }

  test('no CSP violation on any page in the sitemap, or on the 404 page', async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchCsp(page);
    const found: string[] = [];
    for (const path of [...sitemapPaths(), MISSING]) {
      await page.goto(path, { waitUntil: 'load' });
      found.push(...(await violations()));
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
