/**
 * A small HTML tag scanner for the built site: the security headers hash its inline code at build time, and the
 * checks in quality/ read its tags. The build's HTML is machine-written and well formed, so reading start tags
 * and the raw text of <script> and <style> is enough; no DOM is needed.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

export interface Tag {
  /** Lowercase element name, such as "a" or "link". */
  name: string;
  /** Attributes by lowercase name; a bare attribute (like `hidden`) has the value "". */
  attrs: Record<string, string>;
  /** The raw text inside <script> and <style>; undefined for other elements. */
  text?: string;
}

/** Decodes the character references in an attribute value (URLs with &amp; and quotes), as a browser does. */
export function decodeEntities(value: string): string {
  return decodeHTMLAttribute(value);
}

/** Attributes of a start tag by lowercase name, values decoded; the first of a repeated name wins. */
export function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const pattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const name = match[1]!.toLowerCase();
    if (name in attrs) continue;
    attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

/** Every start tag in the document, in order, skipping comments; script and style tags carry their raw text. */
export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const pattern =
    /<!--[\s\S]*?-->|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html))) {
    if (!match[1]) continue;
    const name = match[1].toLowerCase();
    const tag: Tag = { name, attrs: parseAttributes(match[2] ?? '') };
    if (name === 'script' || name === 'style') {
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = pattern.lastIndex;
      const stop = closer.exec(html)?.index ?? html.length;
      tag.text = html.slice(pattern.lastIndex, stop);
      pattern.lastIndex = stop;
    }
    tags.push(tag);
  }
  return tags;
}

/** The text a page draws: its <body> without markup, scripts, styles or comments, entities decoded. */
export function pageText(html: string): string {
  const body = html.slice(Math.max(0, html.search(/<body[\s>]/i)));
  return decodeHTML(
    body.replace(/<!--[\s\S]*?-->|<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<[^>]*>/g, ''),
  );
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

/** The same as inlineCode(parseTags(html)), reading only script and style elements: fast enough to run on every page at build time. */
export function inlineCodeOf(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const withoutComments = html.includes('<!--') ? html.replace(/<!--[\s\S]*?-->/g, '') : html;
  for (const match of withoutComments.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi)) {
    const tag: Tag = { name: match[1]!.toLowerCase(), attrs: parseAttributes(match[2] ?? ''), text: match[3] ?? '' };
    if (tag.name === 'style') styles.push(tag.text!);
    else if (isExecutableScript(tag) && tag.attrs.src === undefined) scripts.push(tag.text!);
  }
  return { scripts, styles };
}
