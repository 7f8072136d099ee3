import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { collections } from '../../src/content.config.ts';
import { findContentProblems } from '../../src/integrations/content-checks/preflight.ts';
import { formatProblem } from '../../src/lib/content-checks/problem.ts';
import { FIXTURE_AUTHOR, FIXTURE_REVIEWER, TempSite, articleSource } from '../support/temp-site.ts';

/**
 * Mistakes a staff member can make, each planted in a temporary copy of the site, and the message that
 * stops the build: it names the file, the field, what was expected and how to fix it.
 *
 * Fast path, still the real code: file mistakes run the content preflight on the copy; frontmatter
 * mistakes run the collection's own schema on the file as Astro's frontmatter parser reads it, and are
 * shown as Astro shows them ("field: message"). The last block proves both end to end with `astro sync`.
 * Every message is also written to .cache/test-reports/planted-mistakes.md for the issue's closing note.
 */
const site = new TempSite();
const shown: string[] = [];
afterAll(() => {
  mkdirSync('.cache/test-reports', { recursive: true });
  writeFileSync(
    '.cache/test-reports/planted-mistakes.md',
    `| Planted mistake | Message |\n| --- | --- |\n${shown.join('\n')}\n`,
  );
  site.cleanup();
});

const ARTICLE = 'src/content/articles/zz-planted.mdx';
const TECHNIQUE = 'src/content/techniques/deep-tissue-work.mdx';
const THERAPIST = `src/content/therapists/${FIXTURE_REVIEWER}.yaml`;
const SOURCES = 'src/content/sources.yaml';

interface Expected {
  /** The file the message must name (file mistakes) or the file planted (frontmatter mistakes). */
  file: string;
  /** The field, as the message names it. */
  field: string;
  /** What was expected, in the message's words. */
  expected: string;
  /** How to fix it, in the message's words. */
  fix: string;
}

/** Plants files (null deletes) and returns a function that puts the copy back. */
function plant(files: Record<string, string | null>): () => void {
  const before = new Map<string, string | null>();
  for (const [path, text] of Object.entries(files)) {
    before.set(path, site.exists(path) ? site.read(path) : null);
    if (text === null) site.remove(path);
    else site.write(path, text);
  }
  return () => {
    for (const [path, text] of before) {
      if (text === null) site.remove(path);
      else site.write(path, text);
    }
  };
}

const original = (path: string) => site.read(path);

/** The planted article with its review history written as a block list, one key per line, as staff and the editor write it. */
const reviewHistoryBlock = (reviews: [date: string, reviewer: string, changes: string][]) =>
  articleSource().replace(
    /^reviewHistory: .*$/m,
    `reviewHistory:\n${reviews.map(([date, reviewer, changes]) => `  - date: ${date}\n    reviewer: ${reviewer}\n    changes: "${changes}"`).join('\n')}`,
  );

/**
 * Plants files, finds the message `matches` picks among what `messages` reports, checks it says what was
 * expected and how to fix it, records it for the closing note, and puts the copy back.
 */
async function expectMessage(
  name: string,
  files: Record<string, string | null>,
  expected: Expected,
  messages: () => string[] | Promise<string[]>,
  matches: (text: string) => boolean,
  note = '',
): Promise<void> {
  const restore = plant(files);
  try {
    const all = await messages();
    const message = all.find(matches);
    expect(message, all.join('\n')).toBeDefined();
    expect(message).toContain(expected.expected);
    expect(message).toContain(expected.fix);
    shown.push(`| ${name} | \`${message!.replace(/\|/g, '\\|')}\`${note} |`);
  } finally {
    restore();
  }
}
const swap = (path: string, from: string, to: string) => {
  const text = original(path);
  if (!text.includes(from)) throw new Error(`test setup: "${from}" is not in ${path}`);
  return text.replace(from, to);
};

