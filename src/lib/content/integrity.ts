import { isReviewOverdue } from './limits.ts';
import { entryPlace } from './layout.ts';

/** A reference from one content file to an entry of another collection. */
export interface ContentRef {
  field: string;
  collection: string;
  id: string;
}

/** What the integrity checks need to know about one page-making entry. */
export interface CheckedEntry {
  /** Path of the source file, as staff see it (src/content/...). */
  file: string;
  /** Every reference the entry makes. */
  refs: readonly ContentRef[];
  /** URLs the entry claims: its own page and any legacy paths. */
  urls: readonly string[];
  /** Cited source ids, in order, from the body's <Cite id="..." /> tags. */
  cited: readonly string[];
  /** The source ids listed in frontmatter `sources`. */
  sources: readonly string[];
}

const COLLECTION_FOLDERS: Record<string, string> = Object.fromEntries(
  (['therapists', 'techniques', 'sources', 'services', 'articles'] as const).map((name) => [name, entryPlace(name)]),
);

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

/** Every reference that names an entry which does not exist, as a message naming the file and field. */
export function findBrokenReferences(
  entries: readonly CheckedEntry[],
  known: Readonly<Record<string, ReadonlySet<string>>>,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const ref of entry.refs) {
      const ids = known[ref.collection] ?? new Set<string>();
      if (ids.has(ref.id)) continue;
      const where = (COLLECTION_FOLDERS[ref.collection] ?? ref.collection).replace('<id>', ref.id);
      const near = looseMatch(ref.id, ids);
      const fix = near
        ? `write "${near}": ids are matched letter for letter, so capitals, spaces or a slash make another id`
        : 'fix the spelling or add that entry';
      problems.push(
        `${entry.file}: field "${ref.field}" names "${ref.id}", but there is no ${where}. Expected one of ${listIds(ids)}; ${fix}.`,
      );
    }
  }
  return problems;
}

/** Two entries claiming the same URL (a page or a legacy path): the build cannot make both. */
export function findUrlClashes(
  entries: readonly Pick<CheckedEntry, 'file' | 'urls'>[],
  reserved: ReadonlyMap<string, string> = new Map(),
): string[] {
  const owners = new Map<string, string>(reserved);
  const problems: string[] = [];
  for (const entry of entries) {
    for (const url of entry.urls) {
      const owner = owners.get(url);
      if (owner && owner !== entry.file) {
        problems.push(
          `${entry.file}: the URL "${url}" is already used by ${owner}. Expected each page and legacy path to be unique; change one of them.`,
        );
      } else owners.set(url, entry.file);
    }
  }
  return problems;
}

/** Citations that do not match the frontmatter `sources` list, in either direction. */
export function findCitationProblems(entry: Pick<CheckedEntry, 'file' | 'cited' | 'sources'>): string[] {
  const problems: string[] = [];
  const listed = new Set(entry.sources);
  const cited = new Set(entry.cited);
  for (const id of cited) {
    if (!listed.has(id))
      problems.push(
        `${entry.file}: <Cite id="${id}" /> cites a source missing from the "sources" field. Add "${id}" to sources.`,
      );
  }
  for (const id of entry.sources) {
    if (!cited.has(id))
      problems.push(
        `${entry.file}: field "sources" lists "${id}", but the text never cites it. Add <Cite id="${id}" /> after the claim it supports, or remove it from sources.`,
      );
  }
  return problems;
}

/** Cited ids in the order they appear in an MDX body. */
export function citedIds(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']+)["']\s*\/>/g)].map((match) => match[1]!);
}

/** A warning for each page whose review is overdue; `today` is the clinic's day, YYYY-MM-DD. */
export function findOverdueReviews(entries: readonly { file: string; nextReviewDue: Date }[], today: string): string[] {
  return entries
    .filter((entry) => isReviewOverdue(entry.nextReviewDue, today))
    .map(
      (entry) =>
        `${entry.file}: review overdue since ${entry.nextReviewDue.toISOString().slice(0, 10)} (field "nextReviewDue"). Ask the reviewer to check the page, then add a reviewHistory entry and update nextReviewDue.`,
    );
}
