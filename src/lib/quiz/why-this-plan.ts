import {
  FLARE_UP_MAX_SESSIONS,
  FLARE_UP_MINUTES,
  LATEST_REVIEW,
  MAINTENANCE_REVIEW_MONTHS,
  MAX_SESSION_MINUTES,
  MAX_SESSIONS,
  MEANINGFUL_IMPROVEMENT,
  MILD_PAIN,
  NEW_PAIN_REVIEW,
  PHYSICAL_WORK_EXTRA,
  SEVERE_PAIN,
  SLOW_RESPONSE_FEWER,
} from './plan.ts';

/**
 * "Why this plan": how plans are worked out, in plain words, for the page. A rule that rests on
 * evidence names its sources (ids in src/content/sources.yaml); a rule that is the clinic's own
 * practice says so. Build time only. Numbers come from plan.ts, so the words cannot drift from the rules.
 */

type RuleBasis = { kind: 'evidence'; sources: readonly string[] } | { kind: 'clinic' };

export interface PlanRule {
  text: string;
  basis: RuleBasis;
}

const evidence = (...sources: string[]): RuleBasis => ({ kind: 'evidence', sources });
const CLINIC: RuleBasis = { kind: 'clinic' };
export const PLAN_RULES: readonly PlanRule[] = [
  {
    text: 'We ask about warning signs first. Some signs need a doctor, not a massage therapist, so they come before any plan. The signs are those on the NHS back pain page and in NICE guidance for doctors.',
    basis: CLINIC,
  },
  {
    text: 'Staying active and exercise lead every plan. NICE says to consider massage only as part of a package that includes exercise. The American College of Physicians (2017) does not list massage for long-lasting pain.',
    basis: evidence('nice-ng59', 'qaseem-2017'),
  },
  {
    text: `Most new back pain (less than 4 weeks) gets better over time, and keeping up normal activities helps. So new pain of ${MILD_PAIN} or less gets advice and no schedule.`,
    basis: evidence('qaseem-2017', 'nice-ng59'),
  },
  {
    text: `Very bad new pain (${SEVERE_PAIN} or 10) needs a doctor first, so it gets no plan. Older pain that bad, or pain that is not easing, gets a prompt to see your doctor as well.`,
    basis: CLINIC,
  },
  {
    text: 'Massage may ease back pain for a short time, but the evidence is weak and the gains may not last. So every plan has a review point and an end. If massage did not help you before, we suggest other care, with at most one visit.',
    basis: evidence('furlan-2015'),
  },
  {
    text: `No plan has more than ${MAX_SESSIONS} sessions, and no session is longer than ${MAX_SESSION_MINUTES} minutes. A trial of 10 weekly sessions of about an hour found better function at 10 weeks than the care people were already getting.`,
    basis: evidence('cherkin-2011'),
  },
  {
    text:
      'The number of sessions depends on how bad your pain is and how long you have had it. ' +
      `Heavy work adds ${PHYSICAL_WORK_EXTRA} sessions when the pain has lasted 4 weeks or more. A quick past response adds nothing.`,
    basis: CLINIC,
  },
  {
    text:
      `If massage helped only slowly before, your plan has ${SLOW_RESPONSE_FEWER} fewer sessions. ` +
      `After a flare-up, it has at most ${FLARE_UP_MAX_SESSIONS} sessions of ${FLARE_UP_MINUTES} minutes. A worse response never adds sessions.`,
    basis: CLINIC,
  },
  {
    text: 'How much you exercise never adds sessions. If you rarely exercise, we give you firmer advice on moving more.',
    basis: CLINIC,
  },
  {
    text:
      `We review every plan before its last session: by session ${LATEST_REVIEW} at the latest, and at session ${NEW_PAIN_REVIEW} for new pain or after a flare-up. ` +
      `If your pain score, or how much pain gets in the way, has not improved by about ${Math.round(MEANINGFUL_IMPROVEMENT * 100)}%, we stop and suggest other care.`,
    basis: evidence('dworkin-2008'),
  },
  {
    text: `Monthly visits after a plan are one optional choice. Every ${MAINTENANCE_REVIEW_MONTHS} months we check them with the same scores, and stop them if you do as well without them.`,
    basis: CLINIC,
  },
  {
    text: 'With a health condition to check first, we show no schedule and no cost. Call us once your doctor says massage is OK, and we plan your visits with you then. We leave out any technique whose own page says to avoid it with that condition.',
    basis: CLINIC,
  },
];

/** The sources the rules cite, in the order they are first cited: the page's reference list. */
export const ruleSources = (rules: readonly PlanRule[] = PLAN_RULES): string[] => [
  ...new Set(rules.flatMap((rule) => (rule.basis.kind === 'evidence' ? rule.basis.sources : []))),
];