describe('file mistakes: the content preflight names the file', () => {
  const cases: [string, () => Record<string, string | null>, Expected][] = [
    [
      'an article saved as .md (the GitHub editor offers it)',
      () => ({ 'src/content/articles/desk-stretches.md': articleSource() }),
      {
        file: 'src/content/articles/desk-stretches.md',
        field: 'loads only .mdx files',
        expected: 'Expected an article named like "my-page.mdx"',
        fix: 'rename it to desk-stretches.mdx',
      },
    ],
    [
      'an article with a capital .MDX extension',
      () => ({ 'src/content/articles/desk-stretches.MDX': articleSource() }),
      {
        file: 'src/content/articles/desk-stretches.MDX',
        field: 'loads only .mdx files',
        expected: 'Expected an article',
        fix: 'rename it to desk-stretches.mdx',
      },
    ],
    [
      'a therapist saved as .yml',
      () => ({ 'src/content/therapists/sam-lee.yml': original(THERAPIST) }),
      {
        file: 'src/content/therapists/sam-lee.yml',
        field: 'loads only .yaml files',
        expected: 'Expected a therapist profile',
        fix: 'rename it to sam-lee.yaml',
      },
    ],
    [
      'an article dropped in src/content/ itself',
      () => ({ 'src/content/desk-stretches.mdx': articleSource() }),
      {
        file: 'src/content/desk-stretches.mdx',
        field: 'this file is not loaded',
        expected: 'Expected content files in src/content/articles/',
        fix: 'move it into src/content/articles/',
      },
    ],
    [
      'a picture uploaded into the articles folder',
      () => ({ 'src/content/articles/desk.jpg': 'not really a jpeg' }),
      {
        file: 'src/content/articles/desk.jpg',
        field: 'loads only .mdx files',
        expected: 'Expected an article',
        fix: 'pictures belong in src/assets/heroes/',
      },
    ],
    [
      'a stray notes file among the techniques',
      () => ({ 'src/content/techniques/notes.txt': 'ideas' }),
      {
        file: 'src/content/techniques/notes.txt',
        field: 'loads only .mdx files',
        expected: 'Expected a technique page',
        fix: 'delete it, or move it out of src/content/',
      },
    ],
    [
      'an article in a subfolder',
      () => ({ 'src/content/articles/2026/desk-stretches.mdx': articleSource() }),
      {
        file: 'src/content/articles/2026/desk-stretches.mdx',
        field: 'in a subfolder',
        expected: 'Expected an article directly in src/content/articles/',
        fix: 'move it up one folder',
      },
    ],
    [
      'a file name starting with an underscore',
      () => ({ 'src/content/articles/_desk-stretches.mdx': articleSource() }),
      {
        file: 'src/content/articles/_desk-stretches.mdx',
        field: 'the file name is also the page address',
        expected: 'lowercase letters, digits and hyphens',
        fix: 'Rename it to desk-stretches.mdx',
      },
    ],
    [
      'a file name with capitals and spaces',
      () => ({ 'src/content/articles/Desk Stretches.mdx': articleSource() }),
      {
        file: 'src/content/articles/Desk Stretches.mdx',
        field: 'the file name is also the page address',
        expected: 'lowercase letters, digits and hyphens',
        fix: 'Rename it to desk-stretches.mdx',
      },
    ],
    [
      'two names that differ only in capitals',
      () => ({ 'src/content/articles/Zz-Planted.mdx': articleSource(), [ARTICLE]: articleSource() }),
      {
        file: 'src/content/articles/Zz-Planted.mdx',
        field: `this file and ${ARTICLE} become the same entry "zz-planted"`,
        expected: 'Expected one file per address',
        fix: 'rename or merge them',
      },
    ],
    [
      'an impossible day (30 February)',
      () => ({ [ARTICLE]: articleSource({ pubDate: '2026-02-30' }).replace('"2026-02-30"', '2026-02-30') }),
      {
        file: `${ARTICLE}:4`,
        field: 'field "pubDate" is "2026-02-30"',
        expected: 'not a real day (February 2026 has 28 days)',
        fix: 'Expected a real day written YYYY-MM-DD; fix the date',
      },
    ],
    [
      'a thirteenth month',
      () => ({ [ARTICLE]: articleSource({ nextReviewDue: '2027-13-01' }) }),
      {
        file: `${ARTICLE}:9`,
        field: 'field "nextReviewDue" is "2027-13-01"',
        expected: 'not a real day (there is no month 13)',
        fix: 'fix the date',
      },
    ],
    [
      "31 April in a technique page's review history",
      () => ({ [TECHNIQUE]: swap(TECHNIQUE, '  - date: 2026-11-20', '  - date: 2026-04-31') }),
      {
        file: `${TECHNIQUE}:8`,
        field: 'field "reviewHistory[0].date" is "2026-04-31"',
        expected: 'April 2026 has 30 days',
        fix: 'fix the date',
      },
    ],
    [
      "30 February in an article's second review",
      () => ({
        [ARTICLE]: reviewHistoryBlock([
          ['2026-01-05', FIXTURE_REVIEWER, 'First version of the page'],
          ['2026-02-30', FIXTURE_REVIEWER, 'Checked every source; no changes'],
        ]),
      }),
      {
        file: `${ARTICLE}:12`,
        field: 'field "reviewHistory[1].date" is "2026-02-30"',
        expected: 'not a real day (February 2026 has 28 days)',
        fix: 'Expected a real day written YYYY-MM-DD; fix the date',
      },
    ],
    [
      'a source id used twice in sources.yaml',
      () => ({
        [SOURCES]: `${original(SOURCES)}\n- id: furlan-2015\n  authors: ["Someone A"]\n  title: "Another study"\n  publisher: "A journal"\n  year: 2020\n  url: "https://example.org/study"\n  finding: "A second entry that reuses an id already in the list."\n`,
      }),
      {
        file: SOURCES,
        field: 'field "id" is "furlan-2015", which line',
        expected: 'Expected each id once',
        fix: 'rename one, or merge the two entries',
      },
    ],
    [
      'a hero picture that is not there',
      () => ({
        [ARTICLE]: articleSource({
          hero: { src: '../../assets/heroes/no-such-picture.svg', alt: 'A picture that is not there.' },
        }),
      }),
      {
        file: `${ARTICLE}:10`,
        field: 'field "hero.src" points to "../../assets/heroes/no-such-picture.svg"',
        expected: 'Expected a path relative to this file',
        fix: 'add the picture to src/assets/',
      },
    ],
  ];

  it('the unplanted copy has no file problems (each case below fails for its own reason)', () => {
    expect(findContentProblems(site.dir, {}).map(formatProblem)).toEqual([]);
  });

  it.each(cases)('%s', (name, files, expected) =>
    expectMessage(
      name,
      files(),
      expected,
      () => findContentProblems(site.dir, {}).map(formatProblem),
      (text) => text.startsWith(`${expected.file}:`) && text.includes(expected.field),
    ),
  );
});

