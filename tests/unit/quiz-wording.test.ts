import { describe, expect, it } from 'vitest';
import { DOCTOR_CLEARANCE, RED_FLAGS } from '../../src/lib/utils/red-flags.ts';
import { everyPlanAnswer } from '../../src/lib/utils/quiz/guide.ts';
import { recommendPlan } from '../../src/lib/utils/quiz/plan.ts';
import { QUESTIONS } from '../../src/lib/utils/quiz/questions.ts';
import { PLAN_RULES } from '../../src/lib/utils/quiz/rules.ts';
import { planTimeline } from '../../src/lib/utils/quiz/timeline.ts';
import { PLAN_WORDS, stopRuleText } from '../../src/lib/utils/quiz/plan-words.ts';
import { CONTENT_CATALOG } from '../fixtures/quiz.ts';

/** Every word a plan can show: the words module, the stop rule at every review point, and every timeline line. */
function planWords(): string[] {
  const texts = new Set<string>([
    ...Object.values(PLAN_WORDS).flatMap((value) => (typeof value === 'string' ? [value] : Array.isArray(value) ? [] : Object.values(value))),
    PLAN_WORDS.wellFirst,
  ]);
  for (const answers of everyPlanAnswer()) {
    const result = recommendPlan(answers, CONTENT_CATALOG);
    if (result.kind !== 'plan') continue;
    texts.add(stopRuleText(result.reviewAfter));
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

/** Syllables by the usual vowel-group rule: rough for one word, close enough over a whole text. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const core = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, core.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.?!:])\s+/)
    .map((sentence) => sentence.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)))
    .filter((words) => words.length > 0);

/** Flesch-Kincaid grade level of a list of texts, each read as at least one sentence. */
function gradeLevel(texts: readonly string[]): number {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.flat();
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
}

describe('gradeLevel', () => {
  it.each([
    [['The cat sat on the mat.'], -2, 0],
    [['Massage therapy may temporarily improve musculoskeletal discomfort considerably.'], 12, 30],
  ])('scores %j between %d and %d', (texts, low, high) => {
    expect(gradeLevel(texts)).toBeGreaterThanOrEqual(low);
    expect(gradeLevel(texts)).toBeLessThanOrEqual(high);
  });
});

describe.each(Object.entries(TEXTS))('wording of the %s', (_group, texts) => {
  it('reads at grade 8 or lower', () => {
    expect(gradeLevel(texts)).toBeLessThanOrEqual(8);
  });

  it('keeps every sentence to 25 words or fewer', () => {
    const long = texts.flatMap(sentencesOf).filter((words) => words.length > 25);
    expect(long.map((words) => words.join(' '))).toEqual([]);
  });

  it.each([
    ['biweekly', /\bbi-?weekly\b/i],
    ['cure', /\bcur(e|es|ed|ing)\b/i],
    ['fix', /\bfix/i],
    ['guarantee', /\bguarantee/i],
    ['detox', /\bdetox/i],
    ['inflammation', /\binflam/i],
    ['hormone claims', /\b(hormone|cortisol|serotonin|dopamine)/i],
    ['works best', /\bworks? best\b/i],
    ['no set end', /\bno set end\b/i],
  ])('never says %s', (_word, pattern) => {
    expect(texts.filter((text) => pattern.test(text))).toEqual([]);
  });
});
