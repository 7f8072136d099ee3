import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../sitemap.ts';
import { MISSING, USES, legacyAddresses, watchCsp } from './host-checks.ts';

/**
 * The built site as GitHub Pages serves it (docs/deploying.md, the default): a plain static server that reads no
 * _headers and no _redirects (tests/support/static-host.mjs). Only the pages' own <meta> policy protects them, and
 * old addresses work through the forwarding pages the build makes.
 */
test.describe('on a plain static host (as GitHub Pages)', () => {
  test('pages answer 200 at their address and with .html; a trailing slash and a missing page get the 404 page', async ({
    request: api,
  }) => {
    const problems: string[] = [];
    for (const path of sitemapPaths().filter((page) => page !== '/')) {
      for (const [variant, status] of [
        [path, 200],
        [`${path}.html`, 200],
        [`${path}/`, 404],
      ] as const) {
        const response = await api.get(variant, { maxRedirects: 0 });
        if (response.status() !== status) problems.push(`${variant}: ${response.status()}, expected ${status}`);
      }
    }
    const missing = await api.get(MISSING);
    if (missing.status() !== 404) problems.push(`${MISSING}: ${missing.status()}, expected 404`);
    expect(await missing.text()).toContain('<meta name="robots" content="noindex');
    expect(problems).toEqual([]);
  });

  test('every page carries its own Content Security Policy in a <meta> tag', async ({ request: api }) => {
    const problems: string[] = [];
    for (const path of [...sitemapPaths(), MISSING, '/admin/']) {
      const response = await api.get(path);
      expect(response.headers()['content-security-policy'], 'this host sends no CSP header').toBeUndefined();
      if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src/i.test(await response.text()))
        problems.push(`${path}: no <meta http-equiv="Content-Security-Policy"> with a script-src`);
    }
    expect(problems).toEqual([]);
  });

  test('every old article address (legacyPaths) forwards to its article', async ({ page }) => {
    const rules = legacyAddresses();
    expect(rules.length, 'old addresses to check').toBeGreaterThan(0);
    for (const rule of rules) {
      await page.goto(rule.from);
      await expect(page, `${rule.from} forwards`).toHaveURL(new RegExp(`${rule.to}$`));
      await expect(page.locator('h1')).toBeVisible();
    }
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