type SchemaFactory = (context: { image: () => unknown }) => z.ZodType;
const schemaFor = (collection: keyof typeof collections): z.ZodType => {
  const schema = (collections[collection] as unknown as { schema: SchemaFactory | z.ZodType }).schema;
  return typeof schema === 'function' ? schema({ image: () => z.string() }) : schema;
};

/** Runs a planted file through its collection's schema, as Astro does, and returns Astro's "field: message" lines. */
async function schemaMessages(path: string): Promise<string[]> {
  const text = site.read(path);
  // Astro reads frontmatter and YAML data files with the same parser; wrapping a YAML file as frontmatter uses it too.
  const data = parseFrontmatter(path.endsWith('.mdx') ? text : `---\n${text}\n---\n`).frontmatter as unknown;
  const collection = path.split('/')[2]!.replace(/\.yaml$/, '') as keyof typeof collections;
  const items = Array.isArray(data) ? data : [data];
  const lines: string[] = [];
  for (const item of items) {
    const result = await schemaFor(collection).safeParseAsync(item);
    if (!result.success) lines.push(...result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return lines;
}

describe('frontmatter mistakes: the schema names the field, what it expected and the fix', () => {
  const cases: [string, () => Record<string, string>, Expected][] = [
    [
      'a misspelt optional field (updatedDat)',
      () => ({ [ARTICLE]: articleSource({ updatedDat: '2026-02-01' }) }),
      {
        file: ARTICLE,
        field: 'updatedDat',
        expected: 'did you mean "updatedDate"?',
        fix: 'Fix the name, or remove the line',
      },
    ],
    [
      'a field name in the wrong case (PubDate)',
      () => ({ [ARTICLE]: articleSource({ pubDate: undefined, PubDate: '2026-01-05' }) }),
      { file: ARTICLE, field: 'PubDate', expected: 'did you mean "pubDate"?', fix: 'Fix the name' },
    ],
    [
      'an unknown field inside hero',
      () => ({
        [ARTICLE]: articleSource({
          hero: {
            src: '../../assets/heroes/deep-tissue-work.svg',
            alt: 'A calm illustration used by a test article.',
            atl: 'x',
          },
        }),
      }),
      {
        file: ARTICLE,
        field: 'hero.atl',
        expected: 'did you mean "alt"?',
        fix: 'Expected only these fields: src, alt',
      },
    ],
    [
      'a slug field, which would change the address',
      () => ({ [ARTICLE]: articleSource({ slug: 'another-address' }) }),
      {
        file: ARTICLE,
        field: 'slug',
        expected: 'the page address comes from the file name',
        fix: 'rename the file to change the address',
      },
    ],
    [
      'a misspelt therapist field (speciality)',
      () => ({ [THERAPIST]: swap(THERAPIST, 'specialities:', 'speciality:') }),
      { file: THERAPIST, field: 'speciality', expected: 'did you mean "specialities"?', fix: 'Fix the name' },
    ],
    [
      'a misspelt source field (titel)',
      () => ({ [SOURCES]: swap(SOURCES, 'title: "Massage for low-back pain"', 'titel: "Massage for low-back pain"') }),
      { file: SOURCES, field: 'titel', expected: 'did you mean "title"?', fix: 'Fix the name' },
    ],
    [
      'a date in words',
      () => ({ [ARTICLE]: articleSource({ pubDate: '20 November 2026' }) }),
      {
        file: ARTICLE,
        field: 'pubDate',
        expected: 'written YYYY-MM-DD (got "20 November 2026")',
        fix: 'for example 2026-11-20',
      },
    ],
    [
      'a review date without leading zeros',
      () => ({
        [ARTICLE]: articleSource({
          reviewHistory: [{ date: '2026-1-5', reviewer: FIXTURE_REVIEWER, changes: 'First version of the page' }],
        }),
      }),
      {
        file: ARTICLE,
        field: 'reviewHistory.0.date',
        expected: 'expected the review day written YYYY-MM-DD (got "2026-1-5")',
        fix: 'for example 2026-11-20',
      },
    ],
    [
      'a date with a time',
      () => ({ [ARTICLE]: articleSource().replace('pubDate: "2026-01-05"', 'pubDate: 2026-01-05T10:30:00') }),
      { file: ARTICLE, field: 'pubDate', expected: 'a day without a time', fix: 'write only YYYY-MM-DD' },
    ],
    [
      'an impossible day in quotes',
      () => ({ [ARTICLE]: articleSource({ updatedDate: '2026-02-29' }) }),
      {
        file: ARTICLE,
        field: 'updatedDate',
        expected: '"2026-02-29" is not a real day (February 2026 has 28 days)',
        fix: 'a real day written YYYY-MM-DD',
      },
    ],
    [
      'draft written as yes',
      () => ({ [ARTICLE]: articleSource({ draft: 'yes' }) }),
      {
        file: ARTICLE,
        field: 'draft',
        expected: 'expected true or false, written without quotes (got "yes")',
        fix: 'write true or false',
      },
    ],
    [
      'draft false in quotes',
      () => ({ [ARTICLE]: articleSource({ draft: 'false' }) }),
      {
        file: ARTICLE,
        field: 'draft',
        expected: 'expected true or false, written without quotes (got "false")',
        fix: 'write true or false',
      },
    ],
    [
      'redFlags written as no',
      () => ({ [ARTICLE]: articleSource().replace('draft: false', 'draft: false\nredFlags: no') }),
      { file: ARTICLE, field: 'redFlags', expected: 'expected true or false', fix: 'write true or false' },
    ],
    [
      'a therapist sample flag in quotes',
      () => ({ [THERAPIST]: swap(THERAPIST, 'sample: true', 'sample: "true"') }),
      {
        file: THERAPIST,
        field: 'sample',
        expected: 'expected true or false, written without quotes (got "true")',
        fix: 'write true or false',
      },
    ],
    [
      'a technique order in quotes',
      () => ({ [TECHNIQUE]: swap(TECHNIQUE, 'order: 1', 'order: "1"') }),
      {
        file: TECHNIQUE,
        field: 'order',
        expected: 'expected the position in lists as a whole number without quotes; got "1"',
        fix: 'Write the digits only',
      },
    ],
    [
      'a technique order with a decimal point',
      () => ({ [TECHNIQUE]: swap(TECHNIQUE, 'order: 1', 'order: 1.5') }),
      { file: TECHNIQUE, field: 'order', expected: 'as a whole number', fix: 'with no decimal point' },
    ],
    [
      'a source year in quotes',
      () => ({ [SOURCES]: swap(SOURCES, 'year: 2015', 'year: "2015"') }),
      {
        file: SOURCES,
        field: 'year',
        expected: 'expected the year of publication as a whole number without quotes; got "2015"',
        fix: 'Write the digits only',
      },
    ],
    [
      'tags written as one line of text',
      () => ({ [ARTICLE]: articleSource({ tags: 'back pain' }) }),
      {
        file: ARTICLE,
        field: 'tags',
        expected: 'expected tags as a list (got "back pain")',
        fix: 'write it in square brackets',
      },
    ],
    [
      'sources written as one id, not a list',
      () => ({ [ARTICLE]: articleSource({ sources: 'furlan-2015' }) }),
      {
        file: ARTICLE,
        field: 'sources',
        expected: 'expected source ids as a list (got "furlan-2015")',
        fix: 'write it in square brackets, for example [furlan-2015, cherkin-2011]',
      },
    ],
    [
      'a title that YAML reads as a number',
      () => ({ [ARTICLE]: articleSource({ title: 2026 }) }),
      { file: ARTICLE, field: 'title', expected: 'expected a headline as text', fix: 'put it in double quotes' },
    ],
    [
      'a missing title',
      () => ({ [ARTICLE]: articleSource({ title: undefined }) }),
      { file: ARTICLE, field: 'title', expected: 'expected a headline', fix: 'but the field is missing' },
    ],
    [
      'a description that is too short',
      () => ({ [ARTICLE]: articleSource({ description: 'Too short.' }) }),
      {
        file: ARTICLE,
        field: 'description',
        expected: 'expected 50 to 160 characters',
        fix: 'say what the page is about',
      },
    ],
    [
      'alt text that is a file name',
      () => ({
        [ARTICLE]: articleSource({
          hero: { src: '../../assets/heroes/deep-tissue-work.svg', alt: 'deep-tissue-work.svg' },
        }),
      }),
      {
        file: ARTICLE,
        field: 'hero.alt',
        expected: 'expected alt text that describes the picture',
        fix: 'not a file name',
      },
    ],
    [
      'a hero with no alt text',
      () => ({ [ARTICLE]: articleSource({ hero: { src: '../../assets/heroes/deep-tissue-work.svg' } }) }),
      {
        file: ARTICLE,
        field: 'hero.alt',
        expected: 'expected alt text describing the picture',
        fix: 'but the field is missing',
      },
    ],
    [
      'a tag in capitals',
      () => ({ [ARTICLE]: articleSource({ tags: ['Back Pain'] }) }),
      { file: ARTICLE, field: 'tags.0', expected: 'expected lowercase words', fix: 'for example "chronic back pain"' },
    ],
    [
      'a legacy path without a slash',
      () => ({ [ARTICLE]: articleSource({ legacyPaths: ['old-page'] }) }),
      {
        file: ARTICLE,
        field: 'legacyPaths.0',
        expected: 'expected a path like "/old-article-address"',
        fix: 'starts with /',
      },
    ],
    [
      'no sources',
      () => ({ [ARTICLE]: articleSource({ sources: [] }) }),
      {
        file: ARTICLE,
        field: 'sources',
        expected: 'expected at least one source',
        fix: 'every health page cites its evidence',
      },
    ],
    [
      'a review due before the last review',
      () => ({ [ARTICLE]: articleSource({ nextReviewDue: '2025-01-01' }) }),
      {
        file: ARTICLE,
        field: 'nextReviewDue',
        expected: 'expected nextReviewDue to be later than',
        fix: 'the newest reviewHistory date',
      },
    ],
    [
      'a review due before the newest of several reviews',
      () => ({
        [ARTICLE]: articleSource({
          nextReviewDue: '2026-06-01',
          reviewHistory: [
            { date: '2026-01-05', reviewer: FIXTURE_REVIEWER, changes: 'First version of the page' },
            { date: '2026-09-01', reviewer: FIXTURE_REVIEWER, changes: 'Checked every source; no changes' },
          ],
        }),
      }),
      {
        file: ARTICLE,
        field: 'nextReviewDue',
        expected: 'expected nextReviewDue to be later than',
        fix: 'the newest reviewHistory date',
      },
    ],
    [
      'an empty review history',
      () => ({ [ARTICLE]: articleSource({ reviewHistory: [] }) }),
      {
        file: ARTICLE,
        field: 'reviewHistory',
        expected: 'expected at least one review',
        fix: 'the day, who reviewed and what changed',
      },
    ],
    [
      'the newest review by someone other than the reviewer',
      () => ({
        [ARTICLE]: articleSource({
          reviewHistory: [
            { date: '2026-01-05', reviewer: FIXTURE_REVIEWER, changes: 'First version of the page' },
            { date: '2026-02-01', reviewer: FIXTURE_AUTHOR, changes: 'Checked every source; no changes' },
          ],
        }),
      }),
      {
        file: ARTICLE,
        field: 'reviewHistory',
        expected: 'expected the newest reviewHistory entry to name the same reviewer',
        fix: 'as the reviewer field',
      },
    ],
    [
      'a publication day before the first review (finding 24)',
      () => ({ [ARTICLE]: articleSource({ pubDate: '2025-12-01' }) }),
      {
        file: ARTICLE,
        field: 'pubDate',
        expected: 'expected pubDate on or after 2026-01-05, the first reviewHistory day (got 2025-12-01)',
        fix: 'set pubDate to 2026-01-05 or later',
      },
    ],
    [
      'a misspelt field inside a review entry (chnages)',
      () => ({
        [TECHNIQUE]: swap(
          TECHNIQUE,
          '    changes: "First version of the page"',
          '    chnages: "First version of the page"',
        ),
      }),
      {
        file: TECHNIQUE,
        field: 'reviewHistory.0.chnages',
        expected: 'did you mean "changes"?',
        fix: 'Fix the name, or remove the line',
      },
    ],
  ];

  it.each([ARTICLE, TECHNIQUE, THERAPIST, SOURCES])(
    'the unplanted %s passes the schema (each case below fails for its own reason)',
    async (path) => {
      const restore = plant(path === ARTICLE ? { [ARTICLE]: articleSource() } : {});
      try {
        expect(await schemaMessages(path)).toEqual([]);
      } finally {
        restore();
      }
    },
  );

  it.each(cases)('%s', (name, files, expected) =>
    expectMessage(
      name,
      files(),
      expected,
      () => schemaMessages(expected.file),
      (text) => text.startsWith(`${expected.field}: `),
      ` (Astro prints it under "${expected.file}")`,
    ),
  );
});

const TODAY = new Date().toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));
const later = (years: number) => `${YEAR + years}${TODAY.slice(4)}`;
const SERVICES = 'src/content/services.yaml';
/** The planted article's text with one frontmatter line replaced, as staff would type it (unquoted). */
const articleWith = (from: string | RegExp, to: string) => articleSource().replace(from, to);
const articleBody = (body: string) => articleSource({}, body);

