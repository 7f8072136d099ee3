import {
  ASKED_SOON,
  doctorCanClear,
  RED_FLAG_LEVELS,
  SIGN_IDS,
  type RedFlagId,
  type RedFlagLevel,
} from './sign-ids.ts';

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
 * The ids, levels and order live in sign-ids.ts (the guide's script reads only that); the words live here.
 * See docs/clinical-rules.md for the whole list with its references.
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

type SignSource = keyof typeof SIGN_SOURCES;

export {
  doctorCanClear,
  levelOf,
  QUIZ_SIGN_IDS,
  RED_FLAG_LEVELS,
  type RedFlagId,
  type RedFlagLevel,
} from './sign-ids.ts';

/** What a care card says at each level: its heading, the screen-reader prefix (as on NHS care cards) and what to do. */
const LEVEL_WORDS = {
  emergency: {
    heading: 'Get emergency help now',
    hiddenPrefix: 'Immediate action required:',
    action: 'Call 911 or go to the nearest emergency department if you have back pain and any of these:',
  },
  urgent: {
    heading: 'See a doctor today',
    hiddenPrefix: 'Urgent advice:',
    action: 'Ask your doctor for an appointment today, or go to urgent care, if you have back pain and any of these:',
  },
  soon: {
    heading: 'See a doctor soon',
    hiddenPrefix: 'Non-urgent advice:',
    action: 'It is not an emergency, but book an appointment with your doctor if you have back pain and any of these:',
  },
  caution: {
    heading: 'Check with your doctor first',
    hiddenPrefix: 'Non-urgent advice:',
    action: 'Massage may not be safe for you. Ask your doctor before you book if you have any of these:',
  },
} as const satisfies Record<RedFlagLevel, { heading: string; hiddenPrefix: string; action: string }>;

/** What the list says about one sign, beside the reference it comes from. */
interface SignWords {
  /** The sign in plain words, as the cards and the guide show it. */
  label: string;
  /** The reference it comes from (SIGN_SOURCES). */
  source: SignSource;
  /** What the clinic does about it, shown beside it (our clinic's own rule). */
  rule?: string;
  /** A clinic policy from src/site.config.ts shown beside it, labelled as policy: a key of clientFacts. */
  policy?: 'pregnancy';
}

/** Every sign's words, by id; the ids and levels are in sign-ids.ts, and the type makes both cover the same signs. */
const SIGN_WORDS: Record<RedFlagId, SignWords> = {
  // NHS: "pain, tingling, weakness or numbness in both legs" (possible cauda equina).
  'both-legs': { label: 'Pain, tingling, weakness or numbness in both legs', source: 'nhs' },
  // NHS: "numbness or tingling around your genitals or buttocks"; NICE CKS adds the back passage.
  'saddle-numbness': { label: 'Numbness or tingling around your genitals, buttocks or back passage', source: 'nhs' },
  // NHS: trouble peeing, loss of bladder or bowel control; NICE CKS: new sexual problems.
  'bladder-bowel': {
    label:
      'Trouble peeing, loss of control of your bladder or bowels, or new sexual problems (such as loss of feeling during sex)',
    source: 'nhs',
  },
  'chest-pain': { label: 'Chest pain', source: 'nhs' },
  // NHS DVT page: 999 for breathlessness or chest pain with signs of a clot (a clot may have reached the lungs).
  'breathless-clot': {
    label: 'You are short of breath, and one leg is swollen, painful, warm or red',
    source: 'nhs-dvt',
  },
  'serious-accident': { label: 'The pain started after a serious accident or a bad fall', source: 'nhs' },
  fever: { label: 'A high temperature, or you feel hot and shivery', source: 'nhs' },
  'weight-loss': { label: 'You are losing weight without trying', source: 'nhs' },
  'lump-or-shape': { label: 'A lump or swelling on your back, or your back has changed shape', source: 'nhs' },
  'rest-or-night': { label: 'Pain that does not ease when you rest, or is worse at night', source: 'nhs' },
  'between-shoulders': { label: 'Pain high in your back, between your shoulder blades', source: 'nhs' },
  'cough-sneeze': { label: 'Pain that gets worse when you cough, sneeze or strain on the toilet', source: 'nhs' },
  // NICE CKS: a nerve problem that is getting worse (progressive motor weakness).
  'one-leg-weaker': {
    label: 'One leg is getting weaker, or your foot drops or drags when you walk',
    source: 'nice-cks',
  },
  'cancer-history': { label: 'You have had cancer', source: 'nice-cks' },
  // NICE CKS: risk of a spine infection.
  'immune-steroids-drugs': {
    label: 'A weakened immune system, long-term steroid tablets, or you inject drugs',
    source: 'nice-cks',
  },
  // NICE CKS: possible fracture (sudden pain after a minor fall or strain, with osteoporosis or steroid use).
  'possible-fracture': {
    label: 'Sudden back pain after a small fall or strain, and you have osteoporosis or take long-term steroid tablets',
    source: 'nice-cks',
  },
  // NHS DVT page: urgent for signs of a clot; 911 if breathless (see breathless-clot above).
  'clot-signs': {
    label:
      'Signs of a blood clot in one leg now: the calf or thigh is swollen, painful, warm or red (call 911 if you are also short of breath)',
    source: 'nhs-dvt',
  },
  // NICE CKS weighs age as a risk factor with the rest, not as a reason to go that day.
  'new-over-50': { label: 'You are over 50 and this back pain is new', source: 'nice-cks' },
  'new-under-20': { label: 'You are under 20 and this back pain is new', source: 'nice-cks' },
  'very-bad-or-worse': { label: 'The pain is very bad, or getting worse', source: 'nhs' },
  'not-better': { label: 'The pain has not got better after a few weeks of looking after yourself', source: 'nhs' },
  'stops-daily-life': { label: 'The pain stops you doing your usual day-to-day things', source: 'nhs' },
  // The clinic's one rule on blood thinners (review finding 22): light work only, once the doctor says OK.
  // Techniques with firm or focused pressure list this id in avoidIf; gentle ones do not.
  'bleeding-or-thinners': {
    label: 'A bleeding disorder, or you take blood thinners',
    source: 'clinic',
    rule: 'Once your doctor says massage is OK, we use light pressure only.',
  },
  // A clot already found and being treated; signs of a clot now are urgent (clot-signs above).
  'blood-clot': { label: 'A blood clot in a deep vein (DVT) that is being treated', source: 'clinic' },
  'recent-fracture': { label: 'A broken bone that has not fully healed', source: 'clinic' },
  osteoporosis: { label: 'Osteoporosis (thin, weak bones)', source: 'clinic' },
  'recent-surgery': { label: 'You have had an operation in the last 3 months', source: 'clinic' },
  // The clinic's own rule on pregnancy is in src/site.config.ts (clientFacts.pregnancy); cards show it beside this.
  pregnancy: { label: 'You are pregnant', source: 'clinic', policy: 'pregnancy' },
  'burns-or-wounds': { label: 'Burns or open wounds', source: 'clinic' },
};

/** One sign as the cards show it. */
export type RedFlagItem<L extends RedFlagLevel = RedFlagLevel> = SignWords & {
  id: RedFlagId<L>;
  /** Urgent signs only: whether a doctor's earlier check can clear it (sign-ids.ts). */
  doctorCanClear?: boolean;
  /** "Soon" signs only: whether the guide asks it (age), rather than working it out from other answers. */
  inQuiz?: boolean;
};

type LevelCard<L extends RedFlagLevel> = (typeof LEVEL_WORDS)[L] & { items: readonly RedFlagItem<L>[] };

const cardFor = <L extends RedFlagLevel>(level: L): LevelCard<L> => ({
  ...LEVEL_WORDS[level],
  items: (SIGN_IDS[level] as readonly RedFlagId<L>[]).map((id) => ({
    id,
    ...SIGN_WORDS[id],
    ...(level === 'urgent' ? { doctorCanClear: doctorCanClear(id) } : {}),
    ...(level === 'soon' ? { inQuiz: (ASKED_SOON as readonly string[]).includes(id) } : {}),
  })),
});

/** The list, level by level, in card order: each level's words and its signs. */
export const RED_FLAGS: { readonly [L in RedFlagLevel]: LevelCard<L> } = {
  emergency: cardFor('emergency'),
  urgent: cardFor('urgent'),
  soon: cardFor('soon'),
  caution: cardFor('caution'),
};

/** A care card filled in for one person: the level's wording plus the items they said yes to. */
export interface CareAdvice<L extends RedFlagLevel = RedFlagLevel> {
  level: L;
  heading: string;
  hiddenPrefix: string;
  action: string;
  items: readonly RedFlagItem<L>[];
}

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
const WARNING_SIGNS_PAGE = '/medical-disclaimer';

/** A link to the full care cards, or to one level's card, on the warning-signs page. */
export const warningSignsHref = (level?: RedFlagLevel): string =>
  `${WARNING_SIGNS_PAGE}#${level ? careCardId(level) : WARNING_SIGNS_ID}`;

/** The labels of one level, in the order the cards list them: for checks that a page shows every sign. */
export const redFlagLabels = (level: RedFlagLevel): readonly string[] =>
  RED_FLAGS[level].items.map((item) => item.label);
