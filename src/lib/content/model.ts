/**
 * The content model, written once: every field staff write in an article, technique page or therapist profile,
 * with its editor label and hint, its kind, whether it is required, its bounds and the words its messages use.
 * Made from this table: the editor's fields (src/lib/cms/editor-fields.ts), each field's zod helper and messages in
 * src/content.config.ts (text(), wholeNumber(), listOf() take the entry below) and the scaffolder's lines
 * (tools/new-entry.ts). Checked against it by tests/unit/content-model.test.ts: the schema's keys, kinds and
 * required-ness, and the field tables in docs/publishing.md. Where the files live is src/lib/content/layout.ts.
 */
import { DESCRIPTION_LENGTH } from './limits.ts';

/** Where an editor picks a value from a list the build fills in (ids from a YAML file). */
export type OptionSource = 'sources' | 'services';

interface Base {
  name: string;
  /** The editor's label. */
  label: string;
  /** Help under the field in the editor, and the scaffolder's comment beside it. */
  hint: string;
  /** false when the schema has a default or the field is optional. */
  required: boolean;
  /** What the field holds, in the build's messages: "expected a headline, but the field is missing". */
  what?: string;
  /** Characters (text), value (number) or items (list). */
  min?: number;
  max?: number;
  /** One item of a list, for "expected at least one source". */
  item?: string;
  /** Why the bounds matter, added to the message. */
  whyMin?: string;
  whyMax?: string;
  /** A list as written in YAML, for the "write it in square brackets" message: '["chronic back pain", "sleep"]'. */
  example?: string;
  /** What an optional field starts with in a new file (npm run new); optional fields without it are left out. */
  start?: string;
  /** The new file's comment, where the editor's hint speaks of its switches ("On keeps ..."). */
  fileHint?: string;
}

export type ModelField =
  | (Base & { widget: 'string' | 'text' | 'date' | 'boolean' | 'number' | 'image' })
  | (Base & { widget: 'list'; /** A list of plain lines (false: a comma-separated list of words). */ lines: boolean })
  | (Base & { widget: 'object'; fields: readonly ModelField[] })
  | (Base & { widget: 'objects'; /** The fields of each item in the list. */ fields: readonly ModelField[] })
  | (Base & { widget: 'relation'; collection: 'therapists' | 'techniques'; multiple: boolean })
  | (Base & { widget: 'select'; options: OptionSource; multiple: boolean });

/** A field with the words its messages need: what it holds, for text(), wholeNumber() and listOf(). */
export type DescribedField = ModelField & { what: string };

const REVIEW: readonly ModelField[] = [
  {
    name: 'author',
    label: 'Written by',
    widget: 'relation',
    collection: 'therapists',
    multiple: false,
    required: true,
    hint: 'The therapist who wrote the page.',
  },
  {
    name: 'reviewer',
    label: 'Reviewed by',
    widget: 'relation',
    collection: 'therapists',
    multiple: false,
    required: true,
    hint: 'The clinician who checked the page.',
  },
  {
    name: 'reviewHistory',
    label: 'Review history',
    widget: 'objects',
    required: true,
    hint: 'Every review of the page: add one each time the reviewer checks it. The newest is shown as "Last reviewed".',
    fields: [
      { name: 'date', label: 'Review day', widget: 'date', required: true, hint: 'The day of the review.' },
      {
        name: 'reviewer',
        label: 'Reviewed by',
        widget: 'relation',
        collection: 'therapists',
        multiple: false,
        required: true,
        hint: 'Who reviewed it; the newest must match "Reviewed by" above.',
      },
      {
        name: 'changes',
        label: 'What changed',
        widget: 'string',
        required: true,
        hint: 'One line, for example "Checked every source; no changes".',
        what: 'one line on what changed',
        start: '"First version of the page"',
        min: 5,
        whyMin: 'for example "Checked every source; no changes"',
      },
    ],
  },
  {
    name: 'nextReviewDue',
    label: 'Next review due',
    widget: 'date',
    required: true,
    hint: 'When the page must be checked again, after the last review; usually a year later.',
  },
];

