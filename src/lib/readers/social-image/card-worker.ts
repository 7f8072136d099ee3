/**
 * A worker thread that draws social cards for the pool in ./pool.ts: a card and a file name in, the PNG written
 * to that file (in the card cache) and only a short reply out, so the PNGs never cross between threads.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { drawCard } from './draw.ts';
import { writeWhole } from './cache.ts';
import type { CardInput } from '../../utils/social-image/card.ts';

// Each worker is one of several: one libvips thread each keeps them from fighting over the cores, and no
// libvips cache (every card is new) keeps the build's peak memory down.
sharp.concurrency(1);
sharp.cache(false);

parentPort!.on('message', async ({ id, card, file }: { id: number; card: CardInput; file: string }) => {
  try {
    writeWhole(file, await drawCard(card));
    parentPort!.postMessage({ id });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
