import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommendPlan, type Plan } from '../../src/lib/utils/quiz/plan.ts';
import { FIELDS, type Answers } from '../../src/lib/utils/quiz/fields.ts';
import { planTimeline, sessionsIn } from '../../src/lib/utils/quiz/timeline.ts';
import { TYPICAL_ANSWERS } from '../fixtures/quiz.ts';

const BASE = TYPICAL_ANSWERS;

function planOf(answers: Partial<Record<keyof Answers, unknown>>): Plan {
  const result = recommendPlan({ ...BASE, ...answers });
  if (result.kind !== 'plan') throw new Error(`expected a plan, got ${result.kind}`);
  return result;
}

/** A hand-made phase list, for shapes recommendPlan never gives but the timeline must still read well. */
const phase = (cadence: Plan['phases'][number]['cadence'], weeks: number | 'open-ended', minutes: 30 | 60 | 90 = 60) =>
  ({ title: `T ${cadence}`, purpose: `P ${cadence}`, cadence, weeks, sessionMinutes: minutes }) as Plan['phases'][number];
const phases = (...list: Plan['phases'][number][]) => list as unknown as Plan['phases'];

describe('sessionsIn', () => {
  it.each([
    ['weekly', 6, 6],
    ['weekly', 1, 1],
    ['every-two-weeks', 8, 4],
    ['every-two-weeks', 5, 3],
    ['every-two-weeks', 1, 1],
  ] as const)('%s for %d weeks is %d sessions', (cadence, weeks, sessions) => {
    expect(sessionsIn(cadence, weeks)).toBe(sessions);
  });
});

describe('planTimeline', () => {
  it.each([
    [
      'moderate pain for months, sitting all day, rarely exercising',
      planOf({ exercise: 'rarely', sitting: 'over-8-hours' }).phases,
      [
        ['Weeks 1 to 6', 'Getting started', 'Weekly: 6 sessions of 60 minutes'],
        ['Weeks 7 to 14', 'Spacing sessions out', 'Every two weeks: 4 sessions of 60 minutes'],
        ['From week 15', 'Keeping it up', 'Monthly: 60-minute sessions, with no set end'],
      ],
      'About 10 sessions over 14 weeks, then monthly visits.',
    ],
    [
      'mild, new pain: every two weeks, then monthly',
      planOf({ pain: 2, duration: 'under-4-weeks' }).phases,
      [
        ['Weeks 1 to 4', 'Getting started', 'Every two weeks: 2 sessions of 60 minutes'],
        ['From week 5', 'Keeping it up', 'Monthly: 60-minute sessions, with no set end'],
      ],
      'About 2 sessions over 4 weeks, then monthly visits.',
    ],
    [
      'a past flare-up: short sessions first',
      planOf({ response: 'flared-up' }).phases,
      [
        ['Weeks 1 to 8', 'Getting started', 'Weekly: 8 sessions of 30 minutes'],
        ['Weeks 9 to 12', 'Spacing sessions out', 'Every two weeks: 2 sessions of 60 minutes'],
        ['From week 13', 'Keeping it up', 'Monthly: 60-minute sessions, with no set end'],
      ],
      'About 10 sessions over 12 weeks, then monthly visits.',
    ],
    [
      'a one-week phase and an odd number of weeks',
      phases(phase('weekly', 1, 90), phase('every-two-weeks', 3), phase('monthly', 'open-ended', 30)),
      [
        ['Week 1', 'T weekly', 'Weekly: 1 session of 90 minutes'],
        ['Weeks 2 to 4', 'T every-two-weeks', 'Every two weeks: 2 sessions of 60 minutes'],
        ['From week 5', 'T monthly', 'Monthly: 30-minute sessions, with no set end'],
      ],
      'About 3 sessions over 4 weeks, then monthly visits.',
    ],
  ])('%s', (_name, input, steps, overview) => {
    const timeline = planTimeline({ phases: input });
    expect(timeline.steps.map((step) => [step.when, step.title, step.visits])).toEqual(steps);
    expect(timeline.steps.map((step) => step.purpose)).toEqual(input.map((p) => p.purpose));
    expect(timeline.overview).toBe(overview);
  });

  const choice = (id: 'duration' | 'work' | 'exercise' | 'sitting' | 'response' | 'goal') => {
    const field = FIELDS.find((candidate) => candidate.id === id);
    return fc.constantFrom(...(field && 'values' in field ? field.values : []));
  };
  const anyAnswers = fc.record({
    pain: fc.integer({ min: 0, max: 10 }),
    duration: choice('duration'),
    work: choice('work'),
    exercise: choice('exercise'),
    sitting: choice('sitting'),
    response: choice('response'),
    goal: choice('goal'),
  });

  it('for every plan, runs the phases back to back and counts every session', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const plan = planOf(answers);
        const { steps, overview } = planTimeline(plan);
        expect(steps).toHaveLength(plan.phases.length);
        const timed = plan.phases.flatMap((p) => (p.weeks === 'open-ended' ? [] : [p]));
        const weeks = timed.reduce((sum, p) => sum + p.weeks, 0);
        const sessions = timed.reduce((sum, p) => sum + sessionsIn(p.cadence, p.weeks), 0);
        expect(overview).toBe(`About ${sessions} sessions over ${weeks} weeks, then monthly visits.`);
        expect(steps.at(-1)?.when).toBe(`From week ${weeks + 1}`);
        // Each timed phase starts the week after the one before ends.
        let next = 1;
        for (const [i, p] of timed.entries()) {
          expect(steps[i]?.when).toBe(`Weeks ${next} to ${next + p.weeks - 1}`);
          expect(steps[i]?.visits).toContain(`${p.sessionMinutes} minutes`);
          next += p.weeks;
        }
      }),
      { numRuns: 500 },
    );
  });
});
