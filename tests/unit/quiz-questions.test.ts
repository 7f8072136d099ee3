import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/lib/quiz/answer-rules.ts';
import { PAIN_QUESTION, QUESTIONS } from '../../src/lib/quiz/questions.ts';

describe('QUESTIONS, built from FIELDS and their words', () => {
  it('keeps every rule of FIELDS, in the same order', () => {
    const rules = QUESTIONS.map((question) =>
      question.kind === 'scale'
        ? { id: question.id, kind: question.kind, min: question.min, max: question.max, error: question.error }
        : {
            id: question.id,
            kind: question.kind,
            values: question.options.map((option) => option.value),
            error: question.error,
          },
    );
    expect(rules).toEqual(FIELDS);
  });

  it.each(QUESTIONS.map((question) => [question.id, question] as const))(
    '%s has a legend and a real label for each option',
    (_id, question) => {
      expect(question.legend).toMatch(/^[A-Z].*\?$/);
      if (question.kind === 'scale') return;
      for (const option of question.options) {
        expect(option.label).toMatch(/^[A-Z0-9]/);
        expect(option.label).not.toBe(option.value);
      }
      expect(new Set(question.options.map((option) => option.label)).size).toBe(question.options.length);
    },
  );

  it('names the ends of the pain scale', () => {
    expect(PAIN_QUESTION).toMatchObject({ id: 'pain', min: 0, max: 10, minLabel: 'No pain', maxLabel: 'Worst pain' });
  });
});
