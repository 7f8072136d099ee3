import { CLEARED, FIELDS, NONE, type Answers, type Field, type QuestionId } from './answer-rules.ts';

/** Checks quiz answers without zod, so the browser bundle stays small. Rules come from FIELDS. */

/** One answer that needs fixing: the form field and a message the visitor can act on. */
export interface FieldError {
  field: QuestionId;
  message: string;
}

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; errors: readonly FieldError[] };

const isAnswerTo = (field: Field, value: unknown): boolean => {
  if (field.kind === 'scale') {
    return Number.isInteger(value) && (value as number) >= field.min && (value as number) <= field.max;
  }
  const allowed = (candidate: unknown) => (field.values as readonly unknown[]).includes(candidate);
  if (field.kind === 'single') return allowed(value);
  // A checkbox question needs an answer: "None of these" alone, or at least one listed value.
  if (!Array.isArray(value) || value.length === 0) return false;
  if (value.length === 1 && value[0] === NONE) return true;
  // An index loop, not every(): every() skips the holes of a sparse array and would let them through.
  for (let i = 0; i < value.length; i++) if (!allowed(value[i])) return false;
  return true;
};

/** One field of raw input, or undefined when it is missing or cannot be read. */
export const readField = (input: unknown, field: string): unknown => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  // A getter that throws must not break the promise that checking answers never throws.
  try {
    return (input as Record<string, unknown>)[field];
  } catch {
    return undefined;
  }
};

/** Checks `input` against every question; on success returns fresh copies of the known fields only. */
export function parseAnswers(input: unknown): ParsedAnswers {
  const answers: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const field of FIELDS) {
    const value = readField(input, field.id);
    if (!isAnswerTo(field, value)) errors.push({ field: field.id, message: field.error });
    else answers[field.id] = Array.isArray(value) ? [...value] : value;
  }
  if (readField(input, CLEARED) === true) answers[CLEARED] = true;
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: answers as Answers };
}

/** The parts of FormData the quiz reads, so tests can pass a plain stand-in. */
export interface FormFields {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

/**
 * Turns the quiz form's fields into the shape parseAnswers checks: numbers for the scale, strings for
 * single choices, lists for checkboxes. A field left blank stays missing so its error shows.
 */
export function readAnswers(form: FormFields): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (field.kind === 'multi') {
      raw[field.id] = form.getAll(field.id);
      continue;
    }
    const value = form.get(field.id);
    if (typeof value !== 'string' || value.trim() === '') continue;
    // Only plain digits become a number; anything else stays a string and fails the scale check.
    raw[field.id] = field.kind === 'scale' && /^\d+$/.test(value) ? Number(value) : value;
  }
  if (form.get(CLEARED) === 'yes') raw[CLEARED] = true;
  return raw;
}
