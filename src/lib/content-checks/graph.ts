/**
 * The graph phase: checks across entries that no single file's schema can see. References name entries that
 * exist, no two entries claim one URL, citations match each page's `sources`, the services the code books are in
 * the catalog (errors), and reviews are not overdue and no sample profile is published (warnings). Pure: the one
 * caller, checkContentGraph() in src/server/collections.ts, reads the collections and hands them in.
 */
import { REQUIRED_SERVICE_IDS } from '../booking/services.ts';
import { entryPlace, listFile } from '../content/layout.ts';
import { isReviewOverdue } from '../content/limits.ts';
import type { ContentProblem } from './problem.ts';

/** A reference from one content file to an entry of another collection. */
export interface ContentRef {
  field: string;
  collection: string;
  id: string;
}

/** A URL an entry claims, with the field that claims it (none for the entry's own page). */
interface ClaimedUrl {
  url: string;
  field?: string | undefined;
}

/** What the graph checks need to know about one page-making entry. */
export interface CheckedEntry {
  /** Path of the source file, as staff see it (src/content/...). */
  file: string;
  /** Every reference the entry makes. */
  refs: readonly ContentRef[];
  /** URLs the entry claims: its own page and any legacy paths. */
  urls: readonly ClaimedUrl[];
  /** Cited source ids, in order, from the body's <Cite id="..." /> tags. */
  cited: readonly string[];
  /** The source ids listed in frontmatter `sources`. */
  sources: readonly string[];
}

function listIds(ids: ReadonlySet<string>): string {
  return (
    [...ids]
      .sort()
      .map((id) => `"${id}"`)
      .join(', ') || 'none yet'
  );
}

/** The id a reference meant when it differs only in capitals, spaces or slashes ("Jordan-Ellis", "/furlan-2015/"). */
function looseMatch(id: string, ids: ReadonlySet<string>): string | undefined {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/^[\s/]+|[\s/]+$/g, '')
      .replace(/\s+/g, '-');
  return [...ids].find((candidate) => key(candidate) === key(id));
}

/** Every reference that names an entry which does not exist. */
export function findBrokenReferences(
  entries: readonly Pick<CheckedEntry, 'file' | 'refs'>[],
  known: Readonly<Record<string, ReadonlySet<string>>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const ref of entry.refs) {
      const ids = known[ref.collection] ?? new Set<string>();
      if (ids.has(ref.id)) continue;
      const near = looseMatch(ref.id, ids);
      const fix = near
        ? `write "${near}": ids are matched letter for letter, so capitals, spaces or a slash make another id`
        : 'fix the spelling or add that entry';
      problems.push({
        file: entry.file,
        field: ref.field,
        message: `field "${ref.field}" names "${ref.id}", but there is no ${entryPlace(ref.collection, ref.id)}. Expected one of ${listIds(ids)}; ${fix}.`,
      });
    }
  }
  return problems;
}

/** Two entries claiming the same URL (a page or a legacy path): the build cannot make both. */
export function findUrlClashes(
  entries: readonly Pick<CheckedEntry, 'file' | 'urls'>[],
  reserved: ReadonlyMap<string, string> = new Map(),
): ContentProblem[] {
  const owners = new Map<string, string>(reserved);
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const { url, field } of entry.urls) {
      const owner = owners.get(url);
      if (owner && owner !== entry.file) {
        problems.push({
          file: entry.file,
          field,
          message: `the URL "${url}" is already used by ${owner}${field ? ` (field "${field}" claims it here)` : ''}. Expected each page and legacy path to be unique; change one of them.`,
        });
      } else owners.set(url, entry.file);
    }
  }
  return problems;
}

