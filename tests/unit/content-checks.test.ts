// The content checks' shared parts and the phases without a test file of their own: the one problem type's
// reporter, the files phase as a whole (checkFiles, missing pictures), the schema phase, and field lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles, findMissingImages, type FilesInput } from '../../src/lib/content-checks/files.ts';
import { formatProblem, reportProblems, type ContentProblem } from '../../src/lib/content-checks/problem.ts';
import { schemaIssues, schemaProblems } from '../../src/lib/content-checks/schema.ts';
import { fieldLine } from '../../src/lib/content-checks/yaml-lines.ts';
import { checkGraph, type GraphInput } from '../../src/lib/content-checks/graph.ts';
import { folderCollections } from '../../src/lib/content/layout.ts';

const ERROR: ContentProblem = {
  file: 'src/content/articles/a.mdx',
  line: 4,
  field: 'author',
  message: 'field "author" names "x". Expected one of "y"; fix the spelling.',
};
const WARNING: ContentProblem = {
  file: 'src/content/articles/a.mdx',
  line: 9,
  field: 'nextReviewDue',
  severity: 'warning',
  rule: 'review-overdue',
  message: 'review overdue since 2025-01-01.',
};

describe('the reporter', () => {
  it.each([
    [ERROR, 'src/content/articles/a.mdx:4: field "author" names "x". Expected one of "y"; fix the spelling.'],
    [
      { ...ERROR, line: undefined },
      'src/content/articles/a.mdx: field "author" names "x". Expected one of "y"; fix the spelling.',
    ],
    [WARNING, 'src/content/articles/a.mdx:9: warning [review-overdue] review overdue since 2025-01-01.'],
    [{ ...WARNING, rule: undefined }, 'src/content/articles/a.mdx:9: warning: review overdue since 2025-01-01.'],
    [{ file: 'a.mdx', line: 4, rule: 'biweekly', message: 'm' }, 'a.mdx:4: error [biweekly] m'],
  ])('prints %j as one console line', (problem, line) => {
    expect(formatProblem(problem)).toBe(line);
    expect(reportProblems([problem], 'Content problems', {}).lines).toEqual([line]);
  });

  it('stops the build with a heading and every error, not the warnings', () => {
    const { error } = reportProblems([ERROR, WARNING], 'Content problems', {});
    expect(error?.message).toBe(
      [
        'Content problems (the build stops until they are fixed):',
        '  - src/content/articles/a.mdx:4: field "author" names "x". Expected one of "y"; fix the spelling.',
        'See "What the checks say" in docs/publishing.md.',
      ].join('\n'),
    );
    expect(reportProblems([WARNING], 'Content problems', {}).error).toBeUndefined();
    expect(reportProblems([], 'Content problems', {}).error).toBeUndefined();
  });

  it.each([
    [{}, []],
    [{ GITHUB_ACTIONS: 'false' }, []],
    [
      { GITHUB_ACTIONS: 'true' },
      [
        '::error file=src/content/articles/a.mdx,line=4,title=Content problems in author::field "author" names "x". Expected one of "y"; fix the spelling.',
        '::warning file=src/content/articles/a.mdx,line=9,title=Content problems%3A review-overdue::review overdue since 2025-01-01.',
      ],
    ],
  ])('with env %j, annotates each problem on its line only inside GitHub Actions', (env, annotations) => {
    expect(reportProblems([ERROR, WARNING], 'Content problems', env).annotations).toEqual(annotations);
  });
});

describe('fieldLine', () => {
  const article =
    '---\ntitle: "T"\nreviewHistory:\n  - date: 2026-01-05\n    reviewer: a\n  - date: 2026-02-05\n    reviewer: b\n---\n';
  const list = '- id: one\n  reviewer: a\n- id: frequency-guide\n  author: a\n  reviewer: b\n';
  it.each([
    [article, false, 'title', undefined, 2],
    [article, false, 'reviewHistory.1.reviewer', undefined, 7],
    [article, false, 'reviewHistory[1].reviewer', undefined, 7],
    // A field that is not there: the first line of the frontmatter.
    [article, false, 'missing', undefined, 2],
    [list, true, 'reviewer', 'frequency-guide', 5],
    [list, true, 'frequency-guide.reviewer', undefined, 5],
    [list, true, 'one.reviewer', undefined, 2],
  ])('finds the line of %#', (text, isYaml, field, item, line) => {
    expect(fieldLine(text, isYaml, field, item)).toBe(line);
  });
});

describe('the schema phase', () => {
  const error =
    'articles → a data does not match collection schema.\n\n  **draft**: expected true or false\n  **hero.alt**: expected the picture described\n';
  const text = '---\ntitle: "T"\ndraft: yes\nhero:\n  src: x.svg\n  alt: ""\n---\n';

  it("reads each field and message from Astro's error", () => {
    expect(schemaIssues(error)).toEqual([
      { field: 'draft', message: 'expected true or false' },
      { field: 'hero.alt', message: 'expected the picture described' },
    ]);
    expect(schemaIssues('some other error')).toEqual([]);
  });

  it.each([
    [0, { file: 'a.mdx', line: 3, field: 'draft', message: 'draft: expected true or false' }],
    [1, { file: 'a.mdx', line: 6, field: 'hero.alt', message: 'hero.alt: expected the picture described' }],
  ])("issue %i becomes a problem on the field's line", (index, problem) => {
    expect(schemaProblems(error, 'a.mdx', text)[index]).toEqual(problem);
  });

  it('in a list file, finds the field inside the entry', () => {
    const listError = '**url**: expected a web address';
    const sources = '- id: one\n  url: "a"\n- id: two\n  title: "T"\n  url: "b"\n';
    expect(schemaProblems(listError, 'src/content/sources.yaml', sources, 'two')[0]?.line).toBe(5);
  });
});

