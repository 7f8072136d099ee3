import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { parse } from 'yaml';
import { collections } from '../../src/content.config.ts';
import { CMS_COLLECTIONS, type CmsField } from '../../src/lib/cms/fields.ts';
import { compareFields, describeSchema } from '../../tools/editor-schema-check.ts';
import { adminCsp, adminHtml, adminRouteNeed, buildCmsConfig } from '../../src/lib/cms/config.ts';
import { headerRules } from '../../src/lib/security/policy.ts';
import { headersFor } from '../../src/lib/security/headers-file.ts';
import type { EditorSettings } from '../../src/lib/cms/settings-schema.ts';
import { editorSettingsSchema } from '../../src/lib/cms/settings-schema.ts';

/** Stands in for the schema's image() helper, so the check can tell picture fields apart. */
const IMAGE = z.string();
type SchemaFactory = (context: { image: () => unknown }) => unknown;
const schemaOf = (name: string) =>
  (collections[name as keyof typeof collections] as unknown as { schema: SchemaFactory }).schema({
    image: () => IMAGE,
  });

describe('the editor at /admin matches the content schema', () => {
  it.each(CMS_COLLECTIONS.map((collection) => [collection.name, collection] as const))('%s', (name, collection) => {
    expect(compareFields(describeSchema(schemaOf(name), IMAGE), collection.fields, name)).toEqual([]);
  });

  it('covers every collection staff write pages in', () => {
    expect(CMS_COLLECTIONS.map((collection) => collection.name).sort()).toEqual([
      'articles',
      'techniques',
      'therapists',
    ]);
  });
});

describe('compareFields catches drift', () => {
  const base = z.object({
    title: z.string(),
    draft: z.boolean().default(false),
    hero: z.object({ src: IMAGE, alt: z.string() }),
  });
  const fields: CmsField[] = [
    { name: 'title', label: 'T', hint: '', required: true, widget: 'string' },
    { name: 'draft', label: 'D', hint: '', required: false, widget: 'boolean' },
    {
      name: 'hero',
      label: 'H',
      hint: '',
      required: true,
      widget: 'object',
      fields: [
        { name: 'src', label: 'S', hint: '', required: true, widget: 'image' },
        { name: 'alt', label: 'A', hint: '', required: true, widget: 'string' },
      ],
    },
  ];

  it('passes when they agree', () => {
    expect(compareFields(describeSchema(base, IMAGE), fields, 'x')).toEqual([]);
  });

  it.each([
    [
      'a schema field with no editor field',
      base.extend({ subtitle: z.string() }),
      fields,
      'x.subtitle: in the content schema but not in the editor',
    ],
    [
      'an editor field the schema lacks',
      base,
      [...fields, { name: 'extra', label: 'E', hint: '', required: true, widget: 'string' } as CmsField],
      'x.extra: in the editor but not in the content schema',
    ],
    [
      'a required field the editor makes optional',
      base,
      [{ ...fields[0]!, required: false }, ...fields.slice(1)],
      'x.title: the schema makes it required, the editor optional',
    ],
    [
      'an optional field the editor requires',
      base.extend({ title: z.string().optional() }),
      fields,
      'x.title: the schema makes it optional, the editor required',
    ],
    [
      'a widget that cannot hold the value',
      base,
      [{ ...fields[0]!, widget: 'boolean' } as CmsField, ...fields.slice(1)],
      'x.title: the editor\'s "boolean" widget cannot edit a string value',
    ],
    [
      'a nested field missing',
      base.extend({ hero: z.object({ src: IMAGE, alt: z.string(), credit: z.string() }) }),
      fields,
      'x.hero.credit: in the content schema but not in the editor',
    ],
    [
      'a picture edited as text',
      base.extend({ hero: z.object({ src: z.string(), alt: z.string() }) }),
      fields,
      'x.hero.src: the editor\'s "image" widget cannot edit a string value',
    ],
    [
      'a single reference edited as a list',
      z.object({ author: reference('therapists') }),
      [
        {
          name: 'author',
          label: 'A',
          hint: '',
          required: true,
          widget: 'relation',
          collection: 'therapists',
          multiple: true,
        } as CmsField,
      ],
      'x.author: the editor\'s "relation" widget cannot edit a reference value',
    ],
  ])('%s', (_name, schema, cmsFields, problem) => {
    expect(compareFields(describeSchema(schema, IMAGE), cmsFields, 'x').join('\n')).toContain(problem);
  });
});

