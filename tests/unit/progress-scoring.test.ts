import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScore, isScore, pegScore, pegTotal, PEG_ITEMS } from '../../src/lib/progress/peg.ts';
import { byDate, isDay, localDay, readEntry, MAX_ACTIVITIES } from '../../src/lib/progress/entries.ts';

const TODAY = '2026-12-04';
const form = (fields: Record<string, string>) => ({
  date: '2026-12-01',
  warning: 'no',
  pain: '6',
  enjoyment: '5',
  activity: '7',
  ...fields,
});

describe('PEG score (Krebs 2009: the mean of three 0-10 items)', () => {
  it.each([
    [{ pain: 0, enjoyment: 0, activity: 0 }, 0, '0'],
    [{ pain: 10, enjoyment: 10, activity: 10 }, 10, '10'],
    [{ pain: 6, enjoyment: 5, activity: 7 }, 6, '6'],
    [{ pain: 6, enjoyment: 6, activity: 7 }, 19 / 3, '6.3'],
    [{ pain: 1, enjoyment: 0, activity: 0 }, 1 / 3, '0.3'],
  ])('%o scores %d, shown as %s', (answers, score, shown) => {
    expect(pegScore(answers)).toBeCloseTo(score, 10);
    expect(formatScore(pegScore(answers))).toBe(shown);
  });

  it('is always between the lowest and the highest answer, and the total is three times the score', () => {
    const item = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(item, item, item, (pain, enjoyment, activity) => {
        const answers = { pain, enjoyment, activity };
        const score = pegScore(answers);
        expect(score).toBeGreaterThanOrEqual(Math.min(pain, enjoyment, activity));
        expect(score).toBeLessThanOrEqual(Math.max(pain, enjoyment, activity));
        expect(pegTotal(answers)).toBe(Math.round(score * 3));
      }),
    );
  });

  it('has three items, each with its own field', () => {
    expect(PEG_ITEMS.map((item) => item.id)).toEqual(['pain', 'enjoyment', 'activity']);
  });

  it.each([
    [0, true],
    [10, true],
    [5, true],
    [-1, false],
    [11, false],
    [2.5, false],
    [Number.NaN, false],
    ['5', false],
  ])('isScore(%o) is %s', (value, expected) => expect(isScore(value)).toBe(expected));
});

describe('readEntry: checking one check-in', () => {
  it('accepts a complete check-in, with activities and a warning sign', () => {
    expect(readEntry(form({ activity1: ' Gardening ', activity1Score: '4', warning: 'yes' }), TODAY)).toEqual({
      ok: true,
      entry: {
        date: '2026-12-01',
        pain: 6,
        enjoyment: 5,
        activity: 7,
        activities: [{ name: 'Gardening', score: 4 }],
        warning: true,
      },
    });
  });

  it.each([
    ['a score above 10', { pain: '11' }, 'pain', 'must be a whole number from 0 to 10'],
    ['a negative score', { enjoyment: '-1' }, 'enjoyment', 'must be a whole number from 0 to 10'],
    ['a decimal score', { activity: '2.5' }, 'activity', 'must be a whole number from 0 to 10'],
    ['a blank score', { pain: '' }, 'pain', 'Enter a score'],
    ['a date in the future', { date: '2026-12-05' }, 'date', 'cannot be in the future'],
    ['a day that does not exist', { date: '2026-02-30' }, 'date', 'real day'],
    ['no date', { date: '' }, 'date', 'real day'],
    ['an activity rated 12', { activity2: 'Lifting', activity2Score: '12' }, 'activity2Score', 'from 0 to 10'],
    ['an activity with no name', { activity1Score: '3' }, 'activity1', 'Name activity 1'],
    ['no answer on warning signs', { warning: '' }, 'warning', 'warning signs'],
    ['an activity with no rating', { activity3: 'Walking' }, 'activity3Score', 'Rate activity 3'],
  ])('refuses %s, on its own field', (_name, fields, field, message) => {
    const result = readEntry(form(fields), TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual([field]);
    expect(result.errors[0]!.message).toContain(message);
  });

  it('accepts today, and never more than the allowed number of activities', () => {
    const fields: Record<string, string> = { date: TODAY };
    for (let i = 1; i <= MAX_ACTIVITIES + 1; i++)
      Object.assign(fields, { [`activity${i}`]: `a${i}`, [`activity${i}Score`]: '5' });
    const result = readEntry(form(fields), TODAY);
    expect(result.ok && result.entry.activities.length).toBe(MAX_ACTIVITIES);
  });

  it('accepts every whole score from 0 to 10 and refuses every other number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), (n) => {
        expect(readEntry(form({ pain: String(n) }), TODAY).ok).toBe(n >= 0 && n <= 10);
      }),
    );
  });
});

describe('days', () => {
  it.each([
    ['2026-12-04', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['26-12-04', false],
    ['2026-12-04T00:00', false],
  ])('isDay(%s) is %s', (day, expected) => expect(isDay(day)).toBe(expected));

  it('localDay is the visitor’s calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('byDate sorts by day and keeps the order of two on one day', () => {
    const entry = (date: string, pain: number) => ({
      date,
      pain,
      enjoyment: 0,
      activity: 0,
      activities: [],
      warning: false,
    });
    expect(byDate([entry('2026-02-01', 1), entry('2026-01-01', 2), entry('2026-02-01', 3)]).map((e) => e.pain)).toEqual(
      [2, 1, 3],
    );
  });
});
