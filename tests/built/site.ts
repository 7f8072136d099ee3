import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSite } from '../../tools/quality/read-dist.ts';
import { settings } from '../../src/server/settings.ts';
import { normalisePath } from '../../src/lib/seo/routes.ts';

/** The built site these checks read; `npm test` builds it first. BUILT_SITE_DIR points them at another copy (to try a planted defect). */
export const dist = process.env.BUILT_SITE_DIR
  ? `${process.env.BUILT_SITE_DIR.replace(/\/+$/, '')}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

let cached: ReturnType<typeof readSite> | undefined;

/** Parsed pages and stylesheets of dist/, read once per test file. */
export function site() {
  cached ??= readSite(dist, settings.siteUrl);
  if (cached.pages.size === 0) throw new Error('dist/ has no pages: run `npm run build` first.');
  return cached;
}

export const readDistFile = (file: string) => readFileSync(`${dist}${file}`, 'utf8');

let htmlCache: Map<string, string> | undefined;

/** The raw HTML of every page, keyed by the path it is served at ("/", "/faq"). */
export function pageHtml(): Map<string, string> {
  htmlCache ??= new Map([...site().pages.keys()].map((file) => [normalisePath(file), readDistFile(file)]));
  return htmlCache;
}
