/**
 * The pure half of `npm run new`: from a kind and a title, the file path and a starting file with every
 * required field and a hint for each, made from the content model (src/lib/content/model.ts) and the folders
 * in src/lib/content/layout.ts. scripts/new.mjs does the reading and writing.
 */
import { slugify } from '../src/lib/seo/routes.ts';
import { folderOf, listFile } from '../src/lib/content/layout.ts';
import { MODEL, type ModelField } from '../src/lib/content/model.ts';
import { CMS_COLLECTIONS } from '../src/lib/cms/editor-fields.ts';

const ENTRY_KINDS = ['article', 'technique', 'therapist'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** The collection each kind is written in; its folder and extension come from src/lib/content/layout.ts. */
const KIND_COLLECTION = { article: 'articles', technique: 'techniques', therapist: 'therapists' } as const;

const USAGE = 'Usage: npm run new -- <article|technique|therapist> "Title or name"';

/** What the starting file can name: the ids that exist today, shown in the hints. */
export interface EntryContext {
  /** Today in the clinic's time zone, YYYY-MM-DD. */
  today: string;
  therapists: readonly string[];
  sources: readonly string[];
  services: readonly string[];
}

export interface NewEntry {
  slug: string;
  /** Path from the project root, for example src/content/articles/my-title.mdx. */
  path: string;
  text: string;
}

export type ParsedArgs = { ok: true; kind: EntryKind; title: string } | { ok: false; message: string };

/** Reads `<kind> "<title>"` from the command line, with a message saying what is wrong. */
export function parseNewArgs(args: readonly string[]): ParsedArgs {
  const [kind, ...rest] = args;
  if (!kind || !(ENTRY_KINDS as readonly string[]).includes(kind)) {
    return {
      ok: false,
      message: `Expected the kind of page first: article, technique or therapist${kind ? `, not "${kind}"` : ''}.\n${USAGE}`,
    };
  }
  const title = rest.join(' ').trim();
  if (!slugify(title))
    return { ok: false, message: `Expected a title with at least one letter or digit after "${kind}".\n${USAGE}` };
  return { ok: true, kind: kind as EntryKind, title };
}

/** The same day one year later (29 February becomes 1 March). */
export function nextYear(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

function entryPath(kind: EntryKind, slug: string): string {
  const { folder, extension } = folderOf(KIND_COLLECTION[kind]);
  return `${folder}/${slug}${extension}`;
}

const quote = (text: string) => JSON.stringify(text);
const choices = (ids: readonly string[]) => (ids.length > 0 ? ids.join(', ') : 'none yet');

const bodyHint = [
  '{/* Write the page below. Start sections with "## ", never "# " (the title is the page\'s only top heading). */}',
  '{/* After each claim, cite its source with the Cite component and the id from "sources". Delete these two lines. */}',
  '',
  '## First section heading',
  '',
  'Write in short sentences, in plain English, speaking to the reader as "you".',
];

/** What the new file knows beyond the content model: its title, its picture and the ids that exist today. */
interface Fill {
  kind: EntryKind;
  title: string;
  slug: string;
  context: EntryContext;
}

/** The value a new file starts with for one field, and what to add to its comment. */
function startValue(path: string, field: ModelField, fill: Fill): { value: string; more?: string } {
  const { context } = fill;
  const [writer = 'therapist-id', reviewer = writer] = context.therapists;
  if (field.name === CMS_COLLECTIONS.find((at) => at.name === KIND_COLLECTION[fill.kind])!.identifier)
    return { value: quote(fill.title) };
  if (field.start !== undefined) return { value: field.start };
  switch (field.widget) {
    case 'date':
      return { value: path === 'nextReviewDue' ? nextYear(context.today) : context.today, more: 'YYYY-MM-DD' };
    case 'relation':
      return {
        value: path === 'author' ? writer : reviewer,
        more: `one of ${choices(context.therapists)}`,
      };
    case 'select':
      return field.multiple
        ? {
            value: '[]',
            more: `ids from ${listFile(field.options)}, for example [${context[field.options].slice(0, 2).join(', ')}]`,
          }
        : {
            value: context[field.options][0] ?? 'service-id',
            more: `one of ${choices(context[field.options])}`,
          };
    case 'image': {
      const media = CMS_COLLECTIONS.find((at) => at.name === KIND_COLLECTION[fill.kind])!.mediaFolder;
      return {
        value: `${media}/${fill.slug}.svg`,
        more: `put it in src/${media.replace(/^(\.\.\/)+/, '')}/ with this name`,
      };
    }
    default:
      return { value: '""' };
  }
}

/** A field's lines: `name: value # hint`, with the fields of an object (or of one list item) indented below. */
function fieldLines(field: ModelField, fill: Fill, indent = '', path = field.name): string[] {
  const comment = (more?: string) => ` # ${field.fileHint ?? field.hint}${more ? ` (${more})` : ''}`;
  if (field.widget === 'object' || field.widget === 'objects') {
    // A list of objects starts with one item: "  - date: ..." with its other fields under it.
    const inner = field.widget === 'objects' ? `${indent}    ` : `${indent}  `;
    const lines = field.fields.flatMap((each) => fieldLines(each, fill, inner, `${path}.${each.name}`));
    if (field.widget === 'objects') lines[0] = `${indent}  - ${lines[0]!.slice(inner.length)}`;
    return [`${indent}${field.name}:${comment()}`, ...lines];
  }
  if (field.widget === 'list' && field.lines && field.start === undefined)
    return [`${indent}${field.name}:${comment()}`, `${indent}  - ""`];
  const { value, more } = startValue(path, field, fill);
  return [`${indent}${field.name}: ${value}${comment(more)}`];
}

/** The fields a new file starts with: every required field, and the optional ones the model gives a start value. */
function entryLines(fill: Fill): string[] {
  return MODEL[KIND_COLLECTION[fill.kind]]
    .filter((field) => field.required || field.start !== undefined)
    .flatMap((field) => fieldLines(field, fill));
}

/** The new file for `kind` titled `title`: where it goes and what it starts with. */
export function newEntry(kind: EntryKind, title: string, context: EntryContext): NewEntry {
  const slug = slugify(title);
  const lines = entryLines({ kind, title, slug, context });
  const text = kind === 'therapist' ? [...lines, ''] : ['---', ...lines, '---', '', ...bodyHint, ''];
  return { slug, path: entryPath(kind, slug), text: text.join('\n') };
}

/** The message when the file is already there: nothing is overwritten. */
export function alreadyExistsMessage(path: string): string {
  return `${path} already exists, so nothing was written. Edit that file, or choose a different title.`;
}
