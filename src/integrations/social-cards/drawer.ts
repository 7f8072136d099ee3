/**
 * Social cards: from the cache when their inputs are unchanged, otherwise drawn (on all cores) and cached.
 * In a build the social-cards integration owns one CardDrawer: once the pages are written it draws the cards the og
 * route handed over (./handover.ts) that the cache lacks, and links them all into dist/og/ (writing thousands of
 * PNGs through Astro's page writer cost more than drawing the few new ones). The dev server's og route draws each
 * card on its own thread when asked (renderCard).
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
  #made = 0;

  constructor(options: { workerFile?: URL; cache?: CardCache } = {}) {
    this.#workerFile = options.workerFile;
    this.#cache = options.cache ?? defaultCache();
  }

  /** The pool, made on first use, with a worker for every core: the pages are written by then. */
  #workers(): CardPool | undefined {
    if (!this.#workerFile) return undefined;
    this.#pool ??= new CardPool(this.#workerFile, availableParallelism());
    return this.#pool;
  }

  async #draw(key: string, card: CardInput): Promise<void> {
    const pool = this.#workers();
    // The worker writes the file itself: the folder must be there first.
    if (pool) this.#cache.prepare();
    await (pool ? pool.draw(card, this.#cache.file(key)) : drawHere(this.#cache, key, card));
    this.#made += 1;
  }

  /**
   * Draws the cards the pages use that the cache lacks (each once, however many pages share it), and puts each into
   * outDir/og/: a hard link to the cached file where the file system allows (no bytes copied), a copy where it does
   * not.
   */
  async writeInto(outDir: string, cards: readonly NamedCard[]): Promise<{ written: number; made: number }> {
    const keys = new Map(cards.map(({ name, card }) => [name, cardKey(card)]));
    const wanted = new Map(cards.map(({ card }) => [cardKey(card), card]));
    const missing = [...wanted].filter(([key]) => !this.#cache.has(key));
    await Promise.all(missing.map(([key, card]) => this.#draw(key, card)));
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
