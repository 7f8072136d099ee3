import type { TechniqueId } from '../booking/services.ts';
import { adviceFor, doctorCanClear, type CareAdvice } from '../red-flags.ts';
import { parseAnswers, readField, type FieldError } from './answers.ts';
import { CLEARED, type Answers } from './fields.ts';

/**
 * Turns quiz answers into a plan led by what the guidelines put first: staying active and exercise,
 * with massage as the addition. Session counts, spacing and review points are the clinic's own
 * practice (no guideline sets a schedule); the page's "Why this plan" section (rules.ts) says which
 * rule rests on which source.
 */

export type SessionMinutes = 30 | 60 | 90;
/** The clinic's booking service for a session of that length. */
export type SessionServiceId = `therapeutic-${SessionMinutes}`;
export const SESSION_MINUTES = [30, 60, 90] as const satisfies readonly SessionMinutes[];

/** The most sessions any plan has, first visit included (ten weekly sessions, as in Cherkin 2011). */
export const MAX_SESSIONS = 10;
/** The latest session at which any plan may be reviewed. */
export const LATEST_REVIEW = 6;
/** Clinic practice: extra sessions for pain of 4 weeks or more in people with physically demanding work. */
export const PHYSICAL_WORK_EXTRA = 2;
/** Clinic practice: sessions taken off after a slow response or a flare-up. */
export const SLOW_RESPONSE_FEWER = 2;
/** Clinic practice: the most sessions after a past flare-up. */
export const FLARE_UP_MAX_SESSIONS = 4;
/** Session lengths the rules choose: shorter after a flare-up, longer for long-lasting pain from heavy work. */
export const FLARE_UP_MINUTES = 30 satisfies SessionMinutes;
export const LONG_SESSION_MINUTES = 90 satisfies SessionMinutes;
/** Clinic practice: the session at which a plan is reviewed, by past response; new pain uses NEW_PAIN_REVIEW. */
export const REVIEW_AFTER = { quickly: 4, 'never-had': 4, slowly: 3, 'flared-up': 2 } as const;
export const NEW_PAIN_REVIEW = 2;
/** Pain scores from this up get a prompt to see a doctor as well. */
export const SEVERE_PAIN = 9;
/** Optional visits after a plan are looked at again after this many months. */
export const MAINTENANCE_REVIEW_MONTHS = 3;

/** A visit's length and price (US dollars), from src/content/services.yaml. */
export interface Visit {
  minutes: number;
  price: number;
}

/**
 * What a plan needs from the content (built by catalog.ts at build time): the first visit and each
 * session length's length and price, and which techniques each condition rules out.
 */
export interface PlanCatalog {
  firstVisit: Visit;
  sessions: Record<SessionMinutes, Visit>;
  /** Per technique, the check-first condition ids its page's `avoidIf` names. */
  ruledOut: Partial<Record<TechniqueId, readonly string[]>>;
}

export type Cadence = 'weekly' | 'every-two-weeks';

/** A run of follow-up sessions after the first visit, all the same length and spacing. */
export interface Phase {
  cadence: Cadence;
  sessions: number;
  minutes: SessionMinutes;
  firstWeek: number;
  lastWeek: number;
}

/** Book online, or (with a condition to check first) call once a doctor says massage is fine. */
export type Booking =
  { kind: 'book'; serviceId: SessionServiceId } | { kind: 'call-first'; advice: CareAdvice<'caution'> };

/*
 * The plan names its advice by id; the words are in plan-words.ts, which only the build reads, so they
 * stay out of the page's JavaScript. Each list is in the order of its record there.
 */
export type LeadId = 'new-pain' | 'active-first';
export type ActivityId = 'keep-moving' | `exercise-${Answers['exercise']}` | 'break-sitting' | 'heavy-work';
export type DoctorPromptId = 'severe' | 'not-easing';
export type NoteId = 'flare-up' | 'soreness' | 'slow-response' | 'cleared' | 'long-sessions';

