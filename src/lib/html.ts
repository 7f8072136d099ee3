/**
 * The project's one HTML parser, for reading built pages: the security headers hash their inline code and the
 * page facts read their meta tags at build time, and the checks in tools/quality/ read their tags, text and tree.
 * Every reader here runs htmlparser2's tokenizer, so raw text (script, style), character references, void
 * elements and implied end tags follow the HTML rules rather than a pattern's guess.
 */
import { Parser } from 'htmlparser2';

export interface Tag {
  /** Lowercase element name, such as "a" or "link". */
  name: string;
  /** Attributes by lowercase name, values decoded; a bare attribute (like `hidden`) has the value "". */
  attrs: Record<string, string>;
  /** The raw text inside <script> and <style>; undefined for other elements. */
  text?: string;
}

/** An element of a page's tree; text is decoded, and adjacent text is one string. */
export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (HtmlElement | string)[];
  parent: HtmlElement | null;
}

const RAW_TEXT = new Set(['script', 'style']);

/**
 * Every start tag in the document, in order, skipping comments; script and style tags carry their raw text.
 * With `until`, reading stops at the first start tag of that name, which is left out (`'body'` reads the head).
 */
export function parseTags(html: string, until?: string): Tag[] {
  const tags: Tag[] = [];
  let raw: Tag | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === until) return parser.pause();
      const tag: Tag = { name, attrs };
      if (RAW_TEXT.has(name)) raw = Object.assign(tag, { text: '' });
      tags.push(tag);
    },
    ontext(text) {
      if (raw) raw.text += text;
    },
    onclosetag() {
      raw = undefined;
    },
  });
  parser.end(html);
  return tags;
}

/** The document as a tree under a '#root' element, closing what HTML closes implicitly (void elements, <p>, <li>). */
export function parseTree(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [], parent: null };
  let current = root;
  new Parser({
    onopentag(name, attrs) {
      const element: HtmlElement = { name, attrs, children: [], parent: current };
      current.children.push(element);
      current = element;
    },
    ontext(text) {
      const last = current.children.length - 1;
      if (typeof current.children[last] === 'string') current.children[last] += text;
      else current.children.push(text);
    },
    onclosetag() {
      current = current.parent ?? root;
    },
  }).end(html);
  return root;
}

/** Elements whose text the reader does not see as page text. */
const UNSEEN = new Set(['head', 'script', 'style', 'template']);

/** The text a page draws: everything outside <head>, scripts, styles, templates and comments, entities decoded. */
export function pageText(html: string): string {
  let text = '';
  let unseen = 0;
  new Parser({
    onopentag(name) {
      if (UNSEEN.has(name)) unseen++;
    },
    ontext(chunk) {
      if (unseen === 0) text += chunk;
    },
    onclosetag(name) {
      if (UNSEEN.has(name)) unseen--;
    },
  }).end(html);
  return text;
}

/** Script types the browser runs; anything else (application/ld+json, importmap aside) is data. */
export function isExecutableScript(tag: Tag): boolean {
  if (tag.name !== 'script') return false;
  const type = (tag.attrs.type ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** Inline code the browser runs or applies: executable scripts without src, and <style> elements. */
export function inlineCode(tags: Tag[]): { scripts: string[]; styles: string[] } {
  return {
    scripts: tags.filter((tag) => isExecutableScript(tag) && tag.attrs.src === undefined).map((tag) => tag.text ?? ''),
    styles: tags.filter((tag) => tag.name === 'style').map((tag) => tag.text ?? ''),
  };
}

/** The inline code of one page: inlineCode(parseTags(html)). */
export function inlineCodeOf(html: string): { scripts: string[]; styles: string[] } {
  return inlineCode(parseTags(html));
}
