import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, textStats, wordingProblems } from '../../tools/content-lint/index.ts';
import { MAX_READING_GRADE } from '../../src/lib/content/limits.ts';
import { DOCTOR_CLEARANCE, RED_FLAGS } from '../../src/lib/safety/red-flags.ts';
import { everyPlanAnswer } from '../../src/lib/quiz/guide.ts';
import { recommendPlan } from '../../src/lib/quiz/plan.ts';
import { PLAN_WORDS, stopRuleText } from '../../src/lib/quiz/plan-words.ts';
import { QUESTIONS } from '../../src/lib/quiz/questions.ts';
import { PLAN_RULES } from '../../src/lib/quiz/why-this-plan.ts';
import { planTimeline } from '../../src/lib/quiz/timeline.ts';
import { CONTENT_CATALOG } from '../support/quiz.ts';

/** Every word a plan can show: the words module, the stop rule at every review point, and every timeline line. */
function planWords(): string[] {
  const texts = new Set<string>([
    ...Object.values(PLAN_WORDS).flatMap((value) =>
      typeof value === 'string' ? [value] : Array.isArray(value) ? [] : Object.values(value),
    ),
    PLAN_WORDS.wellFirst,
  ]);
  for (const answers of everyPlanAnswer()) {
    const result = recommendPlan(answers, CONTENT_CATALOG);
    if (result.kind !== 'plan') continue;
    texts.add(stopRuleText(result.reviewAt));
    const timeline = planTimeline(result, 75);
    [timeline.overview, ...timeline.steps.map((step) => step.visits)].forEach((t) => texts.add(t));
  }
  return [...texts];
}

const TEXTS: Record<string, string[]> = {
  questions: QUESTIONS.flatMap((q) => [
    q.legend,
    q.error,
    ...('hint' in q ? [q.hint] : []),
    ...(q.kind === 'scale' ? [q.minLabel, q.maxLabel] : q.options.map((option) => option.label)),
  ]),
  'red flags': [
    ...Object.values(RED_FLAGS).flatMap((card) => [card.heading, card.action, ...card.items.map((item) => item.label)]),
    DOCTOR_CLEARANCE.hint,
    DOCTOR_CLEARANCE.label,
  ],
  plans: planWords(),
  'plan rules': PLAN_RULES.map((rule) => rule.text),
};

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.?!:])\s+/)
    .map((sentence) => sentence.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)))
    .filter((words) => words.length > 0);

describe.each(Object.entries(TEXTS))('wording of the %s', (_group, texts) => {
  // The content lint's grade, each text read as at least one sentence.
  it(`reads at grade ${MAX_READING_GRADE} or lower`, () => {
    expect(fleschKincaidGrade(textStats(texts))).toBeLessThanOrEqual(MAX_READING_GRADE);
  });

  it('keeps every sentence to 25 words or fewer', () => {
    const long = texts.flatMap(sentencesOf).filter((words) => words.length > 25);
    expect(long.map((words) => words.join(' '))).toEqual([]);
  });

  it("keeps to the wording rules (the content lint's list)", () => {
    expect(texts.flatMap((text) => wordingProblems(text).map((problem) => `${text}: ${problem.message}`))).toEqual([]);
  });
});

describe('the plan words', () => {
  it('never offer visits with no end', () => {
    expect(TEXTS['plans']!.filter((text) => /no set end|open-ended|for good|forever/i.test(text))).toEqual([]);
  });
});
