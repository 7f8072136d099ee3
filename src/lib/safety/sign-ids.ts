/**
 * The warning signs without their words: each sign's id and level, in card order, and the rules the frequency
 * guide applies to them. The guide's script needs only this, so the words stay out of the page's JavaScript.
 * The words and the reference behind each sign are in red-flags.ts, keyed by these ids; its types make both
 * files cover exactly the same signs. Levels, most serious first (see red-flags.ts for what each means).
 */
export const RED_FLAG_LEVELS = ['emergency', 'urgent', 'soon', 'caution'] as const;

export type RedFlagLevel = (typeof RED_FLAG_LEVELS)[number];

export const SIGN_IDS = {
  emergency: ['both-legs', 'saddle-numbness', 'bladder-bowel', 'chest-pain', 'breathless-clot', 'serious-accident'],
  urgent: [
    'fever',
    'weight-loss',
    'lump-or-shape',
    'rest-or-night',
    'between-shoulders',
    'cough-sneeze',
    'one-leg-weaker',
    'cancer-history',
    'immune-steroids-drugs',
    'possible-fracture',
    'clot-signs',
  ],
  soon: ['new-over-50', 'new-under-20', 'very-bad-or-worse', 'not-better', 'stops-daily-life'],
  caution: [
    'bleeding-or-thinners',
    'blood-clot',
    'recent-fracture',
    'osteoporosis',
    'recent-surgery',
    'pregnancy',
    'burns-or-wounds',
  ],
} as const satisfies Record<RedFlagLevel, readonly string[]>;

/** The ids of one level, or of all levels when no level is given. */
export type RedFlagId<L extends RedFlagLevel = RedFlagLevel> = (typeof SIGN_IDS)[L][number];

/**
 * Urgent signs a doctor who has already checked this back pain can clear: they stay true after that check (a
 * past cancer, a lump already looked at). Signs of something going on or getting worse now (a fever, weight loss,
 * a weakening leg, a possible break, a clot) need a doctor each time; emergency signs never clear.
 * Our clinic's own practice.
 */
const DOCTOR_CAN_CLEAR = [
  'lump-or-shape',
  'rest-or-night',
  'between-shoulders',
  'cough-sneeze',
  'cancer-history',
  'immune-steroids-drugs',
] as const satisfies readonly RedFlagId<'urgent'>[];

/** The "see a doctor soon" signs the guide asks (age); it works the others out from the pain score and trend. */
export const ASKED_SOON = ['new-over-50', 'new-under-20'] as const satisfies readonly RedFlagId<'soon'>[];

/** The levels that stop the guide from making a plan: a doctor first. */
export const STOP_LEVELS = ['emergency', 'urgent'] as const satisfies readonly RedFlagLevel[];

/** The signs the guide's first question offers, in card order: every emergency and urgent sign, then age. */
export const QUIZ_SIGN_IDS = [...SIGN_IDS.emergency, ...SIGN_IDS.urgent, ...ASKED_SOON] as const;

/** The level a sign belongs to, or undefined for an unknown id. */
export function levelOf(id: unknown): RedFlagLevel | undefined {
  return RED_FLAG_LEVELS.find((level) => (SIGN_IDS[level] as readonly unknown[]).includes(id));
}

/** True when `id` is an urgent sign that a doctor's earlier check can clear; emergency signs never can. */
export function doctorCanClear(id: unknown): boolean {
  return (DOCTOR_CAN_CLEAR as readonly unknown[]).includes(id);
}

/** Some signs a visitor gave, at one level. */
export interface Signs<L extends RedFlagLevel = RedFlagLevel> {
  level: L;
  /** In the list's order. */
  ids: readonly RedFlagId<L>[];
}

/** The most serious of `levels` that any of `ids` belongs to, with the ids at that level, or null when none does. */
export function signsAt<L extends RedFlagLevel>(ids: readonly unknown[], levels: readonly L[]): Signs<L> | null {
  // Walk the fixed severity order so the caller's order of `levels` cannot change which level wins.
  for (const level of RED_FLAG_LEVELS as readonly RedFlagLevel[] as readonly L[]) {
    if (!levels.includes(level)) continue;
    const matched = (SIGN_IDS[level] as readonly RedFlagId<L>[]).filter((id) => ids.includes(id));
    if (matched.length > 0) return { level, ids: matched };
  }
  return null;
}
