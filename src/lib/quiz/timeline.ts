import type { Plan } from './plan.ts';

/**
 * A plan as lines the result page prints: the first visit, then each run of sessions, then the whole
 * plan in one line. Runs in the browser, so it stays small.
 */

interface TimelineStep {
  /** When it happens, such as "Week 1" or "Weeks 2 to 6". */
  when: string;
  /** How often and how long, such as "Weekly: 5 sessions of 60 minutes". */
  visits: string;
}

export interface Timeline {
  steps: TimelineStep[];
  /** The whole plan in one line, such as "8 sessions over 10 weeks, your first visit included." */
  overview: string;
}

const CADENCE = { weekly: 'Weekly', 'every-two-weeks': 'Every two weeks' } as const;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const weeks = (first: number, last: number) => (first === last ? `Week ${first}` : `Weeks ${first} to ${last}`);

/** `firstVisitMinutes` comes from the services catalog. */
export function planTimeline(plan: Pick<Plan, 'phases' | 'sessions' | 'weeks'>, firstVisitMinutes: number): Timeline {
  return {
    steps: [
      { when: 'Week 1', visits: `Your first visit: an assessment and treatment, ${firstVisitMinutes} minutes` },
      ...plan.phases.map((phase) => ({
        when: weeks(phase.firstWeek, phase.lastWeek),
        visits: `${CADENCE[phase.cadence]}: ${plural(phase.sessions, 'session')} of ${phase.minutes} minutes`,
      })),
    ],
    overview: `${plural(plan.sessions, 'session')} over ${plural(plan.weeks, 'week')}, your first visit included.`,
  };
}
