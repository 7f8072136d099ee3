import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { FIRST_VISIT_SERVICE_ID, serviceIdsFor, serviceSchema } from '../../src/lib/booking/services.ts';
import { buildBookingUrl, UTM_KEYS } from '../../src/lib/booking/url.ts';
import { telHref } from '../../src/lib/clinic/contact.ts';
import { formatPrice } from '../../src/lib/format/intl.ts';
import type { Answers } from '../../src/lib/quiz/answer-rules.ts';
import { describeRange, generalGuide } from '../../src/lib/quiz/guide.ts';
import { recommendPlan, type Plan } from '../../src/lib/quiz/plan.ts';
import { PLAN_WORDS, stopRuleText } from '../../src/lib/quiz/plan-words.ts';
import { planTimeline } from '../../src/lib/quiz/timeline.ts';
import { DOCTOR_CLEARANCE, RED_FLAGS } from '../../src/lib/safety/red-flags.ts';
import { settings } from '../../src/server/settings.ts';
import { pageScripts, totalGzip } from './page-js.ts';
import { sitemapPaths } from './sitemap.ts';
import { CONTENT_CATALOG as CATALOG, TYPICAL_ANSWERS as TYPICAL } from '../support/quiz.ts';
import { AXE_TAGS } from '../support/axe.ts';

const PATH = '/frequency-guide';
// The same rule set as pages.spec.ts: WCAG 2.0, 2.1 and 2.2 A and AA, plus best practice.

