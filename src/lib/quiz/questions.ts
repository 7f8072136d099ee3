import { RED_FLAGS } from '../red-flags.ts';

/**
 * The frequency-guide questions. The page renders its form from these, and the validator reads the
 * same option values, so the form and the checks cannot drift apart. Each `id` is the form field name.
 */

interface Option<V extends string = string> {
  /** The value sent by the form and stored in the answers. */
  value: V;
  /** What the visitor reads next to the radio button or checkbox. */
  label: string;
}

const asOptions = <V extends string>(items: readonly { id: V; label: string }[]): readonly Option<V>[] =>
  items.map(({ id, label }) => ({ value: id, label }));

export const PAIN_QUESTION = {
  id: 'pain',
  /** A whole number from `min` to `max`, shown as a row of radio buttons. */
  kind: 'scale',
  min: 0,
  max: 10,
  legend: 'How bad is your back pain right now?',
  hint: '0 means no pain at all. 10 means the worst pain you can imagine.',
  minLabel: 'No pain',
  maxLabel: 'Worst pain',
  /** Shown next to the question when the answer is missing or out of range. */
  error: 'Choose a pain score from 0 to 10.',
} as const;

export const QUESTIONS = [
  PAIN_QUESTION,
  {
    id: 'duration',
    /** Exactly one option, shown as radio buttons. */
    kind: 'single',
    legend: 'How long have you had this back pain?',
    options: [
      { value: 'under-4-weeks', label: 'Less than 4 weeks' },
      { value: '4-to-12-weeks', label: '4 to 12 weeks' },
      { value: 'over-12-weeks', label: 'More than 12 weeks' },
    ],
    error: 'Choose how long the pain has lasted.',
  },
  {
    id: 'work',
    kind: 'single',
    legend: 'What is your work like on most days?',
    hint: 'If you do not work, think about what fills most of your day.',
    options: [
      { value: 'sitting', label: 'Mostly sitting, such as desk work or driving' },
      { value: 'mixed', label: 'A mix of sitting, standing and moving' },
      { value: 'physical', label: 'Physically demanding, such as lifting, carrying or bending' },
    ],
    error: 'Choose the kind of work you do most.',
  },
  {
    id: 'exercise',
    kind: 'single',
    legend: 'How often do you exercise?',
    hint: 'Count brisk walks, swimming, the gym, sport or anything that makes you breathe harder.',
    options: [
      { value: 'rarely', label: 'Rarely or never' },
      { value: 'sometimes', label: '1 or 2 days a week' },
      { value: 'regularly', label: '3 or more days a week' },
    ],
    error: 'Choose how often you exercise.',
  },
  {
    id: 'sitting',
    kind: 'single',
    legend: 'About how many hours a day do you spend sitting?',
    hint: 'Add up work, travel and time at home.',
    options: [
      { value: 'under-4-hours', label: 'Less than 4 hours' },
      { value: '4-to-8-hours', label: '4 to 8 hours' },
      { value: 'over-8-hours', label: 'More than 8 hours' },
    ],
    error: 'Choose about how many hours a day you sit.',
  },
  {
    id: 'response',
    kind: 'single',
    legend: 'How did your body respond to massage in the past?',
    hint: 'A flare-up means your usual pain got clearly worse, not just a day of mild soreness.',
    options: [
      { value: 'never-had', label: 'I have never had a massage' },
      { value: 'quickly', label: 'I felt better quickly' },
      { value: 'slowly', label: 'I improved, but slowly' },
      { value: 'flared-up', label: 'My pain flared up afterwards' },
    ],
    error: 'Choose how your body responded to massage before.',
  },
  {
    id: 'goal',
    kind: 'single',
    legend: 'What do you want most from massage?',
    options: [
      { value: 'relief', label: 'Ease the pain I have now' },
      { value: 'keep-improving', label: 'Keep improving after some progress' },
      { value: 'maintenance', label: 'Stay well and keep the pain from coming back' },
    ],
    error: 'Choose what you want most from massage.',
  },
  {
    id: 'redFlags',
    /** Any number of options, shown as checkboxes; none ticked is a valid answer. */
    kind: 'multi',
    legend: 'Do you have any of these with your back pain?',
    hint: 'Tick all that apply. Leave them all unticked if none apply.',
    options: asOptions([...RED_FLAGS.emergency.items, ...RED_FLAGS.urgent.items]),
    error: 'Tick only the warning signs listed here, or none of them.',
  },
  {
    id: 'cautions',
    kind: 'multi',
    legend: 'Do any of these apply to you?',
    hint: 'Tick all that apply. Leave them all unticked if none apply.',
    options: asOptions(RED_FLAGS.caution.items),
    error: 'Tick only the health conditions listed here, or none of them.',
  },
] as const;

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question['id'];

type AnswerTo<Q> = Q extends { kind: 'scale' }
  ? number
  : Q extends { kind: 'single'; options: readonly Option<infer V>[] }
    ? V
    : Q extends { kind: 'multi'; options: readonly Option<infer V>[] }
      ? V[]
      : never;

/** One complete, valid set of answers: one field per question, typed from its options. */
export type Answers = { [Q in Question as Q['id']]: AnswerTo<Q> };
