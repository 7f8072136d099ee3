import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { serviceIdsFor, serviceSchema } from '../../src/lib/utils/booking/services.ts';
import { buildBookingUrl, UTM_KEYS } from '../../src/lib/utils/booking/url.ts';
import type { Answers } from '../../src/lib/utils/quiz/fields.ts';
import { GENERAL_GUIDE } from '../../src/lib/utils/quiz/guide.ts';
import { recommendPlan, type Plan } from '../../src/lib/utils/quiz/plan.ts';
import { planTimeline } from '../../src/lib/utils/quiz/timeline.ts';
import { RED_FLAGS } from '../../src/lib/utils/red-flags.ts';
import { settings } from '../../src/lib/readers/settings.ts';
import { pageScripts, totalGzip } from './page-js.ts';
import { sitemapPaths } from './sitemap.ts';
import { TYPICAL_ANSWERS } from '../fixtures/quiz.ts';

const PATH = '/frequency-guide';
// The same rule set as pages.spec.ts: WCAG 2.0, 2.1 and 2.2 A and AA, plus best practice.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const TYPICAL = TYPICAL_ANSWERS;

function planOf(answers: Answers): Plan {
  const result = recommendPlan(answers);
  if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}`);
  return result;
}

/** Ticks the inputs for `answers` (with the mouse; the keyboard test does it by keys). */
async function answer(page: Page, answers: Partial<Answers>) {
  for (const [field, value] of Object.entries(answers)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      await page.locator(`input[name="${field}"][value="${one}"]`).check();
    }
  }
}

const submit = (page: Page) => page.getByRole('button', { name: 'Show my plan' }).click();
const result = (page: Page) => page.locator('[data-quiz-result]');
const planHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Your suggested plan' });
const errorSummary = (page: Page) => page.locator('[data-error-summary]');

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Presses Tab until `selector` has focus, failing after `max` presses. */
async function tabTo(page: Page, selector: string, max = 60) {
  const target = page.locator(selector);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The plan the page shows, read back as text. */
async function shownPlan(page: Page) {
  const plan = page.locator('[data-quiz-plan]');
  return {
    overview: await plan.locator('[data-plan-overview]').textContent(),
    steps: await plan.locator('[data-plan-timeline] > li').evaluateAll((items) =>
      items.map((item) => ['when', 'title', 'visits', 'purpose'].map((key) => item.querySelector(`[data-${key}]`)?.textContent)),
    ),
    reassess: await plan.locator('[data-plan-reassess]').textContent(),
    selfCare: await plan.locator('[data-plan-self-care] li').allTextContents(),
    notes: await plan.locator('[data-plan-notes] li').allTextContents(),
    about: await plan.locator('[data-plan-about]').textContent(),
    techniques: await plan.locator('[data-plan-techniques] a:visible').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
  };
}

function expectedPlanText(plan: Plan) {
  const timeline = planTimeline(plan);
  return {
    overview: timeline.overview,
    steps: timeline.steps.map((step) => [step.when, step.title, step.visits, step.purpose]),
    reassess: plan.reassess.text,
    selfCare: [...plan.selfCare],
    notes: [...plan.notes],
    about: plan.about,
    techniques: plan.techniques.map((id) => `/techniques/${id}`),
  };
}

test.describe('the frequency guide, by keyboard on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('is completed with Tab, arrow keys, Space and Enter, and shows the plan', async ({ page }) => {
    await page.goto(PATH);
    // With JavaScript the quiz replaces the no-JavaScript guide, so there is one path and no booking link outside a plan.
    await expect(page.locator('[data-quiz-fallback]')).toBeHidden();
    await tabTo(page, '#pain-0');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    // Tab into each choice, Space picks the first option, arrow keys move to the one wanted.
    const picks: [string, number][] = [
      ['duration', 2],
      ['work', 2],
      ['exercise', 0],
      ['sitting', 2],
      ['response', 1],
      ['goal', 0],
    ];
    for (const [field, downs] of picks) {
      await page.keyboard.press('Tab');
      await expect(page.locator(`#${field}-0`)).toBeFocused();
      await page.keyboard.press('Space');
      for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
    }
    // Past every checkbox, leaving them unticked, to the button.
    await tabTo(page, 'button[type="submit"]', 20);
    await page.keyboard.press('Enter');

    const answers: Answers = {
      pain: 6,
      duration: 'over-12-weeks',
      work: 'physical',
      exercise: 'rarely',
      sitting: 'over-8-hours',
      response: 'quickly',
      goal: 'relief',
      redFlags: [],
      cautions: [],
    };
    const plan = planOf(answers);
    await expect(planHeading(page)).toBeFocused();
    await expect(errorSummary(page)).toBeHidden();
    expect(await shownPlan(page)).toEqual(expectedPlanText(plan));
    await expect(page.locator('[data-plan-caution]')).toBeHidden();

    // The booking link comes next by keyboard, set to the plan's session length.
    await tabTo(page, '[data-plan-booking] a[data-booking-link]');
    await expect(page.locator(`[data-plan-booking] input[value="${plan.sessionServiceId}"]`)).toBeChecked();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'nothing scrolls sideways at 320 px').toBeLessThanOrEqual(0);
  });
});

