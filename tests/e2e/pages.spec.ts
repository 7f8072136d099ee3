import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './sitemap.ts';
import { headingProblems, imageProblems } from '../../tools/quality/page-structure.ts';
import { AXE_EXTRA_RULES, AXE_TAGS } from '../support/axe.ts';

/** Records console errors, page errors and any request that leaves the local server. */
function watch(page: Page, origin: string, expectedMissing?: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the 404 document itself as a failed load: expected for the missing-page test only.
    const source = message.location().url;
    if (expectedMissing && source && new URL(source).pathname === expectedMissing) return;
    problems.push(`console error: ${message.text()} (${source})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.push(`third-party request: ${request.url()}`);
  });
  return problems;
}

// A missing address shows the 404 page, with a 404 status.
const MISSING = '/this-page-does-not-exist';
const pages = [...sitemapPaths(), MISSING];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const path of pages) {
      test(`${path} loads cleanly, has one h1, headings in order, sized images with alt, and passes axe (AA, and AAA text contrast)`, async ({
        page,
        baseURL,
      }) => {
        const origin = new URL(baseURL!).origin;
        const problems = watch(page, origin, path === MISSING ? MISSING : undefined);
        const response = await page.goto(path, { waitUntil: 'networkidle' });
        expect(response?.status(), `status of ${path}`).toBe(path === MISSING ? 404 : 200);
        await expect(page.locator('h1')).toHaveCount(1);
        const outline = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
          headings.map((heading) => ({
            level: Number(heading.tagName[1]),
            text: (heading.textContent ?? '').trim().slice(0, 60),
          })),
        );
        expect(headingProblems(outline), `heading order on ${path}`).toEqual([]);
        const images = await page.locator('img').evaluateAll((imgs) =>
          imgs.map((img) => ({
            src: img.getAttribute('src') ?? '',
            alt: img.getAttribute('alt'),
            width: img.getAttribute('width'),
            height: img.getAttribute('height'),
          })),
        );
        expect(imageProblems(images), `images on ${path}`).toEqual([]);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ rules: AXE_EXTRA_RULES }).analyze();
        const violations = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        expect(violations, `axe violations on ${path}`).toEqual([]);
        expect(problems, `console errors or third-party requests on ${path}`).toEqual([]);
      });
    }
  });
}
