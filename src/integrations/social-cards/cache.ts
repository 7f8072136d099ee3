import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CARD_DESIGN_VERSION, type CardInput } from '../../lib/social-card.ts';

/** A content hash of everything that changes the picture: same inputs, same file. */
export function cardKey(card: CardInput, version: number = CARD_DESIGN_VERSION): string {
  const inputs = JSON.stringify([version, card.title, card.kicker, card.siteName, card.footnote, card.heroSvg ?? null]);
  return createHash('sha256').update(inputs).digest('hex').slice(0, 32);
}

/** PNGs by content hash in a folder that survives rebuilds (git-ignored). */
export class CardCache {
  readonly dir: string;
  #made = false;

  // A plain constructor: the card workers load this file with Node's type stripping, which has no parameter properties.
  constructor(dir: string) {
    this.dir = dir;
  }

  file(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  has(key: string): boolean {
    return existsSync(this.file(key));
  }

  read(key: string): Buffer | undefined {
    try {
      return readFileSync(join(this.dir, `${key}.png`));
    } catch {
      return undefined;
    }
  }

  /** Makes the folder (once), before anything is written into it. */
  prepare(): void {
    if (!this.#made) mkdirSync(this.dir, { recursive: true });
    this.#made = true;
  }

  write(key: string, png: Uint8Array): void {
    this.prepare();
    writeWhole(this.file(key), png);
  }
}

/**
 * Writes a file beside its place, then renames it there: a build stopped halfway never leaves half a PNG
 * in the cache. Safe from several threads at once (each writes its own partial file).
 */
export function writeWhole(file: string, bytes: Uint8Array): void {
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}