describe('mistakes a parser or MDX passes over in silence: the preflight names the file, the line and the fix', () => {
  // Each case: the mistake, the planted files, and the one message it must produce, word for word.
  const cases: [string, () => Record<string, string>, string][] = [
    [
      'a # inside an unquoted title (the rest of the line becomes a comment)',
      () => ({ [ARTICLE]: articleWith('title: "A planted test article"', 'title: Pain relief #1 for desk workers') }),
      `${ARTICLE}:2: field "title" is "Pain relief", because YAML reads everything after " #" as a comment and drops it ("#1 for desk workers"). Expected the whole text in double quotes; write title: "Pain relief #1 for desk workers" and keep the # inside the quotes.`,
    ],
    [
      'a # inside an unquoted review note in a block list',
      () => ({
        [ARTICLE]: articleWith(
          /^reviewHistory: .*$/m,
          `reviewHistory:\n  - date: 2026-01-05\n    reviewer: ${FIXTURE_REVIEWER}\n    changes: Fixed the dose in step #2`,
        ),
      }),
      `${ARTICLE}:11: field "reviewHistory[0].changes" is "Fixed the dose in step", because YAML reads everything after " #" as a comment and drops it ("#2"). Expected the whole text in double quotes; write changes: "Fixed the dose in step #2" and keep the # inside the quotes.`,
    ],
    [
      'a publication day decades ahead (2066 for 2026: the article would never appear)',
      () => ({ [ARTICLE]: articleSource({ pubDate: `${YEAR + 40}-01-05` }) }),
      `${ARTICLE}:4: field "pubDate" is ${YEAR + 40}-01-05, more than a year after today (${TODAY}), so the page would be hidden or dated far ahead. Expected the publication day no later than ${later(1)}; fix the year.`,
    ],
    [
      'a day in the wrong century (1926)',
      () => ({ [ARTICLE]: articleSource({ updatedDate: '1926-01-05' }) }),
      `${ARTICLE}:14: field "updatedDate" is 1926-01-05, in 1926: no page of this site is that old, so the year is probably mistyped. Expected the day of the last change in 2000 or later; fix the year.`,
    ],
    [
      'a next review twenty years ahead',
      () => ({ [ARTICLE]: articleSource({ nextReviewDue: `${YEAR + 20}-01-05` }) }),
      `${ARTICLE}:9: field "nextReviewDue" is ${YEAR + 20}-01-05, more than 5 years after today (${TODAY}), so the page would be hidden or dated far ahead. Expected the next review no later than ${later(5)}; fix the year.`,
    ],
    [
      'draft written as no, unquoted (true/false to some YAML tools, text to others)',
      () => ({ [ARTICLE]: articleWith('draft: false', 'draft: no') }),
      `${ARTICLE}:5: field "draft" is written no without quotes, which some YAML tools read as true or false and others as text. Expected true or false for a yes-or-no field, or text in double quotes; write true, false, or "no".`,
    ],
    [
      'a length written as a time (1:30, base 60 to older YAML)',
      () => ({ [SERVICES]: swap(SERVICES, 'minutes: 90', 'minutes: 1:30') }),
      `${SERVICES}:73: field "[3].minutes" is written 1:30 without quotes, which older YAML tools read as a count in base 60 (12:30 becomes 750). Expected digits only for a number (an hour and a half is 90 minutes), or a time in double quotes; write the number, or "1:30".`,
    ],
    [
      'a number with a leading zero (01)',
      () => ({ [TECHNIQUE]: swap(TECHNIQUE, 'order: 1', 'order: 01') }),
      `${TECHNIQUE}:4: field "order" is written 01, which YAML reads as the number 1 and loses the leading zero. Expected the digits without a leading zero, or text in double quotes if the zero matters; write 1 or "01".`,
    ],
    [
      'a field set to ~',
      () => ({ [ARTICLE]: articleWith('draft: false', 'draft: false\nupdatedDate: ~') }),
      `${ARTICLE}:6: field "updatedDate" is ~, which YAML reads as "no value", so the field counts as missing. Expected a value; write one, or delete the line for an optional field.`,
    ],
    [
      'a field set to null',
      () => ({ [ARTICLE]: articleWith(`reviewer: "${FIXTURE_REVIEWER}"`, 'reviewer: null') }),
      `${ARTICLE}:7: field "reviewer" is null, which YAML reads as "no value", so the field counts as missing. Expected a value; write one, or delete the line for an optional field.`,
    ],
    [
      'a field written twice (the second would replace the first)',
      () => ({ [ARTICLE]: articleWith('draft: false', 'draft: false\ntitle: "A second title"') }),
      `${ARTICLE}:6: field "title" is written twice, so one value would silently replace the other. Expected each field once; delete one of the two lines.`,
    ],
    [
      'a list indented with tabs',
      () => ({
        [ARTICLE]: articleWith(
          /^reviewHistory: .*$/m,
          `reviewHistory:\n\t- date: 2026-01-05\n\t  reviewer: ${FIXTURE_REVIEWER}\n\t  changes: "First version"`,
        ),
      }),
      `${ARTICLE}:9: this line is indented with a tab, which YAML does not allow (the build cannot read the file). Expected spaces only; replace the tab with two spaces.`,
    ],
    [
      'a byte-order mark before the frontmatter (some Windows editors add one)',
      () => ({ [ARTICLE]: `\uFEFF${articleSource()}` }),
      `${ARTICLE}:1: the file starts with an invisible byte-order mark, so the build does not see its first line (the frontmatter would be lost). Expected plain UTF-8; save the file as "UTF-8" (not "UTF-8 with BOM"), or delete the first character.`,
    ],
    [
      'a blank line before the frontmatter',
      () => ({ [ARTICLE]: `\n${articleSource()}` }),
      `${ARTICLE}:1: the first line is "", so the build reads no frontmatter (no title, no dates). Expected the file to start with a line of exactly "---"; put "---" alone on the first line.`,
    ],
    [
      'frontmatter that never closes',
      () => ({ [ARTICLE]: articleSource().replace('\n---\n\n', '\n\n') }),
      `${ARTICLE}:1: the frontmatter starts with "---" but never ends, so the build reads the whole file as fields. Expected a second line of exactly "---" after the last field; add it before the text.`,
    ],
    [
      'an HTML comment in the text',
      () => ({
        [ARTICLE]: articleBody(
          'Text <Cite id="furlan-2015" />.\n\n<!-- check this with the reviewer -->\n\nMore text.',
        ),
      }),
      `${ARTICLE}:18: an HTML comment (<!-- -->), which MDX cannot read, so the build stops or the text is lost. Expected no HTML comments in .mdx; delete it, or write the note as {/* note */}.`,
    ],
    [
      'curly braces in the text ({1-2} would show -1)',
      () => ({ [ARTICLE]: articleBody('Most people book {1-2} visits a month <Cite id="furlan-2015" />.') }),
      `${ARTICLE}:16: the text "{1-2}" is in curly braces, which MDX runs as code: {1-2} would show -1, and a word would stop the build. Expected plain text; write the braces as \\{ and \\}, or reword without them.`,
    ],
    [
      'an import line in the text',
      () => ({
        [ARTICLE]: articleBody(
          'Text <Cite id="furlan-2015" />.\n\nimport Callout from "../../components/mdx/Callout.astro";',
        ),
      }),
      `${ARTICLE}:18: a line starting with "import", which MDX reads as code, not text. Expected text only: the author components (Cite, Callout, KeyPoints, CareCard, QuizCta, BookingCta, Figure, ServiceFact, SignList) need no import; delete the line, or reword the sentence so it does not begin with "import".`,
    ],
    [
      'a "<" before a number (<30 minutes)',
      () => ({ [ARTICLE]: articleBody('Sessions of <30 minutes suit some people <Cite id="furlan-2015" />.') }),
      `${ARTICLE}:16: a "<" before "30", which MDX reads as the start of a component, so the build stops. Expected words; write "under" or "less than", or &lt;.`,
    ],
    [
      'a misspelt component (<Citation>)',
      () => ({ [ARTICLE]: articleBody('Text <Citation id="furlan-2015" />.') }),
      `${ARTICLE}:16: <Citation> is not a component this site has (did you mean <Cite>?), so the build stops. Expected one of: Cite, Callout, KeyPoints, CareCard, QuizCta, BookingCta, Figure, ServiceFact, SignList; fix the name.`,
    ],
    [
      'a component that is never closed',
      () => ({
        [ARTICLE]: articleBody(
          'Text <Cite id="furlan-2015" />.\n\n<Callout title="Before you book">\n\nSee a doctor first.',
        ),
      }),
      `${ARTICLE}:18: <Callout> is opened here and never closed, so the build stops (or swallows the rest of the page). Expected </Callout> after its text; add it, or write <Callout /> if it has no text.`,
    ],
    [
      'a hero picture outside src/assets/ (in public/)',
      () => ({
        [ARTICLE]: articleSource({
          hero: { src: '../../../public/favicon.svg', alt: 'A calm illustration used by a test article.' },
        }),
      }),
      `${ARTICLE}:10: field "hero.src" points to "../../../public/favicon.svg", which is at public/favicon.svg, not in src/assets/. Expected pictures in src/assets/heroes/ or src/assets/therapists/; move the picture there and point to it, such as "../../assets/heroes/my-article.svg".`,
    ],
    [
      'an article saved as .markdown',
      () => ({ 'src/content/articles/desk-stretches.markdown': articleSource() }),
      'src/content/articles/desk-stretches.markdown: this file is not loaded: src/content/articles/ loads only .mdx files, so it would never appear on the site. Expected an article named like "my-page.mdx"; rename it to desk-stretches.mdx.',
    ],
    [
      'a file name starting with a dot (hidden, so skipped)',
      () => ({ 'src/content/articles/.desk-stretches.mdx': articleSource() }),
      'src/content/articles/.desk-stretches.mdx: the file name is also the page address, so it must be lowercase letters, digits and hyphens. A name starting with "." or "_" is skipped by the build. Rename it to desk-stretches.mdx.',
    ],
  ];

  it.each(cases)('%s', (name, files, message) => {
    const restore = plant(files());
    try {
      const all = findContentProblems(site.dir, {}).map(formatProblem);
      expect(all).toContain(message);
      shown.push(`| ${name} | \`${message.replace(/\|/g, '\\|')}\` |`);
    } finally {
      restore();
    }
  });

  it('an article saved with Windows line endings (CRLF) builds as written: no problem, and the schema reads every field', async () => {
    const restore = plant({ [ARTICLE]: articleSource().replace(/\n/g, '\r\n') });
    try {
      expect(findContentProblems(site.dir, {}).map(formatProblem)).toEqual([]);
      expect(await schemaMessages(ARTICLE)).toEqual([]);
      shown.push('| an article saved with Windows line endings (CRLF) | builds correctly: no message |');
    } finally {
      restore();
    }
  });

  it('end to end: astro sync stops on these mistakes, naming each file and line', () => {
    const restore = plant({
      [ARTICLE]: articleWith('title: "A planted test article"', 'title: Pain relief #1 for desk workers'),
      'src/content/articles/zz-planted-two.mdx': articleBody(
        'Most people book {1-2} visits <Cite id="furlan-2015" />.',
      ),
      [TECHNIQUE]: swap(TECHNIQUE, 'order: 1', 'order: 01'),
    });
    try {
      const result = site.astro('sync');
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain('Content files the build cannot use (the build stops until they are fixed)');
      expect(result.output).toContain(`${ARTICLE}:2: field "title" is "Pain relief", because YAML reads`);
      expect(result.output).toContain(
        'src/content/articles/zz-planted-two.mdx:16: the text "{1-2}" is in curly braces',
      );
      expect(result.output).toContain(`${TECHNIQUE}:4: field "order" is written 01`);
    } finally {
      restore();
    }
  });
});

