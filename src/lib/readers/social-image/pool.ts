/**
 * Social cards drawn on every core: a pool of worker threads running ./card-worker.ts. The build imports this
 * module twice (once with the config, once bundled into the pages), so the worker file's address is shared
 * through globalThis: the social-card integration sets it from the real source tree, where the bundle cannot see.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardInput } from '../../utils/social-image/card.ts';

const WORKER_FILE = Symbol.for('massage-strong.social-card-worker-file');
const POOL = Symbol.for('massage-strong.social-card-pool');
type Store = Record<symbol, unknown>;

/** Called by the integration: where the worker script is. */
export function setCardWorkerFile(file: URL): void {
  (globalThis as Store)[WORKER_FILE] = file;
}

interface Job {
  id: number;
  card: CardInput;
  /** Where the worker writes the PNG. */
  file: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

class CardPool {
  readonly #file: URL;
  readonly #size: number;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  #started = 0;
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

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#started < this.#size ? this.#spawn() : undefined);
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      // A busy worker keeps the process alive; an idle one does not, so the build can end without a shutdown call.
      worker.ref();
      worker.postMessage({ id: job.id, card: job.card, file: job.file });
    }
  }

  #spawn(): Worker {
    this.#started += 1;
    // A card needs a few megabytes: a small heap makes each worker collect its garbage early, not at the build's peak.
    const worker = new Worker(this.#file, { resourceLimits: { maxOldGenerationSizeMb: 128 } });
    worker.on('message', ({ error }: { error?: string }) => {
      const job = this.#busy.get(worker)!;
      this.#busy.delete(worker);
      if (error === undefined) job.resolve();
      else job.reject(new Error(`Drawing the social card "${job.card.title}" failed:\n${error}`));
      worker.unref();
      this.#idle.push(worker);
      this.#pump();
    });
    worker.on('error', (error) => {
      // A worker that crashed is replaced; its job fails with the reason.
      this.#busy.get(worker)?.reject(error);
      this.#busy.delete(worker);
      this.#started -= 1;
      this.#pump();
    });
    return worker;
  }
}

/** The pool, once the integration has said where the worker is; undefined elsewhere (then cards are drawn in-thread). */
export function cardPool(): CardPool | undefined {
  const store = globalThis as Store;
  const file = store[WORKER_FILE];
  if (!(file instanceof URL)) return undefined;
  store[POOL] ??= new CardPool(file, availableParallelism());
  return store[POOL] as CardPool;
}