test('a missing answer shows the error summary, whose links move focus to the question', async ({ page }) => {
  await page.goto(PATH);
  const start = page.url();
  await answer(page, { duration: 'under-4-weeks' });
  await submit(page);

  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const missing = ['pain', 'work', 'exercise', 'sitting', 'response', 'goal'];
  await expect(summary.getByRole('link')).toHaveText(missing.map((field) => errorOf(field)));
  await expect(planHeading(page)).toBeHidden();

  // Each failed question: its message, aria-invalid inputs and the message in its description.
  const pain = page.locator('fieldset[data-question="pain"]');
  await expect(pain.locator('#pain-error')).toBeVisible();
  await expect(pain.locator('#pain-error')).toHaveText(`Error: ${errorOf('pain')}`);
  await expect(pain).toHaveAttribute('aria-describedby', 'pain-hint pain-error');
  await expect(pain.locator('input[aria-invalid="true"]')).toHaveCount(11);
  const duration = page.locator('fieldset[data-question="duration"]');
  await expect(duration.locator('#duration-error')).toBeHidden();
  await expect(duration.locator('input[aria-invalid]')).toHaveCount(0);

  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link', { name: errorOf('pain') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#pain-0')).toBeFocused();
  await summary.getByRole('link', { name: errorOf('goal') }).click();
  await expect(page.locator('#goal-0')).toBeFocused();
  expect(page.url(), 'the summary links add nothing to the address').toBe(start);

  // Fixing the answers clears every error.
  await answer(page, { ...TYPICAL, redFlags: [], cautions: [] });
  await submit(page);
  await expect(planHeading(page)).toBeFocused();
  await expect(summary).toBeHidden();
  await expect(pain.locator('#pain-error')).toBeHidden();
  await expect(page.locator('input[aria-invalid]')).toHaveCount(0);
  await expect(pain).toHaveAttribute('aria-describedby', 'pain-hint');
});

function errorOf(field: string): string {
  const result = recommendPlan({ ...TYPICAL, [field]: undefined });
  const error = result.kind === 'invalid' ? result.errors[0] : undefined;
  if (!error) throw new Error(`no error message for ${field}`);
  return error.message;
}

test.describe('a warning sign', () => {
  for (const [level, sign, others] of [
    ['emergency', 'numb-both-legs', TYPICAL],
    ['emergency', 'chest-pain', {}],
    ['urgent', 'fever', TYPICAL],
  ] as const) {
    test(`(${sign}${Object.keys(others).length ? '' : ', nothing else answered'}) shows the ${level} care card, no plan and no booking link`, async ({ page }) => {
      await page.goto(PATH);
      await answer(page, { ...others, redFlags: [sign] });
      await submit(page);

      const card = result(page).locator(`.care-card[data-level="${level}"]`);
      await expect(card).toBeVisible();
      const heading = card.getByRole('heading', { level: 2 });
      await expect(heading).toBeFocused();
      await expect(heading).toHaveText(`${RED_FLAGS[level].hiddenPrefix} ${RED_FLAGS[level].heading}`);
      await expect(heading.locator('.sr-only')).toHaveText(`${RED_FLAGS[level].hiddenPrefix} `);
      await expect(card).toContainText(RED_FLAGS[level].action);
      const label = RED_FLAGS[level].items.find((item) => item.id === sign)?.label ?? '';
      await expect(card.locator('[data-care-items] li')).toHaveText([label]);
      await expect(result(page).locator('.care-card:visible')).toHaveCount(1);

      await expect(errorSummary(page)).toBeHidden();
      await expect(planHeading(page)).toBeHidden();
      await expect(result(page).getByRole('link')).toHaveCount(0);
      await expect(result(page).locator('a[data-booking-link]:visible, [data-plan-booking]:visible')).toHaveCount(0);
    });
  }

  test('replaces a plan shown before', async ({ page }) => {
    await page.goto(PATH);
    await answer(page, TYPICAL);
    await submit(page);
    await expect(planHeading(page)).toBeFocused();
    await answer(page, { redFlags: ['weight-loss'] });
    await submit(page);
    await expect(result(page).locator('.care-card[data-level="urgent"]')).toBeVisible();
    await expect(planHeading(page)).toBeHidden();
    await expect(result(page).getByRole('link')).toHaveCount(0);
  });
});

