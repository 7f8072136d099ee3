import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SitemapItem } from '@astrojs/sitemap';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFacts } from '../../src/integrations/page-facts/index.ts';
import { latestDate } from '../../src/lib/format/dates.ts';

describe('latestDate', () => {
  it.each([
    [['2026-01-01'], '2026-01-01'],
    [['2026-01-01', undefined, '2026-03-01'], '2026-03-01'],
    [['2026-05-01', '2026-03-01'], '2026-05-01'],
  ])('%j -> %s', (days, expected) => {
    const dates = days.map((day) => (day === undefined ? undefined : new Date(day)));
    expect(
      latestDate(...dates)
        .toISOString()
        .slice(0, 10),
    ).toBe(expected);
  });
  it('refuses to pick from no dates', () => {
    expect(() => latestDate(undefined)).toThrow(/at least one valid date/);
  });
});

const dist = mkdtempSync(join(tmpdir(), 'page-facts-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Writes built pages into a temporary dist/ and runs the integration's build:done hook on it. */
async function gather(pages: Record<string, string>) {
  for (const [file, head] of Object.entries(pages)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), `<!doctype html><html><head>${head}</head><body><h1>x</h1></body></html>`);
  }
  const facts = pageFacts();
  const done = facts.hooks['astro:build:done']!;
  await done({ dir: pathToFileURL(`${dist}/`) } as Parameters<typeof done>[0]);
  return facts.sitemapOptions();
}

const item = (url: string): SitemapItem => ({ url, links: [] });
const lastmodOf = async (options: Awaited<ReturnType<typeof gather>>, url: string) =>
  (await options.serialize(item(url)))?.lastmod;

describe('page facts for the sitemap', () => {
  it('gives a page its modified day by path or absolute URL, however the path was written', async () => {
    const options = await gather({
      'articles/lastmod-test.html': '<meta property="article:modified_time" content="2026-02-01T00:00:00Z">',
      'articles/plain.html': '<title>no day</title>',
    });
    expect(await lastmodOf(options, 'https://site.example/articles/lastmod-test')).toBe('2026-02-01');
    expect(await lastmodOf(options, '/articles/lastmod-test/')).toBe('2026-02-01');
    expect(await lastmodOf(options, 'https://site.example/articles/plain')).toBeUndefined();
    expect(await lastmodOf(options, '/articles/never-built')).toBeUndefined();
  });

  it('leaves out the pages that asked not to be indexed, for absolute URLs and paths alike', async () => {
    const options = await gather({
      'tags/registry-test.html': '<meta name="robots" content="noindex, follow">',
      'tags/another.html': '<meta name="robots" content="index, follow">',
    });
    expect(options.filter('https://massagestrong.com/tags/registry-test')).toBe(false);
    expect(options.filter('/tags/registry-test/')).toBe(false);
    expect(options.filter('https://massagestrong.com/tags/another')).toBe(true);
  });

  it('refuses to answer before the pages were read (the sitemap listed before page facts)', () => {
    const options = pageFacts().sitemapOptions();
    expect(() => options.filter('/tags/another')).toThrow(/list pageFacts\(\) before sitemap\(\)/);
    expect(() => options.serialize(item('/articles/x'))).toThrow(/before the pages were read/);
  });
});
