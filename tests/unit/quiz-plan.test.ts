import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doctorCanClear, RED_FLAGS } from '../../src/lib/safety/red-flags.ts';
import { FIELDS, NONE, type Answers } from '../../src/lib/quiz/answer-rules.ts';
import { everyPlanAnswer, generalGuide } from '../../src/lib/quiz/guide.ts';
import {
  BOOKABLE_KINDS,
  improvementFraction,
  LATEST_REVIEW,
  MAX_SESSION_MINUTES,
  MAX_SESSIONS,
  MEANINGFUL_IMPROVEMENT,
  recommendPlan,
  RESPONSE_ORDER,
  reviewAt,
  reviewDecision,
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
const AGE = RED_FLAGS.soon.items.filter((item) => item.inQuiz).map((item) => item.id as string);
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
const hasBookingLink = (result: PlanResult) => BOOKABLE_KINDS.includes(result.kind);
/** Massage sessions a result suggests, first visit included: a plan's total, at most one visit, or none. */
const sessionsOf = (result: PlanResult) =>
  result.kind === 'plan' ? result.sessions : result.kind === 'self-care' || result.kind === 'not-helped' ? 1 : 0;
/** The length of the follow-up sessions a result suggests (0 when it suggests none). */
const minutesOf = (result: PlanResult) => (result.kind === 'plan' ? (result.phases[0]?.minutes ?? 0) : 0);

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
    ['two clearable urgent signs', { redFlags: ['cancer-history', 'between-shoulders'] }, 'urgent', true],
    ['weakness in both legs', { redFlags: ['both-legs'] }, 'emergency', false],
    ['one leg getting weaker, "cleared"', { redFlags: ['one-leg-weaker'], cleared: true }, 'urgent', false],
    ['a possible fracture, "cleared"', { redFlags: ['possible-fracture'], cleared: true }, 'urgent', false],
    ['an urgent sign a past check cannot clear, "cleared"', { redFlags: ['fever'], cleared: true }, 'urgent', false],
    ['signs of a clot now, "cleared"', { redFlags: ['clot-signs'], cleared: true }, 'urgent', false],
    [
      'a clearable and an unclearable sign, "cleared"',
      { redFlags: ['cancer-history', 'weight-loss'], cleared: true },
      'urgent',
      false,
    ],
    ['a sign and "None of these" both ticked', { redFlags: ['none', 'fever'] }, 'urgent', false],
  ] as const)('%s: %s card, no plan', (_name, changes, level, canClear) => {
    const result = recommend({ ...BASE, ...changes });
    expect(result).toMatchObject({ kind: 'red-flag', level, canClear });
    // Only the signs ticked at that level, in the list's order.
    if (result.kind === 'red-flag')
      expect(result.ids).toEqual(ids(level).filter((id) => (changes.redFlags as readonly string[]).includes(id)));
  });

  it('shows the warning even when other answers are missing', () => {
    expect(recommend({ redFlags: ['saddle-numbness'] })).toMatchObject({ kind: 'red-flag', level: 'emergency' });
  });

  // Finding 17: age is weighed as NICE CKS does: a prompt to see a doctor soon beside the advice, never a block.
  it.each(AGE.map((id) => [id]))('%s alone: no warning card, a "see a doctor soon" prompt', (id) => {
    const plan = planOf({ ...BASE, redFlags: [id] });
    expect(plan.doctorPrompts).toContain('age');
    expect(PLAN_WORDS.doctor.age).toMatch(/soon/);
  });

  it.each([
    ['cancer in the past', ['cancer-history']],
    ['a lump', ['lump-or-shape']],
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
  it.each(CAUTIONS.map((id) => [id]))('%s: no timeline, no price, no booking; a call once the doctor says OK', (id) => {
    const result = recommend({ ...BASE, cautions: [id] });
    expect(result).toMatchObject({ kind: 'check-first', signs: [id] });
    for (const key of ['phases', 'sessions', 'weeks', 'cost', 'reviewAt', 'session'])
      expect(result).not.toHaveProperty(key);
    expect(hasBookingLink(result)).toBe(false);
  });

  it.each(CAUTIONS.map((id) => [id]))('%s: leaves out every technique whose own page rules it out', (id) => {
    const result = recommend({ ...BASE, cautions: [id] });
    if (result.kind !== 'check-first') throw new Error(result.kind);
    const ruledOut = Object.entries(CATALOG.ruledOut)
      .filter(([, conditions]) => conditions?.includes(id))
      .map(([technique]) => technique);
    for (const technique of result.techniques) expect(ruledOut).not.toContain(technique);
    // Only the condition takes a technique out: without it, the others come back.
    const without = planOf(BASE).techniques.filter((technique) => !ruledOut.includes(technique));
    expect(result.techniques).toEqual(without);
  });

  // Finding 22, one rule: light work only, once the doctor says OK. Firm or focused pressure is out; gentle work stays.
  it('blood thinners rule out the firm techniques and keep the gentle ones', () => {
    const result = recommend({ ...BASE, cautions: ['bleeding-or-thinners'] });
    if (result.kind !== 'check-first') throw new Error(result.kind);
    expect(result.techniques).toEqual(['myofascial-release', 'stretching-and-mobilization']);
  });

  it.each(['pregnancy', 'recent-surgery'])('%s is asked, and some technique page rules it out', (id) => {
    expect(ids('caution')).toContain(id);
    expect(Object.values(CATALOG.ruledOut).some((conditions) => conditions?.includes(id))).toBe(true);
  });

  it('names the usual session for a returning client when nothing needs checking', () => {
    expect(planOf(BASE).session).toBe('therapeutic-60');
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

  it.each([4, 6, 8])('new pain of %i: a short plan with an early review', (pain) => {
    const plan = planOf({ ...BASE, pain, duration: 'under-4-weeks' });
    expect(plan.sessions).toBeLessThanOrEqual(4);
    expect(plan.reviewAt).toBe(2);
  });

  // Finding 5: new mild pain needs no schedule, only staying active and, if wanted, one visit.
  it.each([
    [1, 'easing'],
    [3, 'easing'],
    [3, 'same'],
  ] as const)('new pain of %i, %s: staying active and no schedule', (pain, trend) => {
    const result = recommend({ ...BASE, pain, trend, duration: 'under-4-weeks' });
    expect(result).toMatchObject({ kind: 'self-care', lead: ['new-pain', 'active-first'] });
    expect(result).not.toHaveProperty('phases');
    expect(sessionsOf(result)).toBe(1);
  });

  // Finding 5: "it did not help me" gives no schedule: exercise, a physical therapist or doctor, at most one visit.
  it.each(['under-4-weeks', '4-to-12-weeks', 'over-12-weeks'] as const)(
    'massage did not help before (%s): no schedule, other care first',
    (duration) => {
      const result = recommend({ ...BASE, duration, pain: 6, response: 'did-not-help' });
      expect(result.kind).toBe('not-helped');
      expect(result).not.toHaveProperty('phases');
      expect(PLAN_WORDS.notHelped.other).toMatch(/Exercise.*physical therapist.*doctor/s);
      expect(PLAN_WORDS.notHelped.visit).toMatch(/one visit/);
    },
  );

  // Finding 17: very bad new pain: a doctor first, no plan.
  it.each([9, 10])('new pain of %i: see a doctor first, no plan and no booking', (pain) => {
    for (const trend of ['easing', 'same', 'worse'] as const) {
      const result = recommend({ ...BASE, pain, trend, duration: 'under-4-weeks' });
      expect(result).toMatchObject({ kind: 'doctor-first', signs: ['very-bad-or-worse'] });
      expect(hasBookingLink(result)).toBe(false);
    }
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
    ['pain 9', { pain: 9 }, ['severe']],
    ['pain 10, the same', { pain: 10, trend: 'same' }, ['severe', 'not-easing']],
    ['pain getting worse', { pain: 4, trend: 'worse' }, ['not-easing']],
    ['pain about the same', { pain: 6, trend: 'same' }, ['not-easing']],
    ['pain 8 and easing', { pain: 8, trend: 'easing' }, []],
    ['over 50 with new pain', { redFlags: ['new-over-50'] }, ['age']],
  ] as const)('%s: doctor prompts beside the plan: %j', (_name, changes, prompts) => {
    expect(planOf({ ...BASE, ...changes }).doctorPrompts).toEqual(prompts);
  });

  it('words the doctor prompts plainly', () => {
    expect(PLAN_WORDS.doctor.severe).toMatch(/see your doctor/);
    expect(PLAN_WORDS.doctor.age).toMatch(/not an emergency/);
    expect(PLAN_WORDS.doctor['not-easing']).toMatch(/talk to your doctor/);
  });

  it.each([
    ['a past flare-up', { response: 'flared-up' }, 30],
    ['long-lasting pain from heavy work, helped quickly before', { response: 'quickly', work: 'physical' }, 60],
    ['never had massage', { response: 'never-had', work: 'physical' }, 60],
  ] as const)('%s: %i-minute sessions', (_name, changes, minutes) => {
    const plan = planOf({ ...BASE, ...changes });
    expect(plan.phases.every((phase) => phase.minutes === minutes)).toBe(true);
    expect(plan.session).toBe(`therapeutic-${minutes}`);
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

  // Finding 8: one optional choice, with the same review and a stop rule; never "what most people do".
  it('offers visits after a plan only as one optional choice, reviewed, with a stop rule', () => {
    expect(PLAN_WORDS.maintenance).toMatch(/one choice.*do not need it.*Every \d+ months.*We stop them/s);
    expect(PLAN_WORDS.maintenance).not.toMatch(/most people|many people|usually/i);
  });

  // Finding 20: the optional monthly visit's price, from the catalog.
  it.each([
    ['maintenance wanted', { goal: 'maintenance' }, CATALOG.sessions[60].price],
    ['relief wanted', { goal: 'relief' }, null],
  ] as const)('%s: monthly visit price %s', (_name, changes, monthly) => {
    expect(planOf({ ...BASE, ...changes }).cost.monthly).toBe(monthly);
  });

  // Finding 19: "improved" in plain, measurable words (Dworkin 2008), and the review before the last session.
  it('names the stop rule in plain words, with the review session and what "improved" means', () => {
    expect(stopRuleText(3)).toBe(
      'If neither score has improved by about 30% after 3 sessions, we stop and suggest other care. That may be your doctor or a physical therapist.',
    );
    expect(PLAN_WORDS.improved).toMatch(/0 to 10.*about 30% better/s);
    expect(MEANINGFUL_IMPROVEMENT).toBe(0.3);
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
          low: first + (plan.reviewAt - 1) * each,
          high: first + (plan.sessions - 1) * each,
          monthly: plan.maintenance ? CATALOG.sessions[60].price : null,
        });
        expect(plan.cost.low).toBeLessThan(plan.cost.high);
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

  // 2. All else equal, a worse past response (or "it did not help") never gives more sessions, longer ones or a later review.
  it('property 2: a worse or "did not help" response never gives more or longer sessions', () => {
    const pair = fc
      .tuple(fc.nat(RESPONSE_ORDER.length - 1), fc.nat(RESPONSE_ORDER.length - 1))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(safeAnswers, pair, (answers, [better, worse]) => {
        const a = recommend({ ...answers, response: RESPONSE_ORDER[better] });
        const b = recommend({ ...answers, response: RESPONSE_ORDER[worse] });
        expect(sessionsOf(b)).toBeLessThanOrEqual(sessionsOf(a));
        expect(minutesOf(b)).toBeLessThanOrEqual(minutesOf(a));
        if (a.kind === 'plan' && b.kind === 'plan') expect(b.reviewAt).toBeLessThanOrEqual(a.reviewAt);
      }),
      RUNS,
    );
  });

  // 2b. A quick past response never adds sessions or minutes over never having had massage (finding 6).
  it('property 2b: a quick past response adds nothing', () => {
    fc.assert(
      fc.property(safeAnswers, (answers) => {
        const quick = recommend({ ...answers, response: 'quickly' });
        const never = recommend({ ...answers, response: 'never-had' });
        expect(sessionsOf(quick)).toBeLessThanOrEqual(sessionsOf(never));
        expect(minutesOf(quick)).toBeLessThanOrEqual(minutesOf(never));
      }),
      RUNS,
    );
  });

  // 2c. No plan picks a session over 60 minutes (finding 6).
  it('property 2c: no plan has a session longer than 60 minutes', () => {
    expect(MAX_SESSION_MINUTES).toBe(60);
    fc.assert(
      fc.property(safeAnswers, (answers) => {
        const result = recommend(answers);
        expect(minutesOf(result)).toBeLessThanOrEqual(60);
        if (result.kind === 'plan') expect(['therapeutic-30', 'therapeutic-60']).toContain(result.session);
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
        expect(result.reviewAt).toBeGreaterThanOrEqual(2);
        expect(result.reviewAt).toBeLessThanOrEqual(LATEST_REVIEW);
        // The review comes before the last session, so stopping there always saves at least one (finding 19).
        expect(result.reviewAt).toBeLessThan(result.sessions);
        expect(stopRuleText(result.reviewAt)).toContain(`after ${result.reviewAt} sessions, we stop`);
        expect(Number.isInteger(result.sessions) && result.sessions <= MAX_SESSIONS).toBe(true);
        expect(Number.isInteger(result.weeks) && result.weeks >= 1).toBe(true);
        expect(JSON.stringify(result)).not.toMatch(/no set end|open-ended/);
      }),
      RUNS,
    );
  });

  // 5. No result with a check-first condition carries a booking link, a timeline or a price (finding 7).
  it('property 5: no result with a condition to check first carries a booking link, a timeline or a price', () => {
    const withCaution = safeAnswers.chain((answers) =>
      fc.subarray(CAUTIONS, { minLength: 1 }).map((cautions) => ({ ...answers, cautions })),
    );
    const signs = fc.oneof(fc.constant([NONE]), fc.subarray([...EMERGENCY, ...URGENT], { minLength: 1 }));
    fc.assert(
      fc.property(withCaution, signs, fc.boolean(), (answers, redFlags, cleared) => {
        const result = recommend({ ...answers, redFlags, cleared });
        expect(hasBookingLink(result)).toBe(false);
        expect(JSON.stringify(result)).not.toMatch(/"(?:session|phases|cost)"/);
      }),
      RUNS,
    );
  });
});

describe('bad input', () => {
  it('never throws, and returns one of the four results', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true }), (input) => {
        expect([
          'plan',
          'self-care',
          'not-helped',
          'check-first',
          'doctor-first',
          'staying-well',
          'red-flag',
          'invalid',
        ]).toContain(recommend(input).kind);
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
      const result = recommend(answers);
      const [row] = matching;
      // A row with no plans says what its answers get instead ("did not help" answers aside, shown under the table).
      if (result.kind !== 'plan') {
        if (row!.noPlan) expect([row!.noPlan, 'not-helped']).toContain(result.kind);
        continue;
      }
      const plan = result;
      for (const [value, range] of [
        [plan.sessions, row!.sessions],
        [plan.weeks, row!.weeks],
        [plan.reviewAt, row!.review],
      ] as const) {
        const [low, high] = range!;
        expect(value).toBeGreaterThanOrEqual(low);
        expect(value).toBeLessThanOrEqual(high);
      }
    }
  });
});

