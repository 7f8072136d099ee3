/** Draws social cards with satori (layout to SVG) and resvg (SVG to PNG), reusing cached ones. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardInput } from '../../utils/social-image/card.ts';
import { CardCache, cardKey } from './cache.ts';

const require = createRequire(import.meta.url);
// satori reads .woff and .ttf, not .woff2, so the static 400 and 700 files are used here.
const FONT_FILES = [
  { weight: 400, file: '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff' },
] as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/** Loaded once per build, shared by every card. */
function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ weight, file }) => ({
      name: 'Atkinson Hyperlegible Next',
      data: await readFile(require.resolve(file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

const cache = new CardCache(join(process.cwd(), '.cache', 'social-images'));

/** How many cards this process drew and reused (for the build log and the benchmark). */
export const cardStats = { made: 0, reused: 0 };

/** The card's PNG: from the cache when its inputs are unchanged, otherwise drawn and cached. */
export async function renderCard(card: CardInput): Promise<Uint8Array> {
  const key = cardKey(card);
  const cached = cache.read(key);
  if (cached) {
    cardStats.reused += 1;
    return cached;
  }
  // satori's types want React elements; the plain object tree is what JSX would have made.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  cache.write(key, png);
  cardStats.made += 1;
  console.log(`[social-image] made "${card.title}" (${cardStats.made} made, ${cardStats.reused} reused so far)`);
  return png;
}
