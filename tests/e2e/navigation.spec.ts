import { expect, test } from '@playwright/test';

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const javaScriptEnabled of [true, false]) {
    test(`the menu opens and is followed by keyboard alone (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({
        javaScriptEnabled,
        viewport: { width: 320, height: 640 },
        baseURL: baseURL!,
      });
      const page = await context.newPage();
      await page.goto('/');
      const menuButton = page.locator('nav[aria-label="Main"] summary');
      const firstLink = page.locator('nav[aria-label="Main"] .nav-list a').first();
      await expect(menuButton).toBeVisible();
      await expect(firstLink).toBeHidden();

      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: /Massage Strong/ }).first()).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(menuButton).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(firstLink).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(firstLink).toBeFocused();
      const target = await firstLink.getAttribute('href');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await context.close();
    });
  }

  test('nothing scrolls sideways', async ({ page }) => {
    await page.goto('/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('menu links are shown without a toggle and reached by Tab', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('nav[aria-label="Main"] summary')).toBeHidden();
    const links = page.locator('nav[aria-label="Main"] .nav-list a');
    await expect(links.first()).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
  });

  test('the skip link moves focus past the header', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(focusedInMain).toBe(true);
  });
});
