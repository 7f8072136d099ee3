import { describe, expect, it } from 'vitest';
import {
  formatUnicodeRange,
  normalizeRanges,
  parseUnicodeRange,
  rangesOfText,
  subtractRanges,
  textUsesRanges,
} from '../../src/lib/fonts/unicode-range.ts';

describe('parseUnicodeRange', () => {
  it.each([
    ['U+0020-007E', [[0x20, 0x7e]]],
    [
      'U+0000-00FF, U+0131, U+0152-0153',
      [
        [0, 0xff],
        [0x131, 0x131],
        [0x152, 0x153],
      ],
    ],
    ['u+4??', [[0x400, 0x4ff]]],
    ['U+0041,U+0042-0043', [[0x41, 0x43]]],
  ])('%s', (value, expected) => {
    expect(parseUnicodeRange(value)).toEqual(expected);
  });

  it('names a part it cannot read', () => {
    expect(() => parseUnicodeRange('U+0020, latin')).toThrow('Not a unicode-range part: "latin"');
  });
});

describe('formatUnicodeRange', () => {
  it('writes merged, sorted parts with four hex digits at least', () => {
    expect(
      formatUnicodeRange([
        [0x2013, 0x2014],
        [0xa0, 0xa0],
        [0x20, 0x7e],
        [0x7f, 0x7f],
      ]),
    ).toEqual(['U+0020-007F', 'U+00A0', 'U+2013-2014']);
  });

  it('reads back what it writes', () => {
    const ranges = rangesOfText('Hello, “world” – 2026…');
    expect(parseUnicodeRange(formatUnicodeRange(ranges).join(','))).toEqual(ranges);
  });
});

describe('normalizeRanges and rangesOfText', () => {
  it.each([
    [
      [
        [5, 9],
        [1, 3],
        [4, 4],
      ],
      [[1, 9]],
    ],
    [
      [
        [1, 10],
        [2, 3],
      ],
      [[1, 10]],
    ],
    [
      [
        [1, 2],
        [4, 5],
      ],
      [
        [1, 2],
        [4, 5],
      ],
    ],
  ] as const)('%j -> %j', (ranges, expected) => {
    expect(normalizeRanges(ranges)).toEqual(expected);
  });

  it('covers exactly the characters of a text', () => {
    expect(rangesOfText('abcx')).toEqual([
      [0x61, 0x63],
      [0x78, 0x78],
    ]);
  });
});

describe('subtractRanges', () => {
  it.each([
    [
      [[0, 0xff]],
      [[0x20, 0x7e]],
      [
        [0, 0x1f],
        [0x7f, 0xff],
      ],
    ],
    [[[0x20, 0x7e]], [[0, 0xff]], []],
    [
      [[1, 10]],
      [
        [3, 4],
        [6, 6],
      ],
      [
        [1, 2],
        [5, 5],
        [7, 10],
      ],
    ],
    [
      [
        [1, 5],
        [10, 12],
      ],
      [[20, 30]],
      [
        [1, 5],
        [10, 12],
      ],
    ],
  ] as const)('%j minus %j', (from, remove, expected) => {
    expect(subtractRanges(from, remove)).toEqual(expected);
  });
});

describe('textUsesRanges', () => {
  it.each([
    ['Plain text', false],
    ['Café', true],
    ['', false],
  ])('%s', (text, expected) => {
    expect(textUsesRanges(text, [[0xc0, 0xff]])).toBe(expected);
  });
});
