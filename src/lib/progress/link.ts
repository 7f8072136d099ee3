/**
 * The progress check's address, shared by the guide's plan (which builds it) and the page (which reads it). No imports:
 * the guide's script takes this file alone, not the progress check's code.
 */

/** The latest review session a link may name (the guide's plans are reviewed by session 6; a little room for change). */
export const MAX_REVIEW_SESSION = 12;

/**
 * The plan's review session from the page address: `?review=N`, a whole number from 1 to MAX_REVIEW_SESSION.
 * Anything else in the address is ignored; a missing or odd value means "no plan".
 */
export function reviewSessionFrom(search: string): number | undefined {
  const value = new URLSearchParams(search).get('review');
  if (value === null || !/^\d{1,2}$/.test(value)) return undefined;
  const session = Number(value);
  return session >= 1 && session <= MAX_REVIEW_SESSION ? session : undefined;
}

/** The link to the progress check from a plan with its review at `session`: the only thing the link carries. */
export const progressUrl = (session?: number): string =>
  session === undefined ? '/progress' : `/progress?review=${session}`;
