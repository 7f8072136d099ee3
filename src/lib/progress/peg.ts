/**
 * The PEG scale (Krebs et al. 2009, J Gen Intern Med 24(6):733-738; source id krebs-2009): three questions,
 * each a whole number from 0 to 10, averaged into one score. Higher means more pain and more in the way.
 */
export const PEG_ITEMS = [
  {
    id: 'pain',
    question: 'Over the past week, how bad has your pain been on average?',
    low: 'No pain',
    high: 'Pain as bad as you can imagine',
  },
  {
    id: 'enjoyment',
    question: 'Over the past week, how much has pain got in the way of enjoying life?',
    low: 'Not at all',
    high: 'Completely',
  },
  {
    id: 'activity',
    question: 'Over the past week, how much has pain got in the way of your usual activity?',
    low: 'Not at all',
    high: 'Completely',
  },
] as const;

export type PegItemId = (typeof PEG_ITEMS)[number]['id'];
export type PegAnswers = Record<PegItemId, number>;

const SCORE_MIN = 0;
export const SCORE_MAX = 10;

/** True for a whole number from 0 to 10: the only answer a PEG item or an activity rating takes. */
export const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;

/** The three answers added up (0 to 30): change figures use this whole number, so no rounding creeps in. */
export const pegTotal = (answers: PegAnswers): number => answers.pain + answers.enjoyment + answers.activity;

/** The PEG score: the mean of the three answers, 0 to 10 (Krebs 2009). */
export const pegScore = (answers: PegAnswers): number => pegTotal(answers) / PEG_ITEMS.length;

/** A score as people read it: one decimal place at most ("6", "6.3"). */
export const formatScore = (score: number): string => String(Math.round(score * 10) / 10);
