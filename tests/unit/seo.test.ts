import { describe, expect, it } from 'vitest';
import { canonicalUrl, formatTitle } from '../../src/lib/utils/seo.ts';

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
