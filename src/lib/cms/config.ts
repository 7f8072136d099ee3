/** Builds the editor's admin/config.yml and admin/index.html from the field list in editor-fields.ts. */
import {
  CMS_COLLECTIONS,
  type CmsCollection,
  type CmsField,
  type CmsOption,
  type OptionSource,
} from './editor-fields.ts';
import type { EditorSettings } from './editor-settings.ts';
import type { RouteNeed } from '../security/policy.ts';
import { folderOf } from '../content/layout.ts';
import { MDX_FORMAT } from './frontmatter-format.ts';
import { editorComponents } from './editor-components.ts';

export interface CmsConfigInput {
  editor: EditorSettings;
  siteUrl: string;
  /** Choices for select fields, read from the YAML lists at build time. */
  options: Record<OptionSource, readonly CmsOption[]>;
  /** In `npm run dev`: the port of the local decap-server Decap saves through, instead of GitHub. */
  localPort?: number | undefined;
}

/** Values a new entry starts with in the editor; the schema's own defaults apply when a field is empty. */
const NEW_ENTRY_DEFAULTS: Readonly<Record<string, boolean>> = { draft: true, redFlags: true, sample: false };

/** The field labels Decap uses to show an entry in lists and relation pickers. */
const DISPLAY_FIELD = { therapists: 'name', techniques: 'title' } as const;

function decapField(field: CmsField, options: CmsConfigInput['options']): Record<string, unknown> {
  const base: Record<string, unknown> = { name: field.name, label: field.label, hint: field.hint };
  if (!field.required) base['required'] = false;
  const byWidget = (): Record<string, unknown> => {
    switch (field.widget) {
      case 'string':
      case 'text':
        return { widget: field.widget };
      case 'date':
        return {
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'YYYY-MM-DD',
          time_format: false,
          picker_utc: true,
        };
      case 'boolean':
        return { widget: 'boolean', default: NEW_ENTRY_DEFAULTS[field.name] ?? false };
      case 'number':
        return { widget: 'number', value_type: 'int', min: 1 };
      case 'image':
        return { widget: 'image', choose_url: false };
      case 'list':
        return field.lines
          ? { widget: 'list', field: { name: 'line', label: field.label, widget: 'string' } }
          : { widget: 'list' };
      case 'object':
        return { widget: 'object', collapsed: false, fields: field.fields.map((inner) => decapField(inner, options)) };
      case 'objects':
        return { widget: 'list', fields: field.fields.map((inner) => decapField(inner, options)) };
      case 'relation':
        return {
          widget: 'relation',
          collection: field.collection,
          value_field: '{{slug}}',
          search_fields: [DISPLAY_FIELD[field.collection]],
          display_fields: [DISPLAY_FIELD[field.collection]],
          multiple: field.multiple,
        };
      case 'select':
        return {
          widget: 'select',
          multiple: field.multiple,
          options: options[field.options].map(({ value, label }) => ({ value, label })),
        };
    }
  };
  return { ...base, ...byWidget() };
}

const BODY_FIELD = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  // The rich editor shows citations, callouts and key points as forms (its "+" menu inserts them);
  // "Markdown" shows the text as it is saved.
  modes: ['rich_text', 'raw'],
  editor_components: editorComponents([]).map((component) => component.id),
  hint: 'Start sections with a heading. Add citations, callouts and key points with the + button. docs/publishing.md shows every component.',
};

function decapCollection(collection: CmsCollection, options: CmsConfigInput['options']): Record<string, unknown> {
  // Where the collection's files are comes from src/lib/content/layout.ts, as the build reads them.
  const { folder, extension } = folderOf(collection.name);
  const mdx = extension === '.mdx';
  return {
    name: collection.name,
    label: collection.label,
    label_singular: collection.labelSingular,
    folder,
    extension: extension.slice(1),
    // Our own .mdx format (frontmatter-format.ts, registered by src/integrations/editor/browser/admin-extensions.ts) keeps the lines of fields nobody changed.
    format: mdx ? MDX_FORMAT : 'yaml',
    create: true,
    slug: '{{slug}}',
    identifier_field: collection.identifier,
    // Relative to the entry's folder, so the saved path is the one the schema's image() resolves.
    media_folder: collection.mediaFolder,
    public_folder: collection.mediaFolder,
    summary: collection.name === 'articles' ? '{{title}} ({{pubDate}})' : `{{${collection.identifier}}}`,
    sortable_fields: collection.name === 'articles' ? ['pubDate', 'title'] : [collection.identifier],
    editor: { preview: false },
    fields: [...collection.fields.map((field) => decapField(field, options)), ...(mdx ? [BODY_FIELD] : [])],
  };
}

