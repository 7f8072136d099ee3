import { changeFromFirst, type Change } from './change.ts';
import type { Entry } from './entries.ts';

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

/**
 * What the plan's rule says now:
 * - no-plan: the visitor did not come from a plan;
 * - too-early: fewer check-ins than the review session (one check-in per session is the advice);
 * - go-on: the score fell by about 30% or more, so the plan goes on;
 * - stop: it did not, so the rule says stop and talk about other care.
 */
export type ReviewAnswer =
  | { kind: 'no-plan' }
  | { kind: 'too-early'; session: number; recorded: number }
  | { kind: 'go-on' | 'stop'; session: number; change: Change };

/** The guide's review rule applied to the check-ins (in date order). */
export function reviewAnswer(entries: readonly Entry[], session: number | undefined): ReviewAnswer {
  if (session === undefined) return { kind: 'no-plan' };
  const change = changeFromFirst(entries);
  if (entries.length < session || !change) return { kind: 'too-early', session, recorded: entries.length };
  return { kind: change.meaningful ? 'go-on' : 'stop', session, change };
}

/** Care cards show when the score got worse or the latest check-in has a warning sign. */
export function needsCareCards(entries: readonly Entry[]): boolean {
  const latest = entries[entries.length - 1];
  return !!latest?.warning || changeFromFirst(entries)?.direction === 'worse';
}

/** "1 check-in", "3 check-ins". */
export const checkIns = (count: number): string => `${count} check-in${count === 1 ? '' : 's'}`;

/** The change as the stop line shows it: "12% down", "20% up", "no change". */
export function changeWords(fallPercent: number | null): string {
  if (fallPercent === null || fallPercent === 0) return 'no change';
  return fallPercent > 0 ? `${fallPercent}% down` : `${-fallPercent}% up`;
}
