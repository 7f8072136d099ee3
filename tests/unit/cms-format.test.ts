import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { houseStyleBody, readMdx, writeMdx, yamlField } from '../../src/lib/cms/frontmatter-format.ts';
import { originalOf } from '../../src/integrations/editor/browser/admin-extensions.ts';
import { CALLOUT_KINDS, editorComponents } from '../../src/lib/cms/editor-components.ts';
import { citedIds } from '../../src/lib/content-checks/graph.ts';
import { CMS_COLLECTIONS } from '../../src/lib/cms/editor-fields.ts';

const ARTICLE = `---
# a comment above the fields
title: "Gentle desk stretches"
description: "Three short stretches you can do at your desk to ease a stiff back between meetings."
pubDate: 2026-01-05
draft: false
author: jordan-ellis
reviewer: priya-natarajan
reviewHistory:
  - date: 2026-01-05
    reviewer: priya-natarajan
    changes: "First version of the page"
nextReviewDue: 2027-01-05
hero:
  src: ../../assets/heroes/desk.svg
  alt: "A person at a desk leaning gently to one side."
tags: ["desk work", "chronic back pain"]
sources: [furlan-2015]
---

Body text <Cite id="furlan-2015" />.

- one
- two
`;
const order = CMS_COLLECTIONS.find((collection) => collection.name === 'articles')!.fields.map((field) => field.name);
const contentFiles = ['articles', 'techniques'].flatMap((folder) =>
  readdirSync(`src/content/${folder}`)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `src/content/${folder}/${name}`),
);

describe("the editor's .mdx format", () => {
  it.each(contentFiles)('writes %s back byte for byte when nothing changed', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(writeMdx(readMdx(text), order, text)).toBe(text);
  });

  it('reads dates as YYYY-MM-DD text and keeps the body as written', () => {
    const data = readMdx(ARTICLE);
    expect(data['pubDate']).toBe('2026-01-05');
    expect(data['body']).toBe('\nBody text <Cite id="furlan-2015" />.\n\n- one\n- two\n');
  });

  it.each([
    [
      'a changed title rewrites only its line',
      { title: 'Gentle desk stretches for a stiff back' },
      ['title: "Gentle desk stretches for a stiff back"'],
      ['title: "Gentle desk stretches"'],
    ],
    [
      'a changed list keeps the one-line style',
      { sources: ['furlan-2015', 'cherkin-2011'] },
      ['sources: [furlan-2015, cherkin-2011]'],
      ['sources: [furlan-2015]'],
    ],
    [
      'a new optional field goes after the field before it in the form',
      { updatedDate: '2026-02-01' },
      ['draft: false\nauthor', 'pubDate: 2026-01-05\nupdatedDate: 2026-02-01\ndraft'],
      [],
    ],
    ['an emptied optional field is removed', { draft: '' }, ['pubDate: 2026-01-05\nauthor: jordan-ellis'], ['draft:']],
    [
      'a new review rewrites the history block, one key a line, and keeps the fields after it',
      {
        reviewHistory: [
          { date: '2026-01-05', reviewer: 'priya-natarajan', changes: 'First version of the page' },
          { date: '2026-06-01', reviewer: 'priya-natarajan', changes: 'Checked every source; no changes' },
        ],
      },
      [
        'reviewer: priya-natarajan\nreviewHistory:\n  - date: 2026-01-05\n    reviewer: priya-natarajan\n    changes: "First version of the page"\n  - date: 2026-06-01\n    reviewer: priya-natarajan\n    changes: "Checked every source; no changes"\nnextReviewDue: 2027-01-05',
      ],
      ['[object Object]'],
    ],
    [
      'a changed nested field rewrites the block',
      { hero: { src: '../../assets/heroes/desk.svg', alt: 'A new description of the picture.' } },
      ['hero:\n  src: ../../assets/heroes/desk.svg\n  alt: "A new description of the picture."'],
      ['leaning gently'],
    ],
  ])('%s', (_name, change, present, absent) => {
    const written = writeMdx({ ...readMdx(ARTICLE), ...change }, order, ARTICLE);
    for (const text of present) expect(written).toContain(text);
    for (const text of absent) expect(written).not.toContain(text);
    expect(written.startsWith('---\n# a comment above the fields\n')).toBe(true);
    expect(written.endsWith('- one\n- two\n')).toBe(true);
  });

  it("a body the rich editor rewrote is put back in the files' style", () => {
    expect(houseStyleBody('Text.\n\n* one\n* two')).toBe('\nText.\n\n- one\n- two\n');
  });

  it('a new entry is written whole, in form order, without empty fields, and reads back the same', () => {
    const data = {
      title: 'A new article',
      pubDate: '2026-03-01',
      updatedDate: '',
      draft: true,
      reviewHistory: [{ date: '2026-03-01', reviewer: 'priya-natarajan', changes: 'First version of the page' }],
      tags: [],
      sources: ['furlan-2015'],
      hero: { src: '../../assets/heroes/a.png', alt: 'A hand on a lower back.' },
      body: 'Text <Cite id="furlan-2015" />.',
    };
    const written = writeMdx(data, order);
    expect(written).toBe(
      '---\ntitle: "A new article"\npubDate: 2026-03-01\ndraft: true\nreviewHistory:\n  - date: 2026-03-01\n    reviewer: priya-natarajan\n    changes: "First version of the page"\nsources: [furlan-2015]\nhero:\n  src: ../../assets/heroes/a.png\n  alt: "A hand on a lower back."\ntags: []\n---\n\nText <Cite id="furlan-2015" />.\n',
    );
    const { updatedDate: _empty, body, ...rest } = data;
    expect(readMdx(written)).toEqual({ ...rest, body: `\n${body}\n` });
  });

  it.each([
    ['text that YAML would read as true', 'yes', 'key: "yes"'],
    ['an id', 'jordan-ellis', 'key: jordan-ellis'],
    ['a sentence with a colon', 'Massage: what we know', 'key: "Massage: what we know"'],
    ['a number', 3, 'key: 3'],
    [
      'a list of objects',
      [
        { date: '2026-01-05', reviewer: 'priya-natarajan', changes: 'First version' },
        { date: '2026-06-01', reviewer: 'priya-natarajan', changes: '' },
      ],
      'key:\n  - date: 2026-01-05\n    reviewer: priya-natarajan\n    changes: "First version"\n  - date: 2026-06-01\n    reviewer: priya-natarajan',
    ],
    [
      'long sentences',
      ['A first reason that is quite long indeed.', 'A second one.'],
      'key:\n  - "A first reason that is quite long indeed."\n  - "A second one."',
    ],
  ])('writes %s safely', (_name, value, expected) => {
    expect(yamlField('key', value)).toBe(expected);
  });

  it('finds the file an edited entry came from, and none for a new entry', () => {
    const other = ARTICLE.replace('Gentle desk stretches', 'Another article').replace('Body text', 'Other text');
    const originals = [ARTICLE, other].map((text) => ({ text, data: readMdx(text) }));
    expect(originalOf(originals, { ...readMdx(ARTICLE), title: 'Renamed' })).toBe(ARTICLE);
    expect(originalOf(originals, { title: 'Brand new', author: 'jordan-ellis', body: 'New.' })).toBeUndefined();
  });
});

