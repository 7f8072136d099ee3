import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { FIXED_REDIRECTS, collectRedirects, type Redirect } from '../../../src/lib/seo/redirects.ts';
import { sitemapPaths } from '../sitemap.ts';
import { TYPICAL_ANSWERS } from '../../support/quiz.ts';

/** Browser tests of the built site as its hosts serve it (see playwright.config.ts for the servers). */

/** An address no page has: the host must answer it with the 404 page and a 404 status. */
export const MISSING = '/no-page-has-this-address';

/**
 * Every old address with the article it must land on, read from the articles' own `legacyPaths` (not from the
 * built `_redirects`, so a rule the build forgot is caught), for articles on the live site, plus the fixed rules.
 */
export function legacyAddresses(): Redirect[] {
  const live = new Set(sitemapPaths());
  const dir = 'src/content/articles';
  const articles = readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const frontmatter = (parse(readFileSync(`${dir}/${file}`, 'utf8').split(/^---\s*$/m)[1] ?? '') ?? {}) as {
        title?: string;
        legacyPaths?: string[];
      };
      return {
        id: file.replace(/\.mdx$/, ''),
        title: frontmatter.title ?? '',
        legacyPaths: frontmatter.legacyPaths ?? [],
      };
    });
  return collectRedirects(articles, FIXED_REDIRECTS).filter((rule) => live.has(rule.to));
}

/** The first page in the sitemap under a section, so the tests hold whatever the clinic publishes. */
function firstPageUnder(section: string): string {
  const found = sitemapPaths().find((path) => path.startsWith(`${section}/`));
  if (!found) throw new Error(`The sitemap lists no page under ${section}/`);
  return found;
}

/**
 * Records every Content Security Policy violation the browser reports on this page: the DOM's
 * securitypolicyviolation events (kept in the page across navigations) and the console's "Refused to ..." lines.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (execute|load|apply|connect|evaluate|frame|compile)/i.test(text))
      fromConsole.push(`console: ${text}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
          (event.sample ? ` ("${event.sample}")` : ''),
      );
    });
  });
  return async () => {
    const events = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => [] as string[]);
    return [...events, ...fromConsole];
  };
}

/** Uses the frequency guide to the end: answers a typical visitor's questions and gets a plan. */
async function useQuiz(page: Page): Promise<void> {
  await page.goto('/frequency-guide');
  for (const [field, value] of Object.entries(TYPICAL_ANSWERS)) {
    for (const one of Array.isArray(value) ? value : [value])
      await page.locator(`input[name="${field}"][value="${one}"]`).check();
  }
  await page.locator('form[data-quiz-form] button[type="submit"]').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your suggested plan' })).toBeVisible();
}

/** Uses the booking card on a technique page: it starts, and a keypress picks another visit. */
async function useBookingCard(page: Page): Promise<void> {
  await page.goto(firstPageUnder('/techniques'));
  const island = page.locator('aside booking-island');
  await expect(island.locator('fieldset')).toBeVisible();
  const link = island.locator('a[data-booking-link]');
  const before = await link.getAttribute('href');
  const radios = island.locator('input[type="radio"]');
  if ((await radios.count()) > 1) {
    await island.locator('input:checked').focus();
    await page.keyboard.press('ArrowDown');
    await expect(link).not.toHaveAttribute('href', before!);
  }
}

/** Searches the site: Pagefind loads (WebAssembly under its own policy) and shows results. */
async function useSearch(page: Page): Promise<void> {
  await page.goto('/search');
  await page.getByRole('searchbox').fill('massage');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
}

/** Opens the main menu on a phone-sized screen. */
async function useMenu(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/');
  const menu = page.locator('nav[aria-label="Main"]');
  await menu.locator('summary').click();
  await expect(menu.getByRole('link').first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * Uses the staff editor as served: its real page, scripts and policy, with only the saved-to place swapped for
 * Decap's in-browser test backend (the real one is GitHub, which this machine cannot reach). Signs in, opens the
 * articles and the new-article form, types a title and opens the + menu of the body.
 */
async function useEditor(page: Page): Promise<void> {
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
    await route.fulfill({ response, body: text });
  });
  const response = await page.goto('/admin/');
  expect(response?.status()).toBe(200);
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 60_000 });
  await expect(page.getByRole('link', { name: /Articles/ }).first()).toBeVisible({ timeout: 20_000 });
  await page.goto('/admin/#/collections/articles/new');
  const title = page.getByLabel('Title', { exact: false }).first();
  await expect(title).toBeVisible({ timeout: 20_000 });
  await title.fill('A title typed under the host policy');
  const add = page.getByRole('button', { name: /add component/i }).first();
  if (await add.count()) {
    await add.click();
    await expect(page.getByRole('menuitem').first()).toBeVisible();
    await page.keyboard.press('Escape');
  }
}

/** The uses above, by name, for one test each. */
export const USES: Record<string, (page: Page) => Promise<void>> = {
  'the frequency guide (quiz)': useQuiz,
  'the booking card': useBookingCard,
  search: useSearch,
  'the menu': useMenu,
  'the staff editor': useEditor,
};