describe('the files phase as a whole', () => {
  const folders = folderCollections({});
  const clean = '---\ntitle: "T"\nhero:\n  src: ../../assets/heroes/a.svg\n  alt: "A back."\n---\n\nText.\n';
  const run = (files: Record<string, string>, images: Record<string, string> = {}): string[] => {
    const input: FilesInput = {
      paths: Object.keys(files),
      folders,
      lists: [{ collection: 'sources', file: 'src/content/sources.yaml' }],
      read: (file) => files[file]!,
      resolveImage: (_file, path) => images[path],
      today: '2026-06-01',
    };
    return checkFiles(input).map(formatProblem);
  };
  const assets = { '../../assets/heroes/a.svg': 'src/assets/heroes/a.svg' };

  it('passes clean files', () => {
    expect(run({ 'src/content/articles/a.mdx': clean, 'src/content/sources.yaml': '- id: a\n' }, assets)).toEqual([]);
  });

  it.each([
    [
      'a file no collection loads',
      { 'src/content/articles/a.md': clean },
      'src/content/articles/a.md: this file is not loaded',
    ],
    [
      'a picture that is not there',
      { 'src/content/articles/a.mdx': clean },
      'src/content/articles/a.mdx:4: field "hero.src" points to',
    ],
    [
      'an impossible day',
      { 'src/content/articles/a.mdx': clean.replace('title: "T"', 'pubDate: 2026-02-30') },
      'src/content/articles/a.mdx:2: field "pubDate" is "2026-02-30", which is not a real day',
    ],
    [
      'a list id used twice',
      { 'src/content/sources.yaml': '- id: a\n- id: a\n' },
      'src/content/sources.yaml:2: field "id" is "a", which line 1 already uses',
    ],
    [
      'a YAML trap',
      { 'src/content/articles/a.mdx': clean.replace('title: "T"', 'title: Relief #1') },
      'src/content/articles/a.mdx:2: field "title" is "Relief"',
    ],
    [
      'an MDX trap',
      { 'src/content/articles/a.mdx': clean.replace('Text.', 'Book {1-2} visits.') },
      'src/content/articles/a.mdx:8: the text "{1-2}" is in curly braces',
    ],
  ])('names %s, with the file and line', (_name, files, start) => {
    const problems = run(files, _name === 'a picture that is not there' ? {} : assets);
    expect(
      problems.some((line) => line.startsWith(start)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('a picture outside src/assets/ names where it is', () => {
    const problems = findMissingImages('src/content/articles/a.mdx', clean, false, () => 'public/a.svg');
    expect(problems).toEqual([expect.objectContaining({ line: 4, field: 'hero.src' })]);
    expect(problems[0]!.message).toContain('which is at public/a.svg, not in src/assets/');
  });
});

describe('the graph phase as a whole', () => {
  const input: GraphInput = {
    pages: [
      {
        file: 'src/content/articles/a.mdx',
        refs: [{ field: 'author', collection: 'therapists', id: 'nobody' }],
        urls: [{ url: '/articles/a' }],
        cited: [],
        sources: [],
        nextReviewDue: new Date('2025-01-01'),
      },
    ],
    others: [
      {
        file: 'src/content/guides.yaml',
        refs: [{ field: 'g.reviewer', collection: 'therapists', id: 't' }],
        nextReviewDue: new Date('2030-01-01'),
        field: 'g.nextReviewDue',
      },
    ],
    known: { therapists: new Set(['t']), services: new Set() },
    reserved: new Map(),
    profiles: [{ file: 'src/content/therapists/t.yaml', name: 'Sam', sample: true }],
    today: '2026-06-01',
  };

  it('returns problem objects, errors first, each with the field its message names', () => {
    const problems = checkGraph(input);
    expect(problems.map((problem) => [problem.severity ?? 'error', problem.rule, problem.field])).toEqual([
      ['error', undefined, 'author'],
      ['error', undefined, undefined],
      ['error', undefined, undefined],
      ['error', undefined, undefined],
      ['error', undefined, undefined],
      ['warning', 'review-overdue', 'nextReviewDue'],
      ['warning', 'sample-profile', 'sample'],
    ]);
    for (const problem of problems.filter((item) => item.field))
      expect(problem.message).toContain(`"${problem.field}"`);
  });
});

describe('the graph phase is one explicit gate', () => {
  it('every reader in src/server/collections.ts awaits checkContentGraph() before it reads content', () => {
    const code = readFileSync(new URL('../../src/server/collections.ts', import.meta.url), 'utf8');
    // Top-level declarations; the graph phase's own reader is the one that may read without the gate.
    const declarations = code.split(/\n(?=(?:export )?(?:async )?(?:function|const) )/);
    const readers = declarations.filter(
      (declaration) =>
        /\b(?:getCollection|getEntry|getEntries|render)\(/.test(declaration) &&
        !/^(?:async )?function runGraphPhase\b/.test(declaration),
    );
    expect(readers.length).toBeGreaterThan(8);
    const ungated = readers
      .filter((declaration) => !/await checkContentGraph\(\);/.test(declaration))
      .map((declaration) => declaration.split('\n')[0]);
    expect(ungated, 'await checkContentGraph() at the top of each reader').toEqual([]);
  });
});