/** Citations that do not match the frontmatter `sources` list, in either direction. */
export function findCitationProblems(entry: Pick<CheckedEntry, 'file' | 'cited' | 'sources'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listed = new Set(entry.sources);
  const cited = new Set(entry.cited);
  for (const id of cited) {
    if (!listed.has(id))
      problems.push({
        file: entry.file,
        field: 'sources',
        message: `<Cite id="${id}" /> cites a source missing from the "sources" field. Add "${id}" to sources.`,
      });
  }
  entry.sources.forEach((id, index) => {
    if (!cited.has(id))
      problems.push({
        file: entry.file,
        field: `sources[${index}]`,
        message: `field "sources" lists "${id}", but the text never cites it. Add <Cite id="${id}" /> after the claim it supports, or remove it from sources.`,
      });
  });
  return problems;
}

/** Cited ids in the order they appear in an MDX body. */
export function citedIds(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']+)["']\s*\/>/g)].map((match) => match[1]!);
}

/** A problem for each service id the site's own code books (REQUIRED_SERVICE_IDS) that the catalog lacks. */
export function findMissingServices(
  catalogIds: ReadonlySet<string>,
  required: Readonly<Record<string, string>> = REQUIRED_SERVICE_IDS,
): ContentProblem[] {
  const file = listFile('services');
  return Object.entries(required)
    .filter(([id]) => !catalogIds.has(id))
    .map(([id, neededBy]) => ({
      file,
      message: `no service has the id "${id}", needed by ${neededBy}. Add a service with that id, or restore the id if it was renamed.`,
    }));
}

/**
 * A warning for each page whose review is overdue; `today` is the clinic's day, YYYY-MM-DD. The build (for every
 * page and guide) and the content lint (for the files it is given) both call this, so the rule has one wording.
 */
export function findOverdueReviews(
  entries: readonly { file: string; nextReviewDue: Date | string; field?: string | undefined }[],
  today: string,
): ContentProblem[] {
  return entries.flatMap((entry) => {
    if (!isReviewOverdue(entry.nextReviewDue, today)) return [];
    const due =
      entry.nextReviewDue instanceof Date ? entry.nextReviewDue.toISOString().slice(0, 10) : entry.nextReviewDue;
    const field = entry.field ?? 'nextReviewDue';
    return [
      {
        file: entry.file,
        field,
        severity: 'warning' as const,
        rule: 'review-overdue',
        message: `review overdue since ${due} (field "${field}"). Ask the reviewer to check the page, then add a reviewHistory entry and update nextReviewDue.`,
      },
    ];
  });
}

/** A warning for each sample therapist profile that is published. */
function findSampleProfiles(profiles: readonly { file: string; name: string; sample: boolean }[]): ContentProblem[] {
  return profiles
    .filter((profile) => profile.sample)
    .map((profile) => ({
      file: profile.file,
      field: 'sample',
      severity: 'warning' as const,
      rule: 'sample-profile',
      message: `"${profile.name}" is a SAMPLE profile and is published (field "sample" is true). Add each real therapist as a new profile file, name them only on pages they really wrote or reviewed, then delete this one.`,
    }));
}

/** Everything the graph phase reads: the entries that make pages, the other entries, and the day. */
export interface GraphInput {
  /** Articles and techniques. */
  pages: readonly (CheckedEntry & { nextReviewDue: Date })[];
  /** Entries that make no page of their own but name therapists and have a review (the guides). */
  others: readonly { file: string; refs: readonly ContentRef[]; nextReviewDue: Date; field?: string }[];
  /** The ids of each collection that references may name. */
  known: Readonly<Record<string, ReadonlySet<string>>> & { services: ReadonlySet<string> };
  /** URLs that page files (not content) own, with the page file. */
  reserved: ReadonlyMap<string, string>;
  profiles: readonly { file: string; name: string; sample: boolean }[];
  /** The clinic's day, YYYY-MM-DD. */
  today: string;
}

/** The graph phase: every cross-entry problem, errors first (references, URLs, citations, services), then warnings. */
export function checkGraph(input: GraphInput): ContentProblem[] {
  return [
    ...findBrokenReferences([...input.pages, ...input.others], input.known),
    ...findUrlClashes(input.pages, input.reserved),
    ...input.pages.flatMap(findCitationProblems),
    ...findMissingServices(input.known.services),
    ...findOverdueReviews([...input.pages, ...input.others], input.today),
    ...findSampleProfiles(input.profiles),
  ];
}
