/**
 * Keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs). A page whose key and code
 * are unchanged since the last build is copied from it, not rendered again, so a key must change whenever anything
 * the page shows changes: its own props (its article, the articles it lists or relates), everything shared that the
 * page reads outside its props (see SHARED_COLLECTIONS), and the year in the footer. Astro itself tracks the code,
 * the settings module and each article's body.
 */
import { createHash } from 'node:crypto';

/**
 * The collections any keyed page may read outside its props: the technique cards, the bylines and review history,
 * the cited sources, the booking island's services and the guides' reviews (whether every review is real). A new collection goes here, or a page reading it goes stale
 * (tests/unit/cache-key.test.ts compares this list with src/content.config.ts).
 */
export const SHARED_COLLECTIONS = ['techniques', 'therapists', 'sources', 'services', 'guides'] as const;

interface EntryLike {
  id: string;
  collection: string;
  data: unknown;
  digest?: string | undefined;
  body?: string | undefined;
}

const isEntry = (value: unknown): value is EntryLike =>
  typeof value === 'object' && value !== null && 'id' in value && 'collection' in value && 'data' in value;

/**
 * A content entry as a key sees it: its data (with pictures resolved to their hashed files, so a changed picture
 * counts) and its file's digest, which stands in for the body text; the body itself only when there is no digest.
 */
function entryForKey(_key: string, value: unknown): unknown {
  if (!isEntry(value)) return value;
  const { id, collection, data, digest, body } = value;
  return digest === undefined ? { collection, id, data, body } : { collection, id, digest, data };
}

/** A short, stable fingerprint of any JSON-shaped value; content entries count by data and digest. */
export function fingerprint(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, entryForKey) ?? 'undefined')
    .digest('base64url');
}

/** What every keyed page shares: the shared collections' entries and the year the footer prints. */
export function sharedFingerprint(sharedEntries: readonly unknown[], year: number): string {
  return fingerprint({ sharedEntries, year });
}

/** One page's key: the shared fingerprint, its params and its props. */
export function pageCacheKey(shared: string, path: { params: unknown; props?: unknown }): string {
  return fingerprint([shared, path.params, path.props ?? null]);
}
