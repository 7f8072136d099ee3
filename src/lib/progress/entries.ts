import { isScore, PEG_ITEMS, type PegAnswers, type PegItemId } from './peg.ts';

/** How many activities of their own a client may rate (the Patient-Specific Functional Scale idea, Stratford 1995). */
export const MAX_ACTIVITIES = 3;
/** Longest activity name kept, in characters. */
export const ACTIVITY_NAME_MAX = 60;

/** One of the client's own activities, rated 0 (cannot do it) to 10 (as well as before the pain). */
interface ActivityRating {
  name: string;
  score: number;
}

/** One check-in: a day, the three PEG answers, up to three activities and whether any warning sign was present. */
export interface Entry extends PegAnswers {
  /** The calendar day, YYYY-MM-DD. */
  date: string;
  activities: ActivityRating[];
  /** The client ticked that they have one of the warning signs. */
  warning: boolean;
}

/** The form's fields in page order: the error summary lists problems in this order. */
export const ENTRY_FIELDS = [
  'date',
  'warning',
  ...PEG_ITEMS.map((item) => item.id),
  ...Array.from({ length: MAX_ACTIVITIES }, (_, i) => [`activity${i + 1}`, `activity${i + 1}Score`]).flat(),
] as const;

/** A field's problem, as the page shows it beside the field and in the error summary. */
export interface FieldError {
  field: string;
  message: string;
}

export type EntryResult = { ok: true; entry: Entry } | { ok: false; errors: FieldError[] };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The local calendar day of `now`, YYYY-MM-DD: the visitor's own "today". */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const LABELS: Record<PegItemId, string> = {
  pain: 'average pain',
  enjoyment: 'enjoying life',
  activity: 'usual activity',
};

/** Reads a form's text as a 0-10 score: undefined when blank, NaN when not a whole number. */
function readScore(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  return /^\d{1,2}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Checks one check-in as typed into the form (field name -> text) and turns it into an entry. Each problem is
 * reported on its own field; nothing already saved is touched by a failed check.
 */
export function readEntry(form: Readonly<Record<string, string | undefined>>, today: string): EntryResult {
  const errors: FieldError[] = [];
  const date = (form['date'] ?? '').trim();
  if (!isDay(date)) errors.push({ field: 'date', message: 'Enter the date as a real day, for example 2026-03-14' });
  else if (date > today) errors.push({ field: 'date', message: 'The date cannot be in the future' });

  const warning = form['warning'];
  if (warning !== 'yes' && warning !== 'no')
    errors.push({ field: 'warning', message: 'Say whether you have had any of the warning signs' });

  const answers = {} as PegAnswers;
  for (const { id } of PEG_ITEMS) {
    const score = readScore(form[id]);
    if (score === undefined) errors.push({ field: id, message: `Enter a score for ${LABELS[id]}, from 0 to 10` });
    else if (!isScore(score))
      errors.push({ field: id, message: `The score for ${LABELS[id]} must be a whole number from 0 to 10` });
    else answers[id] = score;
  }

  const activities: ActivityRating[] = [];
  for (let i = 1; i <= MAX_ACTIVITIES; i++) {
    const name = (form[`activity${i}`] ?? '').trim().slice(0, ACTIVITY_NAME_MAX);
    const score = readScore(form[`activity${i}Score`]);
    if (!name && score === undefined) continue;
    if (!name) errors.push({ field: `activity${i}`, message: `Name activity ${i}, or clear its score` });
    if (score === undefined) errors.push({ field: `activity${i}Score`, message: `Rate activity ${i} from 0 to 10` });
    else if (!isScore(score))
      errors.push({
        field: `activity${i}Score`,
        message: `The rating for activity ${i} must be a whole number from 0 to 10`,
      });
    if (name && isScore(score)) activities.push({ name, score });
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, entry: { date, ...answers, activities, warning: warning === 'yes' } };
}

/** Entries in date order (a stable sort: two on one day keep the order they were added in). */
export const byDate = (entries: readonly Entry[]): Entry[] =>
  [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