const SOURCES: ModelField = {
  name: 'sources',
  label: 'Sources',
  widget: 'select',
  options: 'sources',
  multiple: true,
  required: true,
  hint: 'Studies the page cites, in the order the text first cites them. Cite each one in the text.',
  what: 'source ids',
  item: 'source',
  min: 1,
  example: '[furlan-2015, cherkin-2011]',
  whyMin: 'every health page cites its evidence',
};

const picture = (name: string, label: string, what: string): ModelField => ({
  name,
  label,
  widget: 'object',
  required: true,
  hint: what,
  fields: [
    {
      name: 'src',
      label: 'Picture',
      widget: 'image',
      required: true,
      hint: 'Upload or choose the picture.',
      fileHint: 'the picture, as a path from this file',
    },
    {
      name: 'alt',
      label: 'Description of the picture',
      widget: 'string',
      required: true,
      hint: 'What the picture shows, in words, for people who cannot see it. Not a file name.',
      what: 'alt text describing the picture',
      min: 10,
      whyMin: 'say what the picture shows',
    },
  ],
});

const DESCRIPTION: ModelField = {
  name: 'description',
  label: 'Description',
  widget: 'text',
  required: true,
  hint: `One line for search results and cards: ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} characters.`,
  what: 'a one-line description',
  ...DESCRIPTION_LENGTH,
  whyMin: 'search results show this line, so say what the page is about',
  whyMax: 'search engines cut longer descriptions, so shorten it',
};

const ARTICLE_FIELDS: readonly ModelField[] = [
  {
    name: 'title',
    label: 'Title',
    widget: 'string',
    required: true,
    hint: 'The headline, 10 to 90 characters, sentence case.',
    what: 'a headline',
    min: 10,
    max: 90,
  },
  DESCRIPTION,
  {
    name: 'pubDate',
    label: 'Publication day',
    widget: 'date',
    required: true,
    hint: 'A future day schedules the article: it goes live with the first daily rebuild on or after that day.',
  },
  {
    name: 'updatedDate',
    label: 'Updated on',
    widget: 'date',
    required: false,
    hint: 'The day of the last meaningful change. Leave empty if none.',
  },
  {
    name: 'draft',
    label: 'Draft',
    widget: 'boolean',
    required: false,
    hint: 'On keeps the article off the live site.',
    start: 'true',
    fileHint: 'set to false when the article is ready to go live',
  },
  ...REVIEW,
  SOURCES,
  picture('hero', 'Top picture', 'The picture at the top of the article and on its card.'),
  {
    name: 'tags',
    label: 'Topics',
    widget: 'list',
    lines: false,
    required: false,
    hint: 'Lowercase topics separated by commas, for example: chronic back pain, sleep.',
    fileHint: 'lowercase topics, for example ["chronic back pain"]',
    what: 'tags',
    example: '["chronic back pain", "sleep"]',
    start: '[]',
  },
  {
    name: 'techniques',
    label: 'Techniques discussed',
    widget: 'relation',
    collection: 'techniques',
    multiple: true,
    required: false,
    hint: 'Technique pages the article talks about.',
    what: 'technique ids',
    example: '[deep-tissue-work]',
    start: '[]',
  },
  {
    name: 'redFlags',
    label: 'Show "when to see a doctor" cards',
    widget: 'boolean',
    required: false,
    hint: 'On for every back-pain article.',
  },
  {
    name: 'legacyPaths',
    label: 'Old addresses',
    widget: 'list',
    lines: true,
    required: false,
    hint: 'Old addresses of this article that should lead here, each starting with /. Usually empty.',
    what: 'old addresses',
    example: '["/old-article-address"]',
  },
];

const sentences = (name: string, label: string, what: string): ModelField => ({
  name,
  label,
  widget: 'text',
  required: true,
  hint: 'One or two sentences.',
  what: `one or two sentences on ${what}`,
  min: 20,
});

