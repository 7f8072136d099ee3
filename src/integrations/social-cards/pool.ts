/**
 * Social cards drawn on every core: a pool of worker threads running ./worker.ts. Its owner (the CardDrawer in
 * ./drawer.ts, made by the social-cards integration) says where the worker script is and how many workers to start.
 */
import { Worker } from 'node:worker_threads';
import type { CardInput } from '../../lib/social-card.ts';

interface Job {
  id: number;
  card: CardInput;
  /** Where the worker writes the PNG. */
  file: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Cards each worker holds at once: with a few in hand a worker never waits for the main thread to send the next one
 * (when cards were drawn beside a busy build, a worker asking for one card at a time sat idle over half the time).
 */
const CARDS_IN_HAND = 16;

export class CardPool {
  readonly #file: URL;
  readonly #size: number;
  /** Each worker's cards in hand, by job id. */
  readonly #held = new Map<Worker, Map<number, Job>>();
  readonly #queue: Job[] = [];
  #nextId = 0;

  constructor(file: URL, size: number) {
    this.#file = file;
    this.#size = size;
  }

  /** Draws the card into file (written whole, or not at all). */
  draw(card: CardInput, file: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, card, file, resolve, reject });
      this.#pump();
    });
  }

  /** The worker with the fewest cards in hand and room for one more, starting one if the pool may grow. */
  #freest(): Worker | undefined {
    let best: Worker | undefined;
    for (const [worker, held] of this.#held)
      if (held.size < CARDS_IN_HAND && (!best || held.size < this.#held.get(best)!.size)) best = worker;
    if ((!best || this.#held.get(best)!.size > 0) && this.#held.size < this.#size) return this.#spawn();
    return best;
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#freest();
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#held.get(worker)!.set(job.id, job);
      // A busy worker keeps the process alive; an idle one does not, so the build can end without a shutdown call.
      worker.ref();
      worker.postMessage({ id: job.id, card: job.card, file: job.file });
    }
  }

  #spawn(): Worker {
    // A card needs a few megabytes: a small heap makes each worker collect its garbage early, not at the build's peak.
    // The young generation matters most: at V8's default a worker held 75 MB more for 5% faster cards (measured
    // drawing 300 cards: 241 MB and 9.9 ms a card, against 166 MB and 10.4 ms with 2 MB semi-spaces).
    const worker = new Worker(this.#file, {
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 6 },
    });
    const held = new Map<number, Job>();
    this.#held.set(worker, held);
    worker.on('message', ({ id, error }: { id: number; error?: string }) => {
      const job = held.get(id)!;
      held.delete(id);
      if (error === undefined) job.resolve();
      else job.reject(new Error(`Drawing the social card "${job.card.title}" failed:\n${error}`));
      if (held.size === 0) worker.unref();
      this.#pump();
    });
    worker.on('error', (error) => {
      // A worker that crashed is replaced; the cards it held fail with the reason.
      for (const job of held.values()) job.reject(error);
      this.#held.delete(worker);
      this.#pump();
    });
    return worker;
  }
}
