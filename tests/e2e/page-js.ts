import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);

/** One piece of JavaScript a built page runs: an inline module script or a same-site file. */
export interface PageScript {
  /** "inline" or the file's path, such as "/_astro/x.js". */
  source: string;
  text: string;
  /** Its size after gzip at the default level, as a server would send it. */
  gzipBytes: number;
}

const htmlFileOf = (path: string) => (path === '/' ? 'index.html' : `${path.replace(/^\/|\/$/g, '')}.html`);
// import "./x.js", from "/_astro/x.js", import("./x.js"): every module a script can pull in.
const IMPORTS = /(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g;

/** Every script the built page at `path` loads: inline modules, script and modulepreload files, and their imports. */
export function pageScripts(path: string): PageScript[] {
  const html = readFileSync(new URL(htmlFileOf(path), dist), 'utf8');
  const scripts: PageScript[] = [];
  const seen = new Set<string>();
  const add = (source: string, text: string, base: string) => {
    scripts.push({ source, text, gzipBytes: gzipSync(text).length });
    for (const [, target] of text.matchAll(IMPORTS)) load(new URL(target!, `http://site${base}`).pathname);
  };
  const load = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    add(file, readFileSync(new URL(`.${file}`, dist), 'utf8'), file);
  };
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) load(new URL(src, `http://site/${htmlFileOf(path)}`).pathname);
    else if (body.trim()) add('inline', body, `/${htmlFileOf(path)}`);
  }
  for (const [, href] of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    load(new URL(href!, 'http://site/').pathname);
  return scripts;
}

export const totalGzip = (scripts: readonly PageScript[]) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
