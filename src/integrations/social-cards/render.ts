/**
 * Social cards: from the cache when their inputs are unchanged, otherwise drawn (on all cores) and cached.
 * In a build the og route hands every card to prepareCards() and the social-cards integration copies them into
 * dist/ at the end (writing thousands of PNGs through Astro's page writer cost more than drawing the few new ones).
 * Astro bundles the route apart from the integration, so the two share their state through ./state.ts.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CardInput } from '../../lib/social-card.ts';
import { CardCache, cardKey } from './cache.ts';
import { cardPool, useAllCores } from './pool.ts';
import { socialCardState as registry } from './state.ts';

const cache = new CardCache(join(process.cwd(), '.cache', 'social-images'));

function draw(key: string, card: CardInput): Promise<void> {
  const { drawing } = registry();
  let job = drawing.get(key);
  if (!job) {
    const pool = cardPool();
    let drawn: Promise<void>;
    if (pool) {
      // The worker writes the file itself: the folder must be there first.
      cache.prepare();
      drawn = pool.draw(card, cache.file(key));
    } else {
      drawn = import('./draw.ts').then(async ({ drawCard }) => cache.write(key, await drawCard(card)));
    }
    job = drawn.then(() => {
      registry().made += 1;
    });
    drawing.set(key, job);
  }
  return job;
}

/** A card and the name its file takes under /og/ ("articles/x" is /og/articles/x.png). */
export interface NamedCard {
  name: string;
  card: CardInput;
}

/**
 * Build only: starts drawing every card that is not cached yet, so worker threads draw them while the build
 * writes the pages, and notes each for writePreparedCards(). Only the cache holds the PNGs: holding thousands in
 * memory would raise the build's peak.
 */
export function prepareCards(cards: readonly NamedCard[]): void {
  for (const { name, card } of cards) registry().prepared.set(name, cardKey(card));
  // A failure is reported by writePreparedCards, which waits for each of these cards.
  startDrawing(cards.map(({ card }) => card));
}

/**
 * Build only: starts drawing every card not cached yet. Called before Astro has read the content with cards worked
 * out from the content files (see src/integrations/social-cards/early-cards.ts), so the workers draw while Astro
 * syncs the content and bundles the site; the og route later asks for the same cards (same inputs, same keys) and
 * finds them drawn or on the way.
 * A card no page asks for (a file read differently there) was drawn for nothing; its failure never stops the build
 * (writePreparedCards waits only for the cards the pages use).
 */
export function startDrawing(cards: readonly CardInput[]): void {
  for (const card of cards) {
    const key = cardKey(card);
    if (!cache.has(key)) draw(key, card).catch(() => {});
  }
}

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

/**
 * Build only: waits for the cards being drawn and puts every prepared card into outDir/og/: a hard link to the
 * cached file where the file system allows (no bytes copied), a copy where it does not.
 */
export async function writePreparedCards(outDir: string): Promise<{ written: number; made: number }> {
  const { drawing, prepared } = registry();
  useAllCores();
  // Only the cards the pages use: an early card nobody asked for may still be drawing, or may have failed.
  await Promise.all([...new Set(prepared.values())].map((key) => drawing.get(key)));
  const folders = new Set<string>();
  let link = true;
  for (const [name, key] of prepared) {
    const file = join(outDir, 'og', `${name}.png`);
    const folder = dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    try {
      if (link) linkOver(cache.file(key), file);
      else copyFileSync(cache.file(key), file);
    } catch (error) {
      // Another disk, or a file system without hard links: copy this card and the rest.
      if (!link || !NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      link = false;
      copyFileSync(cache.file(key), file);
    }
  }
  return { written: prepared.size, made: registry().made };
}

/** The card's PNG (the dev server's og route). */
export async function renderCard(card: CardInput): Promise<Uint8Array> {
  const key = cardKey(card);
  const cached = cache.read(key);
  if (cached) return cached;
  await draw(key, card);
  return (
    cache.read(key) ??
    Promise.reject(new Error(`The social card "${card.title}" was drawn but is missing from ${cache.dir}`))
  );
}