describe('the review: when, and what "improved" means', () => {
  it.each([
    [6, 4, 1 / 3],
    [5, 5, 0],
    [4, 6, 0],
    [0, 0, 0],
    [10, 7, 0.3],
  ])('a score of %i that is now %i has improved by %d', (before, now, fraction) => {
    expect(improvementFraction(before, now)).toBeCloseTo(fraction);
  });

  // Dworkin 2008: about 30% is the change people call meaningful; below it, the plan stops.
  it.each([
    [0.5, 'continue'],
    [0.3, 'continue'],
    [0.29, 'stop'],
    [0, 'stop'],
  ] as const)('an improvement of %d: %s', (improvement, decision) => {
    expect(reviewDecision(improvement)).toBe(decision);
  });

  it.each([
    [3, 'never-had', false, 2],
    [10, 'never-had', false, 4],
    [4, 'slowly', false, 3],
    [3, 'flared-up', false, 2],
    [4, 'quickly', true, 2],
  ] as const)('a plan of %i sessions, %s, new pain %s: reviewed at session %i', (sessions, response, newPain, at) => {
    expect(reviewAt(sessions, response, newPain)).toBe(at);
    expect(reviewAt(sessions, response, newPain)).toBeLessThan(sessions);
  });
});

/**
 * The "realistic visitors" of the clinical review (2026-12-04), answered by the real code. Run with
 * PRINT_PLAN_TABLE=1 to print the table for the closing note.
 */
