import type { TechniqueId } from '../booking/services.ts';
import { doctorCanClear, levelOf, signsAt, STOP_LEVELS, type RedFlagId, type Signs } from '../safety/sign-ids.ts';
import { parseAnswers, readField, type FieldError } from './answers.ts';
import { CLEARED, type Answers } from './answer-rules.ts';
import { MEANINGFUL_IMPROVEMENT } from './improvement.ts';

/**
 * Turns quiz answers into advice led by what the guidelines put first: staying active and exercise,
 * with massage as the addition. It never sells: new mild pain, "massage did not help me", very bad new
 * pain and a condition to check first get no schedule and no price. Session counts, spacing and review
 * points are the clinic's own practice (no guideline sets a schedule); each rule's basis is written beside
 * it here, and the page's "How we work out a plan" list (why-this-plan.ts) says the same in plain words.
 */

export type SessionMinutes = 30 | 60;
/** The clinic's booking service for a session of that length. */
type SessionServiceId = `therapeutic-${SessionMinutes}`;
/**
 * The session lengths the guide picks. 60 minutes is the longest: no source tested longer sessions for back
 * pain (Cherkin 2011 used about an hour), so longer visits stay the client's own choice on the services page.
 */
export const SESSION_MINUTES = [30, 60] as const satisfies readonly SessionMinutes[];
/**
 * Basis: Cherkin 2011 (sessions of about an hour). The usual session, and the longest the guide picks.
 * Also the length of an optional monthly visit, priced from the catalog.
 * @public Exported so the bundler writes the number into the quiz's browser code (kept as a variable, the bundle
 * grows by about 40 bytes); the same for MIN_PLAN_SESSIONS.
 */
export const STANDARD_MINUTES = 60 satisfies SessionMinutes;
export const MAX_SESSION_MINUTES = Math.max(...SESSION_MINUTES);
/** Basis: our clinic's own practice. Shorter, gentler sessions after a past flare-up. */
export const FLARE_UP_MINUTES = 30 satisfies SessionMinutes;

/** Basis: Cherkin 2011 (ten weekly sessions). The most sessions any plan has, first visit included. */
export const MAX_SESSIONS = 10;
/**
 * Basis: our clinic's own practice. The fewest sessions in a plan: enough for a review before the last one.
 * @public See STANDARD_MINUTES.
 */
export const MIN_PLAN_SESSIONS = 3;
/** Basis: our clinic's own practice. The latest session at which any plan may be reviewed. */
export const LATEST_REVIEW = 4;
/** Basis: our clinic's own practice. Extra sessions for pain of 4 weeks or more in people with physically demanding work. */
export const PHYSICAL_WORK_EXTRA = 2;
/** Basis: our clinic's own practice. Sessions taken off after a slow response or a flare-up. */
export const SLOW_RESPONSE_FEWER = 2;
/** Basis: our clinic's own practice. The most sessions after a past flare-up. */
export const FLARE_UP_MAX_SESSIONS = 4;
/**
 * Basis: our clinic's own practice. The session at which a plan is reviewed, by past response (never later
 * than the session before the last; see reviewAt). New pain uses NEW_PAIN_REVIEW.
 */
export const REVIEW_AFTER = { quickly: 4, 'never-had': 4, slowly: 3, 'flared-up': 2 } as const;
export const NEW_PAIN_REVIEW = 2;
/** Basis: NHS ("see a GP if the pain is very bad"). Pain scores from this up need a doctor: first, when the pain is new. */
export const SEVERE_PAIN = 9;
/** Basis: ACP 2017 and NICE NG59 (most new pain settles with staying active). New pain up to this score gets no schedule. */
export const MILD_PAIN = 3;
export { MEANINGFUL_IMPROVEMENT };
/** Basis: our clinic's own practice. Optional visits after a plan are looked at again after this many months. */
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

type Cadence = 'weekly' | 'every-two-weeks';

/** A run of follow-up sessions after the first visit, all the same length and spacing. */
export interface Phase {
  cadence: Cadence;
  sessions: number;
  minutes: SessionMinutes;
  firstWeek: number;
  lastWeek: number;
}