function decapBackend(editor: EditorSettings): Record<string, unknown> {
  if (editor.backend === 'git-gateway') return { name: 'git-gateway', branch: editor.branch };
  return {
    name: 'github',
    repo: editor.repo,
    branch: editor.branch,
    ...(editor.authUrl ? { base_url: editor.authUrl } : {}),
  };
}

/** The whole Decap configuration, as an object ready to write as YAML. */
export function buildCmsConfig(input: CmsConfigInput): Record<string, unknown> {
  return {
    backend: decapBackend(input.editor),
    ...(input.localPort ? { local_backend: { url: localBackendUrl(input.localPort) } } : {}),
    // Each change becomes a pull request, so the checks in .github/workflows/test.yml run before it goes live.
    // decap-server writes straight to the files on this computer, so the local editor saves without one.
    ...(input.localPort ? {} : { publish_mode: 'editorial_workflow' }),
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    locale: 'en',
    media_folder: 'src/assets',
    public_folder: '/src/assets',
    collections: CMS_COLLECTIONS.map((collection) => decapCollection(collection, input.options)),
  };
}

/**
 * The admin page's own Content Security Policy. Decap needs what the rest of the site forbids:
 * 'unsafe-eval' (its bundled JSON-schema validator compiles code), inline styles (its CSS-in-JS),
 * and requests to the git host's API. Everything else stays as strict as the site.
 */
export function adminCsp(editor: EditorSettings): string {
  const connect = ["'self'", 'blob:', 'data:'];
  const images = ["'self'", 'blob:', 'data:'];
  if (editor.backend === 'github') {
    connect.push('https://api.github.com');
    images.push('https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com');
    if (editor.authUrl) connect.push(new URL(editor.authUrl).origin);
  }
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "font-src 'self' data:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The editor's route in dist/_headers: its own policy, since the site-wide header would stop Decap from starting. */
export function adminRouteNeed(editor: EditorSettings): RouteNeed {
  // frame-ancestors works only as a header (a <meta> policy ignores it and logs an error), so only this copy has it.
  const ownPolicy = `${adminCsp(editor)}; frame-ancestors 'none'`;
  return {
    path: '/admin*',
    why: 'the content editor (Decap CMS) needs its own, looser policy',
    directives: {},
    ownPolicy,
  };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** admin/index.html: loads the self-hosted Decap bundle; kept out of search engines and the sitemap. */
/** decap-server's default port (`npx decap-server`); DECAP_SERVER_PORT changes it, as PORT does for the server. */
export const DECAP_SERVER_DEFAULT_PORT = 8081;

/** Where Decap reaches a local decap-server. */
const localBackendUrl = (port: number): string => `http://localhost:${port}/api/v1`;

export function adminHtml(editor: EditorSettings, clinicName: string, localPort?: number): string {
  const csp = adminCsp(editor);
  // In `npm run dev` Decap also talks to the local decap-server.
  const policy = localPort
    ? csp.replace("connect-src 'self'", `connect-src 'self' http://localhost:${localPort}`)
    : csp;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">
<meta name="referrer" content="same-origin">
<title>${escapeAttribute(clinicName)}: content editor</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="cms-config-url" type="text/yaml" href="/admin/config.yml">
</head>
<body>
<noscript>The content editor needs JavaScript. You can also edit the files in src/content/ directly: see docs/publishing.md.</noscript>
<script src="/admin/decap-cms.js"></script>
<script src="/admin/editor-extensions.js"></script>
</body>
</html>
`;
}
