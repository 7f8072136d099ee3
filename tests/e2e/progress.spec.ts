import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { changeFromFirst, changeMeaning } from '../../src/lib/progress/change.ts';
import { localDay, type Entry } from '../../src/lib/progress/entries.ts';
import { exportFile, FILE_FORMAT, FILE_VERSION, importFile, STORAGE_KEY } from '../../src/lib/progress/file.ts';
import { formatScore, pegScore } from '../../src/lib/progress/peg.ts';
import { reviewAnswer } from '../../src/lib/progress/plan-review.ts';
import { reviewText } from '../../src/lib/progress/review-words.ts';
import { stopRuleText } from '../../src/lib/quiz/plan-words.ts';
import { recommendPlan } from '../../src/lib/quiz/plan.ts';
import { RED_FLAGS } from '../../src/lib/safety/red-flags.ts';
import { pageScripts, totalGzip } from './page-js.ts';
import { AXE_EXTRA_RULES, AXE_TAGS } from '../support/axe.ts';
import { CONTENT_CATALOG as CATALOG, TYPICAL_ANSWERS as TYPICAL } from '../support/quiz.ts';

const PATH = '/progress';
// axe with AAA contrast over a long page is slow on a shared machine.
test.describe.configure({ timeout: 120_000 });
// The shared rules of tests/support/axe.ts: the WCAG tags and AAA text contrast.

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ rules: AXE_EXTRA_RULES }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Days before today, as the visitor's browser counts them. */
const daysAgo = (days: number) => localDay(new Date(Date.now() - days * 86_400_000));

/** A check-in with all three answers `score`, `days` days ago. */
const checkIn = (days: number, score: number, extra: Partial<Entry> = {}): Entry => ({
  date: daysAgo(days),
  pain: score,
  enjoyment: score,
  activity: score,
  activities: [],
  warning: false,
  ...extra,
});

/** Fills and sends the check-in form with the mouse. */
async function add(page: Page, entry: Entry) {
  await page.locator('#date').fill(entry.date);
  await page.locator(`#warning-${entry.warning ? 'yes' : 'no'}`).check();
  for (const id of ['pain', 'enjoyment', 'activity'] as const) await page.locator(`#${id}`).fill(String(entry[id]));
  // Activity names stay in the form from one check-in to the next (rate the same ones each time); set all three.
  for (let i = 0; i < 3; i++) {
    await page.locator(`#activity${i + 1}`).fill(entry.activities[i]?.name ?? '');
    await page.locator(`#activity${i + 1}Score`).fill(String(entry.activities[i]?.score ?? ''));
  }
  await page.getByRole('button', { name: 'Add this check-in' }).click();
  await expect(page.locator('[data-status]')).toHaveText('Check-in added.');
}

