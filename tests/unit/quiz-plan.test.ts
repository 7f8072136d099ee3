import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doctorCanClear, RED_FLAGS } from '../../src/lib/red-flags.ts';
import { FIELDS, NONE, type Answers } from '../../src/lib/quiz/fields.ts';
import { everyPlanAnswer, generalGuide } from '../../src/lib/quiz/guide.ts';
import {
  LATEST_REVIEW,
  MAX_SESSIONS,
  recommendPlan,
  RESPONSE_ORDER,
  type Plan,
  type PlanResult,
} from '../../src/lib/quiz/plan.ts';
import { PLAN_WORDS, stopRuleText } from '../../src/lib/quiz/plan-words.ts';
import { planTimeline } from '../../src/lib/quiz/timeline.ts';
import { CONTENT_CATALOG as CATALOG, TYPICAL_ANSWERS as BASE } from '../support/quiz.ts';

const recommend = (input: unknown) => recommendPlan(input, CATALOG);

function planOf(answers: unknown): Plan {
  const result = recommend(answers);
  if (result.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(result)}`);
  return result;
}

const ids = (level: keyof typeof RED_FLAGS) => RED_FLAGS[level].items.map((item) => item.id) as string[];
const EMERGENCY = ids('emergency');
const URGENT = ids('urgent');
const CAUTIONS = ids('caution');
const CLEARABLE = URGENT.filter(doctorCanClear);

type SingleId = Extract<(typeof FIELDS)[number], { kind: 'single' }>['id'];
const valuesOf = <I extends SingleId>(id: I) =>
  (FIELDS.find((field) => field.id === id) as unknown as { values: readonly Answers[I][] }).values;

/** Any complete, valid set of answers with no warning signs; conditions to check come and go. */
const safeAnswers: fc.Arbitrary<Answers> = fc.record({
  redFlags: fc.constant([NONE] as Answers['redFlags']),
  cautions: fc.oneof(fc.constant([NONE]), fc.subarray(CAUTIONS, { minLength: 1 })) as fc.Arbitrary<Answers['cautions']>,
  pain: fc.integer({ min: 0, max: 10 }),
  duration: fc.constantFrom(...valuesOf('duration')),
  trend: fc.constantFrom(...valuesOf('trend')),
  work: fc.constantFrom(...valuesOf('work')),
  exercise: fc.constantFrom(...valuesOf('exercise')),
  sitting: fc.constantFrom(...valuesOf('sitting')),
  response: fc.constantFrom(...valuesOf('response')),
  goal: fc.constantFrom(...valuesOf('goal')),
});
const RUNS = { numRuns: 2000 };
const hasBookingLink = (result: PlanResult) => result.kind === 'plan' && result.booking.kind === 'book';

describe('warning signs come first', () => {
  it.each([
    ['an emergency sign', { redFlags: ['chest-pain'] }, 'emergency', false],
    ['an emergency sign, "cleared"', { redFlags: ['chest-pain'], cleared: true }, 'emergency', false],
    [
      'an emergency and a clearable urgent sign, "cleared"',
      { redFlags: ['bladder-bowel', 'cancer-history'], cleared: true },
      'emergency',
      false,
    ],
    ['a clearable urgent sign', { redFlags: ['cancer-history'] }, 'urgent', true],
    ['two clearable urgent signs', { redFlags: ['cancer-history', 'new-over-50'] }, 'urgent', true],
    ['an urgent sign a past check cannot clear, "cleared"', { redFlags: ['fever'], cleared: true }, 'urgent', false],
    ['signs of a clot now, "cleared"', { redFlags: ['clot-signs'], cleared: true }, 'urgent', false],
    [
      'a clearable and an unclearable sign, "cleared"',
      { redFlags: ['new-over-50', 'weight-loss'], cleared: true },
      'urgent',
      false,
    ],
    ['a sign and "None of these" both ticked', { redFlags: ['none', 'fever'] }, 'urgent', false],
  ] as const)('%s: %s card, no plan', (_name, changes, level, canClear) => {
    expect(recommend({ ...BASE, ...changes })).toMatchObject({
      kind: 'red-flag',
      level,
      canClear,
      heading: RED_FLAGS[level].heading,
    });
  });

  it('shows the warning even when other answers are missing', () => {
    expect(recommend({ redFlags: ['numb-groin-buttocks'] })).toMatchObject({ kind: 'red-flag', level: 'emergency' });
  });

  it.each([
    ['cancer in the past', ['cancer-history']],
    ['over 50 with new pain', ['new-over-50']],
    ['every clearable sign at once', CLEARABLE],
  ])('a doctor who has already checked %s lets the plan continue, with a note', (_name, redFlags) => {
    const plan = planOf({ ...BASE, redFlags, cleared: true });
    expect(plan.notes).toContain('cleared');
    expect(PLAN_WORDS.notes.cleared).toMatch(/a doctor has already checked/);
  });

  it.each([
    ['missing', undefined],
    ['left blank', []],
    ['not a list', 'none'],
  ])('an unanswered warning question is an error, never a silent "none": %s', (_name, redFlags) => {
    const result = recommend({ ...BASE, redFlags });
    expect(result).toMatchObject({ kind: 'invalid', errors: [{ field: 'redFlags' }] });
  });

  it('asks for the conditions too, with "None of these" as an answer of its own', () => {
    expect(recommend({ ...BASE, cautions: [] })).toMatchObject({ kind: 'invalid', errors: [{ field: 'cautions' }] });
    expect(recommend({ ...BASE, cautions: ['none', 'blood-clot'] })).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'cautions' }],
    });
  });
});

describe('conditions to check with a doctor first', () => {
  it.each(CAUTIONS.map((id) => [id]))('%s: no booking, a call once the doctor says OK', (id) => {
    const plan = planOf({ ...BASE, cautions: [id] });
    expect(plan.booking).toMatchObject({
      kind: 'call-first',
      advice: { level: 'caution', items: [expect.objectContaining({ id })] },
    });
  });

  it.each(CAUTIONS.map((id) => [id]))('%s: leaves out every technique whose own page rules it out', (id) => {
    const plan = planOf({ ...BASE, cautions: [id] });
    const ruledOut = Object.entries(CATALOG.ruledOut)
      .filter(([, conditions]) => conditions?.includes(id))
      .map(([technique]) => technique);
    for (const technique of plan.techniques) expect(ruledOut).not.toContain(technique);
    // Only the condition takes a technique out: without it, the others come back.
    const without = planOf(BASE).techniques.filter((technique) => !ruledOut.includes(technique));
    expect(plan.techniques).toEqual(without);
  });

  it('reads the conditions from the technique pages: blood thinners rule out at least one technique', () => {
    expect(Object.values(CATALOG.ruledOut).some((conditions) => conditions?.includes('bleeding-or-thinners'))).toBe(
      true,
    );
  });

  it('books the plan session when nothing needs checking', () => {
    expect(planOf(BASE).booking).toEqual({ kind: 'book', serviceId: 'therapeutic-60' });
  });
});

describe('plans led by what the guidelines put first', () => {
  it('leads every plan with staying active', () => {
    fc.assert(
      fc.property(safeAnswers, (answers) => {
        const result = recommend(answers);
        if (result.kind === 'plan') expect(result.lead.at(-1)).toBe('active-first');
      }),
      RUNS,
    );
  });

  it.each([
    ['new pain', { duration: 'under-4-weeks' }, /^Most new back pain settles in a few weeks with staying active/],
    ['pain of 4 weeks or more', { duration: '4-to-12-weeks' }, /^Staying active and exercise come first/],
  ] as const)('%s: the first words', (_name, changes, pattern) => {
    expect(PLAN_WORDS.lead[planOf({ ...BASE, ...changes }).lead[0]!]).toMatch(pattern);
  });

  it.each([1, 5, 10])('new pain of %i: a short plan with an early review', (pain) => {
    const plan = planOf({ ...BASE, pain, duration: 'under-4-weeks' });
    expect(plan.sessions).toBeLessThanOrEqual(4);
    expect(plan.reviewAfter).toBe(2);
  });

  it.each([
    ['rarely', /most useful thing you can add/],
    ['sometimes', /one more active day/],
    ['regularly', /Keep up your exercise/],
  ] as const)('exercise %s: the advice, never a longer schedule', (exercise, pattern) => {
    const plan = planOf({ ...BASE, exercise });
    expect(plan.activity).toContain(`exercise-${exercise}`);
    expect(PLAN_WORDS.activity[`exercise-${exercise}`]).toMatch(pattern);
    expect([plan.sessions, plan.weeks]).toEqual([
      planOf({ ...BASE, exercise: 'regularly' }).sessions,
      planOf({ ...BASE, exercise: 'regularly' }).weeks,
    ]);
  });

  it('pain 0: no treatment plan, only staying well, and no booking', () => {
    const result = recommend({ ...BASE, pain: 0 });
    expect(result).toEqual({ kind: 'staying-well', activity: ['keep-moving', 'exercise-sometimes', 'break-sitting'] });
    expect(PLAN_WORDS.wellFirst).toMatch(/do not need a treatment plan/);
  });

  it.each([
    ['pain 9', { pain: 9 }, 'severe'],
    ['pain 10, easing', { pain: 10, trend: 'easing' }, 'severe'],
    ['pain getting worse', { pain: 4, trend: 'worse' }, 'not-easing'],
    ['pain about the same', { pain: 6, trend: 'same' }, 'not-easing'],
    ['pain 8 and easing', { pain: 8, trend: 'easing' }, null],
  ] as const)('%s: doctor prompt beside the plan: %s', (_name, changes, prompt) => {
    expect(planOf({ ...BASE, ...changes }).doctorPrompt).toBe(prompt);
  });

  it('words the doctor prompts plainly', () => {
    expect(PLAN_WORDS.doctor.severe).toMatch(/see your doctor/);
    expect(PLAN_WORDS.doctor['not-easing']).toMatch(/talk to your doctor/);
  });

  it.each([
    ['a past flare-up', { response: 'flared-up' }, 30],
    ['long-lasting pain from heavy work, helped quickly before', { response: 'quickly', work: 'physical' }, 90],
    ['never had massage', { response: 'never-had', work: 'physical' }, 60],
  ] as const)('%s: %i-minute sessions', (_name, changes, minutes) => {
    const plan = planOf({ ...BASE, ...changes });
    expect(plan.phases.every((phase) => phase.minutes === minutes)).toBe(true);
    if (plan.booking.kind === 'book') expect(plan.booking.serviceId).toBe(`therapeutic-${minutes}`);
  });
});

describe('every plan ends', () => {
  it.each([
    ['maintenance wanted', { goal: 'maintenance' }, true],
    ['maintenance wanted after a flare-up', { goal: 'maintenance', response: 'flared-up' }, false],
    ['relief wanted', { goal: 'relief' }, false],
  ] as const)('%s: optional visits offered: %s', (_name, changes, offered) => {
    expect(planOf({ ...BASE, ...changes }).maintenance).toBe(offered);
  });

  it('offers visits after a plan only as optional and reviewed', () => {
    expect(PLAN_WORDS.maintenance).toMatch(/up to you.*every \d+ months.*stop them if they are not helping/s);
  });

  it('names the stop rule in plain words, with the review session', () => {
    expect(stopRuleText(4)).toBe(
      'If your pain or what you can do has not improved after 4 sessions, we stop and suggest other care. That may be your doctor or a physical therapist.',
    );
  });
});

describe('totals and cost', () => {
  it('counts the first visit, and the weeks, the same way the timeline does', () => {
    fc.assert(
      fc.property(safeAnswers, (answers) => {
        const plan = recommend(answers);
        if (plan.kind !== 'plan') return;
        expect(plan.sessions).toBe(1 + plan.phases.reduce((sum, phase) => sum + phase.sessions, 0));
        expect(plan.weeks).toBe(plan.phases.at(-1)?.lastWeek ?? 1);
        for (const phase of plan.phases) {
          const gap = phase.cadence === 'weekly' ? 1 : 2;
          expect(phase.lastWeek - phase.firstWeek).toBe(gap * (phase.sessions - 1));
        }
        const timeline = planTimeline(plan, CATALOG.firstVisit.minutes);
        expect(timeline.overview).toMatch(
          new RegExp(`^${plan.sessions} sessions over ${plan.weeks} weeks?, your first visit included`),
        );
      }),
      RUNS,
    );
  });

  it('estimates the cost from the catalog: the first visit, then each session, up to the review and for the whole plan', () => {
    fc.assert(
      fc.property(safeAnswers, (answers) => {
        const plan = recommend(answers);
        if (plan.kind !== 'plan') return;
        const first = CATALOG.firstVisit.price;
        const each = CATALOG.sessions[plan.phases[0]?.minutes ?? 60].price;
        expect(plan.cost).toEqual({
          low: first + (plan.reviewAfter - 1) * each,
          high: first + (plan.sessions - 1) * each,
        });
      }),
      RUNS,
    );
  });
});

describe('properties over all answers', () => {
  // 1. No plan while any emergency or urgent sign is ticked without a valid clearance, or while the warning question is unanswered.
  it('property 1: no plan without a valid clearance or an answer to the warning question', () => {
    const redFlags = fc.oneof(
      fc.constant(undefined),
      fc.constant([]),
      fc.constant([NONE]),
      fc.subarray([...EMERGENCY, ...URGENT, NONE], { minLength: 1 }),
    );
    fc.assert(
      fc.property(safeAnswers, redFlags, fc.boolean(), (answers, ticked, cleared) => {
        const result = recommend({ ...answers, redFlags: ticked, cleared });
        const list = ticked ?? [];
        const answered = list.length > 0;
        const emergency = list.some((id) => EMERGENCY.includes(id));
        const urgent = list.filter((id) => URGENT.includes(id));
        const validClearance = cleared && urgent.every(doctorCanClear);
        const allowed = answered && !emergency && (urgent.length === 0 || validClearance);
        if (result.kind === 'plan' || result.kind === 'staying-well') expect(allowed).toBe(true);
        if (emergency || (urgent.length > 0 && !validClearance)) expect(result.kind).toBe('red-flag');
      }),
      { numRuns: 4000 },
    );
  });

  // 2. All else equal, a worse past response never gives more sessions, longer ones, or a later review.
  it('property 2: a worse past response never gives more or longer sessions', () => {
    const pair = fc
      .tuple(fc.nat(RESPONSE_ORDER.length - 1), fc.nat(RESPONSE_ORDER.length - 1))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(safeAnswers, pair, (answers, [better, worse]) => {
        const a = recommend({ ...answers, response: RESPONSE_ORDER[better] });
        const b = recommend({ ...answers, response: RESPONSE_ORDER[worse] });
        if (a.kind !== 'plan' || b.kind !== 'plan') return;
        expect(b.sessions).toBeLessThanOrEqual(a.sessions);
        expect(b.phases[0]?.minutes ?? 0).toBeLessThanOrEqual(a.phases[0]?.minutes ?? 0);
        expect(b.reviewAfter).toBeLessThanOrEqual(a.reviewAfter);
      }),
      RUNS,
    );
  });

  // 3. All else equal, less exercise never gives more sessions than more exercise.
  it('property 3: less exercise never gives more sessions', () => {
    const levels = valuesOf('exercise');
    const pair = fc
      .tuple(fc.nat(levels.length - 1), fc.nat(levels.length - 1))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(safeAnswers, pair, (answers, [less, more]) => {
        const a = recommend({ ...answers, exercise: levels[less] });
        const b = recommend({ ...answers, exercise: levels[more] });
        if (a.kind !== 'plan' || b.kind !== 'plan') return;
        expect(a.sessions).toBeLessThanOrEqual(b.sessions);
        expect(a.weeks).toBeLessThanOrEqual(b.weeks);
      }),
      RUNS,
    );
  });

  // 4. Every plan has a review point within the first 6 sessions, a stop rule and a finite total.
  it('property 4: every plan has an early review, a stop rule and an end', () => {
    const cleared = fc.subarray(CLEARABLE, { minLength: 1 });
    fc.assert(
      fc.property(safeAnswers, fc.option(cleared), (answers, signs) => {
        const result = recommend(signs ? { ...answers, redFlags: signs, cleared: true } : answers);
        if (result.kind !== 'plan') return;
        expect(result.reviewAfter).toBeGreaterThanOrEqual(1);
        expect(result.reviewAfter).toBeLessThanOrEqual(Math.min(LATEST_REVIEW, result.sessions));
        expect(stopRuleText(result.reviewAfter)).toContain(`after ${result.reviewAfter} sessions, we stop`);
        expect(Number.isInteger(result.sessions) && result.sessions <= MAX_SESSIONS).toBe(true);
        expect(Number.isInteger(result.weeks) && result.weeks >= 1).toBe(true);
        expect(JSON.stringify(result)).not.toMatch(/no set end|open-ended/);
      }),
      RUNS,
    );
  });

  // 5. No result with a check-first condition carries a booking link.
  it('property 5: no result with a condition to check first carries a booking link', () => {
    const withCaution = safeAnswers.chain((answers) =>
      fc.subarray(CAUTIONS, { minLength: 1 }).map((cautions) => ({ ...answers, cautions })),
    );
    const signs = fc.oneof(fc.constant([NONE]), fc.subarray([...EMERGENCY, ...URGENT], { minLength: 1 }));
    fc.assert(
      fc.property(withCaution, signs, fc.boolean(), (answers, redFlags, cleared) => {
        const result = recommend({ ...answers, redFlags, cleared });
        expect(hasBookingLink(result)).toBe(false);
        expect(JSON.stringify(result)).not.toContain('"serviceId"');
      }),
      RUNS,
    );
  });
});

describe('bad input', () => {
  it('never throws, and returns one of the four results', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true }), (input) => {
        expect(['plan', 'staying-well', 'red-flag', 'invalid']).toContain(recommend(input).kind);
      }),
      RUNS,
    );
  });
});

describe('generalGuide (the no-JavaScript table)', () => {
  const rows = generalGuide(CATALOG);

  it('covers every set of answers with exactly one row, and every plan fits its row', () => {
    for (const answers of everyPlanAnswer()) {
      const matching = rows.filter((row) => row.matches(answers));
      expect(matching).toHaveLength(1);
      const plan = planOf(answers);
      const [row] = matching;
      for (const [value, [low, high]] of [
        [plan.sessions, row!.sessions],
        [plan.weeks, row!.weeks],
        [plan.reviewAfter, row!.review],
      ] as const) {
        expect(value).toBeGreaterThanOrEqual(low);
        expect(value).toBeLessThanOrEqual(high);
      }
    }
  });
});

/** The five profiles the issue's closing note asks for (run with PRINT_PLAN_TABLE=1 to print the table). */
describe('the five profiles of issue 12', () => {
  const severeManual: Partial<Answers> = {
    pain: 8,
    duration: 'over-12-weeks',
    work: 'physical',
    exercise: 'rarely',
    trend: 'same',
  };
  const PROFILES: [string, Partial<Answers>][] = [
    ['Mild new pain', { pain: 3, duration: 'under-4-weeks' }],
    ['Severe long-standing pain, manual worker, rarely exercises', severeManual],
    ['The same, after a past flare-up', { ...severeManual, response: 'flared-up' }],
    ['On blood thinners', { cautions: ['bleeding-or-thinners'] }],
    ['Pain 0', { pain: 0 }],
  ];
  const results = PROFILES.map(([name, changes]) => [name, recommend({ ...BASE, ...changes })] as const);

  it('gives plans that end, fewer sessions after a flare-up, no booking on blood thinners, and no plan at pain 0', () => {
    const [mild, severe, flare, thinners, none] = results.map(([, result]) => result);
    expect([mild, severe, flare, thinners].every((result) => result?.kind === 'plan')).toBe(true);
    expect(none?.kind).toBe('staying-well');
    if (severe?.kind === 'plan' && flare?.kind === 'plan') expect(flare.sessions).toBeLessThan(severe.sessions);
    expect(thinners && hasBookingLink(thinners)).toBe(false);
    if (process.env['PRINT_PLAN_TABLE']) {
      const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;
      const lines = results.map(([name, result]) =>
        result.kind === 'plan'
          ? `| ${name} | ${result.sessions} | ${result.weeks} | ${result.cost.low === result.cost.high ? dollars(result.cost.high) : `${dollars(result.cost.low)} to ${dollars(result.cost.high)}`} | after session ${result.reviewAfter} | ${result.booking.kind === 'book' ? 'book online' : 'call once the doctor says OK'} |`
          : `| ${name} | none (${result.kind}) | - | - | - | - |`,
      );
      console.log(
        [
          '| Profile | Sessions (incl. first visit) | Weeks | Estimated cost | Review point | Booking |',
          '| --- | --- | --- | --- | --- | --- |',
          ...lines,
        ].join('\n'),
      );
    }
  });
});
