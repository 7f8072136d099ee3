/**
 * The social cards of the article and technique files, worked out from the files' text before Astro reads them,
 * so the card workers can start at once (src/integrations/social-cards/index.ts). Built with the same cardInput()
 * as the og route, so a file read the same way gives the same card; one read differently (a title form
 * frontmatterTitle leaves alone, a hero outside src/assets) is left out or drawn for nothing, never wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { folderCollections } from '../../lib/content/layout.ts';
import { findImageRefs } from '../../lib/content/image-refs.ts';
import { CARD_KICKERS, cardInput, type CardInput } from '../../lib/social-card.ts';
import { frontmatterTitle } from '../../lib/content/frontmatter-title.ts';

const KICKERS: Record<string, string> = { articles: CARD_KICKERS.article, techniques: CARD_KICKERS.technique };

/** The cards for the site card and every article and technique file under root whose title reads plainly. */
export function cardsFromContentFiles(
  root: string,
  env: Record<string, string | undefined>,
  site: { name: string; siteUrl: string; tagline: string },
): CardInput[] {
  const pictures = new Map<string, string | undefined>();
  const svgText = (file: string): string | undefined => {
    if (!pictures.has(file)) pictures.set(file, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    return pictures.get(file);
  };
  const cards: CardInput[] = [cardInput(site.tagline, CARD_KICKERS.site, site)];
  for (const { collection, folder, extension } of folderCollections(env)) {
    const kicker = KICKERS[collection];
    if (!kicker) continue;
    const dir = resolve(root, folder);
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(extension));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      const title = frontmatterTitle(text);
      if (!title) continue;
      const hero = findImageRefs(text, false).find((ref) => ref.field === 'hero.src');
      const heroSvg = hero?.path.toLowerCase().endsWith('.svg')
        ? svgText(resolve(dirname(file), hero.path))
        : undefined;
      cards.push(cardInput(title, kicker, site, heroSvg));
    }
  }
  return cards;
}
