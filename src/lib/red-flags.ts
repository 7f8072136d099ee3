/**
 * Signs that back pain needs a doctor, not a massage therapist: the one list behind the site's care
 * cards, the frequency guide's first question, technique pages' `avoidIf`, the content lint and the
 * build's safety check. Every sign names the reference it comes from (`source`, one of SIGN_SOURCES
 * below), so a reviewer can check it item by item. The clinic is in the US, so the emergency number is
 * 911 where the NHS says 999. Levels, most serious first:
 * - emergency: call 911 now (NHS "call 999 or go to A&E").
 * - urgent: see a doctor today (NHS "get an urgent GP appointment"; NICE CKS red flags).
 * - soon: book a doctor's appointment, not an emergency (NHS "see a GP if"; NICE CKS risk factors such as
 *   age, which are weighed with the rest and are not a same-day trigger on their own).
 * - caution: massage may not be safe; check with a doctor before booking (our clinic's own screening).
 */

/** Where each sign comes from. Kept here, beside the signs, so the list is checked against a reference, not memory. */
export const SIGN_SOURCES = {
  nhs: {
    name: 'NHS: Back pain (when to get help)',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  'nhs-dvt': {
    name: 'NHS: DVT (deep vein thrombosis)',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  },
  'nice-cks': {
    name: 'NICE CKS: Back pain - low (without radiculopathy), red flags',
    url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
  },
  clinic: {
    name: "Our clinic's own practice (safety screening before massage), not a guideline",
    url: null,
  },
} as const;

export type SignSource = keyof typeof SIGN_SOURCES;

export const RED_FLAGS = {
  emergency: {
    /** Care-card heading. */
    heading: 'Get emergency help now',
    /** Read out before the heading by screen readers, hidden on screen (as on NHS care cards). */
    hiddenPrefix: 'Immediate action required:',
    /** What to do, said once above the list. */
    action: 'Call 911 or go to the nearest emergency department if you have back pain and any of these:',
    items: [
      // NHS: "pain, tingling, weakness or numbness in both legs" (possible cauda equina).
      { id: 'both-legs', label: 'Pain, tingling, weakness or numbness in both legs', source: 'nhs' },
      // NHS: "numbness or tingling around your genitals or buttocks"; NICE CKS adds the back passage.
      {
        id: 'saddle-numbness',
        label: 'Numbness or tingling around your genitals, buttocks or back passage',
        source: 'nhs',
      },
      // NHS: trouble peeing, loss of bladder or bowel control; NICE CKS: new sexual problems.
      {
        id: 'bladder-bowel',
        label:
          'Trouble peeing, loss of control of your bladder or bowels, or new sexual problems (such as loss of feeling during sex)',
        source: 'nhs',
      },
      { id: 'chest-pain', label: 'Chest pain', source: 'nhs' },
      // NHS DVT page: 999 for breathlessness or chest pain with signs of a clot (a clot may have reached the lungs).
      {
        id: 'breathless-clot',
        label: 'You are short of breath, and one leg is swollen, painful, warm or red',
        source: 'nhs-dvt',
      },
      { id: 'serious-accident', label: 'The pain started after a serious accident or a bad fall', source: 'nhs' },
    ],
  },
  urgent: {
    heading: 'See a doctor today',
    hiddenPrefix: 'Urgent advice:',
    action: 'Ask your doctor for an appointment today, or go to urgent care, if you have back pain and any of these:',
    items: [
      // doctorCanClear: a doctor who has already checked this back pain can say massage is fine, and the
      // sign stays true after that check (a past cancer, a lump looked at). Signs of something going on or
      // getting worse now (a fever, weight loss, weakness, a clot, a possible break) need a doctor each
      // time, so a past check cannot clear them.
      { id: 'fever', label: 'A high temperature, or you feel hot and shivery', source: 'nhs', doctorCanClear: false },
      { id: 'weight-loss', label: 'You are losing weight without trying', source: 'nhs', doctorCanClear: false },
      {
        id: 'lump-or-shape',
        label: 'A lump or swelling on your back, or your back has changed shape',
        source: 'nhs',
        doctorCanClear: true,
      },
      {
        id: 'rest-or-night',
        label: 'Pain that does not ease when you rest, or is worse at night',
        source: 'nhs',
        doctorCanClear: true,
      },
      {
        id: 'between-shoulders',
        label: 'Pain high in your back, between your shoulder blades',
        source: 'nhs',
        doctorCanClear: true,
      },
      {
        id: 'cough-sneeze',
        label: 'Pain that gets worse when you cough, sneeze or strain on the toilet',
        source: 'nhs',
        doctorCanClear: true,
      },
      // NICE CKS: a nerve problem that is getting worse (progressive motor weakness).
      {
        id: 'one-leg-weaker',
        label: 'One leg is getting weaker, or your foot drops or drags when you walk',
        source: 'nice-cks',
        doctorCanClear: false,
      },
      { id: 'cancer-history', label: 'You have had cancer', source: 'nice-cks', doctorCanClear: true },
      // NICE CKS: risk of a spine infection.
      {
        id: 'immune-steroids-drugs',
        label: 'A weakened immune system, long-term steroid tablets, or you inject drugs',
        source: 'nice-cks',
        doctorCanClear: true,
      },
      // NICE CKS: possible fracture (sudden pain after a minor fall or strain, with osteoporosis or steroid use).
      {
        id: 'possible-fracture',
        label:
          'Sudden back pain after a small fall or strain, and you have osteoporosis or take long-term steroid tablets',
        source: 'nice-cks',
        doctorCanClear: false,
      },
      // NHS DVT page: urgent for signs of a clot; 911 if breathless (see breathless-clot above).
      {
        id: 'clot-signs',
        label:
          'Signs of a blood clot in one leg now: the calf or thigh is swollen, painful, warm or red (call 911 if you are also short of breath)',
        source: 'nhs-dvt',
        doctorCanClear: false,
      },
    ],
  },
  soon: {
    heading: 'See a doctor soon',
    hiddenPrefix: 'Non-urgent advice:',
    action: 'It is not an emergency, but book an appointment with your doctor if you have back pain and any of these:',
    items: [
      // NICE CKS weighs age as a risk factor with the rest, not as a reason to go that day.
      { id: 'new-over-50', label: 'You are over 50 and this back pain is new', source: 'nice-cks', inQuiz: true },
      { id: 'new-under-20', label: 'You are under 20 and this back pain is new', source: 'nice-cks', inQuiz: true },
      // The quiz works these three out from the pain score and how the pain is changing, so it does not ask them.
      { id: 'very-bad-or-worse', label: 'The pain is very bad, or getting worse', source: 'nhs', inQuiz: false },
      {
        id: 'not-better',
        label: 'The pain has not got better after a few weeks of looking after yourself',
        source: 'nhs',
        inQuiz: false,
      },
      {
        id: 'stops-daily-life',
        label: 'The pain stops you doing your usual day-to-day things',
        source: 'nhs',
        inQuiz: false,
      },
    ],
  },
  caution: {
    heading: 'Check with your doctor first',
    hiddenPrefix: 'Non-urgent advice:',
    action: 'Massage may not be safe for you. Ask your doctor before you book if you have any of these:',
    items: [
      // The clinic's one rule on blood thinners (review finding 22): light work only, once the doctor says OK.
      // Techniques with firm or focused pressure list this id in avoidIf; gentle ones do not.
      {
        id: 'bleeding-or-thinners',
        label: 'A bleeding disorder, or you take blood thinners',
        source: 'clinic',
        rule: 'Once your doctor says massage is OK, we use light pressure only.',
      },
      // A clot already found and being treated; signs of a clot now are urgent (clot-signs above).
      { id: 'blood-clot', label: 'A blood clot in a deep vein (DVT) that is being treated', source: 'clinic' },
      { id: 'recent-fracture', label: 'A broken bone that has not fully healed', source: 'clinic' },
      { id: 'osteoporosis', label: 'Osteoporosis (thin, weak bones)', source: 'clinic' },
      { id: 'recent-surgery', label: 'You have had an operation in the last 3 months', source: 'clinic' },
      // The clinic's own rule on pregnancy is in src/site.config.ts (clientFacts.pregnancy); cards show it beside this.
      { id: 'pregnancy', label: 'You are pregnant', source: 'clinic', policy: 'pregnancy' },
      { id: 'burns-or-wounds', label: 'Burns or open wounds', source: 'clinic' },
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
export const RED_FLAG_LEVELS = ['emergency', 'urgent', 'soon', 'caution'] as const satisfies readonly RedFlagLevel[];

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

/** The levels that stop the guide from making a plan: a doctor first. */
export const STOP_LEVELS = ['emergency', 'urgent'] as const satisfies readonly RedFlagLevel[];

/**
 * The signs the guide's first question offers, in card order: every emergency and urgent sign, and the
 * "see a doctor soon" signs it cannot work out from other answers (age). Made from RED_FLAGS, never retyped.
 */
export const QUIZ_SIGN_IDS = [
  ...STOP_LEVELS.flatMap((level) => RED_FLAGS[level].items.map((item) => item.id)),
  ...RED_FLAGS.soon.items.filter((item) => item.inQuiz).map((item) => item.id),
] as const as readonly (RedFlagId<'emergency' | 'urgent'> | Extract<RedFlagItem<'soon'>, { inQuiz: true }>['id'])[];

/** The level a sign belongs to, or undefined for an unknown id. */
export function levelOf(id: unknown): RedFlagLevel | undefined {
  return RED_FLAG_LEVELS.find((level) =>
    (RED_FLAGS[level].items as readonly RedFlagItem[]).some((item) => item.id === id),
  );
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