function planOf(answers: Partial<Answers> & { cleared?: boolean }): Plan {
  const result = recommendPlan(answers, CATALOG);
  if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}`);
  return result;
}

/** Ticks the inputs for `answers` with the mouse. */
async function answer(page: Page, answers: Partial<Answers>) {
  for (const [field, value] of Object.entries(answers)) {
    for (const one of Array.isArray(value) ? value : [value])
      await page.locator(`input[name="${field}"][value="${one}"]`).check();
  }
}

/** Picks the inputs for `answers` from the keyboard: each input takes focus, then Space picks it. */
async function answerByKeyboard(page: Page, answers: Partial<Answers>) {
  for (const [field, value] of Object.entries(answers)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      const input = page.locator(`input[name="${field}"][value="${one}"]`);
      await input.focus();
      if (!(await input.isChecked())) await page.keyboard.press('Space');
      await expect(input).toBeChecked();
    }
  }
}

const submitButton = (page: Page) => page.locator('form[data-quiz-form] button[type="submit"]');
const submit = (page: Page) => submitButton(page).click();
async function submitByKeyboard(page: Page) {
  await submitButton(page).focus();
  await page.keyboard.press('Enter');
}
const result = (page: Page) => page.locator('[data-quiz-result]');
const planHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Your suggested plan' });
const errorSummary = (page: Page) => page.locator('[data-error-summary]');
const visibleBookingLinks = (page: Page) =>
  result(page).locator('a[data-booking-link]:visible, [data-result-booking]:visible');
const headerBook = (page: Page) => page.locator('[data-header-book]');
const noPlan = (page: Page) => page.locator('[data-quiz-noplan]');
/** The first visit is picked in advance in the result's booking box (review finding 18). */
const firstVisitPicked = (page: Page) => page.locator(`[data-result-booking] input[value="${FIRST_VISIT_SERVICE_ID}"]`);
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Presses Tab until `selector` has focus, failing after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80) {
  const target = page.locator(selector);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const price = (dollars: number) => formatPrice(dollars, settings.locale);

/** The plan the page shows, read back as text. */
async function shownPlan(page: Page) {
  const plan = page.locator('[data-quiz-plan]');
  return {
    overview: await plan.locator('[data-plan-overview]').textContent(),
    steps: await plan
      .locator('[data-plan-timeline] > li')
      .evaluateAll((items) =>
        items.map((item) => ['when', 'visits'].map((key) => item.querySelector(`[data-${key}]`)?.textContent)),
      ),
    lead: await plan.locator('[data-plan-lead] li:visible').allTextContents(),
    doctor: await plan.locator('[data-plan-doctor] p:visible').allTextContents(),
    review: await plan.locator('[data-plan-review]').first().textContent(),
    stop: squash(await plan.locator('[data-plan-stop]').textContent()),
    cost: await plan.locator('[data-plan-cost]').textContent(),
    monthly: (await plan.locator('[data-plan-monthly]').isVisible())
      ? squash(await plan.locator('[data-plan-monthly]').textContent())
      : null,
    notes: await plan.locator('[data-plan-notes] li:visible').allTextContents(),
    after: await plan.locator('[data-plan-maintenance-section]').isVisible(),
    techniques: await plan
      .locator('[data-plan-techniques] a:visible')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
  };
}

function expectedPlanText(plan: Plan) {
  const timeline = planTimeline(plan, CATALOG.firstVisit.minutes);
  const { low, high } = plan.cost;
  return {
    overview: timeline.overview,
    steps: timeline.steps.map((step) => [step.when, step.visits]),
    lead: [...plan.lead.map((id) => PLAN_WORDS.lead[id]), ...plan.activity.map((id) => PLAN_WORDS.activity[id])],
    doctor: plan.doctorPrompts.map((id) => PLAN_WORDS.doctor[id]),
    review: String(plan.reviewAt),
    stop: stopRuleText(plan.reviewAt),
    cost: expect.stringContaining(low === high ? price(high) : `${price(low)} to ${price(high)}`),
    monthly: plan.cost.monthly === null ? null : PLAN_WORDS.monthly.join(price(plan.cost.monthly)),
    notes: plan.notes.map((id) => PLAN_WORDS.notes[id]),
    after: plan.maintenance,
    techniques: plan.techniques.map((id) => `/techniques/${id}`),
  };
}

test.describe('by keyboard on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the whole guide is completed with Tab, arrow keys, Space and Enter, warning signs first', async ({ page }) => {
    await page.goto(PATH);
    // With JavaScript the quiz replaces the no-JavaScript guide, so there is one path and no booking link outside a plan.
    await expect(page.locator('[data-quiz-fallback]')).toBeHidden();
    const first = await page
      .locator('form[data-quiz-form] fieldset[data-question]')
      .first()
      .getAttribute('data-question');
    expect(first, 'the warning signs are the first question').toBe('redFlags');
    // Past the signs to "None of these", for the warning signs and then the conditions.
    for (const field of ['redFlags', 'cautions']) {
      await tabTo(page, `input[name="${field}"][data-none]`, 40);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '#pain-0', 5);
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const picks: [string, number][] = [
      ['duration', 2],
      ['trend', 0],
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
    await tabTo(page, 'form[data-quiz-form] button[type="submit"]', 5);
    await page.keyboard.press('Enter');

    const answers: Answers = {
      ...TYPICAL,
      pain: 6,
      duration: 'over-12-weeks',
      trend: 'easing',
      work: 'physical',
      exercise: 'rarely',
      sitting: 'over-8-hours',
      response: 'quickly',
      goal: 'relief',
    };
    const plan = planOf(answers);
    await expect(planHeading(page)).toBeFocused();
    expect(await shownPlan(page)).toEqual(expectedPlanText(plan));
    await expect(headerBook(page)).toBeVisible();

    // The booking link comes next by keyboard, with the first visit picked; the plan names a returning client's session.
    await tabTo(page, '[data-result-booking] a[data-booking-link]');
    await expect(firstVisitPicked(page)).toBeChecked();
    await expect(page.locator('[data-plan-session]')).toHaveText(plan.session.replace(/\D+/g, ''));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'nothing scrolls sideways at 320 px').toBeLessThanOrEqual(0);
  });

  test.describe('every path, with axe', () => {
    const careCard = (page: Page, level: string) => result(page).locator(`.care-card[data-level="${level}"]`);

    test("emergency: only the emergency card, which no doctor's check can clear", async ({ page }) => {
      await page.goto(PATH);
      await answerByKeyboard(page, { ...TYPICAL, redFlags: ['both-legs', 'cancer-history'] });
      await submitByKeyboard(page);
      const card = careCard(page, 'emergency');
      const heading = card.getByRole('heading', { level: 2 });
      await expect(heading).toBeFocused();
      await expect(heading).toHaveText(`${RED_FLAGS.emergency.hiddenPrefix} ${RED_FLAGS.emergency.heading}`);
      await expect(card.locator('li:visible')).toHaveText([RED_FLAGS.emergency.items[0]!.label]);
      await expect(result(page).locator('.care-card:visible')).toHaveCount(1);
      await expect(page.locator('[data-care-clear]')).toBeHidden();
      await expect(planHeading(page)).toBeHidden();
      await expect(result(page).getByRole('link')).toHaveCount(0);
      // No Book button anywhere beside it, the header's included (review finding 18).
      await expect(headerBook(page)).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('urgent: the urgent card, and no way past it for a sign a past check cannot clear', async ({ page }) => {
      await page.goto(PATH);
      await answerByKeyboard(page, { ...TYPICAL, redFlags: ['clot-signs'] });
      await submitByKeyboard(page);
      const card = careCard(page, 'urgent');
      await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(card.locator('li:visible')).toHaveText([
        RED_FLAGS.urgent.items.find((item) => item.id === 'clot-signs')!.label,
      ]);
      await expect(page.locator('[data-care-clear]')).toBeHidden();
      await expect(visibleBookingLinks(page)).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('urgent, cleared: a doctor has already checked it, so the plan continues', async ({ page }) => {
      await page.goto(PATH);
      await answerByKeyboard(page, { ...TYPICAL, redFlags: ['cancer-history', 'between-shoulders'] });
      await submitByKeyboard(page);
      await expect(careCard(page, 'urgent').getByRole('heading', { level: 2 })).toBeFocused();
      const clear = page.locator('[data-care-clear]');
      await expect(clear).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      // Pressing "Show my plan" without the box keeps the card.
      await clear.getByRole('button', { name: 'Show my plan' }).focus();
      await page.keyboard.press('Enter');
      await expect(planHeading(page)).toBeHidden();
      await page.getByRole('checkbox', { name: DOCTOR_CLEARANCE.label }).focus();
      await page.keyboard.press('Space');
      await clear.getByRole('button', { name: 'Show my plan' }).focus();
      await page.keyboard.press('Enter');
      await expect(planHeading(page)).toBeFocused();
      const plan = planOf({ ...TYPICAL, redFlags: ['cancer-history', 'between-shoulders'], cleared: true });
      expect(await shownPlan(page)).toEqual(expectedPlanText(plan));
      await expect(page.locator('[data-plan-notes] li:visible')).toContainText([PLAN_WORDS.notes.cleared]);
      await expect(page.locator('[data-quiz-care]')).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('check first: no timeline, no price, no booking button, a call once the doctor says OK, and no technique its page rules out', async ({
      page,
    }) => {
      const answers: Answers = { ...TYPICAL, cautions: ['bleeding-or-thinners', 'pregnancy'] };
      await page.goto(PATH);
      await answerByKeyboard(page, answers);
      await submitByKeyboard(page);
      const card = noPlan(page).locator('.care-card[data-level="caution"]');
      await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(card.locator('li:visible')).toHaveText([
        new RegExp(`^${RED_FLAGS.caution.items[0]!.label}`),
        new RegExp(
          `^You are pregnant\\s+Our clinic's own policy, not a medical rule: ${settings.clientFacts.pregnancy}`,
        ),
      ]);
      await expect(card).toContainText(PLAN_WORDS.checkFirst.first);
      await expect(card.getByRole('link', { name: settings.phone })).toHaveAttribute('href', telHref(settings.phone));
      await expect(planHeading(page)).toBeHidden();
      await expect(page.locator('[data-plan-timeline]')).toBeHidden();
      await expect(page.locator('[data-plan-cost]')).toBeHidden();
      await expect(visibleBookingLinks(page)).toHaveCount(0);
      await expect(headerBook(page)).toBeHidden();
      const ruledOut = Object.entries(CATALOG.ruledOut).filter(([, ids]) => ids?.includes('bleeding-or-thinners'));
      expect(ruledOut.length).toBeGreaterThan(0);
      for (const [technique] of ruledOut)
        await expect(noPlan(page).locator(`a[href="/techniques/${technique}"]`)).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('new mild pain: staying active, no schedule, and one optional visit with the first visit picked', async ({
      page,
    }) => {
      await page.goto(PATH);
      await answerByKeyboard(page, { ...TYPICAL, duration: 'under-4-weeks', pain: 3 });
      await submitByKeyboard(page);
      await expect(page.getByRole('heading', { level: 2, name: PLAN_WORDS.selfCare.title })).toBeFocused();
      await expect(planHeading(page)).toBeHidden();
      await expect(page.locator('[data-noplan-lead] li:visible').first()).toHaveText(PLAN_WORDS.lead['new-pain']);
      await expect(page.locator('[data-booking-for="self-care"]')).toBeVisible();
      await expect(firstVisitPicked(page)).toBeChecked();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('massage did not help: other care first, no schedule, at most one visit', async ({ page }) => {
      await page.goto(PATH);
      await answerByKeyboard(page, { ...TYPICAL, response: 'did-not-help' });
      await submitByKeyboard(page);
      await expect(page.getByRole('heading', { level: 2, name: PLAN_WORDS.notHelped.title })).toBeFocused();
      await expect(noPlan(page)).toContainText(PLAN_WORDS.notHelped.other);
      await expect(planHeading(page)).toBeHidden();
      await expect(page.locator('[data-booking-for="not-helped"]')).toHaveText(PLAN_WORDS.notHelped.visit);
      await expect(firstVisitPicked(page)).toBeChecked();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('very bad new pain: see a doctor first, no plan and no booking', async ({ page }) => {
      await page.goto(PATH);
      await answerByKeyboard(page, { ...TYPICAL, duration: 'under-4-weeks', pain: 10 });
      await submitByKeyboard(page);
      const card = noPlan(page).locator('.care-card[data-level="soon"]');
      await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(card).toContainText(PLAN_WORDS.doctorFirst.first);
      await expect(planHeading(page)).toBeHidden();
      await expect(visibleBookingLinks(page)).toHaveCount(0);
      await expect(headerBook(page)).toBeHidden();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('new pain: staying active comes first, with a short plan and an early review', async ({ page }) => {
      const answers: Answers = { ...TYPICAL, duration: 'under-4-weeks', pain: 4 };
      await page.goto(PATH);
      await answerByKeyboard(page, answers);
      await submitByKeyboard(page);
      await expect(planHeading(page)).toBeFocused();
      await expect(page.locator('[data-plan-lead] li:visible').first()).toHaveText(
        /^Most new back pain settles in a few weeks with staying active/,
      );
      expect(await shownPlan(page)).toEqual(expectedPlanText(planOf(answers)));
      await expect(page.locator('[data-plan-review]')).toHaveText(['2', '2']);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('pain 0: no treatment plan and no booking, only staying well', async ({ page }) => {
      await page.goto(PATH);
      await answerByKeyboard(page, { ...TYPICAL, pain: 0 });
      await submitByKeyboard(page);
      await expect(page.getByRole('heading', { level: 2, name: 'Staying well' })).toBeFocused();
      await expect(page.locator('[data-quiz-well]')).toContainText(PLAN_WORDS.wellFirst);
      await expect(page.locator('[data-well-advice] li:visible')).toHaveText(
        ['keep-moving', 'exercise-sometimes', 'break-sitting'].map((id) => PLAN_WORDS.activity[id as 'keep-moving']),
      );
      await expect(planHeading(page)).toBeHidden();
      await expect(visibleBookingLinks(page)).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('severe pain: a prompt to see a doctor beside the plan', async ({ page }) => {
      const answers: Answers = { ...TYPICAL, pain: 9 };
      await page.goto(PATH);
      await answerByKeyboard(page, answers);
      await submitByKeyboard(page);
      await expect(planHeading(page)).toBeFocused();
      await expect(page.locator('[data-plan-doctor] p:visible')).toHaveText(
        planOf(answers).doctorPrompts.map((id) => PLAN_WORDS.doctor[id]),
      );
      expect(await axeViolations(page)).toEqual([]);
    });

    test('a changed answer clears the plan and says so, in the live region; showing it again gives the new plan', async ({
      page,
    }) => {
      await page.goto(PATH);
      await answerByKeyboard(page, TYPICAL);
      await submitByKeyboard(page);
      await expect(planHeading(page)).toBeFocused();
      await answerByKeyboard(page, { exercise: 'rarely' });
      await expect(planHeading(page)).toBeHidden();
      const stale = page.locator('[data-quiz-result][aria-live="polite"] [data-quiz-stale]');
      await expect(stale).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await submitByKeyboard(page);
      await expect(planHeading(page)).toBeFocused();
      await expect(stale).toBeHidden();
      expect(await shownPlan(page)).toEqual(expectedPlanText(planOf({ ...TYPICAL, exercise: 'rarely' })));
    });
  });
});

test('an unanswered warning question is an error in the summary, never a silent "none"', async ({ page }) => {
  await page.goto(PATH);
  const start = page.url();
  const { redFlags: _skipped, ...rest } = TYPICAL;
  await answer(page, rest);
  await submit(page);

  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const message = recommendPlan({ ...TYPICAL, redFlags: undefined }, CATALOG);
  const text = message.kind === 'invalid' ? message.errors[0]!.message : '';
  await expect(summary.getByRole('link')).toHaveText([text]);
  await expect(planHeading(page)).toBeHidden();
  const signs = page.locator('fieldset[data-question="redFlags"]');
  await expect(signs.locator('#redFlags-error')).toHaveText(`Error: ${text}`);
  await expect(signs).toHaveAttribute('aria-describedby', 'redFlags-hint redFlags-error');

  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#redFlags-0')).toBeFocused();
  expect(page.url(), 'the summary links add nothing to the address').toBe(start);

  await answer(page, { redFlags: ['none'] });
  await submit(page);
  await expect(planHeading(page)).toBeFocused();
  await expect(summary).toBeHidden();
  await expect(page.locator('input[aria-invalid]')).toHaveCount(0);
});

test('"None of these" and the signs exclude each other', async ({ page }) => {
  await page.goto(PATH);
  const none = page.locator('input[name="redFlags"][data-none]');
  const fever = page.locator('input[name="redFlags"][value="fever"]');
  await fever.check();
  await none.check();
  await expect(fever).not.toBeChecked();
  await fever.check();
  await expect(none).not.toBeChecked();
});

test.describe('the plan', () => {
  for (const [name, answers] of [
    ['60 minutes', TYPICAL],
    ['30 minutes after a past flare-up', { ...TYPICAL, pain: 8, response: 'flared-up', sitting: 'over-8-hours' }],
    [
      'never over 60 minutes, with the monthly price named',
      { ...TYPICAL, work: 'physical', response: 'quickly', goal: 'maintenance' },
    ],
  ] as const) {
    test(`picks the first visit, names the plan's session (${name}), with a link that carries no answers`, async ({
      page,
    }) => {
      await page.goto(PATH);
      await answer(page, answers);
      await submit(page);
      await expect(planHeading(page)).toBeFocused();

      const plan = planOf(answers);
      await expect(page.locator('[data-plan-session]')).toHaveText(plan.session.replace(/\D+/g, ''));
      expect(Number(plan.session.replace(/\D+/g, ''))).toBeLessThanOrEqual(60);
      const services = (parse(readFileSync('src/content/services.yaml', 'utf8')) as unknown[]).map((entry) =>
        serviceSchema.parse(entry),
      );
      const expected = buildBookingUrl(settings.booking, services, {
        service: FIRST_VISIT_SERVICE_ID,
        context: 'quiz',
      });
      await expect(firstVisitPicked(page)).toBeChecked();
      const link = page.locator('[data-result-booking] a[data-booking-link]');
      await expect(link).toHaveAttribute('href', expected);

      const href = new URL((await link.getAttribute('href'))!);
      const service = services.find((entry) => entry.id === FIRST_VISIT_SERVICE_ID)!;
      for (const id of Object.values(serviceIdsFor(service, settings.booking.provider) ?? {}))
        expect(href.href).toContain(id);
      expect(href.searchParams.get('utm_content')).toBe('quiz');
      expect([...href.searchParams.keys()].filter((key) => !(UTM_KEYS as readonly string[]).includes(key))).toEqual([]);
      const values = Object.entries(answers).flatMap(([field, value]): unknown[] =>
        field === 'pain' ? [] : Array.isArray(value) ? value : [value],
      );
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
    for (const hidden of ['header', 'footer', 'h1', 'form', '[data-result-booking]', '[data-plan-print]']) {
      await expect(page.locator(hidden).first(), `${hidden} is not printed`).toBeHidden();
    }
  });
});

test('the page has the trust frame of a health page: author, reviewer, review dates and references', async ({
  page,
}) => {
  await page.goto(PATH);
  const byline = page.locator('.review-byline');
  for (const term of ['Written by', 'Reviewed by', 'Last reviewed', 'Next review due'])
    await expect(byline).toContainText(term);
  const references = page
    .getByRole('region', { name: 'References' })
    .or(page.locator('section[aria-labelledby="references-title"]'));
  await expect(references.locator('li').first()).toBeVisible();
  // Every citation in "How we work out a plan" points at an entry in the list.
  for (const href of await page
    .locator('sup.cite a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    await expect(page.locator(href!)).toHaveCount(1);
  }
  await expect(page.locator('section[aria-labelledby="why-title"]')).toContainText("Our clinic's own practice");
});

test('no request is made, nothing is stored and the address never changes while answering and showing results', async ({
  page,
}) => {
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
  const before = await page.evaluate(() => ({
    history: history.length,
    resources: performance.getEntriesByType('resource').length,
  }));

  await submit(page); // errors
  await expect(errorSummary(page)).toBeFocused();
  await errorSummary(page).getByRole('link').first().click();
  await answer(page, { ...TYPICAL, cautions: ['recent-fracture'] });
  await submit(page); // check first
  await expect(noPlan(page)).toBeVisible();
  await answer(page, { cautions: ['none'] });
  await submit(page); // a plan
  await expect(planHeading(page)).toBeFocused();
  await answer(page, { redFlags: ['cancer-history'] });
  await submit(page); // a warning
  await page.getByRole('checkbox', { name: DOCTOR_CLEARANCE.label }).check();
  await page.locator('[data-care-clear] button').click(); // cleared: a plan again
  await expect(planHeading(page)).toBeFocused();
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

test('without JavaScript the page shows the warning signs first, the general guide and a booking link', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(PATH);
  await expect(page.getByText('Your personal plan needs JavaScript.')).toBeVisible();
  await expect(page.locator('form')).toBeHidden();
  for (const hidden of ['[data-quiz-plan]', '[data-quiz-care]', '[data-quiz-well]', '[data-quiz-noplan]'])
    await expect(page.locator(hidden)).toBeHidden();

  const fallback = page.locator('[data-quiz-fallback]');
  const rows = generalGuide(CATALOG);
  const table = page.getByRole('table', { name: /usual plan/ });
  await expect(table.getByRole('rowheader')).toHaveText(rows.map((row) => row.situation));
  await expect(table.getByRole('cell')).toHaveText(
    rows.flatMap((row) =>
      row.sessions && row.weeks && row.review
        ? [row.sessions, row.weeks, row.review].map(describeRange)
        : [row.noPlan ? PLAN_WORDS.noPlan[row.noPlan] : ''],
    ),
  );
  const cardsFirst = await fallback
    .locator('.care-card')
    .first()
    .evaluate(
      (card, other) => Boolean(card.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await table.elementHandle(),
    );
  expect(cardsFirst, 'the warning signs come before the guide').toBe(true);
  for (const level of ['emergency', 'urgent', 'soon', 'caution'] as const)
    await expect(fallback.locator(`.care-card[data-level="${level}"]`)).toBeVisible();
  const book = fallback.getByRole('link', { name: 'Book a first visit' });
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
      [
        'with errors',
        async (page) => {
          await answer(page, { pain: 3 });
          await submit(page);
          await expect(errorSummary(page)).toBeFocused();
        },
      ],
      [
        'with a plan, doctor prompts and the monthly price',
        async (page) => {
          await answer(page, { ...TYPICAL, pain: 10, trend: 'same', goal: 'maintenance', redFlags: ['new-over-50'] });
          await submit(page);
          await expect(page.locator('[data-plan-doctor] p:visible')).toHaveCount(3);
          await expect(page.locator('[data-plan-monthly]')).toBeVisible();
        },
      ],
      [
        'with health conditions to check first',
        async (page) => {
          await answer(page, { ...TYPICAL, cautions: ['osteoporosis', 'pregnancy', 'recent-surgery'] });
          await submit(page);
          await expect(page.locator('[data-noplan-kind="check-first"]')).toBeVisible();
        },
      ],
      [
        'with a warning sign that a doctor can clear',
        async (page) => {
          await answer(page, { ...TYPICAL, redFlags: ['cancer-history'] });
          await submit(page);
          await expect(page.locator('[data-care-clear]')).toBeVisible();
        },
      ],
    ];
    test('has no violations without JavaScript', async ({ page }) => {
      await withoutScripts(page);
      await page.goto(PATH);
      await expect(page.locator('[data-quiz-fallback]')).toBeVisible();
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
    console.log(
      `${PATH} JavaScript: ${total} bytes gzip (${scripts.map((s) => `${s.source} ${s.gzipBytes}`).join(', ')})`,
    );
    expect(
      scripts.some((script) => script.text.includes('frequency-quiz')),
      'the quiz script is found',
    ).toBe(true);
    expect(total).toBeLessThanOrEqual(6 * 1024);
  });

  test('no other page loads any of the quiz code', () => {
    const quizFiles = new Set(
      pageScripts(PATH)
        .filter((s) => s.text.includes('frequency-quiz'))
        .map((s) => s.source),
    );
    const others = sitemapPaths().filter((path) => path !== PATH);
    expect(others.length).toBeGreaterThan(5);
    for (const path of others) {
      const scripts = pageScripts(path);
      expect(
        scripts
          .filter((s) => quizFiles.has(s.source) || /frequency-quiz|every-two-weeks/.test(s.text))
          .map((s) => s.source),
        path,
      ).toEqual([]);
    }
  });
});
