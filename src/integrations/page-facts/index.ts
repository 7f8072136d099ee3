import type { AstroIntegration } from 'astro';
import type { SitemapOptions } from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../dist-files.ts';
import { normalisePath } from '../../lib/seo/routes.ts';
import { pageFactsOf } from '../../lib/seo/page-meta.ts';

/** The integration, plus the sitemap options that read what it gathered. */
export interface PageFactsIntegration extends AstroIntegration {
  /**
   * `filter` leaves out the pages that asked not to be indexed; `serialize` gives articles and techniques their
   * `lastmod`. Both throw if the facts were not gathered first: list this integration before the sitemap's.
   */
  sitemapOptions(): Required<Pick<NonNullable<SitemapOptions>, 'filter' | 'serialize'>>;
}

/**
 * After the build, reads each page's robots tag and last-changed day (article:modified_time) from the page itself,
 * for the sitemap: `sitemap(facts.sitemapOptions())` in astro.config.mjs, right after this integration. The built page
 * is the one source: a page the incremental build copied from the last build was never rendered in this one.
 */
export function pageFacts(): PageFactsIntegration {
  const noindex = new Set<string>();
  const lastmod = new Map<string, Date>();
  let gathered = false;

  const record = (pathname: string, facts: ReturnType<typeof pageFactsOf>) => {
    const path = normalisePath(pathname);
    if (facts.noindex) noindex.add(path);
    const known = lastmod.get(path);
    // The latest report wins.
    if (facts.modified && (!known || facts.modified > known)) lastmod.set(path, facts.modified);
  };
  const ready = () => {
    if (!gathered)
      throw new Error(
        'page facts: the sitemap asked before the pages were read. In astro.config.mjs, list pageFacts() before sitemap().',
      );
  };

  return {
    name: 'massage-strong:page-facts',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        for (const file of listFiles(dist)) {
          if (file.endsWith('.html')) record(`/${file}`, pageFactsOf(readFileSync(join(dist, file), 'utf8')));
        }
        gathered = true;
      },
    },
    sitemapOptions: () => ({
      filter: (page) => {
        ready();
        return !noindex.has(normalisePath(page));
      },
      serialize: (item) => {
        ready();
        const day = lastmod.get(normalisePath(item.url));
        return day ? { ...item, lastmod: day.toISOString().slice(0, 10) } : item;
      },
    }),
  };
}
