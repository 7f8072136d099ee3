import { z } from 'astro/zod';
import { PAIN_QUESTION, QUESTIONS, type Question } from './questions.ts';

/**
 * The quiz answers as a zod schema, for build-time code and tests only: the browser uses the
 * zod-free parseAnswers (answers.ts), and a test proves the two accept and reject the same inputs.
 */

type ChoiceQuestion = Extract<Question, { options: unknown }>;
type OptionValue<I extends ChoiceQuestion['id']> = Extract<Question, { id: I }>['options'][number]['value'];

const questionFor = <I extends Question['id']>(id: I) =>
  QUESTIONS.find((question) => question.id === id) as Extract<Question, { id: I }>;

/** The question's own error message, so zod's errors read the same as the browser's. */
const error = (id: Question['id']) => ({ error: questionFor(id).error });

const oneOf = <I extends ChoiceQuestion['id']>(id: I) =>
  z.enum(
    (questionFor(id) as ChoiceQuestion).options.map((option) => option.value as OptionValue<I>),
    error(id),
  );

const { min, max } = PAIN_QUESTION;

export const answersSchema = z.object({
  pain: z.number(error('pain')).int(error('pain')).min(min, error('pain')).max(max, error('pain')),
  duration: oneOf('duration'),
  work: oneOf('work'),
  exercise: oneOf('exercise'),
  sitting: oneOf('sitting'),
  response: oneOf('response'),
  goal: oneOf('goal'),
  redFlags: z.array(oneOf('redFlags'), error('redFlags')),
  cautions: z.array(oneOf('cautions'), error('cautions')),
});
