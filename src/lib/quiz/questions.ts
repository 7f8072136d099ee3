import { QUIZ_SIGN_IDS, redFlagItem, RED_FLAGS, type RedFlagId, type RedFlagLevel } from '../safety/red-flags.ts';
import { FIELDS, type Field, type ScaleField } from './answer-rules.ts';
export { NONE } from './answer-rules.ts';

export type { Answers } from './answer-rules.ts';

/**
 * The frequency-guide questions: each field's rules (answer-rules.ts) plus the words the visitor reads.
 * The page renders its form from these at build time; the browser only gets answer-rules.ts, so the
 * form and the checks cannot drift apart and the words stay out of the page's JavaScript.
 */

interface Option<V extends string = string> {
  /** The value sent by the form and stored in the answers. */
  value: V;
  /** What the visitor reads next to the radio button or checkbox. */
  label: string;
}

type ValueOf<F> = F extends { values: readonly (infer V extends string)[] } ? V : never;

/** The words for one field. A choice needs a label for every value, and no others. */
type WordsFor<F extends Field> = { legend: string; hint?: string } & (F extends ScaleField
  ? { minLabel: string; maxLabel: string }
  : { labels: Record<ValueOf<F>, string> });

const labelsOf = <L extends RedFlagLevel>(...levels: L[]) =>
  Object.fromEntries(levels.flatMap((level) => RED_FLAGS[level].items.map((item) => [item.id, item.label]))) as Record<
    RedFlagId<L>,
    string
  >;

const WORDS = {
  redFlags: {
    legend: 'Do you have any of these with your back pain?',
    hint: 'Tick all that apply, or tick "None of these".',
    labels: Object.fromEntries(QUIZ_SIGN_IDS.map((id) => [id, redFlagItem(id)!.label])) as Record<
      (typeof QUIZ_SIGN_IDS)[number],
      string
    >,
  },
  cautions: {
    legend: 'Do any of these apply to you?',
    hint: 'Tick all that apply, or tick "None of these".',
    labels: labelsOf('caution'),
  },
  pain: {
    legend: 'How bad is your back pain right now?',
    hint: '0 means no pain at all. 10 means the worst pain you can imagine.',
    minLabel: 'No pain',
    maxLabel: 'Worst pain',
  },
  duration: {
    legend: 'How long have you had this back pain?',
    labels: {
      'under-4-weeks': 'Less than 4 weeks',
      '4-to-12-weeks': '4 to 12 weeks',
      'over-12-weeks': 'More than 12 weeks',
    },
  },
  trend: {
    legend: 'Over the last two weeks, how has your pain changed?',
    labels: { easing: 'It is getting better', same: 'It is about the same', worse: 'It is getting worse' },
  },
  work: {
    legend: 'What is your work like on most days?',
    hint: 'If you do not work, think about what fills most of your day.',
    labels: {
      sitting: 'Mostly sitting, such as desk work or driving',
      mixed: 'A mix of sitting, standing and moving',
      physical: 'Physically demanding, such as lifting, carrying or bending',
    },
  },
  exercise: {
    legend: 'How often do you exercise?',
    hint: 'Count brisk walks, swimming, the gym, sport or anything that makes you breathe harder.',
    labels: { rarely: 'Rarely or never', sometimes: '1 or 2 days a week', regularly: '3 or more days a week' },
  },
  sitting: {
    legend: 'About how many hours a day do you spend sitting?',
    hint: 'Add up work, travel and time at home.',
    labels: {
      'under-4-hours': 'Less than 4 hours',
      '4-to-8-hours': '4 to 8 hours',
      'over-8-hours': 'More than 8 hours',
    },
  },
  response: {
    legend: 'How did your body respond to massage in the past?',
    hint: 'A flare-up means your usual pain got clearly worse, not just a day of mild soreness.',
    labels: {
      'never-had': 'I have never had a massage',
      quickly: 'I felt better quickly',
      slowly: 'I improved, but slowly',
      'flared-up': 'My pain flared up afterwards',
      'did-not-help': 'It did not help me',
    },
  },
  goal: {
    legend: 'What do you want most from massage?',
    labels: {
      relief: 'Ease the pain I have now',
      'keep-improving': 'Keep improving after some progress',
      maintenance: 'Stay well once the pain has eased',
    },
  },
} as const satisfies { [F in Field as F['id']]: WordsFor<F> };

type Words = typeof WORDS;

/** One question as the form shows it: the scale keeps its end labels; a choice gets its options. */
type QuestionFor<F extends Field> = F extends ScaleField
  ? F & Words[F['id']]
  : Omit<F, 'values'> & Omit<Words[F['id']], 'labels'> & { options: readonly Option<ValueOf<F>>[] };

export type Question = QuestionFor<Field>;

export const QUESTIONS: readonly Question[] = FIELDS.map((field): Question => {
  if (field.kind === 'scale') return { ...field, ...WORDS[field.id] };
  const { values, ...rules } = field;
  const { labels, ...words }: { legend: string; labels: Record<string, string> } = WORDS[field.id];
  const options = values.map((value: string) => ({ value, label: labels[value] ?? value }));
  return { ...rules, ...words, options } as Question;
});

export const PAIN_QUESTION = QUESTIONS.find((question) => question.kind === 'scale') as Extract<
  Question,
  { kind: 'scale' }
>;

/** The label of the "None of these" box that every checkbox question ends with. */
export const NONE_LABEL = 'None of these';
