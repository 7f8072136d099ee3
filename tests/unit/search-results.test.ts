import { describe, expect, it } from 'vitest';
import { excerptParts, statusMessage } from '../../src/lib/seo/search-results.ts';

describe('statusMessage', () => {
  it.each([
    ['', 0, ''],
    ['  ', 3, ''],
    ['knots', 0, 'No results for "knots". Try a shorter or different word.'],
    ['knots', 1, '1 result for "knots".'],
    [' trigger point ', 4, '4 results for "trigger point".'],
  ])('%j with %i results', (query, count, expected) => {
    expect(statusMessage(query, count)).toBe(expected);
  });
});

describe('excerptParts', () => {
  it.each([
    ['plain text', [{ text: 'plain text', match: false }]],
    [
      'a <mark>trigger</mark> point',
      [
        { text: 'a ', match: false },
        { text: 'trigger', match: true },
        { text: ' point', match: false },
      ],
    ],
    ['<mark>knot</mark>', [{ text: 'knot', match: true }]],
    [
      '5 &lt; 6 &amp; <mark>x</mark>',
      [
        { text: '5 < 6 & ', match: false },
        { text: 'x', match: true },
      ],
    ],
    ['<img src=x onerror=alert(1)>safe', [{ text: 'safe', match: false }]],
  ])('%j', (excerpt, expected) => {
    expect(excerptParts(excerpt)).toEqual(expected);
  });
});
