/**
 * Reading the content collections for pages: the only module that calls astro:content. Every reader below first
 * awaits checkContentGraph(), the one gate: no page sees content before the graph phase has passed.
 */
import type { Page } from 'astro';
import { getCollection, getEntries, getEntry, render, type CollectionEntry } from 'astro:content';
import { entryPlace, listFile } from '../lib/content/layout.ts';
import { readFileSync } from 'node:fs';
import { citedIds, checkGraph, type CheckedEntry, type ContentRef } from '../lib/content-checks/graph.ts';
import { formatProblem, reportProblems, type ContentProblem } from '../lib/content-checks/problem.ts';
import { fieldLine } from '../lib/content-checks/yaml-lines.ts';
import { dayIn } from '../lib/format/dates.ts';
import { settings } from './settings.ts';
import { byNewest, isLive } from '../lib/content/publishing.ts';
import { firstReview, latestReview, reviewsNewestFirst } from '../lib/content/review-history.ts';
import { everyReviewReal, isRealReview } from '../lib/content/review-claims.ts';
import { articleUrl, staticRoutes, techniqueUrl } from '../lib/seo/routes.ts';
import { pageFiles } from './page-files.ts';
import { readingMinutes } from '../lib/content/reading.ts';
import { buildToc } from '../lib/content/toc.ts';
import { pageCacheKey, SHARED_COLLECTIONS, sharedFingerprint } from '../lib/content/cache-key.ts';

export type Article = CollectionEntry<'articles'>;
/** Props of a paged article list (a tag's or a therapist's): one page of articles and the list's name. */
export interface ArticleListPage {
  page: Page<Article>;
  name: string;
}
export type Technique = CollectionEntry<'techniques'>;
type Guide = CollectionEntry<'guides'>;
type Therapist = CollectionEntry<'therapists'>;

/** Where the reviews of tools that are not health pages (the frequency guide) are written. */
const GUIDES_FILE = listFile('guides');

/** Drafts and scheduled articles show in `npm run dev` (with a banner) and never in a build. */
const showHidden = import.meta.env.DEV;
const buildTime = new Date();

function fileOf(entry: { filePath?: string | undefined; collection: string; id: string }): string {
  return entry.filePath ?? entryPlace(entry.collection, entry.id);
}

/** Each problem with a field but no line gets the field's line in its file (read as written), for messages and annotations. */
function withLines(problems: readonly ContentProblem[]): ContentProblem[] {
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(file, 'utf8'));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  return problems.map((problem) => {
    const text = problem.field && problem.line === undefined ? textOf(problem.file) : undefined;
    return text === undefined
      ? problem
      : { ...problem, line: fieldLine(text, problem.file.endsWith('.yaml'), problem.field!) };
  });
}

/** Reads every collection and runs the graph phase (src/lib/content-checks/graph.ts) on it. */
async function runGraphPhase(): Promise<void> {
  const [articles, techniques, therapists, sources, services, guides] = await Promise.all([
    getCollection('articles'),
    getCollection('techniques'),
    getCollection('therapists'),
    getCollection('sources'),
    getCollection('services'),
    getCollection('guides'),
  ]);
  const reviewerRefs = (data: Guide['data'], prefix = ''): ContentRef[] => [
    { field: `${prefix}author`, collection: 'therapists', id: data.author.id },
    { field: `${prefix}reviewer`, collection: 'therapists', id: data.reviewer.id },
    ...data.reviewHistory.map((review, index) => ({
      field: `${prefix}reviewHistory[${index}].reviewer`,
      collection: 'therapists',
      id: review.reviewer.id,
    })),
  ];
  const reviewRefs = (data: Article['data'] | Technique['data']): ContentRef[] => [
    ...reviewerRefs(data),
    ...data.sources.map((source, index) => ({ field: `sources[${index}]`, collection: 'sources', id: source.id })),
  ];
  const pages: (CheckedEntry & { nextReviewDue: Date })[] = [
    ...articles.map((entry) => ({
      file: fileOf(entry),
      refs: [
        ...reviewRefs(entry.data),
        ...entry.data.techniques.map((technique, index) => ({
          field: `techniques[${index}]`,
          collection: 'techniques',
          id: technique.id,
        })),
      ],
      urls: [
        { url: articleUrl(entry.id) },
        ...entry.data.legacyPaths.map((url, index) => ({ url, field: `legacyPaths[${index}]` })),
      ],
      cited: citedIds(entry.body ?? ''),
      sources: entry.data.sources.map((source) => source.id),
      nextReviewDue: entry.data.nextReviewDue,
    })),
    ...techniques.map((entry) => ({
      file: fileOf(entry),
      refs: [...reviewRefs(entry.data), { field: 'serviceId', collection: 'services', id: entry.data.serviceId.id }],
      urls: [{ url: techniqueUrl(entry.id) }],
      cited: citedIds(entry.body ?? ''),
      sources: entry.data.sources.map((source) => source.id),
      nextReviewDue: entry.data.nextReviewDue,
    })),
  ];
  const problems = withLines(
    checkGraph({
      pages,
      others: guides.map((entry) => ({
        file: GUIDES_FILE,
        refs: reviewerRefs(entry.data, `${entry.id}.`),
        nextReviewDue: entry.data.nextReviewDue,
        field: `${entry.id}.nextReviewDue`,
      })),
      known: {
        therapists: new Set(therapists.map((entry) => entry.id)),
        techniques: new Set(techniques.map((entry) => entry.id)),
        sources: new Set(sources.map((entry) => entry.id)),
        services: new Set(services.map((entry) => entry.id)),
      },
      // Static routes (page files without brackets) that content must not claim as a legacy path.
      reserved: new Map([...staticRoutes(pageFiles())].map(([route, file]) => [route, `src/pages/${file}`])),
      profiles: therapists.map((entry) => ({ file: fileOf(entry), name: entry.data.name, sample: entry.data.sample })),
      today: dayIn(settings.timezone, buildTime),
    }),
  );
  const report = reportProblems(problems, 'Content problems', process.env);
  for (const annotation of report.annotations) console.log(annotation);
  if (report.error) throw report.error;
  for (const warning of problems.filter((problem) => problem.severity === 'warning'))
    console.warn(`[content] ${formatProblem(warning)}`);
}

