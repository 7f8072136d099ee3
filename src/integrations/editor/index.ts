/**
 * Serves the content editor at /admin: writes admin/index.html and admin/config.yml into the build and
 * copies Decap's prebuilt bundle from node_modules (never committed, never from a CDN). It is plain
 * files, not an Astro page, so it is in no sitemap; the page itself says noindex.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse, stringify } from 'yaml';
import { buildSync } from 'esbuild';
import { adminHtml, buildCmsConfig, DECAP_SERVER_DEFAULT_PORT } from '../../lib/cms/config.ts';
import type { CmsOption } from '../../lib/cms/editor-fields.ts';
import { listFile } from '../../lib/content/layout.ts';
import type { EditorSettings } from '../../lib/cms/editor-settings.ts';

interface AdminSettings {
  name: string;
  siteUrl: string;
  editor: EditorSettings;
}

/** Decap's entry file and the chunks it loads from beside itself. */
function bundleFiles(): { dir: string; files: string[] } {
  const entry = createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js');
  const dir = dirname(entry);
  const files = readdirSync(dir).filter((name) => /^(?:[\w-]+\.)?decap-cms\.js(?:\.LICENSE\.txt)?$/.test(name));
  return { dir, files };
}

/** Choices for the editor's select fields, from the same YAML lists the site reads. */
function readOptions(root: string): Record<'sources' | 'services', CmsOption[]> {
  const list = (file: string, label: (item: Record<string, unknown>) => string) =>
    ((parse(readFileSync(join(root, file), 'utf8')) ?? []) as Record<string, unknown>[]).map((item) => ({
      value: String(item['id']),
      label: label(item),
    }));
  return {
    sources: list(listFile('sources'), (item) => `${String(item['id'])}: ${String(item['title'])}`),
    services: list(listFile('services'), (item) => String(item['name'])),
  };
}

/** The local decap-server's port in `npm run dev`: DECAP_SERVER_PORT, or decap-server's own default. */
const localPort = (): number => Number(process.env['DECAP_SERVER_PORT'] ?? DECAP_SERVER_DEFAULT_PORT);

/** admin/editor-extensions.js: the editor components and .mdx format, bundled for the browser, then registered with the lists. */
let bundled: string | undefined;
function extensionsScript(options: Record<'sources' | 'services', CmsOption[]>): string {
  const entry = fileURLToPath(new URL('./browser/admin-extensions.ts', import.meta.url));
  bundled ??= buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'massageStrongEditor',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
  }).outputFiles[0]!.text;
  return `${bundled}massageStrongEditor.register(window.CMS, ${JSON.stringify({ sources: options.sources })});\n`;
}

function adminFiles(root: string, settings: AdminSettings, local: boolean): Record<string, string> {
  const port = local ? localPort() : undefined;
  const options = readOptions(root);
  const config = buildCmsConfig({ editor: settings.editor, siteUrl: settings.siteUrl, options, localPort: port });
  return {
    'editor-extensions.js': extensionsScript(options),
    'index.html': adminHtml(settings.editor, settings.name, port),
    'config.yml': `# Made by the build from src/lib/content/model.ts (the fields) and src/lib/cms/ (the editor's settings): edit those, not this file.\n${stringify(config, { lineWidth: 0 })}`,
  };
}

export function decapAdmin(settings: AdminSettings): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'massage-strong:decap-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        for (const [name, text] of Object.entries(adminFiles(root, settings, false)))
          writeFileSync(join(out, name), text);
        const bundle = bundleFiles();
        for (const name of bundle.files) copyFileSync(join(bundle.dir, name), join(out, name));
        logger.info(`content editor: /admin (${bundle.files.length} Decap files)`);
      },
      'astro:server:setup': ({ server }) => {
        // `npm run dev` serves the editor too, talking to a local decap-server (docs/publishing.md).
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0]!;
          if (!path.startsWith('/admin')) return next();
          const name = path === '/admin' || path === '/admin/' ? 'index.html' : path.slice('/admin/'.length);
          const generated = adminFiles(root, settings, true)[name];
          const bundle = bundleFiles();
          if (generated === undefined && !bundle.files.includes(name)) return next();
          const type = name.endsWith('.html') ? 'text/html' : name.endsWith('.yml') ? 'text/yaml' : 'text/javascript';
          response.setHeader('Content-Type', `${type}; charset=utf-8`);
          response.end(generated ?? readFileSync(join(bundle.dir, name)));
        });
      },
    },
  };
}
