/**
 * Signs that back pain needs a doctor, not a massage therapist: the one list behind the site's care
 * cards and the frequency-guide quiz. Levels follow the NHS care cards; the clinic is in the US, so
 * the emergency number is 911 (999 would only confuse visitors here).
 */
export const RED_FLAGS = {
  emergency: {
    /** Care-card heading. */
    heading: 'Get emergency help now',
    /** Read out before the heading by screen readers, hidden on screen (as on NHS care cards). */
    hiddenPrefix: 'Immediate action required:',
    /** What to do, said once above the list. */
    action: 'Call 911 or go to the nearest emergency department if you have back pain and any of these:',
    items: [
      { id: 'numb-both-legs', label: 'Numbness or tingling (pins and needles) in both legs' },
      { id: 'numb-groin-buttocks', label: 'Numbness around your genitals or your buttocks' },
      { id: 'bladder-bowel', label: 'Trouble peeing, or you cannot control your bladder or bowels' },
      { id: 'chest-pain', label: 'Chest pain' },
      { id: 'serious-accident', label: 'The pain started after a serious accident or a bad fall' },
    ],
  },
  urgent: {
    heading: 'See a doctor today',
    hiddenPrefix: 'Urgent advice:',
    action: 'Ask your doctor for an appointment today, or go to urgent care, if you have back pain and any of these:',
    items: [
      // doctorCanClear: a doctor who has already checked this back pain can say massage is fine, and the
      // sign stays true after that check (a past cancer, an age). Signs of something going on now (a fever,
      // weight loss, a clot) need a doctor each time, so a past check cannot clear them.
      { id: 'fever', label: 'A high temperature, or you feel hot and shivery', doctorCanClear: false },
      { id: 'weight-loss', label: 'You are losing weight without trying', doctorCanClear: false },
      {
        id: 'lump-or-shape',
        label: 'A lump or swelling on your back, or your back has changed shape',
        doctorCanClear: true,
      },
      {
        id: 'rest-or-night',
        label: 'Pain that does not ease when you rest, or is worse at night',
        doctorCanClear: true,
      },
      { id: 'cancer-history', label: 'You have had cancer', doctorCanClear: true },
      { id: 'new-over-50', label: 'You are over 50 and this back pain is new', doctorCanClear: true },
      {
        id: 'clot-signs',
        label: 'Signs of a blood clot in a leg now: a calf that is swollen, painful, warm or red',
        doctorCanClear: false,
      },
    ],
  },
  caution: {
    heading: 'Check with your doctor first',
    hiddenPrefix: 'Non-urgent advice:',
    action: 'Massage may not be safe for you. Ask your doctor before you book if you have any of these:',
    items: [
      { id: 'bleeding-or-thinners', label: 'A bleeding disorder, or you take blood thinners' },
      // A clot already found and being treated; signs of a clot now are urgent (clot-signs above).
      { id: 'blood-clot', label: 'A blood clot in a deep vein (DVT) that is being treated' },
      { id: 'recent-fracture', label: 'A broken bone that has not fully healed' },
      { id: 'severe-osteoporosis', label: 'Severe osteoporosis (thin, weak bones)' },
      { id: 'burns-or-wounds', label: 'Burns or open wounds' },
    ],
  },
} as const;

export type RedFlagLevel = keyof typeof RED_FLAGS;
/** The ids of one level, or of all levels when no level is given. */
export type RedFlagId<L extends RedFlagLevel = RedFlagLevel> = (typeof RED_FLAGS)[L]['items'][number]['id'];
export type RedFlagItem<L extends RedFlagLevel = RedFlagLevel> = (typeof RED_FLAGS)[L]['items'][number];

/** A care card filled in for one person: the level's wording plus the items they said yes to. */
export interface CareAdvice<L extends RedFlagLevel = RedFlagLevel> {
  level: L;
  heading: string;
  hiddenPrefix: string;
  action: string;
  items: readonly RedFlagItem<L>[];
}

/** Most serious first, so the first level with a match is the advice to give. */
export const RED_FLAG_LEVELS = ['emergency', 'urgent', 'caution'] as const satisfies readonly RedFlagLevel[];

/** The advice for the most serious of `levels` that any of `ids` belongs to, or null when none does. */
export function adviceFor<L extends RedFlagLevel>(ids: readonly unknown[], levels: readonly L[]): CareAdvice<L> | null {
  // Walk the fixed severity order so the caller's order of `levels` cannot change which advice wins.
  for (const level of RED_FLAG_LEVELS as readonly RedFlagLevel[] as readonly L[]) {
    if (!levels.includes(level)) continue;
    const { items, ...card } = RED_FLAGS[level];
    const matched = (items as readonly RedFlagItem<L>[]).filter((item) => ids.includes(item.id));
    if (matched.length > 0) return { level, ...card, items: matched };
  }
  return null;
}

/** What a visitor says when a doctor has already checked the urgent signs they ticked (see doctorCanClear). */
export const DOCTOR_CLEARANCE = {
  /** The statement the visitor ticks. */
  label: 'A doctor has already checked this back pain and said massage is fine for me',
  /** Why it is offered, shown above the statement. */
  hint: 'If a doctor has already checked you for these signs, you can tell us and see your plan.',
} as const;

/** True when `id` is an urgent sign that a doctor's earlier check can clear; emergency signs never can. */
export function doctorCanClear(id: unknown): boolean {
  return RED_FLAGS.urgent.items.some((item) => item.id === id && item.doctorCanClear);
}

/** The item with this id at any level, or undefined. */
export function redFlagItem(id: unknown): RedFlagItem | undefined {
  return RED_FLAG_LEVELS.flatMap((level) => RED_FLAGS[level].items as readonly RedFlagItem[]).find(
    (item) => item.id === id,
  );
}

/** The page anchor of the full set of care cards (RedFlagCards renders it on every page that shows them). */
export const WARNING_SIGNS_ID = 'warning-signs';

/** The page anchor of one level's care card inside the full set. */
export const careCardId = (level: RedFlagLevel): string => `${WARNING_SIGNS_ID}-${level}`;

/** The page that always shows every care card: pages without their own cards link here. */
export const WARNING_SIGNS_PAGE = '/medical-disclaimer';

/** A link to the full care cards, or to one level's card, on the warning-signs page. */
export const warningSignsHref = (level?: RedFlagLevel): string =>
  `${WARNING_SIGNS_PAGE}#${level ? careCardId(level) : WARNING_SIGNS_ID}`;

/** The labels of one level, in the order the cards list them: for checks that a page shows every sign. */
export const redFlagLabels = (level: RedFlagLevel): readonly string[] =>
  RED_FLAGS[level].items.map((item) => item.label);
