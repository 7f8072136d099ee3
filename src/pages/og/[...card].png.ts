import type { APIRoute, ImageMetadata } from 'astro';
import { getArticles, getTechniques } from '../../lib/readers/collections.ts';
import { settings } from '../../lib/readers/settings.ts';
import { renderCard } from '../../lib/readers/social-image/render.ts';
import { SITE_CARD_NAME, socialCardName } from '../../lib/utils/routes.ts';

interface Props {
  title: string;
  kicker: string;
  hero?: ImageMetadata | undefined;
}

/** One 1200x630 card per article and technique, and the site card for every other page. */
export async function getStaticPaths() {
  const [articles, techniques] = await Promise.all([getArticles(), getTechniques()]);
  return [
    { params: { card: SITE_CARD_NAME }, props: { title: settings.tagline, kicker: 'Massage clinic' } },
    ...articles.map((entry) => ({ params: { card: socialCardName('articles', entry.id) }, props: { title: entry.data.title, kicker: 'Article', hero: entry.data.hero.src } })),
    ...techniques.map((entry) => ({ params: { card: socialCardName('techniques', entry.id) }, props: { title: entry.data.title, kicker: 'Technique', hero: entry.data.hero.src } })),
  ];
}

/** Every SVG in src/assets as text, loaded only when a card asks for it. */
const svgSources = import.meta.glob<string>('/src/assets/**/*.svg', { query: '?raw', import: 'default' });

/** The hero's SVG text, found by the file name Astro keeps in the built image's address ("/_astro/<name>.<hash>.svg"). */
async function heroSvg(hero: ImageMetadata | undefined): Promise<string | undefined> {
  if (!hero || hero.format !== 'svg') return undefined;
  const name = hero.src.split('?')[0]!.split('/').pop()!.replace(/(\.[\w-]{6,12})?\.svg$/, '');
  const matches = Object.keys(svgSources).filter((file) => file.endsWith(`/${name}.svg`));
  const load = matches.length === 1 ? svgSources[matches[0]!] : undefined;
  return load ? load() : undefined;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await renderCard({
    title: props.title,
    kicker: props.kicker,
    siteName: settings.name,
    footnote: new URL(settings.siteUrl).host,
    heroSvg: await heroSvg(props.hero),
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
