import { readdirSync, readFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);

/** Every page path listed in the built sitemap, such as "/" and "/contact". */
export function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('No dist/sitemap-*.xml: run `npm run build` before the end-to-end tests.');
  const paths = files.flatMap((name) =>
    [...readFileSync(new URL(name, dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1]!).pathname,
    ),
  );
  return [...new Set(paths)].sort();
}