describe('the generated Decap configuration', () => {
  const options = {
    sources: [{ value: 'furlan-2015', label: 'Furlan 2015' }],
    services: [{ value: 'therapeutic-60', label: '60 minutes' }],
  };
  const github = editorSettingsSchema.parse({ backend: 'github', repo: 'clinic/site' });
  const config = buildCmsConfig({ editor: github, siteUrl: 'https://example.com', options });
  const collection = (name: string) =>
    (config['collections'] as Record<string, unknown>[]).find((item) => item['name'] === name)!;
  const field = (name: string, fieldName: string) =>
    (collection(name)['fields'] as Record<string, unknown>[]).find((item) => item['name'] === fieldName)!;

  it.each([
    ['articles', 'src/content/articles', 'mdx', 'mdx-frontmatter', '../../assets/heroes'],
    ['techniques', 'src/content/techniques', 'mdx', 'mdx-frontmatter', '../../assets/heroes'],
    ['therapists', 'src/content/therapists', 'yaml', 'yaml', '../../assets/therapists'],
  ])('%s is edited in %s as .%s (%s), pictures in %s', (name, folder, extension, format, media) => {
    expect(collection(name)).toMatchObject({
      folder,
      extension,
      format,
      media_folder: media,
      public_folder: media,
      create: true,
    });
  });

  it.each([
    ['articles', 'pubDate', { widget: 'datetime', format: 'YYYY-MM-DD', time_format: false }],
    ['articles', 'draft', { widget: 'boolean', default: true, required: false }],
    ['articles', 'author', { widget: 'relation', collection: 'therapists', value_field: '{{slug}}', multiple: false }],
    [
      'articles',
      'sources',
      { widget: 'select', multiple: true, options: [{ value: 'furlan-2015', label: 'Furlan 2015' }] },
    ],
    [
      'articles',
      'body',
      {
        widget: 'markdown',
        modes: ['rich_text', 'raw'],
        editor_components: ['cite', 'callout', 'key-points', 'care-card', 'quiz-cta', 'booking-cta'],
      },
    ],
    [
      'techniques',
      'serviceId',
      { widget: 'select', multiple: false, options: [{ value: 'therapeutic-60', label: '60 minutes' }] },
    ],
    ['therapists', 'specialities', { widget: 'list', field: { name: 'line', widget: 'string' } }],
  ])('%s.%s becomes %j', (name, fieldName, expected) => {
    expect(field(name, fieldName)).toMatchObject(expected);
  });

  it('therapist files have no body field', () => {
    expect((collection('therapists')['fields'] as { name: string }[]).map((item) => item.name)).not.toContain('body');
  });

  it.each([
    [
      { backend: 'github', repo: 'clinic/site' },
      { name: 'github', repo: 'clinic/site', branch: 'main' },
    ],
    [
      { backend: 'github', repo: 'clinic/site', branch: 'live', authUrl: 'https://auth.example.com' },
      { name: 'github', repo: 'clinic/site', branch: 'live', base_url: 'https://auth.example.com' },
    ],
    [{ backend: 'git-gateway' }, { name: 'git-gateway', branch: 'main' }],
  ])('editor settings %j give backend %j', (editor, backend) => {
    expect(
      buildCmsConfig({ editor: editorSettingsSchema.parse(editor), siteUrl: 'https://example.com', options })[
        'backend'
      ],
    ).toEqual(backend);
  });

  it('asks for a repository when the backend is github', () => {
    const result = editorSettingsSchema.safeParse({ backend: 'github' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('expected editor.repo');
  });

  it('round-trips through YAML', () => {
    expect(parse(JSON.stringify(config))).toEqual(config);
  });

  it.each([
    [
      github,
      ["script-src 'self' 'unsafe-eval'", "connect-src 'self' blob: data: https://api.github.com", "frame-src 'none'"],
      [],
    ],
    [editorSettingsSchema.parse({ backend: 'git-gateway' }), ["connect-src 'self' blob: data:;"], ['github']],
  ])('the admin CSP allows only what Decap needs (%#)', (editor, present, absent) => {
    const csp = `${adminCsp(editor)};`;
    for (const part of present) expect(csp).toContain(part);
    for (const part of absent) expect(csp).not.toContain(part);
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|https:)/);
  });

  it('the admin page is noindex and loads only the self-hosted bundle and our extensions', () => {
    const html = adminHtml(github, 'Massage Strong');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '/admin/decap-cms.js',
      '/admin/editor-extensions.js',
    ]);
  });

  it('in `npm run dev` it saves through the local decap-server on its port, without pull requests', () => {
    const local = buildCmsConfig({ editor: github, siteUrl: 'https://example.com', options, localPort: 4368 });
    expect(local['local_backend']).toEqual({ url: 'http://localhost:4368/api/v1' });
    expect(local['publish_mode']).toBeUndefined();
    expect(config['publish_mode']).toBe('editorial_workflow');
    expect(adminHtml(github, 'Massage Strong', 4368)).toContain("connect-src 'self' http://localhost:4368");
  });
});

describe('docs/publishing.md explains every field', () => {
  const guide = readFileSync(new URL('../../docs/publishing.md', import.meta.url), 'utf8');
  const names = (fields: ReturnType<typeof describeSchema>, prefix = ''): string[] =>
    fields.flatMap((field) =>
      field.children.length > 0 ? names(field.children, `${prefix}${field.name}.`) : [`${prefix}${field.name}`],
    );

  it.each(CMS_COLLECTIONS.map((collection) => [collection.name] as const))('%s', (name) => {
    const missing = names(describeSchema(schemaOf(name), IMAGE)).filter((field) => !guide.includes(`\`${field}\``));
    expect(missing, 'fields in src/content.config.ts that docs/publishing.md does not mention').toEqual([]);
  });
});

describe('the editor in dist/_headers', () => {
  it.each([
    ['/admin', true],
    ['/admin/config.yml', true],
    ['/articles', false],
  ])('%s gets the editor policy: %s', (path, expected) => {
    const rules = headerRules(
      [
        { path: '/admin', scripts: [], styles: [] },
        { path: '/articles', scripts: [], styles: [] },
      ],
      [adminRouteNeed({ backend: 'git-gateway', branch: 'main' } as EditorSettings)],
    );
    const policy = headersFor(rules, path).get('content-security-policy');
    expect(policy?.includes("'unsafe-eval'")).toBe(expected);
  });
});
