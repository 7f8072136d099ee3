import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyReviewReal, isRealReview } from '../../src/lib/content/review-claims.ts';
import { publishedBeforeReview } from '../../src/lib/content/review-history.ts';

describe('isRealReview: the one decision on whether a review may be claimed (finding 2)', () => {
  it.each([
    [{ sample: true }, false],
    [{ sample: false }, true],
    [{}, true],
  ])('%j gives %s', (profile, expected) => expect(isRealReview(profile)).toBe(expected));

  it('lets site-wide lines claim review only when every reviewer is real', () => {
    expect(everyReviewReal([{ sample: false }, {}])).toBe(true);
    expect(everyReviewReal([{ sample: false }, { sample: true }])).toBe(false);
    expect(everyReviewReal([])).toBe(false);
  });
});

describe('publishedBeforeReview (finding 24)', () => {
  const history = [{ date: new Date('2026-11-20') }, { date: new Date('2027-01-05') }];
  it.each([
    ['2026-09-08', true],
    ['2026-11-19', true],
    ['2026-11-20', false],
    ['2026-12-01', false],
  ])('published %s gives %s', (day, expected) => expect(publishedBeforeReview(new Date(day), history)).toBe(expected));
  it('finds nothing to compare in an empty history (the schema reports that on its own)', () =>
    expect(publishedBeforeReview(new Date('2020-01-01'), [])).toBe(false));
});

describe('every claim of clinical review in the code asks the one decision', () => {
  // A page, component or module that says pages are clinically reviewed (or emits reviewedBy) must decide through
  // isRealReview or siteReviewsAreReal, so a sample reviewer never reads as a real one (finding 2).
  const CLAIM = /clinical(?:ly)? review|reviewed by a clinician|checked by a clinic|reviewedBy:/i;
  const DECIDES = /\bisRealReview\b|\bsiteReviewsAreReal\b|\beveryReviewReal\b/;
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : /\.(?:astro|ts)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );

  it('finds the decision beside each claim', () => {
    const claiming = files('src').filter((file) => CLAIM.test(readFileSync(file, 'utf8')));
    expect(claiming.length).toBeGreaterThan(0);
    expect(claiming.filter((file) => !DECIDES.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('would catch an unconditional claim (planted)', () => {
    const planted = '<p>Every article is checked by a clinical reviewer.</p>';
    expect(CLAIM.test(planted) && !DECIDES.test(planted)).toBe(true);
  });
});
