import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../dist-files.ts';
import { normalisePath } from '../../lib/routes.ts';
import { pageFactsOf } from '../../lib/seo.ts';
import { markNoindex } from './noindex-registry.ts';
import { markLastmod } from './lastmod-registry.ts';

/**
 * After the build, reads each page's robots tag and last-changed day from the page itself into the registries the
 * sitemap reads (astro.config.mjs lists this integration before the sitemap's). The built page is the one source:
 * a page the incremental build copied from the last build was never rendered in this one.
 */
export function pageFacts(): AstroIntegration {
  return {
    name: 'massage-strong:page-facts',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        for (const file of listFiles(dist)) {
          if (!file.endsWith('.html')) continue;
          const facts = pageFactsOf(readFileSync(join(dist, file), 'utf8'));
          const path = normalisePath(`/${file}`);
          if (facts.noindex) markNoindex(path);
          if (facts.modified) markLastmod(path, facts.modified);
        }
      },
    },
  };
}
