import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUTHOR_COMPONENTS,
  findMdxTraps,
  findYamlTraps,
  imageOutsideAssets,
} from '../../src/lib/content-checks/files.ts';

const TODAY = '2026-06-01';
const yaml = (text: string) => findYamlTraps('data.yaml', text, true, TODAY).map((problem) => problem.message);
const lines = (text: string) => findYamlTraps('data.yaml', text, true, TODAY).map((problem) => problem.line);
const mdx = (body: string) => findMdxTraps('page.mdx', `---\ntitle: "T"\n---\n\n${body}\n`);

describe('findYamlTraps: values a YAML parser quietly changes', () => {
  it.each([
    ['a quoted text with #', 'title: "Pain relief #1"'],
    ['a comment after a number', 'price: 140 # sample price, USD'],
    ['a comment after an empty key', 'providerIds: # sample ids\n  - "abc"'],
    ['a whole-line comment', '# a note\ntitle: "T"'],
    ['true and false', 'draft: false\nsample: true'],
    ['a quoted time and a quoted leading zero', 'opens: "09:30"\nnumber: "0451"'],
    ['a decimal below one', 'ratio: 0.5'],
    ['days within the limits', 'pubDate: 2026-05-01\nnextReviewDue: 2031-05-01\nreviewHistory:\n  - date: 2001-01-01'],
    ['an old year in a field that is not a page day', 'published: 1985-03-01'],
    ['Windows line endings', 'title: "T"\r\ndraft: false\r\n'],
  ])('passes %s', (_, text) => {
    expect(yaml(text)).toEqual([]);
  });

  it.each([
    ['title: Pain relief #1', 'is "Pain relief", because YAML reads everything after " #" as a comment'],
    ['tags:\n  - posture #desk', 'field "tags[0]" is "posture"'],
    ['draft: yes', 'is written yes without quotes'],
    ['open: On', 'is written On without quotes'],
    ['minutes: 1:30', 'older YAML tools read as a count in base 60'],
    ['order: 007', 'is written 007, which YAML reads as the number 7'],
    ['updatedDate: ~', 'is ~, which YAML reads as "no value"'],
    ['reviewer: NULL', 'is NULL, which YAML reads as "no value"'],
    ['pubDate: 2062-01-05', 'more than a year after today (2026-06-01)'],
    ['nextReviewDue: "2040-01-05"', 'more than 5 years after today'],
    ['pubDate: 1926-01-05', 'in 1926: no page of this site is that old'],
    ['title: "A"\ntitle: "B"', 'field "title" is written twice'],
    ['list:\n\t- a', 'indented with a tab'],
    ['title: "unclosed', 'YAML cannot read this line'],
  ])('flags %j', (text, message) => {
    const found = yaml(text);
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(message);
  });

  it('names the line of the value, counting the frontmatter fence in .mdx', () => {
    expect(lines('a: "x"\nb: 01')).toEqual([2]);
    expect(findYamlTraps('page.mdx', '---\ntitle: "T"\norder: 01\n---\n', false, TODAY)[0]?.line).toBe(3);
  });

  it('flags a byte-order mark, a missing opening fence and a frontmatter that never closes', () => {
    expect(findYamlTraps('page.mdx', '\uFEFF---\ntitle: "T"\n---\n', false, TODAY)[0]?.message).toContain(
      'byte-order mark',
    );
    expect(findYamlTraps('page.mdx', 'title: "T"\n---\n', false, TODAY)[0]?.message).toContain(
      'the first line is "title: \\"T\\""',
    );
    expect(findYamlTraps('page.mdx', '---\ntitle: "T"\n\nText.\n', false, TODAY)[0]?.message).toContain('never ends');
  });
});

describe('findMdxTraps: text MDX drops, runs as code or cannot read', () => {
  it.each([
    ['components written as the editor writes them', '<Callout title="Note">\n\nText <Cite id="a-1" />.\n\n</Callout>'],
    ['an MDX comment', '{/* a note for the next reviewer */}'],
    ['braces inside code', '```\nconst x = {a: 1};\n```\n\nAnd `{inline}` code.'],
    ['escaped braces', 'A set \\{a, b\\}.'],
    ['a component with a > in a quoted attribute', '<Callout title="Pain > 6 weeks">\n\nText.\n\n</Callout>'],
    ['a less-than sign in words', 'Pain that lasts more than 12 weeks.'],
  ])('passes %s', (_, body) => {
    expect(mdx(body)).toEqual([]);
  });

  it.each([
    ['<!-- a note -->', 'an HTML comment (<!-- -->)'],
    ['Book {1-2} visits.', 'the text "{1-2}" is in curly braces'],
    ['import X from "./x.astro";', 'a line starting with "import"'],
    ['export const a = 1;', 'a line starting with "export"'],
    ['Under <5 minutes.', 'a "<" before "5"'],
    ['<Citation id="a" />', '<Citation> is not a component this site has (did you mean <Cite>?)'],
    ['<Callout title="x">\n\nText.', '<Callout> is opened here and never closed'],
    ['Text.\n\n</KeyPoints>', '</KeyPoints> closes a component that is not open here'],
  ])('flags %j', (body, message) => {
    const found = mdx(body).map((problem) => problem.message);
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(message);
  });

  it('names the line in the file', () => {
    expect(mdx('Line one.\n\n<!-- two -->').map((problem) => problem.line)).toEqual([7]);
  });

  it('knows every author component the site provides (src/components/mdx/index.ts)', () => {
    const index = readFileSync('src/components/mdx/index.ts', 'utf8');
    const block = /export const mdxComponents = \{([\s\S]*?)\n\}/.exec(index)![1]!;
    const names = [...block.matchAll(/^\s*([A-Z]\w*),?$/gm)].map((match) => match[1]);
    expect([...AUTHOR_COMPONENTS].sort()).toEqual(names.sort());
  });
});

describe('imageOutsideAssets', () => {
  it('passes pictures in src/assets/ and names the place of any other', () => {
    expect(imageOutsideAssets('hero.src', '../../assets/heroes/a.svg', 'src/assets/heroes/a.svg')).toBeUndefined();
    expect(imageOutsideAssets('hero.src', '../../../public/a.svg', 'public/a.svg')).toContain(
      'which is at public/a.svg',
    );
    expect(imageOutsideAssets('hero.src', '../../../../x.svg', '../x.svg')).toContain('outside the project');
  });
});
