/**
 * The social card's design as a satori element tree: pure data, so it can be tested and hashed.
 * 1200x630, the brand's cream, teal and terracotta, the page title large, the clinic's name, and the
 * page's hero picture on the right when it has one.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the design changes, so cached cards are made again. */
export const CARD_DESIGN_VERSION = 1;

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
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string; [key: string]: unknown };
}

/** Smaller type for longer titles, so a 90-character headline still fits in four lines. */
export function titleSize(title: string): number {
  if (title.length <= 32) return 72;
  if (title.length <= 56) return 60;
  return 50;
}

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children'], extra: Record<string, unknown> = {}): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...extra },
});

/** The hero as an image source satori can draw. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** The whole card as satori nodes. */
export function cardTree(card: CardInput): CardNode {
  const heroWidth = 440;
  const text = node('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, height: '100%' }, [
    node('div', { display: 'flex', flexDirection: 'column' }, [
      node('div', { fontSize: 28, fontWeight: 700, color: BRAND.terracotta, textTransform: 'uppercase', letterSpacing: 2 }, card.kicker),
      node('div', { marginTop: 20, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12, color: BRAND.ink }, card.title),
    ]),
    node('div', { display: 'flex', flexDirection: 'column' }, [
      node('div', { fontSize: 40, fontWeight: 700, color: BRAND.teal }, card.siteName),
      node('div', { marginTop: 6, fontSize: 26, color: BRAND.ink }, card.footnote),
    ]),
  ]);
  const hero = card.heroSvg
    ? [
        node('div', { display: 'flex', alignItems: 'center', marginLeft: 48 }, [
          node('img', { borderRadius: 24, border: `4px solid ${BRAND.teal}` }, undefined, {
            src: svgDataUri(card.heroSvg),
            width: heroWidth,
            height: Math.round((heroWidth * 675) / 1200),
          }),
        ]),
      ]
    : [];
  return node(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: BRAND.cream,
      fontFamily: 'Atkinson Hyperlegible Next',
    },
    [
      node('div', { display: 'flex', flex: 1, padding: '64px 72px 56px' }, [text, ...hero]),
      node('div', { display: 'flex', height: 20, width: '100%' }, [
        node('div', { flex: 3, backgroundColor: BRAND.teal }),
        node('div', { flex: 1, backgroundColor: BRAND.terracotta }),
      ]),
    ],
  );
}
