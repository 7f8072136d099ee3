/** A health page's review history: the newest entry is the page's "last reviewed", everywhere it is shown. */

/** The newest entry of a review history (the last one written wins a tie). Throws on an empty list, which the schema forbids. */
export function latestReview<T extends { date: Date }>(history: readonly T[]): T {
  const newest = history.reduce<T | undefined>(
    (best, entry) => (best === undefined || entry.date >= best.date ? entry : best),
    undefined,
  );
  if (!newest) throw new Error('expected at least one reviewHistory entry');
  return newest;
}

/** The history newest first, as pages list it. */
export const reviewsNewestFirst = <T extends { date: Date }>(history: readonly T[]): T[] =>
  history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.getTime() - a.entry.date.getTime() || b.index - a.index)
    .map(({ entry }) => entry);

/** The first review of a history (the earliest day), or undefined for an empty one. */
export const firstReview = <T extends { date: Date }>(history: readonly T[]): T | undefined =>
  history.reduce<T | undefined>(
    (first, entry) => (first === undefined || entry.date < first.date ? entry : first),
    undefined,
  );

/** Whether a publication day comes before the page's first review (health content must never look published unreviewed). */
export function publishedBeforeReview(published: Date, history: readonly { date: Date }[]): boolean {
  const first = firstReview(history);
  return first !== undefined && published.getTime() < first.date.getTime();
}
