import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeFromFirst, changeMeaning, MEANINGFUL_FALL } from '../../src/lib/progress/change.ts';
import { chartPoints, CHART, polyline, scoreY } from '../../src/lib/progress/chart.ts';
import type { Entry } from '../../src/lib/progress/entries.ts';
import { pegScore } from '../../src/lib/progress/peg.ts';

/** An entry whose three answers are all `score` on day `day` of January 2026. */
const at = (day: number, pain: number, enjoyment = pain, activity = pain): Entry => ({
  date: `2026-01-${String(day).padStart(2, '0')}`,
  pain,
  enjoyment,
  activity,
  activities: [],
  warning: false,
});
const history = (...scores: number[]) => scores.map((score, i) => at(i + 1, score));

const score = fc.integer({ min: 0, max: 10 });
const entryArb = fc.record({ pain: score, enjoyment: score, activity: score });
/** Histories in date order: 2 to 12 entries, one a day or a few days apart. */
const historyArb = fc
  .array(fc.tuple(entryArb, fc.integer({ min: 0, max: 3 })), { minLength: 2, maxLength: 12 })
  .map((rows) => {
    let day = 1;
    return rows.map(([answers, gap]) => ({ ...at((day += gap), 0), ...answers }));
  });

describe('change from the first check-in', () => {
  it('is 30% by IMMPACT (Dworkin 2008): one constant', () => expect(MEANINGFUL_FALL).toBe(0.3));

  it.each([
    ['a fall of exactly 30%', [10, 7], 'better', 30, true],
    ['a fall just under 30%', [7, 5], 'better', 29, false],
    ['a fall of half', [8, 6, 4], 'better', 50, true],
    ['no change', [5, 5], 'same', 0, false],
    ['a rise', [4, 6], 'worse', -50, false],
    ['a rise from 0', [0, 2], 'worse', null, false],
    ['0 to 0', [0, 0], 'same', null, false],
    ['better in the middle, worse at the end', [6, 2, 8], 'worse', -33, false],
  ] as const)('%s', (_name, scores, direction, fallPercent, meaningful) => {
    const change = changeFromFirst(history(...scores));
    expect(change).toMatchObject({ direction, fallPercent, meaningful });
  });

  it('needs two check-ins', () => {
    expect(changeFromFirst([])).toBeNull();
    expect(changeFromFirst(history(5))).toBeNull();
    expect(changeMeaning(null)).toMatch(/at least two/);
  });

  it('never claims improvement when every later score is worse than the first', () => {
    fc.assert(
      fc.property(historyArb, (entries) => {
        fc.pre(entries.slice(1).every((entry) => pegScore(entry) > pegScore(entries[0]!)));
        const change = changeFromFirst(entries)!;
        expect(change.direction).toBe('worse');
        expect(change.meaningful).toBe(false);
        expect(changeMeaning(change)).not.toMatch(/come down|real difference/);
        expect(changeMeaning(change)).toMatch(/gone up/);
      }),
    );
  });

  it('calls a change meaningful exactly when the score fell by 30% or more of the first', () => {
    fc.assert(
      fc.property(historyArb, (entries) => {
        const change = changeFromFirst(entries)!;
        const [first, last] = [pegScore(entries[0]!), pegScore(entries.at(-1)!)];
        expect(change.meaningful).toBe(first > 0 && (first - last) / first >= 0.3 - 1e-9);
        expect(change.difference).toBeCloseTo(last - first, 9);
      }),
    );
  });

  it.each([
    [[10, 7], /come down by 30%.*real difference/],
    [[7, 5], /come down by 29%.*less than about 30%.*ups and downs/],
    [[4, 6], /gone up by 50%.*worse/],
    [[5, 5], /same/],
  ])('says what %o means in plain words', (scores, words) => {
    expect(changeMeaning(changeFromFirst(history(...scores)))).toMatch(words);
  });
});

describe('the chart', () => {
  it('has one point per table row, in order, at the row’s score and date', () => {
    fc.assert(
      fc.property(historyArb, (entries) => {
        const points = chartPoints(entries);
        // The table the page shows beside the chart: one row per entry, its date and score.
        const table = entries.map((entry) => ({ date: entry.date, score: pegScore(entry) }));
        expect(points.map(({ date, score }) => ({ date, score }))).toEqual(table);
        for (const point of points) {
          expect(point.y).toBeCloseTo(scoreY(point.score), 0);
          expect(point.x).toBeGreaterThanOrEqual(CHART.left);
          expect(point.x).toBeLessThanOrEqual(CHART.width - CHART.right);
        }
        // Later dates are never to the left of earlier ones.
        for (let i = 1; i < points.length; i++) expect(points[i]!.x).toBeGreaterThanOrEqual(points[i - 1]!.x);
      }),
    );
  });

  it.each([
    [0, CHART.height - CHART.bottom],
    [10, CHART.top],
  ])('puts score %d at y %d', (value, y) => expect(scoreY(value)).toBe(y));

  it('draws one check-in in the middle, and the line through the points', () => {
    const [point] = chartPoints(history(5));
    expect(point!.x).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
    const points = chartPoints(history(10, 0));
    expect(polyline(points)).toBe(
      `${CHART.left},${CHART.top} ${CHART.width - CHART.right},${CHART.height - CHART.bottom}`,
    );
  });
});
