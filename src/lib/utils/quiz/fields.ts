import { RED_FLAGS, type RedFlagId, type RedFlagLevel } from '../red-flags.ts';

/**
 * What each quiz answer may be: the rules the browser checks. The words around them (legends, hints,
 * option labels) live in questions.ts, which only the build reads, so they stay out of the page's
 * JavaScript. Each `id` is the form field name; `values` are the option values in display order.
 */

const idsOf = <L extends RedFlagLevel>(...levels: L[]): RedFlagId<L>[] =>
  levels.flatMap((level) => RED_FLAGS[level].items.map((item) => item.id as RedFlagId<L>));

export const FIELDS = [
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
    values: ['never-had', 'quickly', 'slowly', 'flared-up'],
    error: 'Choose how your body responded to massage before.',
  },
  {
    id: 'goal',
    kind: 'single',
    values: ['relief', 'keep-improving', 'maintenance'],
    error: 'Choose what you want most from massage.',
  },
  {
    id: 'redFlags',
    /** Any number of `values`; none is a valid answer. */
    kind: 'multi',
    values: idsOf('emergency', 'urgent'),
    error: 'Tick only the warning signs listed here, or none of them.',
  },
  {
    id: 'cautions',
    kind: 'multi',
    values: idsOf('caution'),
    error: 'Tick only the health conditions listed here, or none of them.',
  },
] as const;

export type Field = (typeof FIELDS)[number];
export type QuestionId = Field['id'];
/** The scale field (pain). */
export type ScaleField = Extract<Field, { kind: 'scale' }>;
/** A field answered by choosing from `values`. */
export type ChoiceField = Exclude<Field, ScaleField>;

type AnswerTo<F> = F extends { kind: 'scale' }
  ? number
  : F extends { kind: 'single'; values: readonly (infer V)[] }
    ? V
    : F extends { kind: 'multi'; values: readonly (infer V)[] }
      ? V[]
      : never;

/** One complete, valid set of answers: one field per question, typed from its values. */
export type Answers = { [F in Field as F['id']]: AnswerTo<F> };
