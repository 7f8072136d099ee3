import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_WORDS, stopRuleText } from '../../src/lib/quiz/plan-words.ts';
import { LATEST_REVIEW } from '../../src/lib/quiz/plan.ts';
import type { Entry } from '../../src/lib/progress/entries.ts';
import { exportFile, FILE_VERSION, importFile } from '../../src/lib/progress/file.ts';
import { needsCareCards, reviewAnswer } from '../../src/lib/progress/plan-review.ts';
import { MAX_REVIEW_SESSION, progressUrl, reviewSessionFrom } from '../../src/lib/progress/link.ts';
import { reviewText } from '../../src/lib/progress/review-words.ts';

const TODAY = '2026-12-04';
const at = (day: number, pain: number, warning = false): Entry => ({
  date: `2026-11-${String(day).padStart(2, '0')}`,
  pain,
  enjoyment: pain,
  activity: pain,
  activities: day === 1 ? [{ name: 'Walking the dog', score: 3 }] : [],
  warning,
});
const history = (...scores: number[]) => scores.map((score, i) => at(i + 1, score));

describe('the review session from the link', () => {
  it.each([
    ['?review=4', 4],
    ['?review=1', 1],
    [`?review=${MAX_REVIEW_SESSION}`, MAX_REVIEW_SESSION],
    ['?review=0', undefined],
    [`?review=${MAX_REVIEW_SESSION + 1}`, undefined],
    ['?review=3.5', undefined],
    ['?review=abc', undefined],
    ['?review=', undefined],
    ['', undefined],
    ['?pain=7&review=3', 3],
  ])('%s gives %s', (search, session) => expect(reviewSessionFrom(search)).toBe(session));

  it('covers every review session the guide can give', () =>
    expect(MAX_REVIEW_SESSION).toBeGreaterThanOrEqual(LATEST_REVIEW));

  it('links carry the review session and nothing else', () => {
    expect(progressUrl()).toBe('/progress');
    expect(progressUrl(3)).toBe('/progress?review=3');
    expect(reviewSessionFrom(new URL(progressUrl(3), 'https://x').search)).toBe(3);
  });
});

describe('the plan’s review rule', () => {
  it.each([
    ['no plan', [8, 4, 3, 2], undefined, 'no-plan'],
    ['before the review session', [8, 5], 4, 'too-early'],
    ['at the review, down 50%', [8, 6, 5, 4], 4, 'go-on'],
    ['at the review, down exactly 30%', [10, 9, 8, 7], 4, 'go-on'],
    ['at the review, down 25%', [8, 7, 7, 6], 4, 'stop'],
    ['at the review, no change', [6, 6, 6], 3, 'stop'],
    ['at the review, worse', [4, 5, 6], 3, 'stop'],
    ['after the review, better', [8, 7, 6, 5, 4], 2, 'go-on'],
  ] as const)('%s: %s', (_name, scores, session, kind) => {
    expect(reviewAnswer(history(...scores), session).kind).toBe(kind);
  });

  it('never says "go on" when every later score is worse than the first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: MAX_REVIEW_SESSION }),
        (first, rises, session) => {
          const scores = [first, ...rises.map((rise) => Math.min(10, first + rise))];
          const answer = reviewAnswer(history(...scores), session);
          expect(answer.kind).not.toBe('go-on');
          expect(needsCareCards(history(...scores))).toBe(true);
        },
      ),
    );
  });

  it('quotes the guide’s own stop rule, with the plan’s session number', () => {
    for (const scores of [[8, 4], [8, 8], [8]]) {
      const text = reviewText(reviewAnswer(history(...scores), 2));
      expect(text).toContain(stopRuleText(2));
    }
    expect(stopRuleText(2)).toContain(PLAN_WORDS.stopRule[0].trim());
    expect(reviewText(reviewAnswer(history(8, 4), 2)).join(' ')).toMatch(/50%.*goes on/);
    expect(reviewText(reviewAnswer(history(8, 7), 2)).join(' ')).toMatch(/13% down.*other care/);
    expect(reviewText(reviewAnswer(history(8), 2)).join(' ')).toMatch(/1 check-in so far/);
    expect(reviewText({ kind: 'no-plan' })).toEqual([]);
  });

  it.each([
    ['worse', history(4, 6), true],
    ['a warning sign at the latest check-in', [at(1, 6), at(2, 3, true)], true],
    ['a warning sign earlier only', [at(1, 6, true), at(2, 3)], false],
    ['better', history(6, 3), false],
    ['no entries', [], false],
  ])('care cards: %s -> %s', (_name, entries, shown) => expect(needsCareCards(entries)).toBe(shown));
});

describe('the export file', () => {
  const entries = history(7, 5, 4);

  it('round-trips', () => {
    expect(importFile(exportFile(entries), TODAY)).toEqual({ ok: true, entries });
  });

  it('round-trips any valid history', () => {
    const score = fc.integer({ min: 0, max: 10 });
    const entryArb = fc.record({
      date: fc.integer({ min: 1, max: 30 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`),
      pain: score,
      enjoyment: score,
      activity: score,
      activities: fc.array(fc.record({ name: fc.constantFrom('Sitting', 'Lifting'), score }), { maxLength: 3 }),
      warning: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 20 }), (list) => {
        expect(importFile(exportFile(list), TODAY)).toEqual({ ok: true, entries: list });
      }),
    );
  });

  it.each([
    ['not JSON', 'hello', 'not a progress file'],
    ['someone else’s JSON', '{"entries": []}', 'not a progress file'],
    ['a list', '[]', 'not a progress file'],
    [
      'a newer version',
      JSON.stringify({ format: 'massage-strong-progress', version: FILE_VERSION + 1, entries: [] }),
      'newer version',
    ],
    [
      'a score of 11',
      JSON.stringify({ format: 'massage-strong-progress', version: 1, entries: [{ ...at(1, 5), pain: 11 }] }),
      'damaged',
    ],
    [
      'a future date',
      JSON.stringify({ format: 'massage-strong-progress', version: 1, entries: [{ ...at(1, 5), date: '2027-01-01' }] }),
      'future',
    ],
    [
      'four activities',
      JSON.stringify({
        format: 'massage-strong-progress',
        version: 1,
        entries: [{ ...at(1, 5), activities: Array(4).fill({ name: 'x', score: 1 }) }],
      }),
      'damaged',
    ],
  ])('refuses %s', (_name, text, message) => {
    const result = importFile(text, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });

  it('drops fields it does not know', () => {
    const text = JSON.stringify({
      format: 'massage-strong-progress',
      version: 1,
      entries: [{ ...at(1, 5), note: 'secret' }],
    });
    const result = importFile(text, TODAY);
    expect(result.ok && Object.keys(result.entries[0]!)).not.toContain('note');
  });
});
