import { describeSchedule, MAX_FIRST_PHASE_WEEKS, type Cadence } from './plan.ts';
import type { Answers } from './questions.ts';

/**
 * The clinic's general guide, shown as a table when the quiz cannot run (no JavaScript). Built at
 * build time only; a test checks every row against recommendPlan for all answers the row covers.
 */

export interface GuideStep {
  cadence: Cadence;
  /** The shortest and longest this step lasts for people in the row, or no set end. */
  weeks: readonly [number, number] | 'open-ended';
}

export interface GuideRow {
  /** Who the row is for, in the visitor's words. */
  situation: string;
  steps: readonly GuideStep[];
  /** The steps as one sentence, such as "Weekly for 6 to 10 weeks, then ...". */
  schedule: string;
  /** Whether a set of answers falls in this row (used by the tests that keep the table honest). */
  matches: (answers: Answers) => boolean;
}

const TAPER: GuideStep = { cadence: 'every-two-weeks', weeks: [4, 8] };
const MONTHLY: GuideStep = { cadence: 'monthly', weeks: 'open-ended' };
const over12 = (answers: Answers) => answers.duration === 'over-12-weeks';

function row(situation: string, matches: GuideRow['matches'], steps: readonly GuideStep[]): GuideRow {
  const parts = steps.map((step, i) => {
    const text = describeSchedule(step.cadence, step.weeks);
    return i === 0 ? text : `then ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  });
  return { situation, steps, matches, schedule: `${parts.join(', ')}.` };
}

export const GENERAL_GUIDE: readonly GuideRow[] = [
  row('Mild pain (0 to 3 out of 10)', (a) => a.pain <= 3, [
    { cadence: 'every-two-weeks', weeks: [4, MAX_FIRST_PHASE_WEEKS] },
    MONTHLY,
  ]),
  row('Pain of 4 to 6, for less than 12 weeks', (a) => a.pain >= 4 && a.pain <= 6 && !over12(a), [
    { cadence: 'weekly', weeks: [4, 8] },
    TAPER,
    MONTHLY,
  ]),
  row('Pain of 4 to 6, for more than 12 weeks', (a) => a.pain >= 4 && a.pain <= 6 && over12(a), [
    { cadence: 'weekly', weeks: [6, MAX_FIRST_PHASE_WEEKS] },
    TAPER,
    MONTHLY,
  ]),
  row('Pain of 7 or more, for less than 12 weeks', (a) => a.pain >= 7 && !over12(a), [
    { cadence: 'weekly', weeks: [6, MAX_FIRST_PHASE_WEEKS] },
    TAPER,
    MONTHLY,
  ]),
  row('Pain of 7 or more, for more than 12 weeks', (a) => a.pain >= 7 && over12(a), [
    { cadence: 'weekly', weeks: [8, MAX_FIRST_PHASE_WEEKS] },
    TAPER,
    MONTHLY,
  ]),
];

/** What moves a person within a row's ranges, shown under the table. */
export const GUIDE_NOTES: readonly string[] = [
  'The first step gets 2 weeks longer for each of these: pain of 7 or more, pain for more than 12 weeks, ' +
    `physically demanding work, and slow healing or a flare-up after past massage. It lasts ${MAX_FIRST_PHASE_WEEKS} weeks at most.`,
  'The every-two-weeks step gets 2 weeks longer if you rarely exercise, and 2 more if you sit for more than 8 hours a day.',
  'Sessions are usually 60 minutes. If massage made your pain flare up before, the first step uses 30-minute sessions. ' +
    'People with long-lasting pain and physical work who have done well with massage before may have 90-minute sessions.',
  'After a few sessions, your therapist checks your pain score again. A drop of 2 or more points out of 10 means you are ready for the next step.',
  'Every plan starts with an assessment visit. This table shows how our clinic usually plans care. It is not a diagnosis or a medical guideline.',
];