let graphChecked: Promise<void> | undefined;

/**
 * The graph phase, run once per build: references that name no entry, URL clashes, citations that do not match
 * `sources` and missing services stop the build with the file, field, expected value and fix; overdue reviews and
 * published sample profiles print warnings. Astro only logs a bad reference, so this is what stops the build.
 * It is the one gate: every reader in this module awaits it before it returns content (a test checks each does).
 */
export function checkContentGraph(): Promise<void> {
  graphChecked ??= runGraphPhase();
  return graphChecked;
}

/** Articles on the site, newest first: live ones only, except in development. */
export const getArticles = perBuild(async (): Promise<Article[]> => {
  await checkContentGraph();
  const all = await getCollection('articles');
  return all.filter((entry) => showHidden || isLive(entry.data, buildTime)).sort(byNewest);
});

/** The four technique explainers, in their set order. */
export const getTechniques = perBuild(async (): Promise<Technique[]> => {
  await checkContentGraph();
  const all = await getCollection('techniques');
  return all.sort((a, b) => a.data.order - b.data.order);
});

/**
 * A read made once per build and shared by every page (in `npm run dev`, made again on each call, so edits show).
 * Thousands of pages asking Astro for the same small collection cost more than their own markup.
 */
function perBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (kept ??= read()));
}

/** The services in src/content/services.yaml, in the file's order. */
export const getServices = perBuild(async () => {
  await checkContentGraph();
  return (await getCollection('services')).map((entry) => entry.data);
});

/**
 * Sources by id from src/content/sources.yaml, in the order given. `file` is the code that names them: a missing
 * id stops the build with that file and the fix.
 */
export async function getSources(ids: readonly string[], file: string): Promise<CollectionEntry<'sources'>[]> {
  await checkContentGraph();
  const found = await getEntries(ids.map((id) => ({ collection: 'sources' as const, id })));
  const missing = ids.filter((_id, i) => !found[i]);
  if (missing.length > 0)
    throw new Error(
      `${file}: cites ${missing.join(', ')}, which is not in src/content/sources.yaml; fix the id or add the source.`,
    );
  return found.filter((source) => source !== undefined);
}

/** The therapist profiles, in Astro's order (a new array on each call, so a page may sort it). */
export const getTherapists = async () => {
  await checkContentGraph();
  return getCollection('therapists');
};

/** One service entry by its id in src/content/services.yaml, or undefined when there is none. */
export const getService = async (id: string) => {
  await checkContentGraph();
  return getEntry('services', id);
};

/** The sources with these ids from src/content/sources.yaml, in the same order (undefined where an id is unknown). */
export const getSourcesById = async (ids: readonly string[]) => {
  await checkContentGraph();
  return getEntries(ids.map((id) => ({ collection: 'sources' as const, id })));
};

