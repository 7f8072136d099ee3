import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS } from '../support/axe.ts';

test.describe('site search', () => {
  test('finds the trigger point technique page, loading Pagefind only once the box is used', async ({ page }) => {
    const problems: string[] = [];
    const pagefindRequests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
    });

    await page.goto('/search', { waitUntil: 'networkidle' });
    expect(pagefindRequests, 'nothing from Pagefind before the box is used').toEqual([]);

    const box = page.getByRole('searchbox', { name: 'Search articles and techniques' });
    await box.fill('trigger point');
    const results = page.locator('[data-search-results]');
    await expect(results.getByRole('link', { name: 'Trigger point therapy' })).toHaveAttribute(
      'href',
      '/techniques/trigger-point-therapy',
    );
    await expect(page.getByRole('status')).toHaveText(/\d+ results? for "trigger point"\./);
    expect(pagefindRequests.length, 'Pagefind loaded on use').toBeGreaterThan(0);
    expect(problems, 'console errors (a CSP block would show here)').toEqual([]);

    await results.getByRole('link', { name: 'Trigger point therapy' }).click();
    await expect(page).toHaveURL(/\/techniques\/trigger-point-therapy$/);
  });

  test('runs the search in the address (?q=) on arrival, and says when nothing matches', async ({ page }) => {
    await page.goto('/search?q=trigger%20point');
    await expect(
      page.locator('[data-search-results]').getByRole('link', { name: 'Trigger point therapy' }),
    ).toBeVisible();
    await page.getByRole('searchbox').fill('zzqqxx');
    await expect(page.getByRole('status')).toHaveText('No results for "zzqqxx". Try a shorter or different word.');
  });

  test('indexes only article and technique text, not menus or footers', async ({ page }) => {
    await page.goto('/search');
    // Words found only in the header, footer and policy pages.
    for (const term of ['Opening hours', 'Accessibility statement', 'privacy']) {
      await page.getByRole('searchbox').fill(term);
      await expect(page.getByRole('status')).toHaveText(new RegExp(`for "${term}"`));
      const links = await page
        .locator('[data-search-results] a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      for (const href of links) expect(href, `result for "${term}"`).toMatch(/^\/(articles|techniques)\/[a-z0-9-]+$/);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the search page with results passes axe in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/search?q=massage');
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      await expect(page.locator('h1')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});
