// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
// Loading the settings here validates them before anything is built: a bad value stops the build.
import { settings } from './src/server/settings.ts';
import { pageFacts } from './src/integrations/page-facts/index.ts';
import { contentPreflight } from './src/integrations/content-checks/preflight.ts';
import { socialCards } from './src/integrations/social-cards/index.ts';
import { decapAdmin } from './src/integrations/editor/index.ts';
import { adminRouteNeed } from './src/lib/cms/config.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { routeNeeds } from './src/lib/security/policy.ts';
import { textFontVariants } from './src/integrations/text-font/index.ts';

const textFont = await textFontVariants(new URL('./', import.meta.url));
// Reads noindex and lastmod from the built pages; the sitemap after it uses them (it throws if listed after).
const facts = pageFacts();

export default defineConfig({
  site: settings.siteUrl,
  output: 'static',
  trailingSlash: 'never',
  // Four pages at a time: a page waits for its file to be written, and another renders meanwhile (measured at
  // 1,000 articles: a quarter less idle time, the same output byte for byte, no more memory).
  build: { format: 'file', concurrency: 4 },
  integrations: [
    contentPreflight(),
    socialCards(),
    mdx(),
    facts,
    sitemap(facts.sitemapOptions()),
    decapAdmin(settings),
    // Last (it throws otherwise): it hashes every inline script and style the other integrations leave in dist/.
    securityHeaders({ needs: [...routeNeeds(settings), adminRouteNeed(settings.editor)] }),
  ],
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Atkinson Hyperlegible Next',
      cssVariable: '--font-atkinson',
      fallbacks: ['system-ui', 'sans-serif'],
      // A small core file for the characters pages use, and the package's whole Latin file for the rest.
      options: {
        variants:
          /** @type {[import('./src/integrations/text-font/index.ts').TextFontVariant, ...import('./src/integrations/text-font/index.ts').TextFontVariant[]]} */ (
            textFont
          ),
      },
    },
  ],
  markdown: { syntaxHighlight: false },
  // Pages whose key (withCacheKeys in src/server/collections.ts) and code are unchanged are copied from the last
  // build (kept in node_modules/.astro, which the deploy workflow caches); `npx astro build --force` renders them all.
  experimental: { incrementalBuild: true },
  security: { csp: true },
  vite: {
    plugins: [tailwindcss()],
    // The tests serve the build on a known port: fail loudly rather than drift to another one.
    preview: { strictPort: true },
    server: { strictPort: true },
  },
  server: ({ command }) => ({ port: command === 'preview' ? Number(process.env.PREVIEW_PORT ?? 4322) : 4321 }),
  devToolbar: { enabled: false },
});
