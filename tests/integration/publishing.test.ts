import { readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_AUTHOR, TempSite, articleSource } from '../support/temp-site.ts';

/**
 * Drafts and future-dated articles must be absent from a production build everywhere, while a live
 * article planted the same way appears everywhere (so each check can fail).
 */
const SCHEDULED = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);

describe('drafts and scheduled articles in a production build', () => {
  const site = new TempSite();
  let build: { code: number | null; output: string };
  let search: { code: number | null; output: string };
  /** All text in the search index: Pagefind's fragments, unzipped. */
  let searchIndex = '';

  beforeAll(() => {
    site.write(
      'src/content/articles/zz-live-test.mdx',
      articleSource({ title: 'Planted live article', tags: ['live only tag'] }),
    );
    site.write(
      'src/content/articles/zz-draft-test.mdx',
      articleSource({ title: 'Planted draft article', draft: true, tags: ['draft only tag'] }),
    );
    site.write(
      'src/content/articles/zz-scheduled-test.mdx',
      // Scheduled within the year ahead: a day further out stops the build as a mistyped year (content preflight).
      articleSource({ title: 'Planted scheduled article', pubDate: SCHEDULED, tags: ['scheduled only tag'] }),
    );
    build = site.astro('build');
    search = site.pagefind();
    if (!site.exists('dist/pagefind/fragment')) return;
    searchIndex = readdirSync(site.path('dist/pagefind/fragment'))
      .map((name) => gunzipSync(site.readBytes(`dist/pagefind/fragment/${name}`)).toString('utf8'))
      .join('\n');
  });
  afterAll(() => site.cleanup());

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('indexes the build for search', () => {
    expect(search.code, search.output).toBe(0);
  });

  const cases = [
    ['live', 'zz-live-test', 'live-only-tag', 'Planted live article', true],
    ['draft', 'zz-draft-test', 'draft-only-tag', 'Planted draft article', false],
    ['scheduled', 'zz-scheduled-test', 'scheduled-only-tag', 'Planted scheduled article', false],
  ] as const;

  describe.each(cases)('the %s article', (_kind, slug, tag, title, present) => {
    it(present ? 'has a page' : 'has no page', () => {
      expect(site.exists(`dist/articles/${slug}.html`)).toBe(present);
    });
    it(present ? 'is in the article listing' : 'is not in the article listing', () => {
      expect(site.read('dist/articles.html').includes(title)).toBe(present);
    });
    it(present ? 'has a tag page' : 'has no tag page', () => {
      expect(site.exists(`dist/tags/${tag}.html`)).toBe(present);
    });
    it(present ? 'is in the sitemap' : 'is not in the sitemap', () => {
      expect(site.read('dist/sitemap-0.xml').includes(`/articles/${slug}<`)).toBe(present);
    });
    it(present ? 'is in the search index' : 'is not in the search index', () => {
      expect(searchIndex.includes(title)).toBe(present);
    });
    it(present ? 'is in the RSS feed' : 'is not in the RSS feed', () => {
      expect(site.read('dist/rss.xml').includes(title)).toBe(present);
    });
    it(present ? 'is linked from other pages' : 'is not linked from any page', () => {
      const home =
        site.read('dist/index.html') +
        site.read('dist/chronic-back-pain.html') +
        site.read(`dist/therapists/${FIXTURE_AUTHOR}.html`);
      if (!present) expect(home.includes(`/articles/${slug}"`)).toBe(false);
      else expect(site.read(`dist/therapists/${FIXTURE_AUTHOR}.html`).includes(`/articles/${slug}"`)).toBe(true);
    });
  });
});

describe('drafts in development', () => {
  it('shows a draft with a clear banner in `astro dev`', async () => {
    const site = new TempSite();
    site.write(
      'src/content/articles/zz-draft-test.mdx',
      articleSource({ title: 'Planted draft article', draft: true }),
    );
    // Beside the preview port, so parallel checkouts with their own PREVIEW_PORT do not collide.
    const port = Number(process.env.PREVIEW_PORT ?? 4322) + 268;
    const server = await site.dev(port);
    try {
      const html = await (await fetch(`http://localhost:${port}/articles/zz-draft-test`)).text();
      expect(html).toContain('Planted draft article');
      expect(html).toContain('Draft: this article is not on the live site');
      expect(html).toContain('noindex');
    } finally {
      server.stop();
      site.cleanup();
    }
  });
});
