/**
 * The /og/[...card].png route, injected by the social-cards integration (./index.ts). In a build it hands every card
 * over to the integration (./handover.ts) and makes no page; the dev server draws a card when it is asked for.
 */
import type { APIRoute, ImageMetadata } from 'astro';
import { getArticles, getTechniques } from '../../server/collections.ts';
import { settings } from '../../server/settings.ts';
import { handOverCards, type NamedCard } from './handover.ts';
import { renderCard } from './drawer.ts';
import { CARD_KICKERS, cardInput, type CardInput } from '../../lib/social-card.ts';
import { SITE_CARD_NAME, socialCardName } from '../../lib/seo/routes.ts';

/** Every SVG in src/assets as text, loaded only when a card asks for it. */
const svgSources = import.meta.glob<string>('/src/assets/**/*.svg', { query: '?raw', import: 'default' });

/** The hero's SVG text, found by the file name Astro keeps in the built image's address ("/_astro/<name>.<hash>.svg"). */
async function heroSvg(hero: ImageMetadata | undefined): Promise<string | undefined> {
  if (!hero || hero.format !== 'svg') return undefined;
  const name = hero.src
    .split('?')[0]!
    .split('/')
    .pop()!
    .replace(/(\.[\w-]{6,12})?\.svg$/, '');
  const matches = Object.keys(svgSources).filter((file) => file.endsWith(`/${name}.svg`));
  const load = matches.length === 1 ? svgSources[matches[0]!] : undefined;
  return load ? load() : undefined;
}

const card = async (title: string, kicker: string, hero?: ImageMetadata): Promise<CardInput> =>
  cardInput(title, kicker, settings, await heroSvg(hero));

/** One 1200x630 card per article and technique, and the site card for every other page. */
export async function getStaticPaths() {
  const [articles, techniques] = await Promise.all([getArticles(), getTechniques()]);
  const cards: NamedCard[] = await Promise.all([
    card(settings.tagline, CARD_KICKERS.site).then((input) => ({ name: SITE_CARD_NAME, card: input })),
    ...articles.map(async (entry) => ({
      name: socialCardName('articles', entry.id),
      card: await card(entry.data.title, CARD_KICKERS.article, entry.data.hero.src),
    })),
    ...techniques.map(async (entry) => ({
      name: socialCardName('techniques', entry.id),
      card: await card(entry.data.title, CARD_KICKERS.technique, entry.data.hero.src),
    })),
  ]);
  // In a build the social-cards integration draws the cards on worker threads and links them into dist/og/ once the
  // pages are written (see ./index.ts).
  if (import.meta.env.PROD) {
    handOverCards(cards);
    return [];
  }
  return cards.map(({ name, card: props }) => ({ params: { card: name }, props }));
}

/** The dev server draws a card when it is asked for. */
export const GET: APIRoute<CardInput> = async ({ props }) => {
  const png = await renderCard(props);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