/**
 * The plan names its advice by id; the words are in plan-words.ts, which only the build reads, so they
 * stay out of the page's JavaScript. Each list is in the order of its record there.
 */
export type LeadId = 'new-pain' | 'active-first';
export type ActivityId = 'keep-moving' | `exercise-${Answers['exercise']}` | 'break-sitting' | 'heavy-work';
export type DoctorPromptId = 'severe' | 'not-easing' | 'age';
export type NoteId = 'flare-up' | 'soreness' | 'slow-response' | 'cleared';

/** What every result that is not a warning shows first: staying active, and when to see a doctor as well. */
interface SelfCare {
  /** What comes first, before any massage: staying active (and, for new pain, that it often settles). */
  lead: readonly LeadId[];
  /** Exercise and daily habits, firmer for people who rarely exercise. */
  activity: readonly ActivityId[];
  /** When to see a doctor as well (the NHS "see a GP if" signs, and age as NICE CKS weighs it); may be empty. */
  doctorPrompts: readonly DoctorPromptId[];
}

export interface Plan extends SelfCare {
  kind: 'plan';
  /** The follow-up sessions after the first visit, in order. */
  phases: readonly Phase[];
  /** All sessions, the first visit included: a finite total, MIN_PLAN_SESSIONS to MAX_SESSIONS. */
  sessions: number;
  /** Weeks from the first visit to the last session. */
  weeks: number;
  /** The session at which the plan is reviewed (counting the first visit): always before the last session. */
  reviewAt: number;
  /** Estimated cost in US dollars: stopping at the review, the whole plan, and each optional monthly visit (or null). */
  cost: { low: number; high: number; monthly: number | null };
  /** Whether optional visits after the plan (reviewed every few months, with a stop rule) are offered. */
  maintenance: boolean;
  /** The techniques most likely to be used, leaving out any a ticked condition rules out. */
  techniques: readonly TechniqueId[];
  /** Things to know about this plan (a flare-up, soreness, a doctor's check). */
  notes: readonly NoteId[];
  /** The session a returning client books; the booking box still picks the first visit for everyone else. */
  session: SessionServiceId;
}

/** New mild pain: staying active, no schedule; one visit is there if the visitor wants it. */
interface SelfCareResult extends SelfCare {
  kind: 'self-care';
}

/** Massage did not help before: exercise, a physical therapist or a doctor; at most one visit to talk it over. */
interface NotHelpedResult extends SelfCare {
  kind: 'not-helped';
}

/** A condition to check with a doctor first: no timeline and no price; the plan is made once the doctor says yes. */
interface CheckFirstResult extends SelfCare {
  kind: 'check-first';
  /** The conditions ticked (words and card in src/lib/safety/red-flags.ts). */
  signs: readonly RedFlagId<'caution'>[];
  /** The techniques whose own pages do not rule out a ticked condition. */
  techniques: readonly TechniqueId[];
}

/** Very bad new pain: see a doctor first, with no plan. */
interface DoctorFirstResult {
  kind: 'doctor-first';
  /** The "see a doctor soon" signs: very bad pain, and age if ticked. */
  signs: readonly RedFlagId<'soon'>[];
  activity: readonly ActivityId[];
}

/** Pain 0: no treatment plan, only how to stay well. */
export interface StayingWell {
  kind: 'staying-well';
  activity: readonly ActivityId[];
}

/** A warning sign was ticked: no plan and no booking, only the care card of its level with the signs ticked. */
export interface RedFlagResult extends Signs<'emergency' | 'urgent'> {
  kind: 'red-flag';
  canClear: boolean;
}

interface InvalidResult {
  kind: 'invalid';
  errors: readonly FieldError[];
}

export type PlanResult =
  | Plan
  | SelfCareResult
  | NotHelpedResult
  | CheckFirstResult
  | DoctorFirstResult
  | StayingWell
  | RedFlagResult
  | InvalidResult;

/** The results with no schedule and no price. */
export type NoScheduleResult = SelfCareResult | NotHelpedResult | CheckFirstResult | DoctorFirstResult;

