/**
 * The content model (src/lib/content/model.ts) is the one description of every field: the editor's fields and
 * the scaffolder's lines are made from it, and these tests hold the two things that are checked against it
 * instead: the zod schema's keys (written out so Astro types each page's data) and docs/publishing.md's field
 * tables (written for staff reading on GitHub, with more than a hint can say).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { collections } from '../../src/content.config.ts';
import { CMS_COLLECTIONS } from '../../src/lib/cms/editor-fields.ts';
import { folderOf } from '../../src/lib/content/layout.ts';
import { MODEL, type ModelCollection, type ModelField } from '../../src/lib/content/model.ts';
import { compareFields, describeSchema } from '../../tools/schema-model-check.ts';

const COLLECTIONS = Object.keys(MODEL) as ModelCollection[];

/** Stands in for the schema's image() helper, so the check can tell picture fields apart. */
const IMAGE = z.string();
type SchemaFactory = (context: { image: () => unknown }) => unknown;
const schemaOf = (name: string) =>
  (collections[name as keyof typeof collections] as unknown as { schema: SchemaFactory }).schema({
    image: () => IMAGE,
  });

describe('the content schema in src/content.config.ts matches the content model', () => {
  it.each(COLLECTIONS)('%s', (name) => {
    expect(compareFields(describeSchema(schemaOf(name), IMAGE), MODEL[name], name)).toEqual([]);
  });

  it('covers every collection staff write pages in, and the editor shows each of them', () => {
    expect([...COLLECTIONS].sort()).toEqual(['articles', 'techniques', 'therapists']);
    expect(CMS_COLLECTIONS.map((collection) => [collection.name, collection.fields])).toEqual(
      COLLECTIONS.map((name) => [name, MODEL[name]]),
    );
  });
});

describe('compareFields catches drift', () => {
  const base = z.object({
    title: z.string(),
    draft: z.boolean().default(false),
    hero: z.object({ src: IMAGE, alt: z.string() }),
  });
  const fields: ModelField[] = [
    { name: 'title', label: 'T', hint: '', required: true, widget: 'string' },
    { name: 'draft', label: 'D', hint: '', required: false, widget: 'boolean' },
    {
      name: 'hero',
      label: 'H',
      hint: '',
      required: true,
      widget: 'object',
      fields: [
        { name: 'src', label: 'S', hint: '', required: true, widget: 'image' },
        { name: 'alt', label: 'A', hint: '', required: true, widget: 'string' },
      ],
    },
  ];

  it('passes when they agree', () => {
    expect(compareFields(describeSchema(base, IMAGE), fields, 'x')).toEqual([]);
  });

  it.each([
    [
      'a schema field with no editor field',
      base.extend({ subtitle: z.string() }),
      fields,
      'x.subtitle: in the content schema but not in the content model',
    ],
    [
      'an editor field the schema lacks',
      base,
      [...fields, { name: 'extra', label: 'E', hint: '', required: true, widget: 'string' } as ModelField],
      'x.extra: in the content model but not in the content schema',
    ],
    [
      'a required field the editor makes optional',
      base,
      [{ ...fields[0]!, required: false }, ...fields.slice(1)],
      'x.title: the schema makes it required, the content model optional',
    ],
    [
      'an optional field the editor requires',
      base.extend({ title: z.string().optional() }),
      fields,
      'x.title: the schema makes it optional, the content model required',
    ],
    [
      'a widget that cannot hold the value',
      base,
      [{ ...fields[0]!, widget: 'boolean' } as ModelField, ...fields.slice(1)],
      'x.title: the content model\'s "boolean" kind cannot hold a string value',
    ],
    [
      'a nested field missing',
      base.extend({ hero: z.object({ src: IMAGE, alt: z.string(), credit: z.string() }) }),
      fields,
      'x.hero.credit: in the content schema but not in the content model',
    ],
    [
      'a picture edited as text',
      base.extend({ hero: z.object({ src: z.string(), alt: z.string() }) }),
      fields,
      'x.hero.src: the content model\'s "image" kind cannot hold a string value',
    ],
    [
      'a single reference edited as a list',
      z.object({ author: reference('therapists') }),
      [
        {
          name: 'author',
          label: 'A',
          hint: '',
          required: true,
          widget: 'relation',
          collection: 'therapists',
          multiple: true,
        } as ModelField,
      ],
      'x.author: the content model\'s "relation" kind cannot hold a reference value',
    ],
  ])('%s', (_name, schema, modelFields, problem) => {
    expect(compareFields(describeSchema(schema, IMAGE), modelFields, 'x').join('\n')).toContain(problem);
  });
});

/** The rows of the field table under a docs heading: each field named in the first cell, and "Yes"/"No". */
function docsRows(guide: string, heading: string): Map<string, { required: string; text: string }> {
  const start = guide.indexOf(heading);
  const rows = new Map<string, { required: string; text: string }>();
  if (start < 0) return rows;
  const section = guide.slice(start + heading.length).split(/\n#{2,3} /)[0]!;
  for (const line of section.split('\n').filter((row) => row.startsWith('| `'))) {
    const [names = '', required = '', text = ''] = line.split(' | ').map((cell) => cell.replace(/^\| /, ''));
    for (const [, name] of names.matchAll(/`([^`]+)`/g)) rows.set(name!, { required: required.trim(), text });
  }
  return rows;
}

/** Every field a staff member writes, nested ones as "hero.alt"; a list of objects's fields as "reviewHistory.date". */
const leaves = (fields: readonly ModelField[], prefix = ''): [string, ModelField][] =>
  fields.flatMap((field) =>
    field.widget === 'object' ? leaves(field.fields, `${prefix}${field.name}.`) : [[`${prefix}${field.name}`, field]],
  );

describe('docs/publishing.md explains every field of the content model', () => {
  const guide = readFileSync(new URL('../../docs/publishing.md', import.meta.url), 'utf8');
  const headings: Record<ModelCollection, string> = {
    articles: `### Articles: \`${folderOf('articles').folder}/<address>${folderOf('articles').extension}\``,
    techniques: `### Technique pages: \`${folderOf('techniques').folder}/<id>${folderOf('techniques').extension}\``,
    therapists: `### Therapists: \`${folderOf('therapists').folder}/<id>${folderOf('therapists').extension}\``,
  };

  it.each(COLLECTIONS)('%s: a section named by its folder, a row per field, required as the model says', (name) => {
    expect(guide, `docs/publishing.md has no heading "${headings[name]}"`).toContain(headings[name]);
    const rows = docsRows(guide, headings[name]);
    const problems = leaves(MODEL[name]).flatMap(([path, field]) => {
      const row = rows.get(path);
      if (!row) return [`${path}: no row in the table under "${headings[name]}"`];
      const expected = field.required ? 'Yes' : 'No';
      return row.required === expected ? [] : [`${path}: the table says "${row.required}", the model ${expected}`];
    });
    const extra = [...rows.keys()].filter((path) => !leaves(MODEL[name]).some(([known]) => known === path));
    expect([...problems, ...extra.map((path) => `${path}: in the table but not in the model`)]).toEqual([]);
  });

  it.each(COLLECTIONS)('%s: a text field with two bounds states them ("10 to 90 characters")', (name) => {
    const rows = docsRows(guide, headings[name]);
    const unstated = leaves(MODEL[name])
      .filter(([, field]) => field.min !== undefined && field.max !== undefined)
      .filter(([path, field]) => !rows.get(path)?.text.includes(`${field.min} to ${field.max} characters`))
      .map(([path]) => path);
    expect(unstated).toEqual([]);
  });
});
