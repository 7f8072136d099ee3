import { describe, expect, it } from 'vitest';
import {
  collectRedirects,
  findRedirectProblems,
  FIXED_REDIRECTS,
  redirectsFile,
  type Redirect,
} from '../../src/lib/seo/redirects.ts';

const pages = new Set(['/', '/contact', '/articles/new-home', '/articles/other']);
const rule = (from: string, to: string): Redirect => ({ from, to, reason: 'test' });

describe('collectRedirects', () => {
  it('keeps the fixed rules and adds each legacy path, titled from its article', () => {
    const rules = collectRedirects(
      [{ id: 'new-home', title: 'New home', legacyPaths: ['/old-a', '/old-b'] }],
      [rule('/very-old', '/articles/other')],
    );
    expect(rules.map((r) => [r.from, r.to, r.title])).toEqual([
      ['/very-old', '/articles/other', undefined],
      ['/old-a', '/articles/new-home', 'New home'],
      ['/old-b', '/articles/new-home', 'New home'],
    ]);
  });
  it('keeps a rule found in both the table and frontmatter once', () => {
    const rules = collectRedirects(
      [{ id: 'new-home', title: 'New home', legacyPaths: ['/old-a'] }],
      [rule('/old-a', '/articles/new-home')],
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]?.title).toBe('New home');
  });
  it("includes the clinic's old article address", () => {
    expect(FIXED_REDIRECTS.map((r) => r.from)).toContain('/managing-chronic-back-pain-with-targeted-massage-therapy');
  });
});

describe('findRedirectProblems', () => {
  it.each([
    ['a sound table', [rule('/old', '/articles/new-home'), rule('/older', '/articles/other')], []],
    [
      'a target that is not a page',
      [rule('/old', '/articles/gone')],
      ['"/old" redirects to "/articles/gone", which is not a page on the site'],
    ],
    [
      'one source, two targets',
      [rule('/old', '/articles/new-home'), rule('/old', '/articles/other')],
      ['"/old" redirects to both "/articles/new-home" and "/articles/other": keep one rule'],
    ],
    [
      'a source that is a page',
      [rule('/contact', '/articles/other')],
      ['"/contact" is a page on the site, so a redirect from it would hide that page'],
    ],
    [
      'a chain',
      [rule('/a', '/b'), rule('/b', '/articles/other')],
      ['"/a" redirects to "/b", which redirects again: point it at the final page'],
    ],
    [
      'a rule to itself',
      [rule('/loop', '/loop')],
      [
        '"/loop" redirects to itself',
        '"/loop" redirects to "/loop", which redirects again: point it at the final page',
      ],
    ],
    [
      'a trailing slash',
      [rule('/old/', '/articles/other')],
      ['"/old/": expected a lowercase path starting with "/" and without a trailing slash'],
    ],
  ])('%s', (_name, rules, expected) => {
    expect(findRedirectProblems(rules, pages)).toEqual(expected);
  });
});

describe('redirectsFile', () => {
  it('writes one "from to 301" line per rule', () => {
    expect(
      redirectsFile([rule('/old', '/articles/new-home')])
        .split('\n')
        .slice(1),
    ).toEqual(['/old /articles/new-home 301', '']);
  });
});