/** The table's rows as [date, score] pairs. */
const tableRows = (page: Page) =>
  page
    .locator('[data-table-body] tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 2).map((cell) => cell.textContent)));

const HISTORY = [
  checkIn(21, 8, { activities: [{ name: 'Sitting at work', score: 3 }] }),
  checkIn(14, 7),
  checkIn(7, 5),
];

test('adds check-ins: the chart has a point per table row, and the change says what the real code says', async ({
  page,
}) => {
  await page.goto(PATH);
  await expect(page.locator('[data-progress-fallback]')).toBeHidden();
  await expect(page.getByText('No check-ins yet.')).toBeVisible();
  for (const entry of HISTORY) await add(page, entry);
  expect(await tableRows(page)).toEqual(HISTORY.map((entry) => [entry.date, formatScore(pegScore(entry))]));
  await expect(page.locator('[data-chart-points] circle')).toHaveCount(HISTORY.length);
  await expect(page.locator('[data-change]')).toHaveText(changeMeaning(changeFromFirst(HISTORY)));
  await expect(page.locator('[data-table-body] tr').first()).toContainText('Sitting at work: 3');
  // No plan in the address: no review section.
  await expect(page.locator('[data-review-section]')).toBeHidden();
  await expect(page.locator('[data-progress-care]')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});

test('bad input gets a message beside its field and in the summary, and loses nothing', async ({ page }) => {
  await page.goto(PATH);
  await add(page, HISTORY[0]!);
  await page.locator('#date').fill(daysAgo(-1));
  await page.locator('#warning-no').check();
  await page.locator('#pain').fill('11');
  await page.locator('#enjoyment').fill('4');
  await page.locator('#activity').fill('4');
  await page.locator('#activity1').fill('');
  await page.getByRole('button', { name: 'Add this check-in' }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'The date cannot be in the future',
    'The score for average pain must be a whole number from 0 to 10',
  ]);
  await expect(page.locator('#pain-error')).toHaveText(
    'Error: The score for average pain must be a whole number from 0 to 10',
  );
  await expect(page.locator('#pain')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#pain')).toHaveAttribute('aria-describedby', 'pain-hint pain-error');
  await expect(page.locator('#date-error')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // The summary link moves focus to the field, and the address stays the same.
  const start = page.url();
  await summary.getByRole('link').nth(1).click();
  await expect(page.locator('#pain')).toBeFocused();
  expect(page.url()).toBe(start);
  // What was typed, and what was added before, is still there.
  await expect(page.locator('#pain')).toHaveValue('11');
  await expect(page.locator('[data-table-body] tr')).toHaveCount(1);
  await page.locator('#pain').fill('6');
  await page.locator('#date').fill(daysAgo(0));
  await page.getByRole('button', { name: 'Add this check-in' }).click();
  await expect(summary).toBeHidden();
  await expect(page.locator('input[aria-invalid]')).toHaveCount(0);
  await expect(page.locator('[data-table-body] tr')).toHaveCount(2);
});

test('reload: without "keep" nothing is stored and nothing survives; with it, the check-ins come back with the oldest date', async ({
  page,
}) => {
  await page.goto(PATH);
  await add(page, HISTORY[0]!);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('[data-table-body] tr')).toHaveCount(0);

  for (const entry of HISTORY) await add(page, entry);
  await page.getByLabel('Keep my check-ins on this device').check();
  await expect(page.locator('[data-kept]')).toHaveText(`Kept on this device. Oldest check-in: ${HISTORY[0]!.date}.`);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect(stored).toEqual([STORAGE_KEY]);
  await page.reload();
  await expect(page.getByLabel('Keep my check-ins on this device')).toBeChecked();
  expect(await tableRows(page)).toEqual(HISTORY.map((entry) => [entry.date, formatScore(pegScore(entry))]));
  await expect(page.locator('[data-oldest]')).toHaveText(HISTORY[0]!.date);

  // Unticking removes the stored copy; the page keeps its check-ins until it closes.
  await page.getByLabel('Keep my check-ins on this device').uncheck();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await expect(page.locator('[data-table-body] tr')).toHaveCount(HISTORY.length);
});

test('delete everything empties the page and the device', async ({ page }) => {
  await page.goto(PATH);
  for (const entry of HISTORY) await add(page, entry);
  await page.getByLabel('Keep my check-ins on this device').check();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.locator('[data-table-body] tr')).toHaveCount(0);
  await expect(page.locator('[data-kept]')).toBeHidden();
  await expect(page.getByLabel('Keep my check-ins on this device')).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByText('No check-ins yet.')).toBeVisible();
});

