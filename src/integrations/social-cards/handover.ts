/**
 * How the og route hands its cards to the social-cards integration in a build. Astro runs the route from a bundle
 * of its own, apart from the integration it loaded with astro.config.mjs, so the two share no module and no memory:
 * the route writes the cards the pages use to this build process's hand-over file, and the integration reads it
 * once the pages are written.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CardInput } from '../../lib/social-card.ts';
import { writeWhole } from './cache.ts';

/** A card and the name its file takes under /og/ ("articles/x" is /og/articles/x.png). */
export interface NamedCard {
  name: string;
  card: CardInput;
}

/** The hand-over file of one build process (the route and the integration run in the same one). */
export const handoverFile = (root: string = process.cwd(), pid: number = process.pid): string =>
  join(root, '.cache', 'social-cards', `handover-${pid}.json`);

/** The og route, in a build: writes every card the pages use, whole, for the integration to take. */
export function handOverCards(cards: readonly NamedCard[], file: string = handoverFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  writeWhole(file, Buffer.from(JSON.stringify(cards)));
}

/** The integration, before a build: removes a hand-over left by an earlier process that had the same id. */
export const clearHandover = (file: string = handoverFile()): void => rmSync(file, { force: true });

/** The integration, once the pages are written: the cards the og route handed over (the file is removed). */
export function takeHandedOverCards(file: string = handoverFile()): NamedCard[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(
      `The og route handed over no social cards: ${file} is missing. The route (src/integrations/social-cards/route.ts) ` +
        'writes it while Astro builds the pages, in the same process. Check that the socialCards() integration is ' +
        'listed in astro.config.mjs and that nothing removed .cache/ during the build, then build again.',
      { cause: error },
    );
  }
  clearHandover(file);
  return JSON.parse(text) as NamedCard[];
}
