import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adminCsp, adminHtml, adminRouteNeed, buildCmsConfig } from '../../src/lib/cms/config.ts';
import { headerRules } from '../../src/lib/security/policy.ts';
import { headersFor } from '../../src/lib/security/headers-file.ts';
import type { EditorSettings } from '../../src/lib/cms/editor-settings.ts';
import { editorSettingsSchema } from '../../src/lib/cms/editor-settings.ts';

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
