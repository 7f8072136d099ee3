import { MEANINGFUL_IMPROVEMENT } from '../quiz/improvement.ts';
import { pegTotal } from './peg.ts';
import type { Entry } from './entries.ts';

/**
 * The size of change that counts as "improved": a fall of about 30% from the first score (Dworkin 2008, IMMPACT).
 * It is the frequency guide's own review threshold (MEANINGFUL_IMPROVEMENT in src/lib/quiz/improvement.ts), so the plan's
 * stop rule and this page can never disagree.
 */
export const MEANINGFUL_FALL = MEANINGFUL_IMPROVEMENT;
/** "30%", as the pages write the threshold. */
export const THRESHOLD = `${Math.round(MEANINGFUL_FALL * 100)}%`;

type Direction = 'better' | 'worse' | 'same';

/** The change from the first entry to the latest, on the PEG score (lower is better). */
export interface Change {
  first: Entry;
  latest: Entry;
  /** Latest score minus first score, 0 to 10 scale: negative is a fall (better). */
  difference: number;
  /** The fall as a share of the first score, in whole percent (negative for a rise); null when the first score was 0. */
  fallPercent: number | null;
  direction: Direction;
  /** The score fell by at least MEANINGFUL_FALL of the first score. */
  meaningful: boolean;
}

/** The change from the first entry to the latest, or null with fewer than two entries. Entries must be in date order. */
export function changeFromFirst(entries: readonly Entry[]): Change | null {
  if (entries.length < 2) return null;
  const first = entries[0]!;
  const latest = entries[entries.length - 1]!;
  // Whole-number totals (0-30) keep the figures exact; the small margin keeps a fall of exactly 30% meaningful.
  const [start, end] = [pegTotal(first), pegTotal(latest)];
  const direction: Direction = end < start ? 'better' : end > start ? 'worse' : 'same';
  return {
    first,
    latest,
    difference: (end - start) / 3,
    fallPercent: start === 0 ? null : Math.round(((start - end) / start) * 100),
    direction,
    meaningful: direction === 'better' && (start - end) / start >= MEANINGFUL_FALL - 1e-9,
  };
}

/** What the change means, in plain words (no claim beyond IMMPACT's: a 30% fall tends to feel meaningful). */
export function changeMeaning(change: Change | null): string {
  if (!change) return 'Add at least two check-ins to see how your scores have changed.';
  const percent = Math.abs(change.fallPercent ?? 0);
  switch (change.direction) {
    case 'worse':
      return change.fallPercent === null
        ? 'Your score has gone up since your first check-in. Please tell your therapist or doctor.'
        : `Your score has gone up by ${percent}% since your first check-in. That is worse. Please tell your therapist or doctor.`;
    case 'same':
      return 'Your score is the same as at your first check-in.';
    case 'better':
      return change.meaningful
        ? `Your score has come down by ${percent}% since your first check-in. A fall of about ${THRESHOLD} or more is the size that people with long-lasting pain tend to call a real difference.`
        : `Your score has come down by ${percent}% since your first check-in. That is less than about ${THRESHOLD}, so it may be the normal ups and downs from day to day rather than a real change.`;
  }
}
