import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cardsFromContentFiles } from '../../src/integrations/social-cards/early-cards.ts';
import { cardKey } from '../../src/integrations/social-cards/cache.ts';
import { CARD_KICKERS, cardInput } from '../../src/lib/social-card.ts';

const site = { name: 'Test Clinic', siteUrl: 'https://clinic.example/', tagline: 'Massage for backs' };
const root = mkdtempSync(join(tmpdir(), 'early-cards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const hero = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"><rect width="12" height="6"/></svg>';
const mdx = (title: string, heroPath: string) =>
  `---\ntitle: ${title}\nhero:\n  src: ${heroPath}\n  alt: "A drawing."\n---\n\nText.\n`;

mkdirSync(join(root, 'src/assets/heroes'), { recursive: true });
mkdirSync(join(root, 'articles/nested'), { recursive: true });
mkdirSync(join(root, 'src/content/techniques'), { recursive: true });
writeFileSync(join(root, 'src/assets/heroes/back.svg'), hero);
writeFileSync(join(root, 'src/assets/heroes/photo.jpg'), 'not really a photo');
const files = {
  'articles/plain.mdx': mdx('"Why steady visits help: a plan"', '../src/assets/heroes/back.svg'),
  'articles/nested/photo.mdx': mdx("'It''s about your desk'", '../../src/assets/heroes/photo.jpg'),
  'articles/folded.mdx': mdx('>\n  A folded\n  title', '../src/assets/heroes/back.svg'),
  'src/content/techniques/deep.mdx': mdx('Deep tissue work', '../../assets/heroes/back.svg'),
};
for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);

describe('cardsFromContentFiles', () => {
  const cards = cardsFromContentFiles(root, { CONTENT_ARTICLES_DIR: join(root, 'articles') }, site);
  const titleOf = (file: string) =>
    String((parse(files[file as keyof typeof files].split('---')[1]!) as { title: string }).title);

  it('makes the same cards (so the same cache keys) as the og route makes from the parsed entries', () => {
    const expected = [
      cardInput(site.tagline, CARD_KICKERS.site, site),
      cardInput(titleOf('articles/plain.mdx'), CARD_KICKERS.article, site, hero),
      cardInput(titleOf('articles/nested/photo.mdx'), CARD_KICKERS.article, site),
      cardInput(
        titleOf('src/content/techniques/deep.mdx'),
        CARD_KICKERS.technique,
        site,
        readFileSync(join(root, 'src/assets/heroes/back.svg'), 'utf8'),
      ),
    ];
    expect(new Set(cards.map((each) => cardKey(each)))).toEqual(new Set(expected.map((each) => cardKey(each))));
  });

  it('leaves out a file whose title it cannot read plainly', () => {
    expect(cards.some((each) => each.title.includes('folded'))).toBe(false);
    expect(cards).toHaveLength(4);
  });
});
