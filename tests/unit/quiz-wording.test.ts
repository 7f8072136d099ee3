import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, textStats, wordingProblems } from '../../src/lib/utils/content-lint/index.ts';
import { MAX_READING_GRADE } from '../../src/lib/utils/content/rules.ts';
import { RED_FLAGS } from '../../src/lib/utils/red-flags.ts';
import { GENERAL_GUIDE, GUIDE_NOTES } from '../../src/lib/utils/quiz/guide.ts';
import { recommendPlan } from '../../src/lib/utils/quiz/plan.ts';
import { QUESTIONS } from '../../src/lib/utils/quiz/questions.ts';
import { planTimeline } from '../../src/lib/utils/quiz/timeline.ts';

/** Every complete set of answers with no warning signs, plus each with one condition to check. */
function* everyAnswerSet(): Generator<Record<string, unknown>> {
  let sets: Record<string, unknown>[] = [{ redFlags: [] }];
  for (const question of QUESTIONS) {
    const values =
      question.kind === 'scale'
        ? Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i)
        : question.kind === 'single'
          ? question.options.map((option) => option.value)
          : question.id === 'cautions'
            ? [[], ['blood-clot']]
            : null;
    if (values) sets = sets.flatMap((set) => values.map((value) => ({ ...set, [question.id]: value })));
  }
  yield* sets;
}

function planWords(): string[] {
  const texts = new Set<string>();
  let plans = 0;
  for (const answers of everyAnswerSet()) {
    const result = recommendPlan(answers);
    if (result.kind !== 'plan') continue;
    plans++;
    for (const phase of result.phases) [phase.title, phase.purpose].forEach((t) => texts.add(t));
    [result.reassess.text, result.about, ...result.notes, ...result.selfCare].forEach((t) => texts.add(t));
    const timeline = planTimeline(result);
    [timeline.overview, ...timeline.steps.map((step) => step.visits)].forEach((t) => texts.add(t));
  }
  expect(plans).toBe(11 * 3 * 3 * 3 * 3 * 4 * 3 * 2);
  return [...texts];
}

const TEXTS: Record<string, string[]> = {
  questions: QUESTIONS.flatMap((q) => [
    q.legend,
    q.error,
    ...('hint' in q ? [q.hint] : []),
    ...(q.kind === 'scale' ? [q.minLabel, q.maxLabel] : q.options.map((option) => option.label)),
  ]),
  'red flags': Object.values(RED_FLAGS).flatMap((card) => [
    card.heading,
    card.action,
    ...card.items.map((item) => item.label),
  ]),
  plans: planWords(),
  guide: [...GENERAL_GUIDE.flatMap((row) => [row.situation, row.schedule]), ...GUIDE_NOTES],
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

  it('keeps to the wording rules (the content lint\'s list)', () => {
    expect(texts.flatMap((text) => wordingProblems(text).map((problem) => `${text}: ${problem.message}`))).toEqual([]);
  });
});