const TECHNIQUE_FIELDS: readonly ModelField[] = [
  {
    name: 'title',
    label: 'Name',
    widget: 'string',
    required: true,
    hint: 'The technique\'s name, for example "Deep tissue work".',
    what: 'the technique name',
    min: 5,
  },
  DESCRIPTION,
  {
    name: 'order',
    label: 'Position in lists',
    widget: 'number',
    required: true,
    hint: 'A whole number; 1 comes first.',
    what: 'the position in lists',
    min: 1,
    start: '5',
  },
  ...REVIEW,
  SOURCES,
  picture('hero', 'Top picture', 'The picture at the top of the page.'),
  sentences('whatItIs', 'What it is', 'what the technique is'),
  sentences('feelsLike', 'What it feels like', 'what it feels like'),
  sentences('suits', 'Who it suits', 'who it suits'),
  {
    name: 'avoidIf',
    label: 'When not to have it',
    widget: 'list',
    lines: true,
    required: true,
    hint: 'One line each; at least one. A condition id from src/lib/safety/red-flags.ts (such as bleeding-or-thinners) shows its standard wording and leaves the technique out of the frequency guide for that condition; anything else is a short sentence.',
    what: 'reasons not to have it',
    item: 'reason not to have it',
    min: 1,
    example: '["bleeding-or-thinners", "A recent injury to the area"]',
  },
  {
    name: 'serviceId',
    label: 'Visit to book',
    widget: 'select',
    options: 'services',
    multiple: false,
    required: true,
    hint: 'The visit the booking button on this page picks.',
  },
];

const THERAPIST_FIELDS: readonly ModelField[] = [
  {
    name: 'name',
    label: 'Full name',
    widget: 'string',
    required: true,
    hint: 'As clients know them.',
    what: 'a full name',
    min: 3,
  },
  {
    name: 'role',
    label: 'Job title',
    widget: 'string',
    required: true,
    hint: 'For example "Licensed massage therapist".',
    what: 'a job title',
    min: 3,
  },
  {
    name: 'credentials',
    label: 'Credentials',
    widget: 'string',
    required: true,
    hint: 'Letters after the name, for example "LMT".',
    what: 'credentials such as "LMT"',
    min: 2,
  },
  {
    name: 'licence',
    label: 'Licence',
    widget: 'object',
    required: true,
    hint: 'The professional licence.',
    fields: [
      {
        name: 'number',
        label: 'Licence number',
        widget: 'string',
        required: true,
        hint: 'As printed on the licence.',
        what: 'the licence number',
        min: 2,
      },
      {
        name: 'issuer',
        label: 'Issued by',
        widget: 'string',
        required: true,
        hint: 'The licensing body.',
        what: 'the licensing body',
        min: 3,
      },
    ],
  },
  picture('photo', 'Portrait', 'A portrait, with a description of it.'),
  {
    name: 'bio',
    label: 'Bio',
    widget: 'text',
    required: true,
    hint: 'Two or three sentences about their background and approach.',
    what: 'a short bio',
    min: 40,
  },
  {
    name: 'specialities',
    label: 'Focus areas',
    widget: 'list',
    lines: true,
    required: true,
    hint: 'One per line, for example "desk-related back pain".',
    what: 'specialities',
    item: 'speciality',
    min: 1,
    example: '["desk-related back pain"]',
  },
  {
    name: 'sample',
    label: 'Sample profile',
    widget: 'boolean',
    required: false,
    hint: 'On only for a placeholder; the build warns while it is on.',
    start: 'false',
    fileHint: 'true only for a placeholder profile; the build warns while it is true',
  },
];

/** Every collection staff write pages in, with its fields in the order the editor and a new file show them. */
export const MODEL = {
  articles: ARTICLE_FIELDS,
  techniques: TECHNIQUE_FIELDS,
  therapists: THERAPIST_FIELDS,
} as const;

export type ModelCollection = keyof typeof MODEL;

/**
 * One field of a collection by its path ("title", "hero.alt", "reviewHistory.changes"), for the schema's
 * helpers. A name that is not in the table throws when the schema is loaded, so the two cannot part.
 */
export function field(collection: ModelCollection, path: string): DescribedField {
  let fields: readonly ModelField[] = MODEL[collection];
  let found: ModelField | undefined;
  for (const name of path.split('.')) {
    found = fields.find((candidate) => candidate.name === name);
    fields = found && (found.widget === 'object' || found.widget === 'objects') ? found.fields : [];
  }
  if (!found?.what) throw new Error(`src/lib/content/model.ts: no field "${path}" with "what" in ${collection}`);
  return found as DescribedField;
}