export interface Plan {
  kind: 'plan';
  /** What comes first, before any massage: staying active (and, for new pain, that it often settles). */
  lead: readonly LeadId[];
  /** Exercise and daily habits, firmer for people who rarely exercise. */
  activity: readonly ActivityId[];
  /** Set when the pain is severe or not easing: see a doctor as well. */
  doctorPrompt: DoctorPromptId | null;
  /** The follow-up sessions after the first visit, in order; empty when the first visit is the whole plan. */
  phases: readonly Phase[];
  /** All sessions, the first visit included: a finite total. */
  sessions: number;
  /** Weeks from the first visit to the last session. */
  weeks: number;
  /** The session at which the plan is reviewed (counting the first visit), at most LATEST_REVIEW. */
  reviewAfter: number;
  /** Estimated cost in US dollars: stopping at the review, and the whole plan. */
  cost: { low: number; high: number };
  /** Whether optional visits after the plan (reviewed every few months) are offered. */
  maintenance: boolean;
  /** The techniques most likely to be used, leaving out any a ticked condition rules out. */
  techniques: readonly TechniqueId[];
  /** Things to know about this plan (a flare-up, soreness, a doctor's check). */
  notes: readonly NoteId[];
  booking: Booking;
}

/** Pain 0: no treatment plan, only how to stay well. */
export interface StayingWell {
  kind: 'staying-well';
  activity: readonly ActivityId[];
}

/** A warning sign was ticked: no plan and no booking, only this advice. */
export type RedFlagResult = { kind: 'red-flag'; canClear: boolean } & CareAdvice<'emergency' | 'urgent'>;

export interface InvalidResult {
  kind: 'invalid';
  errors: readonly FieldError[];
}

export type PlanResult = Plan | StayingWell | RedFlagResult | InvalidResult;

/** Past responses from best to worst: a worse one never gets more, longer or later-reviewed sessions. */
export const RESPONSE_ORDER = [
  'quickly',
  'never-had',
  'slowly',
  'flared-up',
] as const satisfies readonly Answers['response'][];

/** Sessions (first visit included) by how long the pain has lasted and how bad it is: the clinic's practice. */
const BASE_SESSIONS: Record<Answers['duration'], readonly [mild: number, moderate: number, severe: number]> = {
  'under-4-weeks': [2, 3, 4],
  '4-to-12-weeks': [3, 5, 6],
  'over-12-weeks': [4, 6, 8],
};

/**
 * The plan for `input`, a warning to see a doctor, or the list of answers to fix. Never throws.
 * A ticked warning sign wins even when other answers are missing: the visitor must see it first.
 */
export function recommendPlan(input: unknown, catalog: PlanCatalog): PlanResult {
  const ticked = readField(input, 'redFlags');
  const warning = Array.isArray(ticked) ? adviceFor(ticked, ['emergency', 'urgent']) : null;
  if (warning) {
    const canClear = warning.level === 'urgent' && warning.items.every((item) => doctorCanClear(item.id));
    if (!canClear || readField(input, CLEARED) !== true) return { kind: 'red-flag', canClear, ...warning };
  }
  const parsed = parseAnswers(input);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const { answers } = parsed;
  if (answers.pain === 0) return { kind: 'staying-well', activity: activityFor(answers) };
  return planFor(answers, catalog, warning !== null);
}

