import { afterAll, describe, expect, it } from 'vitest';
import { TempSite, articleSource } from './temp-site.ts';

/**
 * Bad content stops the build with a message naming the file, the field and what was expected.
 * Schema problems are caught by `astro sync`; cross-file problems by our check in `astro build`.
 */
const site = new TempSite();
afterAll(() => site.cleanup());

const FILE = 'src/content/articles/zz-bad.mdx';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('frontmatter that breaks the schema', () => {
  it.each([
    ['a short description', { description: 'Too short.' }, 'description', 'expected 50 to 160 characters'],
    ['a missing title', { title: undefined }, 'title', 'expected a headline, but the field is missing'],
    ['a date that is not a date', { pubDate: 'next Tuesday' }, 'pubDate', 'YYYY-MM-DD'],
    ['a review due before the last review', { nextReviewDue: '2025-01-01' }, 'nextReviewDue', 'later than the newest reviewHistory date'],
    ['an empty review history', { reviewHistory: [] }, 'reviewHistory', 'at least one review'],
    ['a newest review by someone other than the reviewer', { reviewHistory: [{ date: '2026-01-05', reviewer: 'jordan-ellis', changes: 'First version' }] }, 'reviewHistory', 'same reviewer as the reviewer field'],
    ['alt text that is a file name', { hero: { src: '../../assets/heroes/deep-tissue-work.svg', alt: 'deep-tissue-work.svg' } }, 'hero.alt', 'not a file name'],
    ['a hero with no alt text', { hero: { src: '../../assets/heroes/deep-tissue-work.svg' } }, 'hero.alt', 'expected alt text describing the picture, but the field is missing'],
    ['a tag in capitals', { tags: ['Back Pain'] }, 'tags.0', 'lowercase words'],
    ['a legacy path without a slash', { legacyPaths: ['old-page'] }, 'legacyPaths.0', 'starts with /'],
    ['no sources', { sources: [] }, 'sources', 'at least one source'],
    ['a draft flag that is not true or false', { draft: 'yes' }, 'draft', 'Expected type `"boolean"`, received `"string"`'],
  ])('%s', (_name, overrides, field, expected) => {
    site.write(FILE, articleSource(overrides));
    const result = site.astro('sync');
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('zz-bad');
    expect(result.output).toContain(FILE);
    expect(result.output).toMatch(new RegExp(`${escape(field)}: .*${escape(expected)}`));
  });

  it('a missing hero image names the file, line, field and fix', () => {
    site.write(FILE, articleSource({ hero: { src: '../../assets/heroes/no-such-picture.svg', alt: 'A picture that is not there.' } }));
    const result = site.astro('build');
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(
      `${FILE}:10: field "hero.src" points to "../../assets/heroes/no-such-picture.svg", but no file is there. Expected a path relative to this file`,
    );
  });
});

describe('references and addresses that do not add up', () => {
  it.each([
    ['an unknown author', { author: 'nobody' }, undefined, 'field "author" names "nobody", but there is no src/content/therapists/nobody.yaml'],
    [
      'an unknown reviewer',
      { reviewer: 'dr-nobody', reviewHistory: [{ date: '2026-01-05', reviewer: 'dr-nobody', changes: 'First version of the page' }] },
      undefined,
      'field "reviewHistory[0].reviewer" names "dr-nobody"',
    ],
    ['an unknown source', { sources: ['furlan-2015', 'made-up-2020'] }, 'Cites <Cite id="furlan-2015" /> and <Cite id="made-up-2020" />.', 'field "sources[1]" names "made-up-2020"'],
    ['an unknown technique', { techniques: ['cupping'] }, undefined, 'field "techniques[0]" names "cupping", but there is no src/content/techniques/cupping.mdx'],
    ['a cited source missing from sources', {}, 'Cites <Cite id="furlan-2015" /> and <Cite id="cherkin-2011" />.', '<Cite id="cherkin-2011" /> cites a source missing from the "sources" field'],
    ['a source never cited', { sources: ['furlan-2015', 'cherkin-2011'] }, undefined, 'field "sources" lists "cherkin-2011", but the text never cites it'],
    ['a legacy path that is a real page', { legacyPaths: ['/contact'] }, undefined, 'the URL "/contact" is already used by src/pages/contact.astro'],
    [
      'a legacy path another article claims',
      { legacyPaths: ['/managing-chronic-back-pain-with-targeted-massage-therapy'] },
      undefined,
      'the URL "/managing-chronic-back-pain-with-targeted-massage-therapy" is already used by',
    ],
  ])('%s', (_name, overrides, body, message) => {
    site.write(FILE, body ? articleSource(overrides, body) : articleSource(overrides));
    const result = site.astro('build');
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('Content problems (the build stops until they are fixed)');
    expect(result.output).toContain(message);
  });

  it('a clean planted article builds (the cases above fail for their own reason)', () => {
    site.write(FILE, articleSource());
    const result = site.astro('build');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('is a SAMPLE profile and is published');
  });

  it('an overdue review builds with a warning naming the page', () => {
    site.write(FILE, articleSource({ reviewHistory: [{ date: '2024-01-01', reviewer: 'priya-natarajan', changes: 'First version of the page' }], nextReviewDue: '2025-01-01' }));
    const result = site.astro('build');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`${FILE}: review overdue since 2025-01-01`);
  });
});
