import { describe, expect, it } from 'vitest';
import { byNewest, hiddenReason, isLive } from '../../src/lib/content/publishing.ts';
import { countWords, readingMinutes } from '../../src/lib/content/reading.ts';
import { relatedItems } from '../../src/lib/content/related.ts';
import { buildToc } from '../../src/lib/content/toc.ts';
import { findImageRefs } from '../../src/lib/content/image-refs.ts';

const now = new Date('2026-11-24T12:00:00Z');

describe('isLive and hiddenReason', () => {
  it.each([
    ['published yesterday', false, '2026-11-23', true, null],
    ['published this moment', false, '2026-11-24T12:00:00Z', true, null],
    ['a draft', true, '2026-11-01', false, 'Draft'],
    ['scheduled for tomorrow', false, '2026-11-25', false, 'Scheduled: this article goes live on 2026-11-25'],
    ['a scheduled draft', true, '2026-12-01', false, 'Draft'],
  ])('%s', (_name, draft, day, live, reason) => {
    const entry = { draft, pubDate: new Date(day) };
    expect(isLive(entry, now)).toBe(live);
    const why = hiddenReason(entry, now);
    if (reason === null) expect(why).toBeNull();
    else expect(why).toContain(reason);
  });
});

describe('byNewest', () => {
  it('sorts newest first, then by title', () => {
    const items = [
      { data: { pubDate: new Date('2026-01-01'), title: 'B' } },
      { data: { pubDate: new Date('2026-03-01'), title: 'C' } },
      { data: { pubDate: new Date('2026-01-01'), title: 'A' } },
    ];
    expect(items.sort(byNewest).map((item) => item.data.title)).toEqual(['C', 'A', 'B']);
  });
});

describe('countWords and readingMinutes', () => {
  it.each([
    ['Plain words here.', 3],
    ['---\ntitle: "x y z"\n---\nTwo words', 2],
    ['A claim <Cite id="furlan-2015" /> stands.', 3],
    ['See [the guide](/frequency-guide) now', 4],
    ['## A heading\n\n- one\n- two', 4],
    ['import X from "y";\nHello', 1],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    [0, 1],
    [199, 1],
    [500, 3],
    [1200, 6],
  ])('%i words take %i minute(s)', (words, minutes) => {
    expect(readingMinutes(Array.from({ length: words }, () => 'word').join(' '))).toBe(minutes);
  });
});

describe('buildToc', () => {
  it('nests h3 under h2 and drops other levels', () => {
    expect(
      buildToc([
        { depth: 3, slug: 'orphan', text: 'Orphan' },
        { depth: 2, slug: 'a', text: 'A' },
        { depth: 3, slug: 'a1', text: 'A1' },
        { depth: 4, slug: 'deep', text: 'Deep' },
        { depth: 2, slug: 'b', text: 'B' },
      ]),
    ).toEqual([
      { slug: 'orphan', text: 'Orphan', children: [] },
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('relatedItems', () => {
  const current = { id: 'me', tags: ['pain', 'sleep'], techniques: ['deep-tissue-work'] };
  it.each([
    [
      'ranks shared tags above shared techniques and drops unrelated items',
      [
        { id: 'technique-only', tags: [], techniques: ['deep-tissue-work'] },
        { id: 'two-tags', tags: ['pain', 'sleep'], techniques: [] },
        { id: 'unrelated', tags: ['other'], techniques: [] },
        { id: 'me', tags: ['pain'], techniques: [] },
      ],
      ['two-tags', 'technique-only'],
    ],
    [
      'keeps input order on ties',
      [
        { id: 'x', tags: ['pain'], techniques: [] },
        { id: 'y', tags: ['sleep'], techniques: [] },
      ],
      ['x', 'y'],
    ],
  ])('%s', (_name, candidates, expected) => {
    expect(relatedItems(current, candidates).map((item) => item.id)).toEqual(expected);
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 5 }, (_, index) => ({ id: `a${index}`, tags: ['pain'], techniques: [] }));
    expect(relatedItems(current, many, 2)).toHaveLength(2);
  });
});

describe('findImageRefs', () => {
  it.each([
    [
      'block form',
      '---\ntitle: x\nhero:\n  src: ../../assets/a.svg\n  alt: A picture\n---\nBody src: ../no.svg',
      false,
      [{ field: 'hero.src', path: '../../assets/a.svg', line: 4 }],
    ],
    [
      'inline form',
      '---\nhero: { src: "../../assets/b.png", alt: "x" }\n---\n',
      false,
      [{ field: 'hero.src', path: '../../assets/b.png', line: 2 }],
    ],
    [
      'a YAML data file',
      'name: A\nphoto:\n  src: ../../assets/c.jpg\n',
      true,
      [{ field: 'photo.src', path: '../../assets/c.jpg', line: 3 }],
    ],
    ['no frontmatter', 'src: ../x.svg', false, []],
    [
      'a remote or non-image src',
      '---\nhero:\n  src: https://example.com/a.svg\nvideo:\n  src: ./clip.mp4\n---\n',
      false,
      [],
    ],
  ])('%s', (_name, text, yaml, expected) => {
    expect(findImageRefs(text, yaml)).toEqual(expected);
  });
});

describe('findImageRefs with JSON-style frontmatter', () => {
  it('reads quoted keys', () => {
    expect(findImageRefs('---\nhero: {"src":"../../assets/x.svg","alt":"A picture"}\n---\n', false)).toEqual([
      { field: 'hero.src', path: '../../assets/x.svg', line: 2 },
    ]);
  });
});