/** The results that offer a booking link: a plan, or the single optional visit of self-care and "did not help". */
export const BOOKABLE_KINDS: readonly PlanResult['kind'][] = ['plan', 'self-care', 'not-helped'];
/** The results that send the visitor to a doctor first: no booking anywhere beside them, the header's included. */
export const DOCTOR_FIRST_KINDS: readonly PlanResult['kind'][] = ['red-flag', 'doctor-first', 'check-first'];

/** Past responses from best to worst: a worse one never gets more, longer or later-reviewed sessions. */
export const RESPONSE_ORDER = [
  'quickly',
  'never-had',
  'slowly',
  'flared-up',
  'did-not-help',
] as const satisfies readonly Answers['response'][];

/** Basis: our clinic's own practice. Sessions (first visit included) by how long the pain has lasted and how bad it is. */
const BASE_SESSIONS: Record<Answers['duration'], readonly [mild: number, moderate: number, severe: number]> = {
  // Mild new pain gets no schedule (MILD_PAIN); the first number is never used.
  'under-4-weeks': [3, 3, 4],
  '4-to-12-weeks': [3, 5, 6],
  'over-12-weeks': [4, 6, 8],
};

/** The fraction by which a 0 to 10 score has fallen since the first visit (0 when it has not fallen). */
export function improvementFraction(before: number, now: number): number {
  if (!(before > 0)) return 0;
  return Math.max(0, (before - now) / before);
}

/**
 * The review's stop rule (Dworkin 2008): continue only with about a 30% improvement in pain, or in what you
 * can do, on a 0 to 10 scale; otherwise stop and suggest other care. Used for monthly visits too.
 */
export const reviewDecision = (improvement: number): 'continue' | 'stop' =>
  improvement >= MEANINGFUL_IMPROVEMENT ? 'continue' : 'stop';

/**
 * The session at which a plan of `sessions` sessions is reviewed: by past response, or NEW_PAIN_REVIEW for new
 * pain, and always before the last session so that stopping there saves at least one.
 */
export function reviewAt(sessions: number, response: keyof typeof REVIEW_AFTER, newPain: boolean): number {
  return Math.max(1, Math.min(sessions - 1, newPain ? NEW_PAIN_REVIEW : REVIEW_AFTER[response]));
}

/**
 * The advice for `input`: a plan, a reason for no schedule, a warning to see a doctor, or the list of answers
 * to fix. Never throws. A ticked warning sign wins even when other answers are missing: the visitor must see it first.
 */
export function recommendPlan(input: unknown, catalog: PlanCatalog): PlanResult {
  const ticked = readField(input, 'redFlags');
  const warning = Array.isArray(ticked) ? signsAt(ticked, STOP_LEVELS) : null;
  if (warning) {
    const canClear = warning.level === 'urgent' && warning.ids.every(doctorCanClear);
    if (!canClear || readField(input, CLEARED) !== true) return { kind: 'red-flag', canClear, ...warning };
  }
  const parsed = parseAnswers(input);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const { answers } = parsed;
  const activity = activityFor(answers);
  if (answers.pain === 0) return { kind: 'staying-well', activity };
  const newPain = answers.duration === 'under-4-weeks';
  const signs = answers.redFlags as readonly string[];

  // NHS: very bad pain needs a GP; when it is new, that comes first, with no plan.
  if (newPain && answers.pain >= SEVERE_PAIN) {
    const soon = signsAt(['very-bad-or-worse', ...signs], ['soon'])!;
    return { kind: 'doctor-first', signs: soon.ids, activity };
  }
  const selfCare: SelfCare = {
    lead: newPain ? ['new-pain', 'active-first'] : ['active-first'],
    activity,
    doctorPrompts: doctorPromptsFor(answers),
  };
  const cautions = answers.cautions as readonly string[];
  const checkFirst = signsAt(cautions, ['caution']);
  // Clinic practice: the plan is made at the first visit, once the doctor has said yes; no timeline or price before.
  if (checkFirst)
    return {
      kind: 'check-first',
      ...selfCare,
      signs: checkFirst.ids,
      techniques: techniquesFor(answers, catalog, cautions),
    };
  // Clinic practice (and Furlan 2015: the gains are small and may not last): no schedule when massage did not help.
  if (answers.response === 'did-not-help') return { kind: 'not-helped', ...selfCare };
  // ACP 2017, NICE NG59: most new pain settles with staying active; mild new pain needs no schedule.
  if (newPain && answers.pain <= MILD_PAIN) return { kind: 'self-care', ...selfCare };
  return planFor({ ...answers, response: answers.response }, catalog, selfCare, warning !== null);
}

