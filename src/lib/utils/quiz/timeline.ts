import type { Plan } from './plan.ts';

/**
 * A plan's phases as a timeline the result page can print line by line: when each phase runs, how
 * often, how many sessions and how long each is. Runs in the browser, so it stays small.
 */

export interface TimelineStep {
  /** When the phase runs, such as "Weeks 1 to 6" or "From week 15". */
  when: string;
  /** The phase's name, such as "Getting started". */
  title: string;
  /** How often and how long, such as "Weekly: 6 sessions of 60 minutes". */
  visits: string;
  /** What the phase is for. */
  purpose: string;
}

export interface Timeline {
  steps: TimelineStep[];
  /** The whole plan in one line, such as "About 10 sessions over 14 weeks, then monthly visits." */
  overview: string;
}

const CADENCE = { weekly: 'Weekly', 'every-two-weeks': 'Every two weeks', monthly: 'Monthly' } as const;

/** Sessions in a timed phase: one a week, or one every two weeks (a part-period still gets its visit). */
export const sessionsIn = (cadence: 'weekly' | 'every-two-weeks', weeks: number): number =>
  cadence === 'weekly' ? weeks : Math.ceil(weeks / 2);

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function planTimeline({ phases }: Pick<Plan, 'phases'>): Timeline {
  const steps: TimelineStep[] = [];
  let week = 1;
  let sessions = 0;
  for (const phase of phases) {
    const { title, purpose, cadence, sessionMinutes: minutes } = phase;
    if (phase.weeks === 'open-ended') {
      steps.push({ when: `From week ${week}`, title, purpose, visits: `${CADENCE[cadence]}: ${minutes}-minute sessions, with no set end` });
      continue;
    }
    const count = sessionsIn(phase.cadence, phase.weeks);
    const last = week + phase.weeks - 1;
    steps.push({
      when: last === week ? `Week ${week}` : `Weeks ${week} to ${last}`,
      title,
      purpose,
      visits: `${CADENCE[cadence]}: ${plural(count, 'session')} of ${minutes} minutes`,
    });
    sessions += count;
    week = last + 1;
  }
  return { steps, overview: `About ${plural(sessions, 'session')} over ${week - 1} weeks, then monthly visits.` };
}
