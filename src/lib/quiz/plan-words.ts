import type { ActivityId, DoctorPromptId, LeadId, NoteId } from './plan.ts';
import { LONG_SESSION_MINUTES, MAINTENANCE_REVIEW_MONTHS } from './plan.ts';

/**
 * The words of a plan, by the ids recommendPlan gives. Build time only: the page renders every line
 * hidden and the quiz script shows the ones a plan names, so the words stay out of its JavaScript.
 * Each record is in display order.
 */
export const PLAN_WORDS = {
  lead: {
    'new-pain':
      'Most new back pain settles in a few weeks with staying active. Keep up your normal day as best you can.',
    'active-first': 'Staying active and exercise come first. Massage is an extra that sits beside them.',
  } satisfies Record<LeadId, string>,
  activity: {
    'keep-moving': 'Keep moving as much as you comfortably can, with walks and your usual daily tasks.',
    'exercise-rarely':
      'Exercise is the most useful thing you can add. Start with a short walk every day and build up week by week. ' +
      'A doctor or physical therapist can show you exercises for your back.',
    'exercise-sometimes': 'Add one more active day each week, such as a brisk walk or a swim.',
    'exercise-regularly': 'Keep up your exercise. Tell your therapist what you do, so your sessions fit around it.',
    'break-sitting': 'Break up long spells of sitting. Get up and move for a few minutes every hour.',
    'heavy-work':
      'Take short breaks from heavy or repeated lifting when you can, and tell your therapist which tasks hurt.',
  } satisfies Record<ActivityId, string>,
  doctor: {
    severe: 'Pain this bad needs a doctor too. Please see your doctor as well as coming to us.',
    'not-easing': 'Your pain is not easing. Please talk to your doctor about it, if you have not already.',
  } satisfies Record<DoctorPromptId, string>,
  notes: {
    'flare-up':
      'Massage made your pain flare up before, so your plan is short and gentle, with lighter pressure and an early review. ' +
      'Tell your therapist about the flare-up.',
    soreness: 'Some people feel a little sore for a day or two after a session. This is common and passes.',
    'slow-response': 'Massage helped you only slowly before, so your plan is shorter and we review it sooner.',
    cleared: 'You told us a doctor has already checked this back pain. Tell your therapist what they said.',
    'long-sessions': `Your sessions are ${LONG_SESSION_MINUTES} minutes, so there is time to work on your back, hips and legs.`,
  } satisfies Record<NoteId, string>,
  maintenance:
    'After the plan, you can choose a visit about once a month. It is up to you. ' +
    `We look at these visits with you every ${MAINTENANCE_REVIEW_MONTHS} months and stop them if they are not helping. ` +
    'This is our own practice: no study has tested visits like these.',
  /** The stop rule, around the review session number. */
  stopRule: [
    'If your pain or what you can do has not improved after ',
    ' sessions, we stop and suggest other care. That may be your doctor or a physical therapist.',
  ],
  wellFirst: 'You have no back pain right now, so you do not need a treatment plan.',
  wellLast: 'If the pain comes back, answer these questions again.',
} as const;

/** The stop rule for a plan reviewed after `sessions` sessions. */
export const stopRuleText = (sessions: number): string => PLAN_WORDS.stopRule.join(String(sessions));
