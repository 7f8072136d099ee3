import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { FIRST_VISIT_SERVICE_ID, serviceSchema } from '../../src/lib/booking/services.ts';
import { redFlagLabels } from '../../src/lib/safety/red-flags.ts';
import { buildBookingUrl } from '../../src/lib/booking/url.ts';
import { settings } from '../../src/server/settings.ts';
import { AXE_TAGS } from '../support/axe.ts';

// Follows the booking island from a technique page to the provider, with and without JavaScript.
const TECHNIQUE = 'trigger-point-therapy';
const services = (parse(readFileSync('src/content/services.yaml', 'utf8')) as unknown[]).map((entry) =>
  serviceSchema.parse(entry),
);
// A reader has not said they are returning, so the first visit (with its assessment) is picked (review finding 18).
const preselected = FIRST_VISIT_SERVICE_ID;
const urlFor = (service: string | undefined, context: 'technique' | 'header') =>
  buildBookingUrl(settings.booking, services, { service, context });
const providerOrigin = new URL(settings.booking.url).origin;

/** Answers for the provider's host, so following a link proves where it goes without leaving this machine. */
async function stubProvider(page: Page): Promise<string[]> {
  const referrers: string[] = [];
  await page.route(`${providerOrigin}/**`, async (route) => {
    referrers.push(route.request().headers()['referer'] ?? '');
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Booking</title><p>Booking page</p>' });
  });
  return referrers;
}

async function islandViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('aside booking-island').withTags(AXE_TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

test.describe('the booking island on a technique page', () => {
  test('with JavaScript: preselects the first visit, changes by keyboard, and opens the provider with no referrer', async ({
    page,
  }) => {
    const referrers = await stubProvider(page);
    await page.goto(`/techniques/${TECHNIQUE}`);
    const island = page.locator('aside booking-island');
    const link = island.locator('a[data-booking-link]');
    await expect(island.locator('fieldset')).toBeVisible();
    await expect(island.locator(`input[value="${preselected}"]`)).toBeChecked();
    await expect(link).toHaveAttribute('href', urlFor(preselected, 'technique'));
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAttribute('rel', /noreferrer/);
    await expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(await islandViolations(page)).toEqual([]);

    // Reach the checked radio by keyboard, move to the next visit with the arrow key.
    await island.locator(`input[value="${preselected}"]`).focus();
    await page.keyboard.press('ArrowDown');
    const chosen = await island.locator('input:checked').getAttribute('value');
    expect(chosen).not.toBe(preselected);
    await expect(link).toHaveAttribute('href', urlFor(chosen!, 'technique'));

    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(urlFor(chosen!, 'technique'));
    expect(referrers).toEqual(['']);
  });

  test('without JavaScript: a plain link to the preselected service, no picker', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await stubProvider(page);
    await page.goto(`/techniques/${TECHNIQUE}`);
    const island = page.locator('aside booking-island');
    await expect(island.locator('fieldset')).toBeHidden();
    const link = island.locator('a[data-booking-link]');
    await expect(link).toHaveAttribute('href', urlFor(preselected, 'technique'));
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(urlFor(preselected, 'technique'));
    await context.close();
  });
});

// Review finding 18: the pages with booking buttons show the emergency signs beside them.
for (const path of ['/first-visit', '/services']) {
  test(`${path} shows every emergency sign beside its booking buttons`, async ({ page }) => {
    await page.goto(path);
    const note = page.locator('main .booking-safety');
    await expect(note).toBeVisible();
    for (const label of redFlagLabels('emergency')) await expect(note).toContainText(label);
    const book = page.locator('main a[data-booking-link], main booking-island a, main a.button-primary').first();
    await expect(book).toBeVisible();
  });
}

test('the header Book link goes to the booking home page, tagged as coming from the header', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('header a', { hasText: 'Book' });
  await expect(link).toHaveAttribute('href', urlFor(undefined, 'header'));
  const url = new URL((await link.getAttribute('href'))!);
  expect([...url.searchParams.keys()].every((key) => key.startsWith('utm_'))).toBe(true);
});
