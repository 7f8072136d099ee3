import { QUIZ_SIGN_IDS, SIGN_IDS } from '../safety/sign-ids.ts';

/**
 * What each quiz answer may be: the rules the browser checks. The words around them (legends, hints,
 * option labels) live in questions.ts, which only the build reads, so they stay out of the page's
 * JavaScript. Each `id` is the form field name; `values` are the option values in display order.
 * Warning signs come first: the visitor answers them before anything else.
 */

/** The "None of these" box of a checkbox question: an answer of its own, never the same as a blank. */
export const NONE = 'none';

export const FIELDS = [
  {
    id: 'redFlags',
    /** Any of `values`, or the NONE box alone; left blank it is an error, never a silent "none". */
    kind: 'multi',
    /** Every emergency and urgent sign, then the "see a doctor soon" signs the other answers cannot tell (age). */
    values: QUIZ_SIGN_IDS,
    error: 'Tick any warning signs you have, or tick "None of these".',
  },
  {
    id: 'cautions',
    kind: 'multi',
    values: SIGN_IDS.caution,
    error: 'Tick any health conditions you have, or tick "None of these".',
  },
  {
    id: 'pain',
    /** A whole number from `min` to `max`. */
    kind: 'scale',
    min: 0,
    max: 10,
    /** Shown next to the question when the answer is missing or not allowed. */
    error: 'Choose a pain score from 0 to 10.',
  },
  {
    id: 'duration',
    /** Exactly one of `values`. */
    kind: 'single',
    values: ['under-4-weeks', '4-to-12-weeks', 'over-12-weeks'],
    error: 'Choose how long the pain has lasted.',
  },
  {
    id: 'trend',
    kind: 'single',
    values: ['easing', 'same', 'worse'],
    error: 'Choose whether your pain is easing.',
  },
  {
    id: 'work',
    kind: 'single',
    values: ['sitting', 'mixed', 'physical'],
    error: 'Choose the kind of work you do most.',
  },
  {
    id: 'exercise',
    kind: 'single',
    values: ['rarely', 'sometimes', 'regularly'],
    error: 'Choose how often you exercise.',
  },
  {
    id: 'sitting',
    kind: 'single',
    values: ['under-4-hours', '4-to-8-hours', 'over-8-hours'],
    error: 'Choose about how many hours a day you sit.',
  },
  {
    id: 'response',
    kind: 'single',
    values: ['never-had', 'quickly', 'slowly', 'flared-up', 'did-not-help'],
    error: 'Choose how your body responded to massage before.',
  },
  {
    id: 'goal',
    kind: 'single',
    values: ['relief', 'keep-improving', 'maintenance'],
    error: 'Choose what you want most from massage.',
  },
] as const;

/** The box (outside the questions) that says a doctor has already checked the urgent signs ticked. */
export const CLEARED = 'cleared';

export type Field = (typeof FIELDS)[number];
export type QuestionId = Field['id'];
/** The scale field (pain). */
export type ScaleField = Extract<Field, { kind: 'scale' }>;

type AnswerTo<F> = F extends { kind: 'scale' }
  ? number
  : F extends { kind: 'single'; values: readonly (infer V)[] }
    ? V
    : F extends { kind: 'multi'; values: readonly (infer V)[] }
      ? V[] | [typeof NONE]
      : never;

/**
 * One complete, valid set of answers: one field per question, typed from its values. A checkbox
 * question holds the ticked values, or [NONE] alone. `cleared` is true when they said a doctor has already
 * checked the urgent signs they ticked.
 */
export type Answers = { [F in Field as F['id']]: AnswerTo<F> } & { cleared?: boolean };
