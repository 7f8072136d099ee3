/**
 * The pure half of `npm run new`: from a kind and a title, the file path and a starting file with every
 * required field and a hint for each. scripts/new.mjs does the reading and writing.
 */
import { slugify } from '../src/lib/routes.ts';
import { DESCRIPTION_LENGTH } from '../src/lib/content/limits.ts';
import { folderOf } from '../src/lib/content/layout.ts';

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

function reviewFields(context: EntryContext): string[] {
  const [writer = 'therapist-id', reviewer = writer] = context.therapists;
  return [
    `author: ${writer} # who wrote it: one of ${choices(context.therapists)}`,
    `reviewer: ${reviewer} # the clinician who checked it: one of ${choices(context.therapists)}`,
    'reviewHistory: # every review, one entry each time the reviewer checks the page; the newest is shown as "Last reviewed"',
    `  - date: ${context.today} # the day of the review, YYYY-MM-DD`,
    `    reviewer: ${reviewer} # who reviewed it: the same as reviewer above for the newest entry`,
    '    changes: "First version of the page" # what changed, in one line',
    `nextReviewDue: ${nextYear(context.today)} # when it must be checked again (usually a year later)`,
    `sources: [] # ids from src/content/sources.yaml, in the order the text cites them, for example [${context.sources.slice(0, 2).join(', ')}]`,
  ];
}

const heroFields = (slug: string) => [
  'hero:',
  `  src: ../../assets/heroes/${slug}.svg # put the picture in src/assets/heroes/ with this name`,
  '  alt: "" # what the picture shows, in words, for people who cannot see it (not a file name)',
];

const bodyHint = [
  '{/* Write the page below. Start sections with "## ", never "# " (the title is the page\'s only top heading). */}',
  '{/* After each claim, cite its source with the Cite component and the id from "sources". Delete these two lines. */}',
  '',
  '## First section heading',
  '',
  'Write in short sentences, in plain English, speaking to the reader as "you".',
];

const DESCRIPTION_FIELD = `description: "" # one line for search results and cards, ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} characters`;

function articleText(title: string, slug: string, context: EntryContext): string {
  return [
    '---',
    `title: ${quote(title)} # the headline, 10 to 90 characters, sentence case`,
    DESCRIPTION_FIELD,
    `pubDate: ${context.today} # publication day; a future day schedules the article`,
    'draft: true # set to false when the article is ready to go live',
    ...reviewFields(context),
    ...heroFields(slug),
    'tags: [] # lowercase topics, for example ["chronic back pain"]',
    'techniques: [] # technique ids the article discusses, for example [deep-tissue-work]',
    '---',
    '',
    ...bodyHint,
    '',
  ].join('\n');
}

function techniqueText(title: string, slug: string, context: EntryContext): string {
  return [
    '---',
    `title: ${quote(title)} # the technique's name`,
    DESCRIPTION_FIELD,
    'order: 5 # position in lists of techniques, 1 first',
    ...reviewFields(context),
    ...heroFields(slug),
    'whatItIs: "" # what it is, in one or two sentences',
    'feelsLike: "" # what it feels like on the table, in one or two sentences',
    'suits: "" # who it tends to suit, in one or two sentences',
    'avoidIf: # reasons not to have it, one a line: a condition id from src/lib/red-flags.ts (such as bleeding-or-thinners) or a short sentence',
    '  - ""',
    `serviceId: ${context.services[0] ?? 'service-id'} # the visit to book from this page: one of ${choices(context.services)}`,
    '---',
    '',
    ...bodyHint,
    '',
  ].join('\n');
}

function therapistText(name: string, slug: string): string {
  return [
    `name: ${quote(name)} # full name as clients know it`,
    'role: "" # job title, for example "Licensed massage therapist"',
    'credentials: "" # letters after the name, for example "LMT"',
    'licence:',
    '  number: "" # the licence number',
    '  issuer: "" # the body that issued it',
    'photo:',
    `  src: ../../assets/therapists/${slug}.svg # put the portrait in src/assets/therapists/ with this name`,
    '  alt: "" # what the portrait shows, in words (not a file name)',
    'bio: "" # two or three sentences about their background and approach',
    'specialities: # what they focus on, one per line',
    '  - ""',
    'sample: false # true only for a placeholder profile',
    '',
  ].join('\n');
}

/** The new file for `kind` titled `title`: where it goes and what it starts with. */
export function newEntry(kind: EntryKind, title: string, context: EntryContext): NewEntry {
  const slug = slugify(title);
  const text =
    kind === 'article'
      ? articleText(title, slug, context)
      : kind === 'technique'
        ? techniqueText(title, slug, context)
        : therapistText(title, slug);
  return { slug, path: entryPath(kind, slug), text };
}

/** The message when the file is already there: nothing is overwritten. */
export function alreadyExistsMessage(path: string): string {
  return `${path} already exists, so nothing was written. Edit that file, or choose a different title.`;
}
