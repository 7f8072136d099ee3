/**
 * Schema pieces that refuse what zod (and YAML) would otherwise accept quietly: unknown keys, days that
 * do not exist, dates with other shapes, and true/false or numbers written as text. Each message says
 * what was expected and how to fix it; Astro adds the file and the field.
 */
import { z } from 'astro/zod';
import { fieldError, show, type Described } from './error-map.ts';

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD ("2026-02-30" is false). */
export function isCalendarDay(text: string): boolean {
  const match = DAY_SHAPE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why a YYYY-MM-DD-shaped text is not a real day, for messages: "February 2026 has 28 days". */
export function impossibleDayReason(text: string): string {
  const match = DAY_SHAPE.exec(text);
  if (!match) return 'it is not written YYYY-MM-DD';
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  return `${name} ${year} has ${days} days`;
}

/** Edit distance between two names, ignoring letter case (so "UpdatedDate" is 0 from "updatedDate"). */
function nameDistance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** The real field name closest to a mistyped one. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  return [...candidates].sort((a, b) => nameDistance(name, a) - nameDistance(name, b) || a.localeCompare(b))[0];
}

/** The message for a key the schema does not know. */
function unknownFieldMessage(key: string, known: readonly string[]): string {
  // Astro reads a "slug" field as the page address; ours always comes from the file name.
  if (key === 'slug')
    return 'unknown field "slug": the page address comes from the file name. Expected no slug field; remove the line, and rename the file to change the address.';
  const closest = closestName(key, known);
  const guess = closest ? ` did you mean "${closest}"?` : '';
  return `unknown field "${key}";${guess} Expected only these fields: ${known.join(', ')}. Fix the name, or remove the line.`;
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

/**
 * An object schema that stops on a key it does not know (zod would drop it without a word), naming the
 * closest real field. The issue sits on the unknown key itself, so Astro points at its line.
 */
export function strictFields<T extends AnyObject>(schema: T, options: { allow?: readonly string[] } = {}) {
  const known = Object.keys(schema.shape);
  // A file() loader passes each item's `id` along with its fields.
  const allowed = new Set([...known, ...(options.allow ?? [])]);
  return z.preprocess((value, context) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return value;
    for (const key of Object.keys(value)) {
      // Coded as an unrecognized key, so zod still checks the known fields and every problem shows at once.
      if (!allowed.has(key))
        context.addIssue({
          code: 'unrecognized_keys',
          keys: [key],
          path: [key],
          message: unknownFieldMessage(key, known),
          input: value as Record<string, unknown>,
        });
    }
    return value;
  }, schema);
}

/**
 * A calendar day written YYYY-MM-DD. YAML already turns an unquoted 2026-11-20 into a date; a quoted one
 * arrives as text and is checked here. A day that does not exist (2026-02-30) is caught before YAML
 * rolls it over, by the content preflight (src/integrations/content-checks/preflight.ts).
 */
export function calendarDay(what: string) {
  const example = 'for example 2026-11-20';
  return z.preprocess(
    (value, context) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
          context.addIssue({
            code: 'custom',
            message: `expected ${what} as a real day written YYYY-MM-DD, ${example}`,
            input: value,
          });
        else if (
          value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() + value.getUTCMilliseconds() !==
          0
        ) {
          context.addIssue({
            code: 'custom',
            message: `expected ${what} as a day without a time (got ${show(value)}); write only YYYY-MM-DD, ${example}`,
            input: value,
          });
        }
        return value;
      }
      if (typeof value === 'string') {
        const day = value.trim();
        if (isCalendarDay(day)) return new Date(`${day}T00:00:00Z`);
        const message = DAY_SHAPE.test(day)
          ? `"${day}" is not a real day (${impossibleDayReason(day)}); expected ${what} as a real day written YYYY-MM-DD`
          : `expected ${what} written YYYY-MM-DD (got ${show(value)}), ${example}`;
        context.addIssue({ code: 'custom', message, input: value });
        return value;
      }
      if (value !== undefined)
        context.addIssue({
          code: 'custom',
          message: `expected ${what} written YYYY-MM-DD (got ${show(value)}), ${example}`,
          input: value,
        });
      return value;
    },
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? `expected ${what} written YYYY-MM-DD, but the field is missing`
          : `expected ${what} written YYYY-MM-DD, ${example}`,
    }),
  );
}

/** true or false, unquoted. "yes", "no" or "false" in quotes is text, and says so. */
export function yesNo() {
  return z.boolean({
    error: (issue) =>
      issue.input === undefined
        ? 'expected true or false, but the field is missing'
        : `expected true or false, written without quotes (got ${show(issue.input)}); write true or false and nothing else`,
  });
}

/** A field described for its messages: what it holds and its bounds (see error-map.ts); the kind comes from the helper. */
export type FieldBounds = Omit<Described, 'kind'>;

const describe = (field: string | FieldBounds, kind: Described['kind']): Described =>
  typeof field === 'string' ? { what: field, kind } : { ...field, kind };

/** Text that must be there, within the described bounds: every message comes from the error map. */
export function text(field: string | FieldBounds) {
  const described = describe(field, 'text');
  const base = z.string({ error: fieldError(described) });
  const atLeast = described.min === undefined ? base : base.min(described.min);
  return described.max === undefined ? atLeast : atLeast.max(described.max);
}

/** A whole number, unquoted ("2" in quotes is text, and says so), within the described bounds. */
export function wholeNumber(field: string | FieldBounds) {
  const described = describe(field, 'number');
  const base = z.number({ error: fieldError(described) }).int();
  const atLeast = described.min === undefined ? base : base.min(described.min);
  return described.max === undefined ? atLeast : atLeast.max(described.max);
}

/** A YAML list: a single value written without [ ] or "- " says so instead of zod's bare "expected array". */
export function listOf<T extends z.ZodType>(item: T, field: FieldBounds) {
  const described = describe(field, 'list');
  const base = z.array(item, { error: fieldError(described) });
  return described.min === undefined ? base : base.min(described.min);
}
