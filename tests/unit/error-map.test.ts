import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { listOf, text, wholeNumber } from '../../src/lib/content/strict-fields.ts';

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('the error map: every message comes from the field description', () => {
  const headline = text({ what: 'a headline', min: 10, max: 90 });
  const described = text({ what: 'a summary', min: 5, max: 8, whyMin: 'say more', whyMax: 'cut it' });
  const order = wholeNumber({ what: 'the position', min: 1, max: 9 });
  const ids = listOf(text('an id'), { what: 'ids', item: 'id', min: 1, example: '[a, b]', whyMin: 'cite one' });

  it.each([
    ['missing text', headline, undefined, 'expected a headline, but the field is missing'],
    ['text of another type', headline, 12, 'expected a headline as text; put it in double quotes'],
    ['text too short', headline, 'Short', 'expected 10 to 90 characters for a headline (got 5); add to it'],
    ['text too long', headline, 'x'.repeat(91), 'expected 10 to 90 characters for a headline (got 91); shorten it'],
    ['the why of the lower bound', described, 'abc', 'expected 5 to 8 characters for a summary (got 3); say more'],
    [
      'the why of the upper bound',
      described,
      'abcdefghij',
      'expected 5 to 8 characters for a summary (got 10); cut it',
    ],
    ['a missing number', order, undefined, 'expected the position (a whole number), but the field is missing'],
    [
      'a number in quotes',
      order,
      '2',
      'expected the position as a whole number without quotes; got "2". Write the digits only, for example 2.',
    ],
    ['a decimal', order, 1.5, 'expected the position as a whole number, with no decimal point'],
    ['a number too small', order, 0, 'expected the position from 1 to 9 (got 0)'],
    ['a number too big', order, 10, 'expected the position from 1 to 9 (got 10)'],
    ['a missing list', ids, undefined, 'expected ids as a list, but the field is missing'],
    [
      'one value for a list',
      ids,
      'a',
      'expected ids as a list (got "a"); write it in square brackets, for example [a, b]',
    ],
    ['an empty list', ids, [], 'expected at least one id: cite one'],
  ])('%s', (_name, schema, value, message) => {
    expect(messages(schema, value)).toEqual([message]);
  });

  it('a message set on a rule outranks the map', () => {
    expect(messages(text('a tag').regex(/^[a-z]+$/, 'expected lowercase'), 'A')).toEqual(['expected lowercase']);
  });
});