test('export makes a file the import reads back; a good file adds its check-ins, a bad one changes nothing', async ({
  page,
}) => {
  await page.goto(PATH);
  for (const entry of HISTORY) await add(page, entry);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save to a file' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(importFile(text, localDay(new Date()))).toEqual({ ok: true, entries: HISTORY });

  await page.getByRole('button', { name: 'Delete everything' }).click();
  const input = page.getByLabel('Open a saved file');
  await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('[data-status]')).toHaveText('3 check-ins added from the file.');
  expect(await tableRows(page)).toEqual(HISTORY.map((entry) => [entry.date, formatScore(pegScore(entry))]));

  for (const [file, message] of [
    ['{"hello": 1}', 'not a progress file'],
    [JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION + 1, entries: [] }), 'newer version'],
    [exportFile([{ ...HISTORY[0]!, pain: 12 }]), 'damaged'],
  ] as const) {
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect(page.locator('#import-error')).toContainText(message);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-table-body] tr')).toHaveCount(HISTORY.length);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('the plan’s review, from the link', () => {
  for (const scores of [[8, 6, 4], [8, 7, 7], [6, 7], [6]]) {
    test(`?review=3 with scores ${scores.join(', ')}`, async ({ page }) => {
      const entries = scores.map((score, i) => checkIn(30 - i, score));
      await page.goto(`${PATH}?review=3`);
      for (const entry of entries) await add(page, entry);
      const section = page.locator('[data-review-section]');
      await expect(section).toBeVisible();
      const lines = reviewText(reviewAnswer(entries, 3));
      for (const line of lines) await expect(section).toContainText(line);
      await expect(section).toContainText(stopRuleText(3));
      const worse = scores.at(-1)! > scores[0]!;
      await expect(page.locator('[data-progress-care]')).toBeVisible({ visible: worse });
      if (worse)
        await expect(page.locator('[data-progress-care] h3').first()).toHaveText(
          `${RED_FLAGS.emergency.hiddenPrefix} ${RED_FLAGS.emergency.heading}`,
        );
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('a warning sign brings up the care cards even when scores fall', async ({ page }) => {
    await page.goto(PATH);
    await add(page, checkIn(7, 8));
    await add(page, checkIn(0, 3, { warning: true }));
    await expect(page.locator('[data-progress-care]')).toBeVisible();
  });

  test('the guide’s plan links here with its review session and nothing else', async ({ page }) => {
    const plan = recommendPlan(TYPICAL, CATALOG);
    if (plan.kind !== 'plan') throw new Error('expected a plan');
    await page.goto('/frequency-guide');
    for (const [field, value] of Object.entries(TYPICAL))
      for (const one of Array.isArray(value) ? value : [value])
        await page.locator(`input[name="${field}"][value="${one}"]`).check();
    await page.locator('form[data-quiz-form] button[type="submit"]').click();
    await expect(page.locator('[data-plan-progress]')).toHaveAttribute('href', `/progress?review=${plan.reviewAt}`);
  });
});

test('prints a one-page summary: the chart, the table and the change, without the form or the site frame', async ({
  page,
}) => {
  await page.goto(PATH);
  // A course of eight check-ins, as at a plan's end.
  for (const entry of [...HISTORY, checkIn(5, 4), checkIn(4, 4), checkIn(3, 3), checkIn(2, 3), checkIn(1, 3)])
    await add(page, entry);
  await page.evaluate(() => {
    const counter = window as unknown as { printed: number };
    counter.printed = 0;
    window.print = () => void counter.printed++;
  });
  await page.getByRole('button', { name: 'Print a summary' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  for (const shown of ['h1', '.progress-chart', '[data-table-body] tr', '[data-change]'])
    await expect(page.locator(shown).first(), `${shown} is printed`).toBeVisible();
  for (const hidden of ['header', 'footer', 'form', '[data-keep]', '[data-print]', '.review-byline'])
    await expect(page.locator(hidden).first(), `${hidden} is not printed`).toBeHidden();
  // Chromium's own print to PDF (A4 and US Letter): the summary of a course of check-ins takes one sheet.
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, `pages printed on ${format}`).toBe(1);
  }
});

test.describe('by keyboard on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a check-in is added with Tab, typing, Space and Enter, and nothing scrolls sideways', async ({ page }) => {
    await page.goto(PATH);
    await page.locator('[data-show-signs]').first().focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('input[name="warning"]').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('#warning-no')).toBeChecked();
    for (const id of ['pain', 'enjoyment', 'activity']) {
      await page.keyboard.press('Tab');
      await expect(page.locator(`#${id}`)).toBeFocused();
      await page.keyboard.type('5');
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-table-body] tr')).toHaveCount(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'nothing scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    // The keep box, then the buttons, all reachable by Tab.
    await page.getByLabel('Keep my check-ins on this device').focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Keep my check-ins on this device')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Delete everything' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-table-body] tr')).toHaveCount(0);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    test('with check-ins, errors and care cards, axe finds nothing', async ({ page }) => {
      await page.goto(`${PATH}?review=2`);
      await add(page, checkIn(7, 4));
      await add(page, checkIn(0, 6));
      await expect(page.locator('[data-progress-care]')).toBeVisible();
      await page.getByRole('button', { name: 'Add this check-in' }).click();
      await expect(page.locator('[data-error-summary]')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('without JavaScript: a printable paper form with the same questions, and the warning signs', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(PATH);
  const paper = page.locator('[data-progress-fallback]');
  await expect(paper).toBeVisible();
  await expect(page.locator('form')).toBeHidden();
  await expect(page.locator('[data-progress-results]')).toBeHidden();
  const questions = await page
    .locator('form label[for="pain"], form label[for="enjoyment"], form label[for="activity"]')
    .allTextContents();
  for (const question of questions) await expect(paper).toContainText(question.trim());
  await expect(page.locator('[data-progress-care]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(paper.locator('table')).toBeVisible();
  await expect(page.locator('header').first()).toBeHidden();
  await context.close();
});

test('no request after load, no cookies, and nothing but the review session in the address', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  // The browser fetches the tab icon, and a font subset the first time its glyphs show, from this site on its own
  // schedule; neither carries anything. Everything else counts.
  const own = (url: URL) => url.pathname === '/favicon.svg' || /^\/_astro\/fonts\/[\w-]+\.woff2$/.test(url.pathname);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseURL!).origin || !own(url) || request.method() !== 'GET')
      requests.push(`${request.method()} ${request.url()}`);
  });
  await page.goto(`${PATH}?review=3`, { waitUntil: 'networkidle' });
  const start = page.url();
  // The page itself and what it loads; anything after this is a request the page made.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').length);
  requests.length = 0;
  for (const entry of HISTORY) await add(page, entry);
  await page.getByLabel('Keep my check-ins on this device').check();
  await page.getByRole('button', { name: 'Add this check-in' }).click();
  await page.getByLabel('Open a saved file').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportFile(HISTORY)),
  });
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.waitForTimeout(500);
  expect(requests, 'requests after the page loaded').toEqual([]);
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name)),
  );
  expect(
    resources
      .slice(loaded)
      .filter((url) => url.host !== new URL(baseURL!).host || !/\/_astro\/fonts\//.test(url.pathname)),
  ).toEqual([]);
  expect(page.url()).toBe(start);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect((await page.context().cookies()).length).toBe(0);
});

test('the page’s JavaScript stays within 6 KB gzipped', () => {
  const scripts = pageScripts(PATH);
  expect(scripts.length).toBeGreaterThan(0);
  expect(totalGzip(scripts)).toBeLessThanOrEqual(6 * 1024);
});
