/**
 * A worker thread that draws social cards for the pool in ./pool.ts: a card and a file name in, the PNG written
 * to that file (in the card cache) and only a short reply out, so the PNGs never cross between threads.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { drawCard } from './draw.ts';
import { writeWhole } from './cache.ts';
import type { CardInput } from '../../lib/social-card.ts';

// Each worker is one of several: one libvips thread each keeps them from fighting over the cores, and no
// libvips cache (every card is new) keeps the build's peak memory down.
sharp.concurrency(1);
sharp.cache(false);

interface Message {
  id: number;
  card: CardInput;
  file: string;
}

// The pool hands over several cards at once; they are drawn one after another, so one canvas serves them all.
const waiting: Message[] = [];
let drawing = false;

async function drawWaiting(): Promise<void> {
  drawing = true;
  for (let next = waiting.shift(); next; next = waiting.shift()) {
    const { id, card, file } = next;
    try {
      writeWhole(file, await drawCard(card));
      parentPort!.postMessage({ id });
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  drawing = false;
}

parentPort!.on('message', (message: Message) => {
  waiting.push(message);
  if (!drawing) void drawWaiting();
});