describe('end to end: Astro stops and reports every planted mistake at once', () => {
  let files: { code: number | null; output: string };
  let schema: { code: number | null; output: string };
  let lint: { code: number | null; output: string };

  beforeAll(() => {
    // Several file mistakes at once: the preflight reports them all in one run.
    const restoreFiles = plant({
      'src/content/articles/desk-stretches.md': articleSource(),
      'src/content/articles/Zz-Planted.mdx': articleSource(),
      [ARTICLE]: articleSource({ pubDate: '2026-02-30' }).replace('"2026-02-30"', '2026-02-30'),
      [TECHNIQUE]: swap(TECHNIQUE, '  - date: 2026-11-20', '  - date: 2026-04-31'),
    });
    files = site.astro('sync');
    restoreFiles();
    // Several schema mistakes in one file, with GitHub annotations switched on.
    const restoreSchema = plant({
      [ARTICLE]: articleSource({ updatedDat: '2026-02-01', draft: 'yes', pubDate: '2026-1-5' }),
    });
    schema = site.astro('sync', { GITHUB_ACTIONS: 'true' });
    cpSync('scripts', site.path('scripts'), { recursive: true });
    restoreSchema();
    // The content lint inside GitHub Actions, on a planted wording mistake.
    const restoreLint = plant({
      [ARTICLE]: articleSource({}, 'We suggest biweekly visits at first <Cite id="furlan-2015" />.'),
    });
    const result = spawnSync(process.execPath, [site.path('scripts/lint-content.mjs'), ARTICLE], {
      cwd: site.dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true', INIT_CWD: site.dir },
    });
    lint = { code: result.status, output: `${result.stdout}\n${result.stderr}` };
    restoreLint();
  });

  it('file mistakes: one run names every file', () => {
    expect(files.code, files.output).not.toBe(0);
    expect(files.output).toContain('Content files the build cannot use (the build stops until they are fixed)');
    expect(files.output).toContain('src/content/articles/desk-stretches.md: this file is not loaded');
    expect(files.output).toContain(
      `src/content/articles/Zz-Planted.mdx: this file and ${ARTICLE} become the same entry`,
    );
    expect(files.output).toContain(
      `${ARTICLE}: this file and src/content/articles/Zz-Planted.mdx become the same entry`,
    );
    expect(files.output).toContain(`${ARTICLE}:4: field "pubDate" is "2026-02-30", which is not a real day`);
    expect(files.output).toContain(
      `${TECHNIQUE}:8: field "reviewHistory[0].date" is "2026-04-31", which is not a real day`,
    );
  });

  it('schema mistakes: the file, and one line per field', () => {
    expect(schema.code, schema.output).not.toBe(0);
    expect(schema.output).toContain('articles → zz-planted data does not match collection schema');
    expect(schema.output).toContain(ARTICLE);
    expect(schema.output).toMatch(/updatedDat: unknown field "updatedDat"; did you mean "updatedDate"\?/);
    expect(schema.output).toMatch(/draft: expected true or false, written without quotes \(got "yes"\)/);
    expect(schema.output).toMatch(/pubDate: expected the publication day written YYYY-MM-DD \(got "2026-1-5"\)/);
  });

  it("schema mistakes inside GitHub Actions: an annotation on each field's line", () => {
    expect(schema.output).toContain(
      `::error file=${ARTICLE},line=14,title=Content error in updatedDat::updatedDat: unknown field "updatedDat"; did you mean "updatedDate"?`,
    );
    expect(schema.output).toContain(
      `::error file=${ARTICLE},line=5,title=Content error in draft::draft: expected true or false`,
    );
  });

  it("the content lint inside GitHub Actions: an annotation on the finding's line", () => {
    expect(lint.code, lint.output).toBe(1);
    expect(lint.output).toMatch(
      new RegExp(
        `^::error file=${ARTICLE.replace(/[.]/g, '\\.')},line=16,title=Content lint%3A biweekly::"biweekly" can mean`,
        'm',
      ),
    );
  });
});
