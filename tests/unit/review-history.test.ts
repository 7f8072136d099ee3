import { describe, expect, it } from 'vitest';
import { latestReview, reviewsNewestFirst } from '../../src/lib/content/review-history.ts';
import {
  careCardId,
  RED_FLAG_LEVELS,
  RED_FLAGS,
  redFlagLabels,
  warningSignsHref,
  WARNING_SIGNS_ID,
} from '../../src/lib/safety/red-flags.ts';

const review = (day: string, changes: string) => ({ date: new Date(day), changes });

describe('review history', () => {
  it.each([
    ['one entry', [review('2026-01-05', 'a')], 'a'],
    ['newest last', [review('2025-01-05', 'a'), review('2026-01-05', 'b')], 'b'],
    ['newest first', [review('2026-03-01', 'a'), review('2025-01-05', 'b')], 'a'],
    ['a tie: the later-written entry', [review('2026-01-05', 'a'), review('2026-01-05', 'b')], 'b'],
  ])('latestReview with %s', (_name, history, expected) => {
    expect(latestReview(history).changes).toBe(expected);
  });

  it('refuses an empty history', () => expect(() => latestReview([])).toThrow('at least one reviewHistory entry'));

  it('lists newest first and keeps every entry', () => {
    const history = [review('2025-01-05', 'a'), review('2026-03-01', 'b'), review('2025-06-01', 'c')];
    expect(reviewsNewestFirst(history).map((entry) => entry.changes)).toEqual(['b', 'c', 'a']);
    expect(reviewsNewestFirst(history)[0]).toBe(latestReview(history));
  });
});

describe('links to the care cards', () => {
  it.each(RED_FLAG_LEVELS)('%s has its own anchor inside the set', (level) => {
    expect(careCardId(level)).toMatch(new RegExp(`^${WARNING_SIGNS_ID}-`));
    expect(warningSignsHref(level)).toBe(`/medical-disclaimer#${careCardId(level)}`);
  });

  it('links to the whole set by default, and lists the labels in card order', () => {
    expect(warningSignsHref()).toBe(`/medical-disclaimer#${WARNING_SIGNS_ID}`);
    expect(redFlagLabels('emergency')).toEqual(RED_FLAGS.emergency.items.map((item) => item.label));
  });
});
