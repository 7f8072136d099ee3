import { changeFromFirst, type Change } from './change.ts';
import type { Entry } from './entries.ts';

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
