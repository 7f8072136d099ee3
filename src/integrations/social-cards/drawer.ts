/**
 * Social cards: from the cache when their inputs are unchanged, otherwise drawn (on all cores) and cached.
 * In a build the social-cards integration owns one CardDrawer: it starts the cards it can work out from the content
 * files at once, and once the pages are written it draws the rest the og route handed over (./handover.ts) and
 * links them all into dist/og/ (writing thousands of PNGs through Astro's page writer cost more than drawing the
 * few new ones). The dev server's og route draws each card on its own thread when asked (renderCard).
 */
import { availableParallelism } from 'node:os';
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CardInput } from '../../lib/social-card.ts';
import { CardCache, cardKey } from './cache.ts';
import type { NamedCard } from './handover.ts';
import { CardPool } from './pool.ts';

const defaultCache = (): CardCache => new CardCache(join(process.cwd(), '.cache', 'social-images'));

const NO_LINKS = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK', 'ENOSYS']);

/** A hard link at file to source, replacing a file already there. */
function linkOver(source: string, file: string): void {
  try {
    linkSync(source, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(file);
    linkSync(source, file);
  }
}

/** Draws a card on this thread into the cache. */
async function drawHere(cache: CardCache, key: string, card: CardInput): Promise<void> {
  const { drawCard } = await import('./draw.ts');
  cache.write(key, await drawCard(card));
}

/** One build's cards: each drawn at most once, on a pool of worker threads when given the worker script. */
export class CardDrawer {
  readonly #cache: CardCache;
  readonly #workerFile: URL | undefined;
  #pool: CardPool | undefined;
  /** Cards being drawn, by cache key: a card asked for twice is drawn once. */
  readonly #drawing = new Map<string, Promise<void>>();
  #made = 0;

  constructor(options: { workerFile?: URL; cache?: CardCache } = {}) {
    this.#workerFile = options.workerFile;
    this.#cache = options.cache ?? defaultCache();
  }

  /**
   * The pool, made on first use. While Astro builds it keeps one core for the build (a worker more made both
   * slower and raised the peak memory); writeInto() hands over every core when the pages are done.
   */
  #workers(): CardPool | undefined {
    if (!this.#workerFile) return undefined;
    this.#pool ??= new CardPool(this.#workerFile, Math.max(1, availableParallelism() - 1));
    return this.#pool;
  }

  #draw(key: string, card: CardInput): Promise<void> {
    let job = this.#drawing.get(key);
    if (!job) {
      const pool = this.#workers();
      // The worker writes the file itself: the folder must be there first.
      if (pool) this.#cache.prepare();
      const drawn = pool ? pool.draw(card, this.#cache.file(key)) : drawHere(this.#cache, key, card);
      job = drawn.then(() => {
        this.#made += 1;
      });
      this.#drawing.set(key, job);
    }
    return job;
  }

  /**
   * Starts drawing every card not cached yet, so the workers draw while Astro syncs the content, bundles the site
   * and writes the pages (the integration calls it with the cards worked out from the content files; see
   * ./early-cards.ts). A card no page asks for (a file read differently there) is drawn for nothing, and its
   * failure never stops the build: writeInto() waits only for the cards the pages use.
   */
  start(cards: readonly CardInput[]): void {
    for (const card of cards) {
      const key = cardKey(card);
      if (!this.#cache.has(key)) this.#draw(key, card).catch(() => {});
    }
  }

  /**
   * Draws what is still missing of the cards the pages use, with every core, and puts each into outDir/og/: a hard
   * link to the cached file where the file system allows (no bytes copied), a copy where it does not.
   */
  async writeInto(outDir: string, cards: readonly NamedCard[]): Promise<{ written: number; made: number }> {
    this.#pool?.widen(availableParallelism());
    const keys = new Map(cards.map(({ name, card }) => [name, cardKey(card)]));
    const wanted = new Map(cards.map(({ card }) => [cardKey(card), card]));
    await Promise.all(
      [...wanted].map(
        ([key, card]) => this.#drawing.get(key) ?? (this.#cache.has(key) ? undefined : this.#draw(key, card)),
      ),
    );
    const folders = new Set<string>();
    let link = true;
    for (const [name, key] of keys) {
      const file = join(outDir, 'og', `${name}.png`);
      const folder = dirname(file);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      try {
        if (link) linkOver(this.#cache.file(key), file);
        else copyFileSync(this.#cache.file(key), file);
      } catch (error) {
        // Another disk, or a file system without hard links: copy this card and the rest.
        if (!link || !NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        link = false;
        copyFileSync(this.#cache.file(key), file);
      }
    }
    return { written: keys.size, made: this.#made };
  }
}

/** The card's PNG, drawn on this thread when the cache lacks it (the dev server's og route). */
export async function renderCard(card: CardInput, cache: CardCache = defaultCache()): Promise<Uint8Array> {
  const key = cardKey(card);
  const cached = cache.read(key);
  if (cached) return cached;
  await drawHere(cache, key, card);
  return (
    cache.read(key) ??
    Promise.reject(new Error(`The social card "${card.title}" was drawn but is missing from ${cache.dir}`))
  );
}
