/**
 * The social card's design as a satori element tree: pure data, so it can be tested and hashed.
 * 1200x630, the brand's cream, teal and terracotta, the page title large, the clinic's name, and the
 * page's hero picture on the right when it has one. Drawn in two layers (background, title) so the
 * background is drawn once per kicker and hero, not once per card: see src/integrations/social-cards/draw.ts.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the design changes, so cached cards are made again. */
export const CARD_DESIGN_VERSION = 2;

export const BRAND = { teal: '#0e5c58', terracotta: '#a8401c', cream: '#f1eee6', ink: '#1b2527' } as const;

export interface CardInput {
  /** The page title, shown large. */
  title: string;
  /** A small label above the title, for example "Article" or "Technique". */
  kicker: string;
  /** The clinic's name, shown at the foot of the card. */
  siteName: string;
  /** A line under the clinic's name, for example the site's address. */
  footnote: string;
  /** The hero picture as SVG text, if the page has one. */
  heroSvg?: string | undefined;
}

/** A satori node: what satori's JSX would produce, written as objects. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | CardNode | string;
    [key: string]: unknown;
  };
}

/** The small label above the title, per kind of page. */
export const CARD_KICKERS = { article: 'Article', technique: 'Technique', site: 'Massage clinic' } as const;

/** A page's card: its title, kicker and hero, with the clinic's name and address that every card shows. */
export function cardInput(
  title: string,
  kicker: string,
  site: { name: string; siteUrl: string },
  heroSvg?: string,
): CardInput {
  return { title, kicker, siteName: site.name, footnote: new URL(site.siteUrl).host, heroSvg };
}

/** Smaller type for longer titles, so a 90-character headline still fits in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 32) return 72;
  if (title.length <= 56) return 60;
  return 50;
}

const node = (
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children'],
  extra: Record<string, unknown> = {},
): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...extra },
});

/** The hero as an image source satori can draw. */
function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** A layer's place on the card, in pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const PAD = { left: 72, right: 72, top: 64, bottom: 56 } as const;
const BAR_HEIGHT = 20;
const HERO_WIDTH = 440;
const HERO_HEIGHT = Math.round((HERO_WIDTH * 675) / 1200);
const HERO_BORDER = 4;
const HERO_GAP = 48;

/** The hero's box (picture and border), on the right and centred between the top and the colour bar. */
export const HERO_BOX: Box = (() => {
  const width = HERO_WIDTH + 2 * HERO_BORDER;
  const height = HERO_HEIGHT + 2 * HERO_BORDER;
  return {
    left: CARD_WIDTH - PAD.right - width,
    top: Math.round((CARD_HEIGHT - BAR_HEIGHT - height) / 2),
    width,
    height,
  };
})();

/** The title's box: below the kicker, beside the hero when there is one, above the clinic's name. */
export function titleBox(card: Pick<CardInput, 'heroSvg'>): Box {
  const right = card.heroSvg ? HERO_BOX.left - HERO_GAP : CARD_WIDTH - PAD.right;
  return { left: PAD.left, top: 118, width: right - PAD.left, height: 330 };
}

/**
 * The card is drawn in layers, each on the brand cream so it can be laid on the next without blending:
 * the background (kicker, clinic name, colour bar) once per kicker, the hero once per picture, the title per
 * card. Drawing only the title per card is what keeps a cold build of thousands of articles quick.
 */
export function cardBackgroundTree(card: Pick<CardInput, 'kicker' | 'siteName' | 'footnote'>): CardNode {
  return node(
    'div',
    {
      display: 'flex',
      position: 'relative',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: BRAND.cream,
      fontFamily: 'Atkinson Hyperlegible Next',
    },
    [
      node(
        'div',
        {
          position: 'absolute',
          left: PAD.left,
          top: PAD.top,
          fontSize: 28,
          fontWeight: 700,
          color: BRAND.terracotta,
          textTransform: 'uppercase',
          letterSpacing: 2,
        },
        card.kicker,
      ),
      node(
        'div',
        {
          position: 'absolute',
          left: PAD.left,
          bottom: BAR_HEIGHT + PAD.bottom,
          display: 'flex',
          flexDirection: 'column',
        },
        [
          node('div', { fontSize: 40, fontWeight: 700, color: BRAND.teal }, card.siteName),
          node('div', { marginTop: 6, fontSize: 26, color: BRAND.ink }, card.footnote),
        ],
      ),
      node('div', { position: 'absolute', left: 0, bottom: 0, display: 'flex', height: BAR_HEIGHT, width: '100%' }, [
        node('div', { flex: 3, backgroundColor: BRAND.teal }),
        node('div', { flex: 1, backgroundColor: BRAND.terracotta }),
      ]),
    ],
  );
}

/** The hero picture with its rounded border, sized to HERO_BOX. */
export function cardHeroTree(heroSvg: string): CardNode {
  return node(
    'div',
    { display: 'flex', width: HERO_BOX.width, height: HERO_BOX.height, backgroundColor: BRAND.cream },
    [
      node('img', { borderRadius: 24, border: `${HERO_BORDER}px solid ${BRAND.teal}` }, undefined, {
        src: svgDataUri(heroSvg),
        width: HERO_WIDTH,
        height: HERO_HEIGHT,
      }),
    ],
  );
}

/** The title on its own, sized to titleBox(). */
export function cardTitleTree(card: Pick<CardInput, 'title' | 'heroSvg'>): CardNode {
  const { width, height } = titleBox(card);
  return node(
    'div',
    {
      display: 'flex',
      width,
      height,
      backgroundColor: BRAND.cream,
      fontFamily: 'Atkinson Hyperlegible Next',
      fontSize: titleSize(card.title),
      fontWeight: 700,
      lineHeight: 1.12,
      color: BRAND.ink,
    },
    card.title,
  );
}
