import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint, pageCacheKey, SHARED_COLLECTIONS, sharedFingerprint } from '../../src/lib/content/cache-key.ts';

/** A content entry as Astro hands it over: data, the file's digest, and the body text. */
const entry = (id: string, data: Record<string, unknown>, digest = `digest-${id}`, body = `Body of ${id}.`) => ({
  id,
  collection: 'articles',
  data,
  digest,
  body,
});

const article = entry('a', {
  title: 'Stiff backs',
  pubDate: new Date('2026-01-05'),
  hero: { src: { src: '/_astro/a.1234.svg', width: 800, height: 450 } },
});
const other = entry('b', { title: 'Sleep and pain', pubDate: new Date('2026-02-01') });
const service = { id: 'sixty', collection: 'services', data: { price: 110, minutes: 60 }, digest: 's1' };
const shared = sharedFingerprint([[service]], 2026);
const base = { params: { slug: 'a' }, props: { entry: article, related: [other] } };
const key = (path: { params: unknown; props?: unknown } = base, sharedPart = shared) => pageCacheKey(sharedPart, path);

describe('pageCacheKey', () => {
  it('is the same for the same page and data, and short', () => {
    expect(key()).toBe(key({ params: { slug: 'a' }, props: { entry: { ...article }, related: [{ ...other }] } }));
    expect(key().length).toBeLessThan(50);
  });

  // Each change is something the page shows: its key must change, or the incremental build copies a stale page.
  it.each([
    [
      'its title',
      {
        ...base,
        props: { ...base.props, entry: { ...article, data: { ...article.data, title: 'Stiff backs at work' } } },
      },
    ],
    [
      'its body (through the digest)',
      { ...base, props: { ...base.props, entry: entry('a', article.data, 'digest-a2') } },
    ],
    [
      'its hero picture (a new hashed file)',
      {
        ...base,
        props: {
          ...base.props,
          entry: {
            ...article,
            data: { ...article.data, hero: { src: { src: '/_astro/a.9999.svg', width: 800, height: 450 } } },
          },
        },
      },
    ],
    [
      'a related article title',
      {
        ...base,
        props: { ...base.props, related: [{ ...other, data: { ...other.data, title: 'Sleep, pain and stress' } }] },
      },
    ],
    ['the related list', { ...base, props: { ...base.props, related: [] } }],
    ['its address', { ...base, params: { slug: 'a2' } }],
  ])('changes with %s', (_change, changed) => {
    expect(key(changed)).not.toBe(key());
  });

  it.each([
    ['a price', sharedFingerprint([[{ ...service, data: { ...service.data, price: 115 } }]], 2026)],
    ['a shared entry file', sharedFingerprint([[{ ...service, digest: 's2' }]], 2026)],
    ['the year in the footer', sharedFingerprint([[service]], 2027)],
  ])('changes with shared data: %s', (_change, changedShared) => {
    expect(key(base, changedShared)).not.toBe(key());
  });

  it('reads an entry by its digest, not its body text (the digest already covers the file)', () => {
    const sameFile = { ...base, props: { ...base.props, entry: { ...article, body: 'Text Astro kept differently.' } } };
    expect(key(sameFile)).toBe(key());
  });

  it('reads the body of an entry with no digest', () => {
    const noDigest = (body: string) => ({
      ...base,
      props: { ...base.props, entry: { ...article, digest: undefined, body } },
    });
    expect(key(noDigest('One text.'))).not.toBe(key(noDigest('Another text.')));
  });
});

describe('fingerprint', () => {
  it.each([
    [{ a: 1 }, { a: 2 }],
    [
      [1, 2],
      [2, 1],
    ],
    [new Date('2026-01-01'), new Date('2026-01-02')],
    [undefined, null],
  ])('tells %j from %j', (a, b) => {
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });
});

describe('SHARED_COLLECTIONS', () => {
  it('names every collection in src/content.config.ts except the articles, which each page keys by its props', () => {
    const config = readFileSync(new URL('../../src/content.config.ts', import.meta.url), 'utf8');
    const declared = /export const collections = \{([^}]*)\}/
      .exec(config)?.[1]
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    expect(declared, 'src/content.config.ts: the collections line moved').toBeDefined();
    expect([...SHARED_COLLECTIONS, 'articles'].sort()).toEqual([...declared!].sort());
  });
});
