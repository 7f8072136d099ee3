/**
 * The fields staff see in the editor at /admin, one list per collection. tests/unit/cms-fields.test.ts
 * compares these with the zod schema in src/content.config.ts: adding a schema field without adding it
 * here (or getting its required-ness or kind wrong) fails the tests.
 */
import { DESCRIPTION_LENGTH } from '../content/limits.ts';

/** Where an editor picks a value from a list the build fills in (ids from a YAML file). */
export type OptionSource = 'sources' | 'services';

/** One choice in a select field: the value stored and the label staff see. */
export interface CmsOption {
  value: string;
  label: string;
}

interface Base {
  name: string;
  label: string;
  /** Help under the field; keep it in step with the field's comment in src/content.config.ts. */
  hint: string;
  /** false when the schema has a default or the field is optional. */
  required: boolean;
}

export type CmsField =
  | (Base & { widget: 'string' | 'text' | 'date' | 'boolean' | 'number' | 'image' })
  | (Base & { widget: 'list'; /** A list of plain lines (false: a comma-separated list of words). */ lines: boolean })
  | (Base & { widget: 'object'; fields: readonly CmsField[] })
  | (Base & { widget: 'objects'; /** The fields of each item in the list. */ fields: readonly CmsField[] })
  | (Base & { widget: 'relation'; collection: 'therapists' | 'techniques'; multiple: boolean })
  | (Base & { widget: 'select'; options: OptionSource; multiple: boolean });

export interface CmsCollection {
  /** The content collection's name in src/content.config.ts. */
  name: 'articles' | 'techniques' | 'therapists';
  label: string;
  labelSingular: string;
  /** Where new pictures go, relative to the entry's folder (what the schema's image() expects). */
  mediaFolder: string;
  /** The field a new entry's file name is made from. */
  identifier: string;
  fields: readonly CmsField[];
}

const review: readonly CmsField[] = [
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
  {
    name: 'sources',
    label: 'Sources',
    widget: 'select',
    options: 'sources',
    multiple: true,
    required: true,
    hint: 'Studies the page cites, in the order the text first cites them. Cite each one in the text.',
  },
];

const picture = (name: string, label: string, what: string): CmsField => ({
  name,
  label,
  widget: 'object',
  required: true,
  hint: what,
  fields: [
    { name: 'src', label: 'Picture', widget: 'image', required: true, hint: 'Upload or choose the picture.' },
    {
      name: 'alt',
      label: 'Description of the picture',
      widget: 'string',
      required: true,
      hint: 'What the picture shows, in words, for people who cannot see it. Not a file name.',
    },
  ],
});

const description: CmsField = {
  name: 'description',
  label: 'Description',
  widget: 'text',
  required: true,
  hint: `One line for search results and cards: ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} characters.`,
};

export const CMS_COLLECTIONS: readonly CmsCollection[] = [
  {
    name: 'articles',
    label: 'Articles',
    labelSingular: 'Article',
    mediaFolder: '../../assets/heroes',
    identifier: 'title',
    fields: [
      {
        name: 'title',
        label: 'Title',
        widget: 'string',
        required: true,
        hint: 'The headline, 10 to 90 characters, sentence case.',
      },
      description,
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
      },
      ...review,
      picture('hero', 'Top picture', 'The picture at the top of the article and on its card.'),
      {
        name: 'tags',
        label: 'Topics',
        widget: 'list',
        lines: false,
        required: false,
        hint: 'Lowercase topics separated by commas, for example: chronic back pain, sleep.',
      },
      {
        name: 'techniques',
        label: 'Techniques discussed',
        widget: 'relation',
        collection: 'techniques',
        multiple: true,
        required: false,
        hint: 'Technique pages the article talks about.',
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
      },
    ],
  },
  {
    name: 'techniques',
    label: 'Techniques',
    labelSingular: 'Technique',
    mediaFolder: '../../assets/heroes',
    identifier: 'title',
    fields: [
      {
        name: 'title',
        label: 'Name',
        widget: 'string',
        required: true,
        hint: 'The technique\'s name, for example "Deep tissue work".',
      },
      description,
      {
        name: 'order',
        label: 'Position in lists',
        widget: 'number',
        required: true,
        hint: 'A whole number; 1 comes first.',
      },
      ...review,
      picture('hero', 'Top picture', 'The picture at the top of the page.'),
      { name: 'whatItIs', label: 'What it is', widget: 'text', required: true, hint: 'One or two sentences.' },
      { name: 'feelsLike', label: 'What it feels like', widget: 'text', required: true, hint: 'One or two sentences.' },
      { name: 'suits', label: 'Who it suits', widget: 'text', required: true, hint: 'One or two sentences.' },
      {
        name: 'avoidIf',
        label: 'When not to have it',
        widget: 'list',
        lines: true,
        required: true,
        hint: 'One line each; at least one. A condition id from src/lib/red-flags.ts (such as bleeding-or-thinners) shows its standard wording and leaves the technique out of the frequency guide for that condition; anything else is a short sentence.',
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
    ],
  },
  {
    name: 'therapists',
    label: 'Therapists',
    labelSingular: 'Therapist',
    mediaFolder: '../../assets/therapists',
    identifier: 'name',
    fields: [
      { name: 'name', label: 'Full name', widget: 'string', required: true, hint: 'As clients know them.' },
      {
        name: 'role',
        label: 'Job title',
        widget: 'string',
        required: true,
        hint: 'For example "Licensed massage therapist".',
      },
      {
        name: 'credentials',
        label: 'Credentials',
        widget: 'string',
        required: true,
        hint: 'Letters after the name, for example "LMT".',
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
          },
          { name: 'issuer', label: 'Issued by', widget: 'string', required: true, hint: 'The licensing body.' },
        ],
      },
      picture('photo', 'Portrait', 'A portrait, with a description of it.'),
      {
        name: 'bio',
        label: 'Bio',
        widget: 'text',
        required: true,
        hint: 'Two or three sentences about their background and approach.',
      },
      {
        name: 'specialities',
        label: 'Focus areas',
        widget: 'list',
        lines: true,
        required: true,
        hint: 'One per line, for example "desk-related back pain".',
      },
      {
        name: 'sample',
        label: 'Sample profile',
        widget: 'boolean',
        required: false,
        hint: 'On only for a placeholder; the build warns while it is on.',
      },
    ],
  },
];
