import type { TechniqueId } from '../booking/services.ts';
import { adviceFor, type CareAdvice } from '../red-flags.ts';
import { parseAnswers, readField, type FieldError } from './answers.ts';
import type { Answers } from './fields.ts';

/**
 * Turns quiz answers into the clinic's usual session plan: start weekly or every two weeks, then
 * taper to monthly. This is the clinic's own practice; no guideline sets a schedule like it.
 */

export type SessionMinutes = 30 | 60 | 90;
/** The clinic's booking service for a session of that length. */
export type SessionServiceId = `therapeutic-${SessionMinutes}`;

export type Cadence = 'weekly' | 'every-two-weeks' | 'monthly';

/** A change of this many points on the 0 to 10 pain scale counts as real, not day-to-day noise. */
export const MEANINGFUL_CHANGE = 2;

/** The longest the first phase runs before the plan is reviewed (ten weekly sessions, as in Cherkin 2011). */
export const MAX_FIRST_PHASE_WEEKS = 10;

interface PhaseCommon {
  /** A short name for the phase, such as "Getting started". */
  title: string;
  /** What the phase is for, in one or two sentences. */
  purpose: string;
  sessionMinutes: SessionMinutes;
  serviceId: SessionServiceId;
}

/** A phase with a set length. */
export interface TimedPhase extends PhaseCommon {
  cadence: 'weekly' | 'every-two-weeks';
  weeks: number;
}

/** The last phase: monthly visits with no set end. */
export interface OpenEndedPhase extends PhaseCommon {
  cadence: 'monthly';
  weeks: 'open-ended';
}

export interface Plan {
  kind: 'plan';
  /** One or more timed phases, each no more frequent than the one before, then monthly visits. */
  phases: readonly [TimedPhase, ...TimedPhase[], OpenEndedPhase];
  /** The service to book after the first visit: the first phase's session length. */
  sessionServiceId: SessionServiceId;
  /** When the therapist checks the pain score again, and what a change means. */
  reassess: { afterSessions: number; text: string };
  /** The techniques most likely to be used, in the order of TECHNIQUE_IDS (src/lib/utils/booking/services.ts). */
  techniques: readonly TechniqueId[];
  /** What the visitor can do between sessions. */
  selfCare: readonly string[];
  /** Things to know about this plan (a new pain, a past flare-up, soreness). */
  notes: readonly string[];
  /** Set when a ticked condition needs a doctor's okay first: show it in place of the booking button. */
  checkWithDoctorFirst: CareAdvice<'caution'> | null;
  /** That this is the clinic's practice, not a diagnosis or a medical guideline. */
  about: string;
}

/** A warning sign was ticked: no plan and no booking, only this advice. */
export type RedFlagResult = { kind: 'red-flag' } & CareAdvice<'emergency' | 'urgent'>;

export interface InvalidResult {
  kind: 'invalid';
  errors: readonly FieldError[];
}

export type PlanResult = Plan | RedFlagResult | InvalidResult;

const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  'every-two-weeks': 'Every two weeks',
  monthly: 'Monthly',
};

/** "Weekly for 6 weeks", "Weekly for 6 to 10 weeks" or "Monthly, with no set end". */
export function describeSchedule(cadence: Cadence, weeks: number | readonly [number, number] | 'open-ended'): string {
  if (weeks === 'open-ended') return `${CADENCE_LABELS[cadence]}, with no set end`;
  const [low, high] = typeof weeks === 'number' ? [weeks, weeks] : weeks;
  return `${CADENCE_LABELS[cadence]} for ${low === high ? low : `${low} to ${high}`} weeks`;
}

const ABOUT =
  'This plan shows how our clinic usually spaces out sessions. It is not a diagnosis or a medical guideline. ' +
  'Your therapist will check it at your first visit and change it as you go. ' +
  'Massage works alongside care from your doctor, not instead of it.';

const PHASE_TEXT = {
  first: {
    title: 'Getting started',
    purpose: 'Your therapist works on the tight and tender areas found at your first visit.',
  },
  taper: { title: 'Spacing sessions out', purpose: 'Sessions move further apart as your pain eases.' },
  last: { title: 'Keeping it up' },
} as const;

const LAST_PHASE_PURPOSE: Record<Answers['goal'], string> = {
  relief: 'Once your pain has eased, these visits are up to you. Some people keep them to stay on top of tight areas.',
  'keep-improving': 'Monthly visits, if you want them, give you a regular check on how you are doing.',
  maintenance: 'Monthly visits are up to you. We review them with you, and you can stop at any time.',
};

const EXERCISE_ADVICE: Record<Answers['exercise'], string> = {
  rarely:
    'Start some regular exercise, such as walking, and build up slowly. ' +
    'Guidelines say to consider massage only as part of a plan that includes exercise.',
  sometimes: 'Try to add one more active day each week. Massage is meant to go alongside exercise.',
  regularly: 'Keep up your exercise. Tell your therapist what you do, so your sessions can support it.',
};

/**
 * The plan for `input`, a warning to see a doctor, or the list of answers to fix. Never throws.
 * A ticked warning sign wins even when other answers are missing: the visitor must see it first.
 */
export function recommendPlan(input: unknown): PlanResult {
  const ticked = readField(input, 'redFlags');
  const warning = Array.isArray(ticked) ? adviceFor(ticked, ['emergency', 'urgent']) : null;
  if (warning) return { kind: 'red-flag', ...warning };
  const parsed = parseAnswers(input);
  return parsed.ok ? planFor(parsed.answers) : { kind: 'invalid', errors: parsed.errors };
}