function planFor(answers: Answers, catalog: PlanCatalog, cleared: boolean): Plan {
  const { pain, duration, trend, work, response, goal } = answers;
  const rank = RESPONSE_ORDER.indexOf(response);
  const newPain = duration === 'under-4-weeks';

  let sessions = BASE_SESSIONS[duration][pain >= 7 ? 2 : pain >= 4 ? 1 : 0];
  // Clinic practice: heavy work keeps loading the back, so longer-lasting pain gets two more sessions.
  if (work === 'physical' && !newPain) sessions = Math.min(MAX_SESSIONS, sessions + PHYSICAL_WORK_EXTRA);
  // A worse past response means fewer sessions, never more.
  if (rank >= 2) sessions = Math.max(2, sessions - SLOW_RESPONSE_FEWER);
  if (response === 'flared-up') sessions = Math.min(sessions, FLARE_UP_MAX_SESSIONS);

  // Shorter sessions after a flare-up; longer ones only for long-lasting pain from heavy work in people massage suited.
  const minutes: SessionMinutes =
    response === 'flared-up'
      ? FLARE_UP_MINUTES
      : response === 'quickly' && work === 'physical' && duration === 'over-12-weeks'
        ? LONG_SESSION_MINUTES
        : 60;
  const reviewAfter = Math.min(sessions, newPain ? NEW_PAIN_REVIEW : REVIEW_AFTER[response]);
  const phases = phasesFor(sessions, pain >= 4 ? 'weekly' : 'every-two-weeks', minutes);

  const ticked = answers.cautions as readonly string[];
  const checkFirst = adviceFor(ticked, ['caution']);
  const first = catalog.firstVisit.price;
  const each = catalog.sessions[minutes].price;

  return {
    kind: 'plan',
    lead: newPain ? ['new-pain', 'active-first'] : ['active-first'],
    activity: activityFor(answers),
    doctorPrompt: pain >= SEVERE_PAIN ? 'severe' : trend === 'easing' ? null : 'not-easing',
    phases,
    sessions,
    weeks: phases.at(-1)?.lastWeek ?? 1,
    reviewAfter,
    cost: { low: first + (reviewAfter - 1) * each, high: first + (sessions - 1) * each },
    maintenance: goal === 'maintenance' && response !== 'flared-up',
    techniques: techniquesFor(answers, catalog, ticked),
    notes: notesFor(answers, minutes, cleared),
    booking: checkFirst
      ? { kind: 'call-first', advice: checkFirst }
      : { kind: 'book', serviceId: `therapeutic-${minutes}` },
  };
}

/** Follow-ups after the first visit (week 1): weekly, with the last two every two weeks in longer plans. */
function phasesFor(sessions: number, start: Cadence, minutes: SessionMinutes): Phase[] {
  const spaced = start === 'weekly' ? (sessions >= 6 ? 2 : 0) : sessions - 1;
  const weekly = sessions - 1 - spaced;
  const phases: Phase[] = [];
  let week = 1;
  if (weekly > 0)
    phases.push({ cadence: 'weekly', sessions: weekly, minutes, firstWeek: 2, lastWeek: (week += weekly) });
  if (spaced > 0)
    phases.push({
      cadence: 'every-two-weeks',
      sessions: spaced,
      minutes,
      firstWeek: week + 2,
      lastWeek: week + 2 * spaced,
    });
  return phases;
}

function techniquesFor(
  { duration, response }: Answers,
  catalog: PlanCatalog,
  ticked: readonly string[],
): TechniqueId[] {
  const flaredUp = response === 'flared-up';
  const techniques: TechniqueId[] = [];
  // Firm, deep pressure waits until the body has shown it copes: not for new pain or after a flare-up.
  if (!flaredUp && duration !== 'under-4-weeks') techniques.push('deep-tissue-work');
  if (!flaredUp) techniques.push('trigger-point-therapy');
  techniques.push('myofascial-release', 'stretching-and-mobilization');
  // A technique whose own page says to avoid it with a ticked condition drops out.
  return techniques.filter((id) => !(catalog.ruledOut[id] ?? []).some((condition) => ticked.includes(condition)));
}

function notesFor({ response }: Answers, minutes: SessionMinutes, cleared: boolean): NoteId[] {
  const notes: NoteId[] = [response === 'flared-up' ? 'flare-up' : 'soreness'];
  if (response === 'slowly') notes.push('slow-response');
  if (cleared) notes.push('cleared');
  if (minutes === LONG_SESSION_MINUTES) notes.push('long-sessions');
  return notes;
}

function activityFor({ work, exercise, sitting }: Answers): ActivityId[] {
  const activity: ActivityId[] = ['keep-moving', `exercise-${exercise}`];
  if (sitting !== 'under-4-hours') activity.push('break-sitting');
  if (work === 'physical') activity.push('heavy-work');
  return activity;
}
