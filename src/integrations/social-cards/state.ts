/**
 * The social cards' one piece of process state, and its one accessor. It lives on globalThis because Astro loads this
 * folder twice in one build: once with astro.config.mjs (the integration, which starts the early cards) and once
 * bundled into the og route by Vite's SSR build (which hands over the cards the pages use). The two copies share no
 * module, so a module-level variable would split the registry and the worker pool in two. Nothing else in src/ keeps
 * state on globalThis; read and write it only through socialCardState().
 */
import type { CardInput } from '../../lib/social-card.ts';

/** The worker pool as the state holds it (./pool.ts makes it). */
export interface CardWorkers {
  /** Draws the card into file (written whole, or not at all). */
  draw(card: CardInput, file: string): Promise<void>;
  /** Lets the pool grow to `size` workers. */
  widen(size: number): void;
}

export interface SocialCardState {
  /** Cards being drawn, by cache key: a card asked for twice is drawn once. */
  drawing: Map<string, Promise<void>>;
  /** Cards the build will link into dist/og/, by name ("articles/x") to cache key. */
  prepared: Map<string, string>;
  /** Cards drawn in this process (the rest came from the cache). */
  made: number;
  /** The worker script, set by the integration from the real source tree (the bundled route cannot see it). */
  workerFile?: URL;
  /** The worker pool, made on first use once workerFile is set. */
  pool?: CardWorkers;
}

const KEY = Symbol.for('massage-strong.social-cards');

/** The state shared by both copies of this folder in a build, made on first use. */
export function socialCardState(): SocialCardState {
  const store = globalThis as typeof globalThis & { [KEY]?: SocialCardState };
  store[KEY] ??= { drawing: new Map(), prepared: new Map(), made: 0 };
  return store[KEY];
}
