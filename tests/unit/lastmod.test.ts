import { describe, expect, it } from 'vitest';
import { lastmodOf, markLastmod } from '../../src/integrations/page-facts/lastmod-registry.ts';
import { latestDate } from '../../src/lib/dates.ts';

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

describe('lastmod registry', () => {
  it('finds a page by path or absolute URL, however the path was written, keeping the latest day', () => {
    markLastmod('/articles/lastmod-test.html', new Date('2026-02-01'));
    markLastmod('/articles/lastmod-test', new Date('2026-01-01'));
    expect(lastmodOf('https://site.example/articles/lastmod-test')?.toISOString().slice(0, 10)).toBe('2026-02-01');
    expect(lastmodOf('/articles/lastmod-test/')?.toISOString().slice(0, 10)).toBe('2026-02-01');
    expect(lastmodOf('/articles/never-marked')).toBeUndefined();
  });
});
