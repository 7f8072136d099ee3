import { describe, expect, it } from 'vitest';
import { isCurrent } from '../../src/lib/seo/navigation.ts';

describe('isCurrent', () => {
  it.each([
    ['/', '/', true],
    ['/', '/contact', false],
    ['/articles', '/articles', true],
    ['/articles', '/articles/', true],
    ['/articles', '/articles/why-early-care-matters', true],
    ['/articles', '/articles-old', false],
    ['/contact', '/', false],
    ['/articles', '/articles.html', true],
    ['/contact', '/contact.html', true],
    ['/', '/index.html', true],
    ['/articles', '/articles/2.html', true],
  ])('%s on %s -> %s', (href, pathname, expected) => {
    expect(isCurrent(href, pathname)).toBe(expected);
  });
});
