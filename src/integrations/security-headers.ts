import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineCodeOf } from '../lib/html.ts';
import { normalisePath } from '../lib/seo/routes.ts';
import { listFiles } from './dist-files.ts';
import { renderHeadersFile } from '../lib/security/headers-file.ts';
import { headerRules, ROUTE_NEEDS, type InlineCode, type RouteNeed } from '../lib/security/policy.ts';

export interface SecurityHeadersOptions {
  /** Per-route policy additions. Default: ROUTE_NEEDS. */
  needs?: RouteNeed[];
  /** Write Cloudflare's "! Name" lines; set false for Netlify, where a later block replaces the header. Default: true. */
  detachLines?: boolean;
}

const NAME = 'massage-strong:security-headers';

/**
 * The integrations listed after this one that also act when the build is done, so could change dist/ after the
 * headers are written (a page's inline code left out of the policy).
 */
export function listedAfter(integrations: readonly Pick<AstroIntegration, 'name' | 'hooks'>[]): string[] {
  const at = integrations.findIndex((integration) => integration.name === NAME);
  return integrations
    .slice(at + 1)
    .filter((integration) => integration.hooks['astro:build:done'])
    .map((integration) => integration.name);
}

/** Writes dist/_headers after the build, with a policy that allows exactly the inline code the pages carry. */
export function securityHeaders(options: SecurityHeadersOptions = {}): AstroIntegration {
  return {
    name: NAME,
    hooks: {
      'astro:config:done': ({ config }) => {
        const after = listedAfter(config.integrations);
        if (after.length > 0)
          throw new Error(
            `security headers: ${after.join(', ')} ${after.length === 1 ? 'is' : 'are'} listed after securityHeaders() ` +
              'and can change dist/ after the headers are written. Expected securityHeaders() last in the integrations ' +
              'of astro.config.mjs; move it to the end.',
          );
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages: InlineCode[] = listFiles(dist)
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({ path: normalisePath(file), ...inlineCodeOf(readFileSync(join(dist, file), 'utf8')) }));
        const rules = headerRules(pages, options.needs ?? ROUTE_NEEDS);
        const text = renderHeadersFile(rules, {
          detachLines: options.detachLines ?? true,
          preamble: [
            'Security headers for Netlify / Cloudflare Pages, written at build time by src/integrations/security-headers.ts.',
            'Do not edit: see docs/security-headers.md.',
          ],
        });
        writeFileSync(join(dist, '_headers'), text);
        logger.info(`_headers written: ${rules.length} rules for ${pages.length} pages`);
      },
    },
  };
}