type PlanAnswers = Answers & { response: keyof typeof REVIEW_AFTER };

function planFor(answers: PlanAnswers, catalog: PlanCatalog, selfCare: SelfCare, cleared: boolean): Plan {
  const { pain, duration, work, response, goal } = answers;
  const rank = RESPONSE_ORDER.indexOf(response);
  const newPain = duration === 'under-4-weeks';

  let sessions = BASE_SESSIONS[duration][pain >= 7 ? 2 : pain >= 4 ? 1 : 0];
  // Clinic practice: heavy work keeps loading the back, so longer-lasting pain gets two more sessions.
  if (work === 'physical' && !newPain) sessions = Math.min(MAX_SESSIONS, sessions + PHYSICAL_WORK_EXTRA);
  // Clinic practice: a worse past response means fewer sessions, never more; a quick one adds nothing.
  if (rank >= RESPONSE_ORDER.indexOf('slowly')) sessions = Math.max(MIN_PLAN_SESSIONS, sessions - SLOW_RESPONSE_FEWER);
  if (response === 'flared-up') sessions = Math.min(sessions, FLARE_UP_MAX_SESSIONS);

  // Clinic practice: shorter sessions after a flare-up; otherwise the usual hour, never longer.
  const minutes: SessionMinutes = response === 'flared-up' ? FLARE_UP_MINUTES : STANDARD_MINUTES;
  const review = reviewAt(sessions, response, newPain);
  const phases = phasesFor(sessions, pain >= 4 ? 'weekly' : 'every-two-weeks', minutes);
  const first = catalog.firstVisit.price;
  const each = catalog.sessions[minutes].price;
  const maintenance = goal === 'maintenance' && response !== 'flared-up';

  return {
    kind: 'plan',
    ...selfCare,
    phases,
    sessions,
    weeks: phases.at(-1)?.lastWeek ?? 1,
    reviewAt: review,
    cost: {
      low: first + (review - 1) * each,
      high: first + (sessions - 1) * each,
      monthly: maintenance ? catalog.sessions[STANDARD_MINUTES].price : null,
    },
    maintenance,
    techniques: techniquesFor(answers, catalog, []),
    notes: notesFor(answers, cleared),
    session: `therapeutic-${minutes}`,
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

/** The NHS ladder: very bad or not easing means a doctor as well; age is weighed as NICE CKS does (soon, not today). */
function doctorPromptsFor({ pain, trend, redFlags }: Answers): DoctorPromptId[] {
  const prompts: DoctorPromptId[] = [];
  if (pain >= SEVERE_PAIN) prompts.push('severe');
  if (trend !== 'easing') prompts.push('not-easing');
  if ((redFlags as readonly string[]).some((id) => levelOf(id) === 'soon')) prompts.push('age');
  return prompts;
}

function notesFor({ response }: Answers, cleared: boolean): NoteId[] {
  const notes: NoteId[] = [response === 'flared-up' ? 'flare-up' : 'soreness'];
  if (response === 'slowly') notes.push('slow-response');
  if (cleared) notes.push('cleared');
  return notes;
}

function activityFor({ work, exercise, sitting }: Answers): ActivityId[] {
  const activity: ActivityId[] = ['keep-moving', `exercise-${exercise}`];
  if (sitting !== 'under-4-hours') activity.push('break-sitting');
  if (work === 'physical') activity.push('heavy-work');
  return activity;
}
