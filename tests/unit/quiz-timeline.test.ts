import { describe, expect, it } from 'vitest';
import type { Phase } from '../../src/lib/quiz/plan.ts';
import { planTimeline } from '../../src/lib/quiz/timeline.ts';

const phase = (
  cadence: Phase['cadence'],
  sessions: number,
  firstWeek: number,
  minutes: Phase['minutes'] = 60,
): Phase => ({
  cadence,
  sessions,
  minutes,
  firstWeek,
  lastWeek: firstWeek + (cadence === 'weekly' ? 1 : 2) * (sessions - 1),
});

describe('planTimeline', () => {
  it.each([
    [
      'weekly, then every two weeks',
      { phases: [phase('weekly', 5, 2), phase('every-two-weeks', 2, 8)], sessions: 8, weeks: 10 },
      [
        ['Week 1', 'Your first visit: an assessment and treatment, 75 minutes'],
        ['Weeks 2 to 6', 'Weekly: 5 sessions of 60 minutes'],
        ['Weeks 8 to 10', 'Every two weeks: 2 sessions of 60 minutes'],
      ],
      '8 sessions over 10 weeks, your first visit included.',
    ],
    [
      'one session after the first visit',
      { phases: [phase('every-two-weeks', 1, 3, 30)], sessions: 2, weeks: 3 },
      [
        ['Week 1', 'Your first visit: an assessment and treatment, 75 minutes'],
        ['Week 3', 'Every two weeks: 1 session of 30 minutes'],
      ],
      '2 sessions over 3 weeks, your first visit included.',
    ],
    [
      'the first visit alone',
      { phases: [], sessions: 1, weeks: 1 },
      [['Week 1', 'Your first visit: an assessment and treatment, 75 minutes']],
      '1 session over 1 week, your first visit included.',
    ],
  ])('%s', (_name, plan, steps, overview) => {
    const timeline = planTimeline(plan, 75);
    expect(timeline.steps.map((step) => [step.when, step.visits])).toEqual(steps);
    expect(timeline.overview).toBe(overview);
  });
});
