/** Social cards for the og route: from the cache when their inputs are unchanged, otherwise drawn (on all cores) and cached. */
import { join } from 'node:path';
import type { CardInput } from '../../utils/social-image/card.ts';
import { CardCache, cardKey } from './cache.ts';
import { cardPool } from './pool.ts';

const cache = new CardCache(join(process.cwd(), '.cache', 'social-images'));

/** How many cards this process drew and reused (for the build log and the benchmark). */
export const cardStats = { made: 0, reused: 0 };

/** Cards being drawn, by key: a card asked for twice is drawn once. */
const drawing = new Map<string, Promise<void>>();

function draw(key: string, card: CardInput): Promise<void> {
  let job = drawing.get(key);
  if (!job) {
    const pool = cardPool();
    const png = pool ? pool.draw(card) : import('./draw.ts').then(({ drawCard }) => drawCard(card));
    job = png.then((bytes) => {
      cache.write(key, bytes);
      cardStats.made += 1;
      console.log(`[social-image] made "${card.title}" (${cardStats.made} made so far)`);
    });
    drawing.set(key, job);
  }
  return job;
}

/**
 * Starts drawing every card that is not cached yet, so worker threads draw them while the build writes other
 * pages. Only the cache keeps the result: holding thousands of PNGs in memory would raise the build's peak.
 */
export function prepareCards(cards: Iterable<CardInput>): void {
  for (const card of cards) {
    const key = cardKey(card);
    // A failure is reported by renderCard when the card's own page asks for it.
    if (!cache.has(key)) draw(key, card).catch(() => {});
  }
}

/** The card's PNG. */
export async function renderCard(card: CardInput): Promise<Uint8Array> {
  const key = cardKey(card);
  const cached = cache.read(key);
  if (cached) {
    if (!drawing.has(key)) cardStats.reused += 1;
    return cached;
  }
  await draw(key, card);
  return cache.read(key) ?? Promise.reject(new Error(`The social card "${card.title}" was drawn but is missing from ${cache.dir}`));
}
