/**
 * CSS `unicode-range` lists as sorted, merged code point ranges: parse, write, subtract and test. Pure: the font
 * integration uses them to split the web font into a small core file and the rest, and the byte budgets use them
 * to count only the font files a page's text makes the browser download.
 */

/** Inclusive code point range [first, last]. */
export type CodepointRange = readonly [number, number];

/** Sorts ranges and merges the ones that overlap or touch. */
export function normalizeRanges(ranges: readonly CodepointRange[]): CodepointRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of sorted) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

/** The ranges covering exactly the characters of a string. */
export function rangesOfText(text: string): CodepointRange[] {
  return normalizeRanges([...text].map((char) => [char.codePointAt(0)!, char.codePointAt(0)!] as const));
}

/** Parses a CSS unicode-range value ("U+0000-00FF, U+0131, U+4??"); throws on anything else. */
export function parseUnicodeRange(value: string): CodepointRange[] {
  return normalizeRanges(
    value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
        if (!match)
          throw new Error(`Not a unicode-range part: "${part}" (expected U+ and hex digits, as in U+0020-007E)`);
        const [, start, end] = match;
        if (start!.includes('?'))
          return [parseInt(start!.replaceAll('?', '0'), 16), parseInt(start!.replaceAll('?', 'F'), 16)] as const;
        return [parseInt(start!, 16), parseInt(end ?? start!, 16)] as const;
      }),
  );
}

const hex = (codepoint: number) => codepoint.toString(16).toUpperCase().padStart(4, '0');

/** CSS unicode-range parts, one per range ("U+0020-007E", "U+00A0"), as Astro's font settings take them. */
export function formatUnicodeRange(ranges: readonly CodepointRange[]): string[] {
  return normalizeRanges(ranges).map(([first, last]) =>
    first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`,
  );
}

/** The code points of `from` that are not in `remove`. */
export function subtractRanges(from: readonly CodepointRange[], remove: readonly CodepointRange[]): CodepointRange[] {
  const cuts = normalizeRanges(remove);
  const result: CodepointRange[] = [];
  for (const [first, last] of normalizeRanges(from)) {
    let start = first;
    for (const [cutFirst, cutLast] of cuts) {
      if (cutLast < start || cutFirst > last) continue;
      if (cutFirst > start) result.push([start, cutFirst - 1]);
      start = cutLast + 1;
    }
    if (start <= last) result.push([start, last]);
  }
  return result;
}

/** Whether any code point of the text falls in the ranges. */
export function textUsesRanges(text: string, ranges: readonly CodepointRange[]): boolean {
  for (const char of text) {
    const codepoint = char.codePointAt(0)!;
    if (ranges.some(([first, last]) => codepoint >= first && codepoint <= last)) return true;
  }
  return false;
}