test.describe('the plan', () => {
  test('links to its techniques and articles, and shows a health condition before the booking island', async ({ page }) => {
    const answers: Answers = { ...TYPICAL, response: 'flared-up', cautions: ['blood-clot'] };
    await page.goto(PATH);
    await answer(page, answers);
    await submit(page);
    await expect(planHeading(page)).toBeFocused();
    const plan = planOf(answers);
    expect(await shownPlan(page)).toEqual(expectedPlanText(plan));

    await expect(page.locator('[data-quiz-plan] a[href="/articles/how-often-to-book-massage-for-back-pain"]')).toBeVisible();
    const caution = page.locator('[data-plan-caution] .care-card[data-level="caution"]');
    await expect(caution).toBeVisible();
    await expect(caution.locator('.sr-only')).toHaveText(`${RED_FLAGS.caution.hiddenPrefix} `);
    await expect(caution.locator('[data-plan-caution-items] li')).toHaveText(['A blood clot in a deep vein (DVT)']);
    const island = page.locator('[data-plan-booking] booking-island');
    await expect(island).toBeVisible();
    const before = await caution.evaluate(
      (card, other) => Boolean(card.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await island.elementHandle(),
    );
    expect(before, 'the caution card comes before the booking island').toBe(true);
  });

  for (const [name, answers] of [
    ['60 minutes', TYPICAL],
    ['30 minutes after a past flare-up', { ...TYPICAL, pain: 8, response: 'flared-up', sitting: 'over-8-hours' }],
    ['90 minutes for long-lasting pain and physical work', { ...TYPICAL, work: 'physical', response: 'slowly', goal: 'maintenance' }],
  ] as const) {
    test(`books the suggested session length (${name}) with a link that carries no answers`, async ({ page }) => {
      await page.goto(PATH);
      await answer(page, answers);
      await submit(page);
      await expect(planHeading(page)).toBeFocused();

      const plan = planOf(answers);
      const services = (parse(readFileSync('src/content/services.yaml', 'utf8')) as unknown[]).map((entry) => serviceSchema.parse(entry));
      const expected = buildBookingUrl(settings.booking, services, { service: plan.sessionServiceId, context: 'quiz' });
      const link = page.locator('[data-plan-booking] a[data-booking-link]');
      await expect(link).toHaveAttribute('href', expected);

      const href = new URL((await link.getAttribute('href'))!);
      const service = services.find((entry) => entry.id === plan.sessionServiceId)!;
      for (const id of Object.values(serviceIdsFor(service, settings.booking.provider) ?? {})) expect(href.href).toContain(id);
      expect(href.searchParams.get('utm_content')).toBe('quiz');
      expect([...href.searchParams.keys()].filter((key) => !(UTM_KEYS as readonly string[]).includes(key))).toEqual([]);
      const values = Object.entries(answers).flatMap(([field, value]): unknown[] => (field === 'pain' ? [] : Array.isArray(value) ? value : [value]));
      for (const value of values) expect(href.href, `the link must not carry "${value}"`).not.toContain(String(value));
      expect(href.href).not.toMatch(/pain|answer|goal|flare/i);
    });
  }

  test('prints just the plan, from its own button', async ({ page }) => {
    await page.goto(PATH);
    await answer(page, TYPICAL);
    await submit(page);
    await page.evaluate(() => {
      const counter = window as unknown as { printed: number };
      counter.printed = 0;
      window.print = () => void counter.printed++;
    });
    await page.getByRole('button', { name: 'Print or save this plan' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(planHeading(page)).toBeVisible();
    await expect(page.locator('[data-plan-timeline] li').first()).toBeVisible();
    for (const hidden of ['header', 'footer', 'h1', 'form', '[data-plan-booking]', '[data-plan-print]']) {
      await expect(page.locator(hidden).first(), `${hidden} is not printed`).toBeHidden();
    }
  });
});

test('no request is made, nothing is stored and the address never changes while answering and showing results', async ({ page }) => {
  const requests: string[] = [];
  const addresses: string[] = [];
  // The browser fetches the tab icon on its own schedule, late on a busy machine; the page never sends anything.
  page.on('request', (request) => new URL(request.url()).pathname !== '/favicon.svg' && requests.push(request.url()));
  page.on('framenavigated', (frame) => frame === page.mainFrame() && addresses.push(frame.url()));
  await page.goto(PATH, { waitUntil: 'networkidle' });
  const start = page.url();
  const loaded = requests.length;
  const form = page.locator('form[data-quiz-form]');
  await expect(form).not.toHaveAttribute('action');
  await expect(form).toHaveAttribute('method', 'dialog');
  const before = await page.evaluate(() => ({ history: history.length, resources: performance.getEntriesByType('resource').length }));

  await submit(page); // errors
  await expect(errorSummary(page)).toBeFocused();
  await errorSummary(page).getByRole('link').first().click();
  await answer(page, { ...TYPICAL, cautions: ['recent-fracture'] });
  await submit(page); // a plan
  await expect(planHeading(page)).toBeFocused();
  await answer(page, { redFlags: ['bladder-bowel'] });
  await submit(page); // a warning
  await expect(result(page).locator('.care-card[data-level="emergency"]')).toBeVisible();
  // Give any late request (a beacon, a prefetch) the chance to show up before counting.
  await page.waitForTimeout(500);

  expect(requests.slice(loaded), 'requests after the page loaded').toEqual([]);
  expect(page.url()).toBe(start);
  expect(addresses).toEqual([start]);
  expect(
    await page.evaluate(() => ({
      history: history.length,
      resources: performance.getEntriesByType('resource').length,
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    })),
  ).toEqual({ ...before, local: 0, session: 0, cookie: '' });
  expect((await page.context().cookies()).length).toBe(0);
});

test('without JavaScript the page shows the general guide, the warning signs, a booking link and says the plan needs JavaScript', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(PATH);
  await expect(page.getByText('Your personal plan needs JavaScript.')).toBeVisible();
  await expect(page.locator('form')).toBeHidden();
  await expect(page.locator('[data-quiz-plan], [data-quiz-care]')).toHaveCount(2);
  await expect(page.locator('[data-quiz-plan]')).toBeHidden();
  await expect(page.locator('[data-quiz-care]')).toBeHidden();

  const table = page.getByRole('table', { name: /usual plan/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  await expect(table.getByRole('rowheader')).toHaveText(GENERAL_GUIDE.map((row) => row.situation));
  await expect(table.getByRole('cell')).toHaveText(GENERAL_GUIDE.map((row) => row.schedule));

  for (const level of ['emergency', 'urgent', 'caution'] as const) {
    await expect(page.locator(`[data-quiz-fallback] .care-card[data-level="${level}"]`)).toBeVisible();
  }
  const book = page.locator('[data-quiz-fallback]').getByRole('link', { name: 'Book a first visit' });
  await expect(book).toBeVisible();
  expect(new URL((await book.getAttribute('href'))!).searchParams.get('utm_content')).toBe('quiz');
  await context.close();
});

/** Serves the page with every script removed: what a browser without JavaScript gets, while axe can still run. */
async function withoutScripts(page: Page) {
  await page.route(PATH, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    await route.fulfill({ response, body });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    const states: [string, (page: Page) => Promise<void>][] = [
      ['before answering', async (page) => void (await expect(page.locator('form')).toBeVisible())],
      ['with errors', async (page) => {
        await answer(page, { pain: 3 });
        await submit(page);
        await expect(errorSummary(page)).toBeFocused();
      }],
      ['with a plan and a health condition', async (page) => {
        await answer(page, { ...TYPICAL, cautions: ['severe-osteoporosis'] });
        await submit(page);
        await expect(page.locator('[data-plan-caution]')).toBeVisible();
      }],
      ['with a warning sign', async (page) => {
        await answer(page, { ...TYPICAL, redFlags: ['cancer-history'] });
        await submit(page);
        await expect(result(page).locator('.care-card[data-level="urgent"]')).toBeVisible();
      }],
    ];
    test('has no violations without JavaScript', async ({ page }) => {
      await withoutScripts(page);
      await page.goto(PATH);
      await expect(page.locator('[data-quiz-fallback]')).toBeVisible();
      await expect(page.locator('form')).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);
    });
    for (const [name, reach] of states) {
      test(`has no violations ${name}`, async ({ page }) => {
        await page.goto(PATH);
        await reach(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test.describe('JavaScript budget', () => {
  test('the quiz page loads at most 6 KB of JavaScript (gzip), booking island included', () => {
    const scripts = pageScripts(PATH);
    const total = totalGzip(scripts);
    console.log(`${PATH} JavaScript: ${total} bytes gzip (${scripts.map((s) => `${s.source} ${s.gzipBytes}`).join(', ')})`);
    expect(scripts.some((script) => script.text.includes('frequency-quiz')), 'the quiz script is found').toBe(true);
    expect(total).toBeLessThanOrEqual(6 * 1024);
  });

  test('no other page loads any of the quiz code', () => {
    const quizFiles = new Set(pageScripts(PATH).filter((s) => s.text.includes('frequency-quiz')).map((s) => s.source));
    const others = sitemapPaths().filter((path) => path !== PATH);
    expect(others.length).toBeGreaterThan(5);
    for (const path of others) {
      const scripts = pageScripts(path);
      expect(scripts.filter((s) => quizFiles.has(s.source) || /frequency-quiz|every-two-weeks/.test(s.text)).map((s) => s.source), path).toEqual([]);
    }
  });
});
