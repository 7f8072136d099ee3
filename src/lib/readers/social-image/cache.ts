import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_DESIGN_VERSION, type CardInput } from '../../utils/social-image/card.ts';

/** A content hash of everything that changes the picture: same inputs, same file. */
export function cardKey(card: CardInput, version: number = CARD_DESIGN_VERSION): string {
  const inputs = JSON.stringify([version, card.title, card.kicker, card.siteName, card.footnote, card.heroSvg ?? null]);
  return createHash('sha256').update(inputs).digest('hex').slice(0, 32);
}

/** PNGs by content hash in a folder that survives rebuilds (git-ignored). */
export class CardCache {
  constructor(readonly dir: string) {}

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

  write(key: string, png: Uint8Array): void {
    mkdirSync(this.dir, { recursive: true });
    // Written beside, then renamed: a build stopped halfway never leaves half a PNG in the cache.
    const file = join(this.dir, `${key}.png`);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  }
}