describe("the editor's article components write what the site reads", () => {
  const components = editorComponents([{ value: 'furlan-2015', label: 'furlan-2015: Massage for low-back pain' }]);
  const byId = (id: string) => components.find((component) => component.id === id)!;

  it.each([
    ['cite', { id: 'furlan-2015' }, '<Cite id="furlan-2015" />'],
    [
      'callout',
      { title: 'What this means for you', kind: 'evidence', text: 'Short help.' },
      '<Callout title="What this means for you" kind="evidence">\nShort help.\n</Callout>',
    ],
    [
      'callout',
      { title: 'Say "hello"', kind: 'tip', text: 'x' },
      '<Callout title="Say \u201dhello\u201d" kind="tip">\nx\n</Callout>',
    ],
    ['key-points', { points: ['One', 'Two'] }, '<KeyPoints>\n- One\n- Two\n</KeyPoints>'],
    [
      'care-card',
      { level: 'urgent', title: 'New pain after 50', text: 'See a doctor.' },
      '<CareCard level="urgent" title="New pain after 50">\nSee a doctor.\n</CareCard>',
    ],
    ['quiz-cta', {}, '<QuizCta />'],
    ['booking-cta', { service: 'therapeutic-60' }, '<BookingCta service="therapeutic-60" />'],
    ['booking-cta', { service: '' }, '<BookingCta />'],
  ])('%s writes %j as its MDX and reads it back', (id, values, mdx) => {
    const component = byId(id);
    expect(component.toBlock(values)).toBe(mdx);
    const match = component.pattern.exec(mdx);
    expect(match?.index).toBe(0);
    expect(component.toBlock(component.fromBlock(match!))).toBe(mdx);
  });

  it('a citation the editor writes is one the citation check and <Cite /> count', () => {
    expect(citedIds(`Text ${byId('cite').toBlock({ id: 'furlan-2015' })}.`)).toEqual(['furlan-2015']);
  });

  it('offers the sources from sources.yaml in the citation picker', () => {
    expect(byId('cite').fields[0]).toMatchObject({
      widget: 'select',
      options: [{ value: 'furlan-2015', label: 'furlan-2015: Massage for low-back pain' }],
    });
  });

  it('offers exactly the callout kinds Callout.astro draws', () => {
    expect(byId('callout').fields.find((field) => field['name'] === 'kind')).toMatchObject({
      options: [...CALLOUT_KINDS],
    });
  });

  // Every component block already in the articles reads back to the same MDX, so opening and saving one in the editor changes nothing.
  const blocks = contentFiles.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return components.flatMap((component) =>
      [...text.matchAll(new RegExp(component.pattern.source, 'g'))].map(
        (match) => [`${path}: ${match[0].slice(0, 40)}`, component.id, match[0]] as const,
      ),
    );
  });
  it.each(blocks)('%s', (_name, id, mdx) => {
    const component = byId(id);
    expect(component.toBlock(component.fromBlock(component.pattern.exec(mdx)!))).toBe(mdx);
  });
});