describe('the realistic visitors of the clinical review', () => {
  const chronicHeavy: Partial<Answers> = { pain: 8, duration: 'over-12-weeks', work: 'physical', trend: 'same' };
  const VISITORS: [string, Partial<Answers> & { cleared?: boolean }, PlanResult['kind']][] = [
    [
      'Acute flare-up: pain 8, under 4 weeks, getting worse, desk job, rarely exercises, never had massage',
      { pain: 8, duration: 'under-4-weeks', trend: 'worse', work: 'sitting', exercise: 'rarely' },
      'plan',
    ],
    ['New mild pain that is easing: pain 3, under 4 weeks', { pain: 3, duration: 'under-4-weeks' }, 'self-care'],
    ['New pain of 10/10, easing', { pain: 10, duration: 'under-4-weeks' }, 'doctor-first'],
    ['Chronic, typical: pain 5, over 12 weeks, no change, desk job', { pain: 5, trend: 'same' }, 'plan'],
    ['Chronic, pain 8, heavy work, massage helped quickly before', { ...chronicHeavy, response: 'quickly' }, 'plan'],
    ['The same person, never had massage', chronicHeavy, 'plan'],
    ['Chronic, pain got worse after past massage', { response: 'flared-up' }, 'plan'],
    ['Chronic pain 1, easing, wants to "stay well"', { pain: 1, goal: 'maintenance' }, 'plan'],
    ['Pain 0', { pain: 0 }, 'staying-well'],
    [
      'Emergency signs (legs, bladder, chest pain, serious accident)',
      { redFlags: ['both-legs', 'bladder-bowel', 'chest-pain', 'serious-accident'] },
      'red-flag',
    ],
    ['Emergency: weakness in both legs but no numbness', { redFlags: ['both-legs'] }, 'red-flag'],
    ['Urgent sign a doctor can clear (past cancer), not yet checked', { redFlags: ['cancer-history'] }, 'red-flag'],
    ['The same, a doctor has already checked it', { redFlags: ['cancer-history'], cleared: true }, 'plan'],
    ['Urgent sign no one can clear (fever, clot signs now)', { redFlags: ['fever', 'clot-signs'] }, 'red-flag'],
    [
      'Over 50 with new pain (pain 5, under 4 weeks), nothing else',
      { redFlags: ['new-over-50'], duration: 'under-4-weeks' },
      'plan',
    ],
    ['On blood thinners', { cautions: ['bleeding-or-thinners'] }, 'check-first'],
    [
      'Treated DVT, osteoporosis or a recent fracture',
      { cautions: ['blood-clot', 'osteoporosis', 'recent-fracture'] },
      'check-first',
    ],
    ['Pregnant', { cautions: ['pregnancy'] }, 'check-first'],
    ['A few weeks after back surgery', { cautions: ['recent-surgery'] }, 'check-first'],
    ['Massage did nothing for them before', { response: 'did-not-help' }, 'not-helped'],
    ['Skips questions', { duration: undefined, goal: undefined } as never, 'invalid'],
  ];

  const dollars = (n: number) => `$${n.toLocaleString('en-US')}`;
  const describe_ = (result: PlanResult): string => {
    const prompts =
      'doctorPrompts' in result && result.doctorPrompts.length > 0
        ? ` Doctor prompt: ${result.doctorPrompts.join(', ')}.`
        : '';
    switch (result.kind) {
      case 'plan': {
        const runs = result.phases.map((phase) => `${phase.sessions} ${phase.cadence}`).join(' + ');
        const monthly =
          result.cost.monthly === null ? '' : `; optional monthly visits about ${dollars(result.cost.monthly)} each`;
        return (
          `${result.sessions} sessions over ${result.weeks} weeks (first visit + ${runs} × ${result.phases[0]?.minutes} min), ` +
          `review at session ${result.reviewAt} of ${result.sessions}, ${dollars(result.cost.low)} to ${dollars(result.cost.high)}${monthly}. ` +
          `Techniques: ${result.techniques.join(', ')}.${prompts} Book, first visit picked.`
        );
      }
      case 'self-care':
        return `Staying-active advice, no schedule, no price; one optional first visit.${prompts}`;
      case 'not-helped':
        return `No schedule, no price: exercise, a physical therapist or doctor; at most one optional visit.${prompts}`;
      case 'check-first':
        return `"${RED_FLAGS.caution.heading}" card (${result.signs.join(', ')}); no timeline, no price, no Book button, header Book hidden; call once the doctor says OK. Techniques still possible: ${result.techniques.join(', ') || 'none'}.${prompts}`;
      case 'doctor-first':
        return `"${RED_FLAGS.soon.heading}" card (${result.signs.join(', ')}): see a doctor first, no plan, no booking, header Book hidden.`;
      case 'red-flag':
        return `"${RED_FLAGS[result.level].heading}" card listing ${result.ids.join(', ')}; no plan, no booking, header Book hidden.${result.canClear ? " A doctor's earlier check can clear it." : ' Cannot be cleared.'}`;
      case 'staying-well':
        return '"Staying well" advice only; no plan, no booking.';
      case 'invalid':
        return `Error summary for ${result.errors.map((error) => error.field).join(', ')}; no result until answered.`;
    }
  };

  it.each(VISITORS)('%s: %s', (_name, changes, kind) => {
    expect(recommend({ ...BASE, ...changes }).kind).toBe(kind);
  });

  it('prints the table on request', () => {
    const lines = VISITORS.map(([name, changes]) => `| ${name} | ${describe_(recommend({ ...BASE, ...changes }))} |`);
    if (process.env['PRINT_PLAN_TABLE']) console.log(['| Visitor | Result |', '| --- | --- |', ...lines].join('\n'));
    expect(lines).toHaveLength(VISITORS.length);
  });
});