/** The moment this build started: the "now" for scheduling, and the year in the footer. */
export const now = (): Date => buildTime;

/** What every keyed page shares besides its props (see src/lib/content/cache-key.ts), worked out once. */
const sharedKey = perBuild(async () => {
  await checkContentGraph();
  return sharedFingerprint(
    await Promise.all(SHARED_COLLECTIONS.map((name) => getCollection(name))),
    now().getFullYear(),
  );
});

/**
 * Paths with the key Astro's incremental build compares with the last build's: a page whose key and code are
 * unchanged is copied from that build instead of rendered again.
 */
export async function withCacheKeys<T extends { params: unknown; props?: unknown }>(
  paths: readonly T[],
): Promise<(T & { cacheKey: string })[]> {
  const shared = await sharedKey();
  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(shared, path) }));
}

/** The trust details a page shows about its review, with every therapist reference read. */
export interface LoadedReview {
  author: Therapist;
  /** The reviewer named in the newest entry (it may be a sample profile, which no page presents as a review). */
  reviewer: Therapist;
  /** The newest real review (see isRealReview), or undefined while no real review has happened. */
  lastReal: { date: Date; reviewer: Therapist } | undefined;
  /** The first review entry's day: no page is shown as published before it. */
  firstReviewed: Date;
  /** The newest review entry's day, real or not: the last day the page changed. */
  lastChanged: Date;
  /** Every review, newest first. */
  reviewHistory: { date: Date; reviewer: Therapist; changes: string }[];
  nextReviewDue: Date;
}

async function loadReview(data: Guide['data'], file: string): Promise<LoadedReview> {
  await checkContentGraph();
  const [author, reviewer, historyReviewers] = await Promise.all([
    getEntry(data.author),
    getEntry(data.reviewer),
    getEntries(data.reviewHistory.map((review) => review.reviewer)),
  ]);
  if (!author || !reviewer || historyReviewers.some((found) => !found))
    throw new Error(`${file}: a therapist it names is missing (the content check should have stopped the build).`);
  const history = data.reviewHistory.map((review, index) => ({ ...review, reviewer: historyReviewers[index]! }));
  const real = history.filter((review) => isRealReview(review.reviewer.data));
  return {
    author,
    reviewer,
    lastReal: real.length > 0 ? latestReview(real) : undefined,
    firstReviewed: firstReview(history)!.date,
    lastChanged: latestReview(history).date,
    reviewHistory: reviewsNewestFirst(history),
    nextReviewDue: data.nextReviewDue,
  };
}

/** A tool's review from src/content/guides.yaml (for example "frequency-guide"), read like a health page's. */
export async function loadGuideReview(id: string): Promise<LoadedReview> {
  await checkContentGraph();
  const entry = await getEntry('guides', id);
  if (!entry) throw new Error(`${GUIDES_FILE}: expected an entry with id "${id}"; add it with the review fields.`);
  return loadReview(entry.data, GUIDES_FILE);
}

/**
 * Whether site-wide lines (listing descriptions, the disclaimer) may say the health pages are clinically reviewed:
 * only when the newest review of every health page and guide is by a real (not sample) reviewer.
 */
export const siteReviewsAreReal = perBuild(async (): Promise<boolean> => {
  await checkContentGraph();
  const [articles, techniques, guides, therapists] = await Promise.all([
    getCollection('articles'),
    getCollection('techniques'),
    getCollection('guides'),
    getCollection('therapists'),
  ]);
  const profiles = new Map(therapists.map((entry) => [entry.id, entry.data]));
  const newest = [...articles, ...techniques, ...guides].map(
    (entry) => profiles.get(latestReview(entry.data.reviewHistory).reviewer.id) ?? { sample: true },
  );
  return everyReviewReal(newest);
});

/**
 * What every health page (article or technique) takes from its entry: the rendered body, the trust
 * details its layout shows, the citation order <Cite /> numbers from, and its file for error messages.
 */
export async function loadHealthPage(entry: Article | Technique) {
  await checkContentGraph();
  const { data } = entry;
  const [{ Content, headings }, review, sources] = await Promise.all([
    render(entry),
    loadReview(data, fileOf(entry)),
    getEntries(data.sources),
  ]);
  return {
    Content,
    trust: {
      title: data.title,
      description: data.description,
      ...review,
      readingMinutes: readingMinutes(entry.body ?? ''),
      hero: data.hero,
      toc: buildToc(headings),
      sources,
    },
    citations: { order: data.sources.map((source) => source.id) },
    contentFile: fileOf(entry),
  };
}