function planFor(answers: Answers): Plan {
  const checkWithDoctorFirst = adviceFor(answers.cautions, ['caution']);
  const phases = phasesFor(answers);
  return {
    kind: 'plan',
    phases,
    sessionServiceId: phases[0].serviceId,
    reassess: reassessFor(answers.pain, phases[0], answers.response === 'flared-up'),
    techniques: techniquesFor(answers, checkWithDoctorFirst !== null),
    selfCare: selfCareFor(answers),
    notes: notesFor(answers, phases.at(-1)?.sessionMinutes === 90, checkWithDoctorFirst !== null),
    checkWithDoctorFirst,
    about: ABOUT,
  };
}

function phasesFor({ pain, duration, work, exercise, sitting, response, goal }: Answers): Plan['phases'] {
  // Each of these makes the first phase 2 weeks longer: more pain, longer pain, heavier work, slower healing.
  const slowHealing = response === 'slowly' || response === 'flared-up';
  const lengtheners = [pain >= 7, duration === 'over-12-weeks', work === 'physical', slowHealing];
  const firstWeeks = Math.min(MAX_FIRST_PHASE_WEEKS, 4 + 2 * lengtheners.filter(Boolean).length);
  // Habits that keep loading the back make the every-two-weeks step 2 weeks longer each.
  const taperWeeks = 4 + 2 * [exercise === 'rarely', sitting === 'over-8-hours'].filter(Boolean).length;

  // 90 minutes only for long-lasting pain from heavy work, in people who know massage suits them.
  const usual: SessionMinutes =
    duration === 'over-12-weeks' && work === 'physical' && (response === 'quickly' || response === 'slowly') ? 90 : 60;
  // After a past flare-up, shorter sessions first, building up once the body copes.
  const first = timed(
    pain >= 4 ? 'weekly' : 'every-two-weeks',
    firstWeeks,
    response === 'flared-up' ? 30 : usual,
    PHASE_TEXT.first,
  );
  const last: OpenEndedPhase = {
    ...PHASE_TEXT.last,
    purpose: LAST_PHASE_PURPOSE[goal],
    cadence: 'monthly',
    weeks: 'open-ended',
    ...session(usual),
  };
  // Mild pain already starts at every two weeks, so it steps straight down to monthly.
  return first.cadence === 'weekly'
    ? [first, timed('every-two-weeks', taperWeeks, usual, PHASE_TEXT.taper), last]
    : [first, last];
}

function timed(
  cadence: TimedPhase['cadence'],
  weeks: number,
  minutes: SessionMinutes,
  text: { title: string; purpose: string },
): TimedPhase {
  return { ...text, cadence, weeks, ...session(minutes) };
}

function session(minutes: SessionMinutes) {
  return { sessionMinutes: minutes, serviceId: `therapeutic-${minutes}` as const };
}

function reassessFor(pain: number, first: TimedPhase, flaredUp: boolean): Plan['reassess'] {
  const sessions = first.cadence === 'weekly' ? first.weeks : first.weeks / 2;
  // Check sooner after a past flare-up, so a plan that does not suit is caught early.
  const afterSessions = Math.min(flaredUp ? 2 : 4, sessions);
  const text =
    pain >= MEANINGFUL_CHANGE
      ? `After ${afterSessions} sessions, your therapist checks your pain score again. ` +
        `A drop of ${MEANINGFUL_CHANGE} or more points means you are ready for the next phase. ` +
        'If it has not dropped by the end of the first phase, you review the plan together. ' +
        'That may mean seeing your doctor or a physical therapist.'
      : `Your pain score is already low, so it cannot drop by ${MEANINGFUL_CHANGE} points. ` +
        `After ${afterSessions} sessions, your therapist checks how you move and feel instead.`;
  return { afterSessions, text };
}

function techniquesFor({ duration, response }: Answers, needsDoctor: boolean): TechniqueId[] {
  const gentle = response === 'flared-up' || needsDoctor;
  const techniques: TechniqueId[] = [];
  // Firm, deep pressure waits until the body has shown it copes: not for new pain, a past flare-up or a health condition.
  if (!gentle && duration !== 'under-4-weeks') techniques.push('deep-tissue-work');
  if (!gentle) techniques.push('trigger-point-therapy');
  techniques.push('myofascial-release', 'stretching-and-mobilization');
  return techniques;
}

function notesFor({ duration, response }: Answers, longSessions: boolean, needsDoctor: boolean): string[] {
  const notes: string[] = [];
  if (duration === 'under-4-weeks') {
    notes.push('New back pain often settles within a few weeks. Staying active helps it settle.');
  }
  if (response === 'flared-up') {
    notes.push(
      'Massage made your pain flare up before, so your plan starts gently. ' +
        'Early sessions are shorter, at 30 minutes, with lighter pressure. ' +
        'Tell your therapist about the flare-up at your first visit. ' +
        'Speak up at any time if the pressure feels like too much.',
    );
  } else {
    notes.push('Some people feel a little sore for a day or two after a session. This is common and passes.');
  }
  if (needsDoctor) {
    notes.push(
      'If your doctor says massage is safe for you, your therapist will use lighter pressure and follow their advice.',
    );
  }
  if (longSessions) notes.push('Your sessions are 90 minutes, so there is time to work on your back, hips and legs.');
  return notes;
}

function selfCareFor({ work, exercise, sitting }: Answers): string[] {
  const selfCare = [
    'Keep moving as much as you comfortably can, such as walking and your usual daily tasks.',
    EXERCISE_ADVICE[exercise],
  ];
  if (sitting !== 'under-4-hours') {
    selfCare.push('Break up long spells of sitting. Get up and move for a few minutes at least once an hour.');
  }
  if (work === 'physical') {
    selfCare.push(
      'Notice which tasks at work make your back worse, and tell your therapist. ' +
        'Take short breaks from heavy or repeated lifting when you can.',
    );
  }
  return selfCare;
}
