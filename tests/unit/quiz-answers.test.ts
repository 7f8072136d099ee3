import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers, readAnswers } from '../../src/lib/quiz/answers.ts';
import { QUESTIONS, type Answers } from '../../src/lib/quiz/questions.ts';

const VALID: Answers = {
  redFlags: ['none'],
  cautions: ['none'],
  pain: 6,
  duration: 'over-12-weeks',
  trend: 'easing',
  work: 'sitting',
  exercise: 'sometimes',
  sitting: 'over-8-hours',
  response: 'never-had',
  goal: 'relief',
};
const ALL_FIELDS = QUESTIONS.map((question) => question.id);

function handVerdict(input: unknown) {
  const result = parseAnswers(input);
  return result.ok ? result : { ok: false, fields: result.errors.map((error) => error.field) };
}

describe('parseAnswers', () => {
  it.each([
    ['a full set', VALID],
    ['pain 0', { ...VALID, pain: 0 }],
    ['pain 10', { ...VALID, pain: 10 }],
    ['pain written as 7.0', { ...VALID, pain: 7.0 }],
    ['ticked warning signs', { ...VALID, redFlags: ['fever', 'chest-pain'] }],
    ['a ticked condition', { ...VALID, cautions: ['blood-clot'] }],
    ["a doctor's check", { ...VALID, cleared: true }],
  ])('accepts %s', (_name, input) => {
    expect(parseAnswers(input)).toEqual({ ok: true, answers: input });
  });

  it('drops fields it does not know and copies lists', () => {
    const input = { ...VALID, email: 'someone@example.com' };
    const result = parseAnswers(input);
    expect(result).toEqual({ ok: true, answers: VALID });
    expect(result.ok && result.answers.redFlags).not.toBe(input.redFlags);
  });

  it.each([
    ['pain 11', { ...VALID, pain: 11 }, ['pain']],
    ['pain -1', { ...VALID, pain: -1 }, ['pain']],
    ['pain 4.5', { ...VALID, pain: 4.5 }, ['pain']],
    ['pain as a string', { ...VALID, pain: '5' }, ['pain']],
    ['pain NaN', { ...VALID, pain: Number.NaN }, ['pain']],
    ['pain Infinity', { ...VALID, pain: Number.POSITIVE_INFINITY }, ['pain']],
    ['a missing duration', { ...VALID, duration: undefined }, ['duration']],
    ['an option from another question', { ...VALID, work: 'sometimes' }, ['work']],
    ['an option in the wrong case', { ...VALID, goal: 'Relief' }, ['goal']],
    ['null for a choice', { ...VALID, response: null }, ['response']],
    ['a list for a single choice', { ...VALID, sitting: ['over-8-hours'] }, ['sitting']],
    ['warning signs as a string', { ...VALID, redFlags: 'fever' }, ['redFlags']],
    ['an unknown warning sign', { ...VALID, redFlags: ['back-ache'] }, ['redFlags']],
    ['a condition in the warning signs', { ...VALID, redFlags: ['blood-clot'] }, ['redFlags']],
    ['a sparse list', { ...VALID, cautions: new Array(1) }, ['cautions']],
    ['no warning-sign answer (a blank is not "none")', { ...VALID, redFlags: [] }, ['redFlags']],
    ['"None of these" with a sign', { ...VALID, redFlags: ['none', 'fever'] }, ['redFlags']],
    ['"None of these" twice', { ...VALID, cautions: ['none', 'none'] }, ['cautions']],
    ['no condition answer', { ...VALID, cautions: undefined }, ['cautions']],
    ['two bad fields', { ...VALID, pain: 12, goal: 'cure' }, ['pain', 'goal']],
    ['an empty object', {}, ALL_FIELDS],
    ['null', null, ALL_FIELDS],
    ['a string', 'pain=5', ALL_FIELDS],
    ['a number', 5, ALL_FIELDS],
    ['an array', [VALID], ALL_FIELDS],
  ])('rejects %s, naming %j', (_name, input, fields) => {
    expect(handVerdict(input)).toEqual({ ok: false, fields });
  });

  it.each([
    ['pain', 'Choose a pain score from 0 to 10.'],
    ['duration', 'Choose how long the pain has lasted.'],
    ['redFlags', 'Tick any warning signs you have, or tick "None of these".'],
  ])('tells the visitor how to fix %s', (field, message) => {
    const result = parseAnswers({ ...VALID, [field]: 'nonsense' });
    expect(result).toEqual({ ok: false, errors: [{ field, message }] });
  });

  it('does not throw on a field whose getter throws', () => {
    const input = { ...VALID };
    Object.defineProperty(input, 'goal', {
      get() {
        throw new Error('boom');
      },
    });
    expect(handVerdict(input)).toEqual({ ok: false, fields: ['goal'] });
  });
});

