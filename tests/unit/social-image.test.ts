import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CardCache, cardKey } from '../../src/lib/readers/social-image/cache.ts';
import { BRAND, cardTree, titleSize, type CardInput, type CardNode } from '../../src/lib/utils/social-image/card.ts';

const card: CardInput = { title: 'Trigger point therapy', kicker: 'Technique', siteName: 'Massage Strong', footnote: 'massagestrong.com', heroSvg: '<svg/>' };

/** Every text and image source in a tree, in order. */
function contents(tree: CardNode | string): string[] {
  if (typeof tree === 'string') return [tree];
  const own = typeof tree.props['src'] === 'string' ? [tree.props['src']] : [];
  const children = tree.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return [...own, ...list.flatMap(contents)];
}

describe('titleSize', () => {
  it.each([
    ['Short title', 72],
    ['x'.repeat(32), 72],
    ['x'.repeat(33), 60],
    ['x'.repeat(56), 60],
    ['x'.repeat(90), 50],
  ])('%s -> %i px', (title, size) => {
    expect(titleSize(title)).toBe(size);
  });
});

describe('cardTree', () => {
  it('is 1200x630 on the brand cream', () => {
    expect(cardTree(card).props.style).toMatchObject({ width: 1200, height: 630, backgroundColor: BRAND.cream });
  });
  it('shows the kicker, the title, the clinic name and the hero', () => {
    const shown = contents(cardTree(card));
    expect(shown.slice(0, 4)).toEqual(['Technique', 'Trigger point therapy', 'Massage Strong', 'massagestrong.com']);
    expect(shown[4]).toMatch(/^data:image\/svg\+xml;base64,/);
  });
  it('leaves the picture out when there is no hero', () => {
    expect(contents(cardTree({ ...card, heroSvg: undefined })).some((text) => text.startsWith('data:'))).toBe(false);
  });
});

describe('cardKey', () => {
  it.each([
    ['title', { ...card, title: 'Deep tissue work' }],
    ['kicker', { ...card, kicker: 'Article' }],
    ['site name', { ...card, siteName: 'Other Clinic' }],
    ['footnote', { ...card, footnote: 'other.example' }],
    ['hero', { ...card, heroSvg: '<svg><rect/></svg>' }],
  ])('changes when the %s changes', (_field, changed) => {
    expect(cardKey(changed)).not.toBe(cardKey(card));
  });
  it('changes with the design version and stays the same for the same inputs', () => {
    expect(cardKey({ ...card })).toBe(cardKey(card));
    expect(cardKey(card, 99)).not.toBe(cardKey(card));
  });
});

describe('CardCache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('returns what was written under a key, and nothing for an unknown key', () => {
    const cache = new CardCache(join(dir, 'nested'));
    expect(cache.read('missing')).toBeUndefined();
    cache.write('abc', new Uint8Array([1, 2, 3]));
    expect([...(cache.read('abc') ?? [])]).toEqual([1, 2, 3]);
  });
});
