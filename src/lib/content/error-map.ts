/**
 * One error map for the content schema (Starlight keeps its friendly zod messages in one utils/error-map.ts too):
 * a field is described once (what it holds, its bounds, why they matter) and every message about it, whether
 * missing, of the wrong type, too short, too long or too few, is made here from that description. Each message says
 * what was expected, what was found and how to fix it; Astro adds the file and the field.
 */

/** How a field is written, as far as its messages go. */
type ValueKind = 'text' | 'number' | 'list';

export interface Described {
  /** What the field holds, for messages: "a headline", "the year of publication", "source ids". */
  what: string;
  kind: ValueKind;
  /** Characters (text), value (number) or items (list). */
  min?: number | undefined;
  max?: number | undefined;
  /** One item of a list, for "expected at least one source". */
  item?: string | undefined;
  /** A list written as YAML, for the "write it in square brackets" fix. */
  example?: string | undefined;
  /** Why the lower bound matters, or how to meet it: "search results show this line, so say what the page is about". */
  whyMin?: string | undefined;
  /** Why the upper bound matters, or how to meet it. */
  whyMax?: string | undefined;
}

/** The parts of a zod issue the map reads. */
interface Issue {
  code?: string;
  input?: unknown;
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
}

export const show = (value: unknown): string => (value instanceof Date ? value.toISOString() : JSON.stringify(value));

const UNITS: Record<ValueKind, string> = { text: 'characters', number: '', list: 'items' };

function bounds({ kind, min, max }: Described): string {
  const unit = UNITS[kind] ? ` ${UNITS[kind]}` : '';
  if (min !== undefined && max !== undefined) return `${min} to ${max}${unit}`;
  if (max !== undefined) return `at most ${max}${unit}`;
  return `at least ${min ?? 0}${unit}`;
}

const size = (input: unknown): string =>
  typeof input === 'string' ? ` (got ${input.length})` : Array.isArray(input) ? ` (got ${input.length})` : '';

function missing(field: Described): string {
  if (field.kind === 'number') return `expected ${field.what} (a whole number), but the field is missing`;
  if (field.kind === 'list') return `expected ${field.what} as a list, but the field is missing`;
  return `expected ${field.what}, but the field is missing`;
}

function wrongType(field: Described, input: unknown): string {
  if (field.kind === 'number')
    return `expected ${field.what} as a whole number without quotes; got ${show(input)}. Write the digits only, for example 2.`;
  if (field.kind === 'list')
    return `expected ${field.what} as a list (got ${show(input)}); write it in square brackets, for example ${field.example ?? '[one, two]'}`;
  return `expected ${field.what} as text; put it in double quotes`;
}

function outOfBounds(field: Described, issue: Issue, tooSmall: boolean): string {
  const why = tooSmall ? field.whyMin : field.whyMax;
  if (field.kind === 'list' && tooSmall && field.min === 1)
    return `expected at least one ${field.item ?? 'item'}${why ? `: ${why}` : `; add one to ${field.what}`}`;
  if (field.kind === 'number')
    return `expected ${field.what} from ${bounds(field)} (got ${show(issue.input)})${why ? `; ${why}` : ''}`;
  const fix = why ?? (tooSmall ? 'add to it' : 'shorten it');
  return `expected ${bounds(field)} for ${field.what}${size(issue.input)}; ${fix}`;
}

/** The message for one zod issue on a described field, or undefined to leave it to the next map. */
function fieldMessage(field: Described, issue: Issue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return missing(field);
    if (issue.expected === 'int') return `expected ${field.what} as a whole number, with no decimal point`;
    return wrongType(field, issue.input);
  }
  if (issue.code === 'too_small') return outOfBounds(field, issue, true);
  if (issue.code === 'too_big') return outOfBounds(field, issue, false);
  return undefined;
}

/** A zod `error` option made from a field's description: every message about the field comes from fieldMessage. */
export const fieldError =
  (field: Described) =>
  (issue: Issue): string | undefined =>
    fieldMessage(field, issue);
