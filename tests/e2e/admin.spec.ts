import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap.ts';

/** The content editor: self-hosted, out of the sitemap, and starting cleanly under its own CSP. */
test.describe('content editor at /admin', () => {
  test('is not in the sitemap', () => {
    expect(sitemapPaths().filter((path) => path.startsWith('/admin'))).toEqual([]);
  });

  test('shows the sign-in screen with no errors and no request to another host', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        problems.push(`third-party request: ${request.url()}`);
    });
    const response = await page.goto('/admin', { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
    await expect(page.getByRole('button', { name: /login with github/i })).toBeVisible({ timeout: 20_000 });
    expect(problems).toEqual([]);
  });
});
