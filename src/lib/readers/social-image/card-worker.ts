/** A worker thread that draws social cards for the pool in ./pool.ts: one message in, one PNG out. */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { drawCard } from './draw.ts';
import type { CardInput } from '../../utils/social-image/card.ts';

// Each worker is one of several: one libvips thread each keeps them from fighting over the cores, and no
// libvips cache (every card is new) keeps the build's peak memory down.
sharp.concurrency(1);
sharp.cache(false);

parentPort!.on('message', async ({ id, card }: { id: number; card: CardInput }) => {
  try {
    const png = await drawCard(card);
    parentPort!.postMessage({ id, png });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
