import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_AUTHOR, FIXTURE_REVIEWER, TempSite, articleSource } from '../support/temp-site.ts';
import { phonePhotoJpeg } from '../support/phone-photo.ts';
import { parseTags, type Tag } from '../../src/lib/html.ts';
import { measurePages, readSite } from '../../tools/quality/read-dist.ts';
import { overBudget } from '../../tools/quality/budgets.ts';
import { ARTICLES_PER_PAGE } from '../../src/lib/seo/routes.ts';
import { settings } from '../../src/server/settings.ts';

/**
 * One small temporary site, built once: an article whose hero and body picture are a phone photo, and enough
 * articles under one tag to fill more than one page of every list.
 */
const site = new TempSite();
const PHOTO = 'src/assets/photos/phone-photo.jpg';
const PHOTO_ARTICLE = 'src/content/articles/zz-photo-article.mdx';
const TAG = 'paging check';
let build = { code: 0 as number | null, output: '' };
let missingPhoto = { code: 0 as number | null, output: '' };

const photoArticle = (hero: string) =>
  articleSource(
    {
      title: 'An article with a phone photo',
      hero: { src: hero, alt: 'A therapist working on a client lying face down.' },
      tags: [TAG],
    },
    `A short body that cites <Cite id="furlan-2015" />.\n\n![A hand pressing on the lower back.](../../assets/photos/phone-photo.jpg)\n`,
  );

beforeAll(async () => {
  site.write(PHOTO_ARTICLE, photoArticle('../../assets/photos/no-such-photo.jpg'));
  missingPhoto = site.astro('sync');
  const jpeg = await phonePhotoJpeg();
  site.write(PHOTO, jpeg);
  site.write(PHOTO_ARTICLE, photoArticle('../../assets/photos/phone-photo.jpg'));
  for (let n = 1; n <= ARTICLES_PER_PAGE + 1; n += 1) {
    site.write(
      `src/content/articles/zz-paging-${n}.mdx`,
      articleSource({
        title: `Paging check article number ${n}`,
        pubDate: `2025-02-${String(n).padStart(2, '0')}`,
        // Never published before the first review: the build stops on that (finding 24).
        reviewHistory: [{ date: '2025-02-01', reviewer: FIXTURE_REVIEWER, changes: 'First version of the page' }],
        tags: [TAG],
      }),
    );
  }
  build = site.astro('build');
}, 600_000);
afterAll(() => site.cleanup());

const page = (path: string): Tag[] => parseTags(site.read(`dist${path === '/' ? '/index' : path}.html`));
const attr = (tags: Tag[], name: string, rel: string) =>
  tags.find((tag) => tag.name === name && tag.attrs.rel === rel)?.attrs.href;
const origin = settings.siteUrl.replace(/\/$/, '');

describe('a phone photo in an article', () => {
  it('stops the build, naming the file, the field, what was expected and the fix, while the photo is missing', () => {
    expect(missingPhoto.code).not.toBe(0);
    expect(missingPhoto.output).toContain(
      `${PHOTO_ARTICLE}:10: field "hero.src" points to "../../assets/photos/no-such-photo.jpg", but no file is there. Expected a path relative to this file`,
    );
    expect(missingPhoto.output).toContain('add the picture to src/assets/');
  });

  it('builds, from a 4032x3024 JPEG of several megabytes', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(site.readBytes(PHOTO).length).toBeGreaterThan(3_000_000);
  });

  const pictures = () => {
    const tags = page('/articles/zz-photo-article');
    const starts = tags.flatMap((tag, index) => (tag.name === 'picture' ? [index] : []));
    return starts.map((start) => {
      const end = tags.findIndex((tag, index) => index > start && tag.name === 'img');
      return { sources: tags.slice(start, end).filter((tag) => tag.name === 'source'), img: tags[end]! };
    });
  };

  it('becomes a <picture> of AVIF and WebP at several widths, every file built, for the hero and the body picture', () => {
    const found = pictures();
    expect(found).toHaveLength(2);
    for (const { sources, img } of found) {
      expect(sources.map((source) => source.attrs.type)).toEqual(['image/avif', 'image/webp']);
      for (const source of sources) {
        const candidates = (source.attrs.srcset ?? '').split(',').map((entry) => entry.trim().split(/\s+/));
        expect(candidates.map(([, width]) => width)).toEqual(['480w', '800w', '1200w']);
        for (const [url] of candidates) expect(site.exists(`dist${url}`), url).toBe(true);
        expect(source.attrs.sizes).toBeTruthy();
      }
      expect(Number(img.attrs.width)).toBeGreaterThan(0);
      expect(Number(img.attrs.height) / Number(img.attrs.width)).toBeCloseTo(3024 / 4032, 2);
      expect(site.exists(`dist${img.attrs.src}`)).toBe(true);
    }
  });

  it('loads the hero at once and first, and the body picture lazily', () => {
    const [hero, body] = pictures();
    expect(hero!.img.attrs).toMatchObject({ loading: 'eager', fetchpriority: 'high' });
    expect(body!.img.attrs).toMatchObject({ loading: 'lazy', decoding: 'async' });
    expect(body!.img.attrs.fetchpriority).toBeUndefined();
  });

  it('keeps the page within its byte budget, and each picture file far smaller than the photo', () => {
    const dist = site.path('dist');
    const figures = measurePages(dist, readSite(dist, settings.siteUrl));
    const bytes = figures.get('/articles/zz-photo-article');
    expect(bytes).toBeDefined();
    expect(overBudget('/articles/zz-photo-article', bytes!)).toEqual([]);
    const [hero] = pictures();
    for (const source of hero!.sources) {
      const [largest] = source.attrs.srcset!.split(',').at(-1)!.trim().split(/\s+/);
      expect(site.readBytes(`dist${largest}`).length, largest).toBeLessThan(150_000);
    }
  });
});

describe('paged lists', () => {
  it.each([
    ['the article index', '/articles', '/articles/2'],
    ['a tag', '/tags/paging-check', '/tags/paging-check/2'],
    ['a therapist', `/therapists/${FIXTURE_AUTHOR}/articles`, `/therapists/${FIXTURE_AUTHOR}/articles/2`],
  ])('%s: each page is its own canonical and names its neighbours', (_list, first, second) => {
    expect(build.code).toBe(0);
    const one = page(first);
    const two = page(second);
    expect(attr(one, 'link', 'canonical')).toBe(`${origin}${first}`);
    expect(attr(two, 'link', 'canonical')).toBe(`${origin}${second}`);
    expect(attr(one, 'link', 'prev')).toBeUndefined();
    expect(attr(one, 'link', 'next')).toBe(`${origin}${second}`);
    expect(attr(two, 'link', 'prev')).toBe(`${origin}${first}`);
    expect(attr(one, 'a', 'next')).toBe(second);
    expect(attr(two, 'a', 'prev')).toBe(first);
  });

  it(`puts at most ${ARTICLES_PER_PAGE} articles on a page and every article of the tag on one of its pages`, () => {
    const cards = (path: string) => page(path).filter((tag) => tag.name === 'article').length;
    const paths = ['/tags/paging-check'];
    while (site.exists(`dist/tags/paging-check/${paths.length + 1}.html`))
      paths.push(`/tags/paging-check/${paths.length + 1}`);
    for (const path of paths) expect(cards(path), path).toBeLessThanOrEqual(ARTICLES_PER_PAGE);
    const total = paths.reduce((sum, path) => sum + cards(path), 0);
    expect(total).toBe(ARTICLES_PER_PAGE + 2);
  });
});
