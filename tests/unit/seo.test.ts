import { describe, expect, it } from 'vitest';
import { canonicalUrl, formatTitle, pageFactsOf } from '../../src/lib/seo/page-meta.ts';

describe('formatTitle', () => {
  it.each([
    ['About us', 'About us | Massage Strong'],
    [undefined, 'Massage Strong: Therapeutic massage'],
    ['', 'Massage Strong: Therapeutic massage'],
    ['Massage Strong', 'Massage Strong: Therapeutic massage'],
    ['  Trigger point therapy ', 'Trigger point therapy | Massage Strong'],
  ])('%j -> %s', (page, expected) => {
    expect(formatTitle(page, 'Massage Strong', 'Therapeutic massage')).toBe(expected);
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['/', 'https://massagestrong.com/'],
    ['/about', 'https://massagestrong.com/about'],
    ['/about/', 'https://massagestrong.com/about'],
    ['/about.html', 'https://massagestrong.com/about'],
    ['/index.html', 'https://massagestrong.com/'],
    ['/articles/index.html', 'https://massagestrong.com/articles'],
    ['/about?utm_source=x#top', 'https://massagestrong.com/about'],
  ])('%s -> %s', (path, expected) => {
    expect(canonicalUrl(path, 'https://massagestrong.com')).toBe(expected);
  });
});

describe('pageFactsOf (what the sitemap reads from a built page)', () => {
  const page = (head: string, body = '') =>
    `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  it.each([
    ['no robots tag', page('<title>x</title>'), false],
    ['noindex, follow', page('<meta name="robots" content="noindex, follow">'), true],
    ['attributes in another order and case', page('<META content="NOINDEX" name="Robots" />'), true],
    ['none means noindex too', page('<meta name="robots" content="none">'), true],
    ['index, follow', page('<meta name="robots" content="index, follow">'), false],
    ['a word that only contains noindex', page('<meta name="robots" content="noindexed">'), false],
    ['another meta saying noindex', page('<meta name="description" content="noindex">'), false],
    ['a robots tag in the body, not the head', page('', '<meta name="robots" content="noindex">'), false],
  ])('%s -> noindex %s', (_case, html, expected) => {
    expect(pageFactsOf(html).noindex).toBe(expected);
  });

  it.each([
    ['an article', page('<meta property="article:modified_time" content="2026-03-04T00:00:00.000Z">'), '2026-03-04'],
    [
      'no modified time',
      page('<meta property="article:published_time" content="2026-03-04T00:00:00.000Z">'),
      undefined,
    ],
    ['an unreadable day', page('<meta property="article:modified_time" content="soon">'), undefined],
  ])('%s -> lastmod %s', (_case, html, expected) => {
    expect(pageFactsOf(html).modified?.toISOString().slice(0, 10)).toBe(expected);
  });
});
