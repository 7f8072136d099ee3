import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_REVIEWER, TempSite, articleSource } from '../support/temp-site.ts';

/**
 * Cross-file problems stop `astro build` with a message naming the file, the field and what was expected.
 * Single-file mistakes (schema, file names, dates) are in planted-mistakes.test.ts.
 */
const site = new TempSite();
afterAll(() => site.cleanup());
// An article of the test's own that keeps an old address, for the case that claims it again.
const LEGACY = '/fixture-old-address';
site.write(
  'src/content/articles/fixture-legacy-owner.mdx',
  articleSource({ title: 'An article that keeps its old address', legacyPaths: [LEGACY] }),
);

const FILE = 'src/content/articles/zz-bad.mdx';

describe('references and addresses that do not add up', () => {
  it.each([
    [
      'an unknown author',
      { author: 'nobody' },
      undefined,
      'field "author" names "nobody", but there is no src/content/therapists/nobody.yaml',
    ],
    [
      'an unknown reviewer',
      {
        reviewer: 'dr-nobody',
        reviewHistory: [{ date: '2026-01-05', reviewer: 'dr-nobody', changes: 'First version of the page' }],
      },
      undefined,
      'field "reviewHistory[0].reviewer" names "dr-nobody"',
    ],
    [
      'an unknown source',
      { sources: ['furlan-2015', 'made-up-2020'] },
      'Cites <Cite id="furlan-2015" /> and <Cite id="made-up-2020" />.',
      'field "sources[1]" names "made-up-2020"',
    ],
    [
      'an unknown technique',
      { techniques: ['cupping'] },
      undefined,
      'field "techniques[0]" names "cupping", but there is no src/content/techniques/cupping.mdx',
    ],
    [
      'a cited source missing from sources',
      {},
      'Cites <Cite id="furlan-2015" /> and <Cite id="cherkin-2011" />.',
      '<Cite id="cherkin-2011" /> cites a source missing from the "sources" field',
    ],
    [
      'a source never cited',
      { sources: ['furlan-2015', 'cherkin-2011'] },
      undefined,
      'field "sources" lists "cherkin-2011", but the text never cites it',
    ],
    [
      'a legacy path that is a real page',
      { legacyPaths: ['/contact'] },
      undefined,
      'the URL "/contact" is already used by src/pages/contact.astro',
    ],
    [
      'a legacy path another article claims',
      { legacyPaths: [LEGACY] },
      undefined,
      `the URL "${LEGACY}" is already used by`,
    ],
  ])('%s', (_name, overrides, body, message) => {
    site.write(FILE, body ? articleSource(overrides, body) : articleSource(overrides));
    const result = site.astro('build', { GITHUB_ACTIONS: 'true' });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('Content problems (the build stops until they are fixed)');
    // The file and the line of the field the message names, then the message.
    expect(result.output).toMatch(new RegExp(`  - ${FILE.replace(/[.]/g, '\\.')}:\\d+: `));
    expect(result.output).toContain(message);
    // Inside GitHub Actions, the same problem as an annotation on that line.
    expect(result.output).toMatch(
      new RegExp(`^::error file=${FILE.replace(/[.]/g, '\\.')},line=\\d+,title=Content problems`, 'm'),
    );
  });

  it('a clean planted article builds (the cases above fail for their own reason)', () => {
    site.write(FILE, articleSource());
    const result = site.astro('build');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('is a SAMPLE profile and is published');
  });

  it('an overdue review builds with a warning naming the page', () => {
    site.write(
      FILE,
      articleSource({
        reviewHistory: [{ date: '2024-01-01', reviewer: FIXTURE_REVIEWER, changes: 'First version of the page' }],
        nextReviewDue: '2025-01-01',
      }),
    );
    const result = site.astro('build');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(
      new RegExp(`${FILE.replace(/[.]/g, '\\.')}:\\d+: warning \\[review-overdue\\] review overdue since 2025-01-01`),
    );
  });
});
