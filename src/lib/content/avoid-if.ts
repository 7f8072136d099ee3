import { RED_FLAG_LEVELS, RED_FLAGS, redFlagItem, type RedFlagId } from '../safety/red-flags.ts';

/**
 * A technique's `avoidIf` lines: each is either a sign or condition id from src/lib/safety/red-flags.ts
 * (shown in that module's words, and read by the frequency guide to leave the technique out) or a
 * line of free text.
 */

/** A line written as one lowercase word or hyphenated id, with no spaces: meant as an id. */
const looksLikeId = (line: string) => /^[a-z0-9-]+$/.test(line.trim());

/** Every id a line may name, for messages. */
const AVOID_IF_IDS = RED_FLAG_LEVELS.flatMap((level) => RED_FLAGS[level].items.map((item) => item.id));

/** What an avoidIf line shows, and the condition it names, if any. */
export function avoidIfLine(line: string): { text: string; condition: RedFlagId | null } {
  const item = redFlagItem(line.trim());
  return item ? { text: item.label, condition: item.id } : { text: line, condition: null };
}

/** The condition ids an avoidIf list names, in order. */
export const conditionsIn = (lines: readonly string[]): RedFlagId[] =>
  lines.flatMap((line) => avoidIfLine(line).condition ?? []);

/** Why a line is wrong (an id that is not in the module), or null when it is fine. */
export function avoidIfProblem(line: string): string | null {
  if (!looksLikeId(line) || redFlagItem(line.trim())) return null;
  return `"${line}" looks like a condition id but is not one; use one of ${AVOID_IF_IDS.join(', ')} (from src/lib/safety/red-flags.ts), or write a short sentence`;
}
