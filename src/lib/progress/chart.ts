import { SCORE_MAX } from './peg.ts';
import { pegScore } from './peg.ts';
import type { Entry } from './entries.ts';

/** The chart's drawing area, in SVG units; the SVG scales to its box. */
export const CHART = { width: 600, height: 260, left: 40, right: 16, top: 16, bottom: 36 } as const;

export interface ChartPoint {
  x: number;
  y: number;
  date: string;
  score: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The y of a score: 0 at the bottom, 10 at the top. */
export const scoreY = (score: number): number =>
  CHART.top + (1 - score / SCORE_MAX) * (CHART.height - CHART.top - CHART.bottom);

/**
 * One point per entry (in date order), placed by date so gaps between check-ins show as gaps. A single day, or
 * one entry, sits in the middle.
 */
export function chartPoints(entries: readonly Entry[]): ChartPoint[] {
  if (entries.length === 0) return [];
  const days = entries.map((entry) => dayNumber(entry.date));
  const start = Math.min(...days);
  const span = Math.max(...days) - start;
  const inner = CHART.width - CHART.left - CHART.right;
  return entries.map((entry, i) => ({
    x: round(CHART.left + (span === 0 ? inner / 2 : ((days[i]! - start) / span) * inner)),
    y: round(scoreY(pegScore(entry))),
    date: entry.date,
    score: pegScore(entry),
  }));
}

/** The line through the points, as an SVG `points` attribute. */
export const polyline = (points: readonly ChartPoint[]): string => points.map(({ x, y }) => `${x},${y}`).join(' ');

const round = (n: number) => Math.round(n * 10) / 10;
