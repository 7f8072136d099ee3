import { describe, expect, it } from 'vitest';
import { focusProblem, headingProblems, imageProblems } from '../../tools/quality/page-structure.ts';

const h = (...levels: number[]) => levels.map((level, index) => ({ level, text: `heading ${index + 1}` }));

describe('headingProblems', () => {
  it.each([
    [h(1, 2, 3, 2, 3, 4, 2), []],
    [h(1, 2, 2, 1), []],
    [h(1), []],
    [h(1, 3), ['h3 "heading 2" follows h1: a level is skipped']],
    [h(1, 2, 4), ['h4 "heading 3" follows h2: a level is skipped']],
    [h(2, 3), ['the first heading is h2 "heading 1", expected h1']],
  ])('%j -> %j', (headings, expected) => {
    expect(headingProblems(headings)).toEqual(expected);
  });
});

describe('imageProblems', () => {
  const good = { src: '/a.svg', alt: 'A diagram of the lower back', width: '640', height: '360' };
  it.each([
    [good, []],
    [{ ...good, alt: '' }, []],
    [{ ...good, alt: null }, ['<img src="/a.svg"> has no alt attribute (use alt="" if it is decorative)']],
    [{ ...good, width: null }, ['<img src="/a.svg"> needs width and height attributes (whole pixels)']],
    [{ ...good, height: 'auto' }, ['<img src="/a.svg"> needs width and height attributes (whole pixels)']],
    [{ ...good, width: '0' }, ['<img src="/a.svg"> needs width and height attributes (whole pixels)']],
  ])('%j', (image, expected) => {
    expect(imageProblems([image])).toEqual(expected);
  });
});

describe('focusProblem', () => {
  const seen = {
    label: 'a "Contact"',
    outlineStyle: 'solid',
    outlineWidth: 3,
    boxShadow: 'none',
    inViewport: true,
    coveredBy: null,
  };
  it.each([
    [seen, undefined],
    [{ ...seen, outlineStyle: 'none', outlineWidth: 0, boxShadow: '0 0 0 3px blue' }, undefined],
    [
      { ...seen, outlineStyle: 'none', outlineWidth: 0 },
      'a "Contact": no visible focus indicator (outline 0px none, box-shadow none)',
    ],
    [{ ...seen, outlineWidth: 1 }, 'a "Contact": no visible focus indicator (outline 1px solid, box-shadow none)'],
    [{ ...seen, inViewport: false }, 'a "Contact": focused but outside the viewport'],
    [{ ...seen, coveredBy: 'header.sticky' }, 'a "Contact": focused but hidden under header.sticky'],
  ])('%j -> %s', (facts, expected) => {
    expect(focusProblem(facts)).toBe(expected);
  });
});
