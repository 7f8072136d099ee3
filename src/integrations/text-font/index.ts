/**
 * The text font, Atkinson Hyperlegible Next (variable, from @fontsource-variable), as two files with one name:
 * a small core file every page preloads (printable ASCII and English punctuation), and a second file with the
 * rest of the package's Latin characters (accents, symbols), which the browser downloads only on a page whose
 * text has one (CSS unicode-range). Both keep weights 400 to 700 only, what the pages use. They are cut from the
 * package's Latin file at build time with HarfBuzz (subset-font), and cached in .cache/fonts/ by a hash of their
 * inputs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  formatUnicodeRange,
  parseUnicodeRange,
  rangesOfText,
  subtractRanges,
  type CodepointRange,
} from '../../lib/fonts/unicode-range.ts';

const PACKAGE = '@fontsource-variable/atkinson-hyperlegible-next';
const LATIN_FILE = 'atkinson-hyperlegible-next-latin-wght-normal.woff2';

/** What the core file holds: printable ASCII, no-break space, the copyright sign (every footer), middle dot, curly quotes, en and em dashes, ellipsis. */
const CORE_TEXT = `${String.fromCharCode(...Array.from({ length: 95 }, (_, index) => 0x20 + index))}\u00a0©·‘’“”–—…`;

/** Where the cut files are kept, in the project folder (git-ignored). */
const CACHE_DIR = '.cache/fonts/';

/** The weights the pages use (text and bold); the core file keeps only this stretch of the weight axis. */
const TEXT_WEIGHTS = { min: 400, max: 700 } as const;

/**
 * OpenType features kept: kerning and what shaping needs (HarfBuzz's defaults). The font's fractions and
 * tabular or proportional figures go; the pages never ask for them.
 */
const KEPT_FEATURES = ['kern', 'ccmp', 'locl', 'mark', 'mkmk'];

/** One @font-face of the family, in the shape of Astro's local font provider variants. */
export interface TextFontVariant {
  /**
   * The cut file, relative to the project folder ("./.cache/fonts/..."), which Astro's local provider resolves
   * against it. Astro names the family after a hash of these settings ("Atkinson Hyperlegible Next-<hash>"), so an
   * absolute path would give every checkout of the same code its own family name; the file name carries the hash
   * of the cut's inputs instead.
   */
  src: [string];
  weight: string;
  style: 'normal';
  unicodeRange: [string, ...string[]];
}

/** Control characters are never drawn, so they must not make a browser fetch the second file. */
const CONTROL_CHARACTERS = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
] as const;

const nonEmpty = (parts: string[]): [string, ...string[]] => {
  if (parts.length === 0) throw new Error('A font face needs at least one unicode-range part.');
  return parts as [string, ...string[]];
};

/** The unicode-range the package gives its Latin file, read from its stylesheet. */
function latinRange(require: NodeJS.Require): string {
  const css = readFileSync(require.resolve(`${PACKAGE}/wght.css`), 'utf8');
  const face = [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((match) => match[1]!)
    .find((body) => body.includes(`/${LATIN_FILE}`));
  const range = face && /unicode-range:\s*([^;]+);/.exec(face)?.[1];
  if (!range)
    throw new Error(`${PACKAGE}/wght.css has no unicode-range for ${LATIN_FILE}: has the package changed its files?`);
  return range;
}

/** Every character in the ranges, as text for the subsetter. */
const textOfRanges = (ranges: readonly CodepointRange[]) =>
  ranges
    .map(([first, last]) =>
      String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, index) => first + index)),
    )
    .join('');

/**
 * The two faces of the text font for astro.config.mjs, the core first (BaseHead preloads the first face only).
 * `root` is the project folder; the files are cut into .cache/fonts/ there when missing, and named relative to it.
 */
export async function textFontVariants(root: URL): Promise<TextFontVariant[]> {
  const require = createRequire(root);
  const source = readFileSync(require.resolve(`${PACKAGE}/files/${LATIN_FILE}`));
  const subsetVersion = (
    JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8')) as { version: string }
  ).version;
  const cacheDir = new URL(CACHE_DIR, root);
  const weight = `${TEXT_WEIGHTS.min} ${TEXT_WEIGHTS.max}`;
  const core = rangesOfText(CORE_TEXT);
  const rest = subtractRanges(parseUnicodeRange(latinRange(require)), [...core, ...CONTROL_CHARACTERS]);
  return Promise.all(
    [['core', core] as const, ['rest', rest] as const].map(async ([name, ranges]): Promise<TextFontVariant> => {
      const text = textOfRanges(ranges);
      const key = createHash('sha256')
        .update(source)
        .update(text)
        .update(weight)
        .update(KEPT_FEATURES.join())
        .update(subsetVersion)
        .digest('hex')
        .slice(0, 16);
      const prefix = `atkinson-hyperlegible-next-${name}-`;
      const fromRoot = `./${CACHE_DIR}${prefix}${key}.woff2`;
      const file = fileURLToPath(new URL(fromRoot, root));
      if (!existsSync(file)) {
        mkdirSync(cacheDir, { recursive: true });
        // Files cut from older inputs are never used again.
        for (const old of readdirSync(cacheDir).filter((entry) => entry.startsWith(prefix)))
          rmSync(new URL(old, cacheDir));
        // Loaded only when a face must be cut: a build with both faces cached never starts HarfBuzz.
        const { default: subsetFont } = await import('subset-font');
        const options = {
          targetFormat: 'woff2',
          keepFeatures: KEPT_FEATURES,
          variationAxes: { wght: { ...TEXT_WEIGHTS } },
        } as const;
        writeFileSync(file, await subsetFont(source, text, options));
      }
      return { src: [fromRoot], weight, style: 'normal', unicodeRange: nonEmpty(formatUnicodeRange(ranges)) };
    }),
  );
}
