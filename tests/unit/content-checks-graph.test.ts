import { describe, expect, it } from 'vitest';
import {
  citedIds,
  findBrokenReferences,
  findCitationProblems,
  findOverdueReviews,
  findUrlClashes,
  type CheckedEntry,
} from '../../src/lib/content-checks/graph.ts';
import { formatProblem } from '../../src/lib/content-checks/problem.ts';

const known = {
  therapists: new Set(['jordan-ellis', 'priya-natarajan']),
  sources: new Set(['furlan-2015', 'cherkin-2011']),
  techniques: new Set(['deep-tissue-work']),
  services: new Set(['therapeutic-60']),
};

const entry = (overrides: Partial<CheckedEntry> = {}): CheckedEntry => ({
  file: 'src/content/articles/example.mdx',
  refs: [
    { field: 'author', collection: 'therapists', id: 'jordan-ellis' },
    { field: 'reviewer', collection: 'therapists', id: 'priya-natarajan' },
  ],
  urls: [{ url: '/articles/example' }],
  cited: ['furlan-2015'],
  sources: ['furlan-2015'],
  ...overrides,
});

describe('findBrokenReferences', () => {
  it('passes entries whose references all exist', () => {
    expect(findBrokenReferences([entry()], known)).toEqual([]);
  });

  it.each([
    [
      'author',
      'therapists',
      'jordan-elis',
      'src/content/therapists/jordan-elis.yaml',
      '"jordan-ellis", "priya-natarajan"',
    ],
    ['reviewer', 'therapists', 'dr-who', 'src/content/therapists/dr-who.yaml', '"jordan-ellis", "priya-natarajan"'],
    [
      'sources[0]',
      'sources',
      'furlan-2016',
      'src/content/sources.yaml (an entry with that id)',
      '"cherkin-2011", "furlan-2015"',
    ],
    ['techniques[1]', 'techniques', 'cupping', 'src/content/techniques/cupping.mdx', '"deep-tissue-work"'],
    [
      'serviceId',
      'services',
      'therapeutic-45',
      'src/content/services.yaml (an entry with that id)',
      '"therapeutic-60"',
    ],
  ])('a bad %s names the file, the field, what exists and the fix', (field, collection, id, where, expected) => {
    const [problem, ...rest] = findBrokenReferences([entry({ refs: [{ field, collection, id }] })], known);
    expect(rest).toEqual([]);
    expect(problem?.field).toBe(field);
    expect(formatProblem(problem!)).toBe(
      `src/content/articles/example.mdx: field "${field}" names "${id}", but there is no ${where}. Expected one of ${expected}; fix the spelling or add that entry.`,
    );
  });
});

describe('findUrlClashes', () => {
  it.each([
    [
      'a legacy path equal to another article',
      [
        entry(),
        entry({
          file: 'src/content/articles/other.mdx',
          urls: [{ url: '/articles/other' }, { url: '/articles/example', field: 'legacyPaths[0]' }],
        }),
      ],
      new Map<string, string>(),
      [
        'src/content/articles/other.mdx: the URL "/articles/example" is already used by src/content/articles/example.mdx (field "legacyPaths[0]" claims it here).',
      ],
    ],
    [
      'a legacy path equal to a static page',
      [entry({ urls: [{ url: '/articles/example' }, { url: '/contact', field: 'legacyPaths[0]' }] })],
      new Map([['/contact', 'src/pages/contact.astro']]),
      ['src/content/articles/example.mdx: the URL "/contact" is already used by src/pages/contact.astro'],
    ],
    [
      'distinct URLs',
      [entry(), entry({ file: 'b.mdx', urls: [{ url: '/articles/b' }, { url: '/old-b', field: 'legacyPaths[0]' }] })],
      new Map<string, string>(),
      [],
    ],
  ])('%s', (_name, entries, reserved, expected) => {
    const problems = findUrlClashes(entries, reserved).map(formatProblem);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(problems[index]).toContain(start));
  });
});

describe('findCitationProblems', () => {
  it.each([
    ['matching lists', ['furlan-2015'], ['furlan-2015'], []],
    [
      'a cite missing from sources',
      ['furlan-2015', 'cherkin-2011'],
      ['furlan-2015'],
      ['<Cite id="cherkin-2011" /> cites a source missing from the "sources" field'],
    ],
    [
      'a source never cited',
      ['furlan-2015'],
      ['furlan-2015', 'cherkin-2011'],
      ['field "sources" lists "cherkin-2011", but the text never cites it'],
    ],
  ])('%s', (_name, cited, sources, expected) => {
    const problems = findCitationProblems({ file: 'a.mdx', cited, sources }).map((problem) => problem.message);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((text, index) => expect(problems[index]).toContain(text));
  });
});

describe('citedIds', () => {
  it.each([
    ['One <Cite id="a-1" /> two <Cite id=\'b-2\'/> three <Cite id="a-1" />', ['a-1', 'b-2', 'a-1']],
    ['No citations here.', []],
  ])('%s', (body, expected) => {
    expect(citedIds(body)).toEqual(expected);
  });
});

describe('findOverdueReviews', () => {
  const today = '2026-11-24';
  it.each([
    ['2026-11-23', 1],
    // Due today is not late yet.
    ['2026-11-24', 0],
    ['2026-11-25', 0],
    ['2027-11-20', 0],
  ])('due %s gives %i warning(s)', (due, count) => {
    const warnings = findOverdueReviews([{ file: 'x.mdx', nextReviewDue: new Date(due) }], today);
    expect(warnings).toHaveLength(count);
    // A day written as text (as the content lint reads it) gives the same answer.
    expect(findOverdueReviews([{ file: 'x.mdx', nextReviewDue: due }], today)).toEqual(warnings);
    if (count)
      expect(formatProblem(warnings[0]!)).toBe(
        `x.mdx: warning [review-overdue] review overdue since ${due} (field "nextReviewDue"). Ask the reviewer to check the page, then add a reviewHistory entry and update nextReviewDue.`,
      );
  });
});

describe('findBrokenReferences: ids that differ only in capitals, spaces or slashes', () => {
  it.each([
    ['Jordan-Ellis', 'jordan-ellis'],
    ['jordan-ellis/', 'jordan-ellis'],
    [' Jordan Ellis ', 'jordan-ellis'],
  ])('"%s" names the id it meant, "%s", as the fix', (written, meant) => {
    expect(
      findBrokenReferences([entry({ refs: [{ field: 'author', collection: 'therapists', id: written }] })], known).map(
        formatProblem,
      ),
    ).toEqual([
      `src/content/articles/example.mdx: field "author" names "${written}", but there is no src/content/therapists/${written}.yaml. Expected one of "jordan-ellis", "priya-natarajan"; write "${meant}": ids are matched letter for letter, so capitals, spaces or a slash make another id.`,
    ]);
  });
});