describe('parseAnswers on random input', () => {
  it('never throws, and accepts a checkbox answer only as "None of these" alone or known values', () => {
    const field = (question: (typeof QUESTIONS)[number]) =>
      question.kind === 'scale'
        ? fc.integer({ min: -2, max: 12 })
        : question.kind === 'single'
          ? fc.constantFrom(...question.options.map((option) => option.value))
          : fc.subarray([...question.options.map((option) => option.value), 'none']);
    const nearlyValid = fc.record(
      Object.fromEntries(
        QUESTIONS.map((q) => [
          q.id,
          fc.oneof({ arbitrary: field(q), weight: 8 }, { arbitrary: fc.anything(), weight: 1 }),
        ]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(nearlyValid, fc.anything({ withNullPrototype: true, withSparseArray: true })), (input) => {
        const result = parseAnswers(input);
        if (!result.ok) return;
        for (const list of [result.answers.redFlags, result.answers.cautions] as readonly string[][]) {
          expect(list.length).toBeGreaterThan(0);
          if (list.includes('none')) expect(list).toEqual(['none']);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readAnswers', () => {
  const form = (entries: readonly (readonly [string, string | Blob])[]) => {
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return data;
  };
  const FILLED: [string, string][] = [
    ['redFlags', 'none'],
    ['cautions', 'none'],
    ['pain', '6'],
    ['trend', 'easing'],
    ['duration', 'over-12-weeks'],
    ['work', 'sitting'],
    ['exercise', 'sometimes'],
    ['sitting', 'over-8-hours'],
    ['response', 'never-had'],
    ['goal', 'relief'],
  ];

  it.each([
    ['a filled-in form', FILLED, { ok: true, answers: VALID }],
    [
      'ticked boxes',
      [...FILLED.slice(2), ['redFlags', 'fever'], ['redFlags', 'chest-pain'], ['cautions', 'blood-clot']],
      { ok: true, answers: { ...VALID, redFlags: ['fever', 'chest-pain'], cautions: ['blood-clot'] } },
    ],
    ["the doctor's-check box", [...FILLED, ['cleared', 'yes']], { ok: true, answers: { ...VALID, cleared: true } }],
    ['nothing ticked in the warning signs', FILLED.slice(1), { ok: false, fields: ['redFlags'] }],
    [
      'a blank pain score',
      [['pain', ''], ...FILLED.filter(([name]) => name !== 'pain')],
      { ok: false, fields: ['pain'] },
    ],
    [
      'a pain score that is not a whole number',
      [['pain', '6.5'], ...FILLED.filter(([name]) => name !== 'pain')],
      { ok: false, fields: ['pain'] },
    ],
    [
      'a pain score in hex',
      [['pain', '0x5'], ...FILLED.filter(([name]) => name !== 'pain')],
      { ok: false, fields: ['pain'] },
    ],
    [
      'a file where text belongs',
      [['pain', new Blob(['6'])], ...FILLED.filter(([name]) => name !== 'pain')],
      { ok: false, fields: ['pain'] },
    ],
    ['no answer to duration', FILLED.filter(([name]) => name !== 'duration'), { ok: false, fields: ['duration'] }],
    ['an empty form', [], { ok: false, fields: ALL_FIELDS }],
  ] as const)('reads %s', (_name, entries, expected) => {
    expect(handVerdict(readAnswers(form(entries)))).toEqual(expected);
  });
});
