/** Reads a built site (dist/) for the quality checks and the benchmark: pages, stylesheets and gzipped sizes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fontFaceUrls, pageLoads, staticImports, type PageBytes } from './budgets.ts';
import { pageText, parseTags, type Tag } from '../../src/lib/html.ts';
import { resolveFile, type SiteSnapshot } from './links.ts';
import { normalisePath } from '../../src/lib/seo/routes.ts';
import { listFiles } from '../../src/integrations/dist-files.ts';

/**
 * Folders of dist/ that hold a separate app, not site pages: the staff editor (Decap CMS) has its own page,
 * bundle and policy, checked by tests/e2e/admin.spec.ts and the /admin header test. Their files still count
 * as existing for the link check.
 */
const SEPARATE_APPS = ['admin/'];

/** Parses every page and stylesheet in dist/. */
export function readSite(dist: string, siteOrigin: string): SiteSnapshot {
  const files = listFiles(dist);
  const pages = new Map<string, Tag[]>();
  const stylesheets = new Map<string, string>();
  for (const file of files) {
    if (SEPARATE_APPS.some((folder) => file.startsWith(folder))) continue;
    if (file.endsWith('.html')) pages.set(file, parseTags(readFileSync(join(dist, file), 'utf8')));
    else if (file.endsWith('.css')) stylesheets.set(file, readFileSync(join(dist, file), 'utf8'));
  }
  return { pages, stylesheets, files: new Set(files), siteOrigin: new URL(siteOrigin).origin };
}

const gzipped = (data: string | Buffer) => gzipSync(data).length;

/** Measures, gzipped, what each page loads: its HTML, stylesheets, scripts with their static imports, and the fonts its text uses. */
export function measurePages(dist: string, site: SiteSnapshot): Map<string, PageBytes> {
  const sizeCache = new Map<string, number>();
  const fileSize = (file: string) => {
    let size = sizeCache.get(file);
    if (size === undefined) sizeCache.set(file, (size = gzipped(readFileSync(join(dist, file)))));
    return size;
  };
  const local = (url: string, from: string) => {
    const resolved = new URL(url, new URL(from, site.siteOrigin));
    return resolved.origin === site.siteOrigin ? resolveFile(resolved.pathname, site.files) : undefined;
  };
  const results = new Map<string, PageBytes>();
  for (const [file, tags] of site.pages) {
    const path = normalisePath(file);
    const loads = pageLoads(tags);
    const css = new Set(loads.stylesheets.map((url) => local(url, path)).filter((f) => f !== undefined));
    const fonts = new Set(loads.fonts.map((url) => local(url, path)).filter((f) => f !== undefined));
    // Only the font files the page's text needs: a face with a unicode-range loads for its characters alone.
    const text = pageText(readFileSync(join(dist, file), 'utf8'));
    for (const sheet of css)
      for (const url of fontFaceUrls(site.stylesheets.get(sheet) ?? '', text))
        addIfFound(fonts, local(url, `/${sheet}`));
    for (const style of loads.inlineStyles)
      for (const url of fontFaceUrls(style, text)) addIfFound(fonts, local(url, path));
    // Follow static imports: a module's chunks load with it.
    const js = new Set<string>();
    const queue = [
      ...loads.scripts.map((url) => local(url, path)),
      ...loads.inlineScripts.flatMap((code) => staticImports(code).map((url) => local(url, path))),
    ];
    while (queue.length > 0) {
      const next = queue.pop();
      if (next === undefined || js.has(next)) continue;
      js.add(next);
      for (const url of staticImports(readFileSync(join(dist, next), 'utf8'))) queue.push(local(url, `/${next}`));
    }
    const sum = (set: Set<string>) => [...set].reduce((total, f) => total + fileSize(f), 0);
    results.set(path, {
      html: fileSize(file),
      css: sum(css) + loads.inlineStyles.reduce((total, code) => total + gzipped(code), 0),
      js: sum(js) + loads.inlineScripts.reduce((total, code) => total + gzipped(code), 0),
      fonts: sum(fonts),
    });
  }
  return results;
}

function addIfFound(set: Set<string>, file: string | undefined) {
  if (file !== undefined) set.add(file);
}
