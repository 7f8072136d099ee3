import type { ActivityId, DoctorPromptId, LeadId, NoteId } from './plan.ts';
import { MAINTENANCE_REVIEW_MONTHS, MEANINGFUL_IMPROVEMENT } from './plan.ts';

/** "30%": the improvement the review looks for, from plan.ts (Dworkin 2008). */
const IMPROVED = `${Math.round(MEANINGFUL_IMPROVEMENT * 100)}%`;

/**
 * The words of a plan, by the ids recommendPlan gives. Build time only: the page renders every line
 * hidden and the quiz script shows the ones a plan names, so the words stay out of its JavaScript.
 * Each record is in display order. Nothing here may say more than the code does.
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
    severe: 'Pain this bad needs a doctor. Please see your doctor about it, as well as any massage.',
    'not-easing': 'Your pain is not easing. Please talk to your doctor about it, if you have not already.',
    age: 'At your age, new back pain is worth showing a doctor soon. It is not an emergency on its own.',
  } satisfies Record<DoctorPromptId, string>,
  notes: {
    'flare-up':
      'Massage made your pain flare up before, so your plan is short and gentle, with lighter pressure and an early review. ' +
      'Tell your therapist about the flare-up.',
    soreness:
      'Some people have more pain for a day or two after a session. It is usually mild. Tell your therapist if it happens.',
    'slow-response': 'Massage helped you only slowly before, so your plan is shorter and we review it sooner.',
    cleared: 'You told us a doctor has already checked this back pain. Tell your therapist what they said.',
  } satisfies Record<NoteId, string>,
  /** What "improved" means at the review, in plain words (Dworkin 2008). */
  improved:
    `At your first visit you score your pain, and how much it gets in the way of what you do, from 0 to 10. ` +
    `"Improved" means one of these scores is about ${IMPROVED} better at the review. For example, a pain score of 6 that falls to 4.`,
  maintenance:
    'After the plan, you may choose a visit about once a month. It is one choice among others, and you do not need it. ' +
    `Every ${MAINTENANCE_REVIEW_MONTHS} months we check these visits with the same scores. ` +
    'We stop them if your scores are no better with them than without. ' +
    'This is our own practice: no study has tested visits like these.',
  /** The stop rule, around when the review is ("after 3 sessions", "at the review"). */
  stopRule: [
    `If neither score has improved by about ${IMPROVED} `,
    ', we stop and suggest other care. That may be your doctor or a physical therapist.',
  ],
  /** The cost line's note on the optional monthly visits, around the price. */
  monthly: ['Optional monthly visits after the plan would cost about ', ' each.'],
  wellFirst: 'You have no back pain right now, so you do not need a treatment plan.',
  wellLast: 'If the pain comes back, answer these questions again.',
  /** The no-JavaScript table's words for a row where no answers get a plan. */
  noPlan: {
    'self-care': 'No schedule: staying active comes first. One visit if you want it.',
    'doctor-first': 'See a doctor first. No plan.',
  },
  /** New mild pain: no schedule. */
  selfCare: {
    title: 'Look after yourself first',
    first: 'Your pain is new and mild. It will most likely settle by itself, so you do not need a massage plan.',
    visit:
      'If you would like one visit to talk it through and try massage, you can book a first visit. It is up to you.',
    later:
      'If the pain is still there after a few weeks, or gets worse, see your doctor and answer these questions again.',
  },
  /** "It did not help me": no schedule. */
  notHelped: {
    title: 'Other care may suit you better',
    first: 'Massage did not help you before, so we do not suggest a course of it.',
    other:
      'Exercise has the best evidence for back pain. A physical therapist can give you a plan of exercises, and your doctor can talk through other care.',
    visit:
      'If you want, one visit with us can look at whether anything would be different this time. We will tell you honestly if we think it will not help.',
  },
  /** A condition to check first: no timeline and no price. */
  checkFirst: {
    first: 'Because of what you told us, we do not suggest a plan or a cost yet.',
    then: 'Once your doctor says massage is OK, call us. We make your plan with you at your first visit.',
    none: 'Each of our techniques lists a condition you ticked as a reason to check with your doctor first.',
  },
  /** Very bad new pain: a doctor first, no plan. */
  doctorFirst: {
    first: 'Please see a doctor about this pain first. We have not made a massage plan for you.',
    then: 'Once a doctor has seen you, you can come back and answer again.',
  },
} as const;

/** The stop rule for a plan reviewed after `sessions` sessions, or at "the review" when no number is given. */
export const stopRuleText = (sessions?: number): string =>
  PLAN_WORDS.stopRule.join(sessions === undefined ? 'at the review' : `after ${sessions} sessions`);

/** The stop rule split around its session count, for a page that writes the count itself: [before, after]. */
export const stopRuleAround = (): readonly [string, string] => [
  `${PLAN_WORDS.stopRule[0]}after `,
  ` sessions${PLAN_WORDS.stopRule[1]}`,
];
