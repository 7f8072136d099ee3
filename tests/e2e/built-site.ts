import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site, read from disk: what search engines and social sites see. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface BuiltPage {
  /** The page's address, for example "/contact" or "/". */
  path: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    // Not site pages: the search index, bundled assets, and the staff editor (Decap CMS, checked in admin.spec.ts).
    if (statSync(full).isDirectory()) return ['pagefind', '_astro', 'admin'].includes(name) ? [] : walk(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML page in dist/, with its address. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error('No dist/: run `npm run build` before the end-to-end tests.');
  return walk(distDir)
    .map((file) => {
      const path = `/${relative(distDir, file).replace(/\\/g, '/')}`
        .replace(/(^|\/)index\.html$/, '/')
        .replace(/\.html$/, '');
      return { path: path === '' ? '/' : path, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The attributes of every tag with this name in the page's <head>. */
function headTags(html: string, tag: 'meta' | 'link'): Record<string, string>[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, decode(attr[2]!)])),
  );
}

/** The content of <meta name|property="key">, or undefined. */
export function metaContent(html: string, key: string): string | undefined {
  return headTags(html, 'meta').find((attrs) => attrs['name'] === key || attrs['property'] === key)?.['content'];
}

export function pageTitle(html: string): string | undefined {
  const found = /<title>([^<]*)<\/title>/.exec(html);
  return found ? decode(found[1]!) : undefined;
}

export function canonicalHref(html: string): string | undefined {
  return headTags(html, 'link').find((attrs) => attrs['rel'] === 'canonical')?.['href'];
}

export const isNoindexPage = (html: string): boolean => /noindex/.test(metaContent(html, 'robots') ?? '');

/** The raw text of every JSON-LD block on the page. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}
