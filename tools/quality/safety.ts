/**
 * The safety-text check on the built site: wherever a page mentions emergency care (911, 999, "emergency"),
 * the reader must see every emergency sign from the red-flag module, or be one link away from a card that
 * lists them. Pure: the caller passes the pages' HTML.
 */
import { parseTree, type HtmlElement as Element } from '../../src/lib/html.ts';
import { normalisePath } from '../../src/lib/seo/routes.ts';

/** Elements read as empty: code and drawings hold no reader-facing sentences. */
const SKIPPED = new Set(['script', 'style', 'svg']);
/** Elements that end a block of text: a link to the signs must sit in the same one as the mention. */
const BLOCKS = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'blockquote',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'details',
  'summary',
  'label',
  'legend',
]);
/** Regions of a page: the signs themselves may be anywhere inside the region that holds the mention. */
const REGIONS = new Set(['article', 'main', 'aside', 'footer', 'header', 'nav', 'dialog', 'body']);

/** Words that say "emergency care": the emergency numbers or the word itself. */
const EMERGENCY_MENTION = /\b(?:911|999)\b|\bemergenc(?:y|ies)\b/i;

/** The words inside an element, with runs of white space made single. */
export function textOf(node: Element | string): string {
  const raw = (n: Element | string): string =>
    typeof n === 'string' ? n : SKIPPED.has(n.name) ? ' ' : ` ${n.children.map(raw).join('')} `;
  return raw(node).replace(/\s+/g, ' ').trim();
}

function* walk(node: Element): Generator<Element> {
  yield node;
  if (SKIPPED.has(node.name)) return;
  for (const child of node.children) if (typeof child !== 'string') yield* walk(child);
}

const missingSigns = (text: string, signs: readonly string[]) => signs.filter((sign) => !text.includes(sign));

/** Every page's problems: each mention of emergency care not covered by the signs or a link to them. */
export function findSafetyGaps(pages: ReadonlyMap<string, string>, signs: readonly string[]): string[] {
  const trees = new Map([...pages].map(([path, html]) => [path, parseTree(html)]));
  const anchorCache = new Map<string, boolean>();
  /** True when the href leads to an element (on this or another page) that lists every sign. */
  const linksToSigns = (from: string, href: string): boolean => {
    const url = new URL(href, `https://site.invalid${from}`);
    if (url.origin !== 'https://site.invalid' || !url.hash) return false;
    const path = normalisePath(url.pathname);
    const key = `${path}#${url.hash}`;
    let ok = anchorCache.get(key);
    if (ok === undefined) {
      const tree = trees.get(path);
      const id = decodeURIComponent(url.hash.slice(1));
      const target = tree ? [...walk(tree)].find((element) => element.attrs.id === id) : undefined;
      ok = target !== undefined && missingSigns(textOf(target), signs).length === 0;
      anchorCache.set(key, ok);
    }
    return ok;
  };

  const gaps: string[] = [];
  for (const [path, tree] of trees) {
    for (const element of walk(tree)) {
      for (const child of element.children) {
        if (typeof child !== 'string') continue;
        const mention = EMERGENCY_MENTION.exec(child);
        if (!mention) continue;
        let block: Element | null = element;
        while (block && !BLOCKS.has(block.name) && !REGIONS.has(block.name)) block = block.parent;
        const linked =
          block !== null &&
          [...walk(block)].some(
            (a) => a.name === 'a' && a.attrs.href !== undefined && linksToSigns(path, a.attrs.href),
          );
        let shown = false;
        for (
          let scope: Element | null = element;
          scope && !shown;
          scope = REGIONS.has(scope.name) ? null : scope.parent
        ) {
          shown = missingSigns(textOf(scope), signs).length === 0;
        }
        if (!linked && !shown) {
          gaps.push(
            `${path}: "${textOf(child).slice(0, 90)}" mentions emergency care ("${mention[0]}") but neither shows every emergency sign from src/lib/safety/red-flags.ts (RedFlagCards or EmergencySigns) nor links to a card that does (for example /medical-disclaimer#warning-signs)`,
          );
        }
      }
    }
  }
  return gaps;
}
