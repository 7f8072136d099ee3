import { FIELDS, NONE, type Answers } from './answer-rules.ts';
import { recommendPlan, type Plan, type PlanCatalog, type PlanResult } from './plan.ts';

/**
 * The clinic's general guide, shown as a table when the quiz cannot run (no JavaScript). Built at
 * build time from recommendPlan itself, over every set of answers a row covers, so it cannot drift.
 */

export interface GuideRow {
  /** Who the row is for, in the visitor's words. */
  situation: string;
  /** The fewest and most sessions, first visit included; null when no answers in the row get a plan. */
  sessions: readonly [number, number] | null;
  /** The shortest and longest plans, in weeks; null when no answers in the row get a plan. */
  weeks: readonly [number, number] | null;
  /** The earliest and latest review point (a session number); null when no answers in the row get a plan. */
  review: readonly [number, number] | null;
  /** When no answers in the row get a plan, what they get instead (a key of PLAN_WORDS.noPlan). */
  noPlan: 'self-care' | 'doctor-first' | null;
  /** Whether a set of answers falls in this row. */
  matches: (answers: Answers) => boolean;
}

type SingleId = Extract<(typeof FIELDS)[number], { kind: 'single' }>['id'];
const valuesOf = <I extends SingleId>(id: I) =>
  (FIELDS.find((field) => field.id === id) as unknown as { values: readonly Answers[I][] }).values;

/** Every complete set of answers with no warning signs and no condition to check, pain 1 to 10 (plans and the no-schedule results). */
export function* everyPlanAnswer(): Generator<Answers> {
  for (let pain = 1; pain <= 10; pain++)
    for (const duration of valuesOf('duration'))
      for (const trend of valuesOf('trend'))
        for (const work of valuesOf('work'))
          for (const exercise of valuesOf('exercise'))
            for (const sitting of valuesOf('sitting'))
              for (const response of valuesOf('response'))
                for (const goal of valuesOf('goal'))
                  yield {
                    redFlags: [NONE],
                    cautions: [NONE],
                    pain,
                    duration,
                    trend,
                    work,
                    exercise,
                    sitting,
                    response,
                    goal,
                  };
}

const BANDS = [
  ['Pain of 1 to 3', 1, 3],
  ['Pain of 4 to 6', 4, 6],
  ['Pain of 7 or 8', 7, 8],
  ['Pain of 9 or 10', 9, 10],
] as const;
const DURATIONS = [
  ['under-4-weeks', 'for less than 4 weeks'],
  ['4-to-12-weeks', 'for 4 to 12 weeks'],
  ['over-12-weeks', 'for more than 12 weeks'],
] as const;

const range = (values: number[]): readonly [number, number] => [Math.min(...values), Math.max(...values)];

export function generalGuide(catalog: PlanCatalog): GuideRow[] {
  const results: { answers: Answers; result: PlanResult }[] = [];
  for (const answers of everyPlanAnswer()) results.push({ answers, result: recommendPlan(answers, catalog) });
  return DURATIONS.flatMap(([duration, words]) =>
    BANDS.map(([band, low, high]) => {
      const matches = (answers: Answers) =>
        answers.duration === duration && answers.pain >= low && answers.pain <= high;
      const inRow = results.filter((entry) => matches(entry.answers)).map((entry) => entry.result);
      const row = inRow.filter((result): result is Plan => result.kind === 'plan');
      const numbers = (pick: (plan: Plan) => number) => (row.length > 0 ? range(row.map(pick)) : null);
      const instead = inRow.find((result) => result.kind === 'self-care' || result.kind === 'doctor-first')?.kind;
      return {
        situation: `${band}, ${words}`,
        sessions: numbers((plan) => plan.sessions),
        weeks: numbers((plan) => plan.weeks),
        review: numbers((plan) => plan.reviewAt),
        noPlan: row.length === 0 ? ((instead as 'self-care' | 'doctor-first' | undefined) ?? null) : null,
        matches,
      };
    }),
  );
}

/** "4", or "2 to 4". */
export const describeRange = ([low, high]: readonly [number, number]): string =>
  low === high ? `${low}` : `${low} to ${high}`;
