import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/dist-files.ts';
import { articleSource, FIXTURE_AUTHOR, TempSite, type RunResult } from '../support/temp-site.ts';

/**
 * The incremental build (experimental.incrementalBuild, with keys from withCacheKeys) copies unchanged pages from
 * the last build. A key that missed something a page shows would leave that page stale on the live site, so each
 * round of staff edits below is built twice in the same folder: incrementally on
 * top of the last build, then from nothing. The two outputs must be the same, file for file.
 */

type Snapshot = Map<string, Buffer>;

/** Every file in the site's dist/ and its bytes. */
const snapshot = (site: TempSite): Snapshot =>
  new Map(listFiles(site.path('dist')).map((file) => [file, readFileSync(join(site.path('dist'), file))]));

/** Files that differ between two outputs, or that only one of them has. */
function differences(a: Snapshot, b: Snapshot): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => {
    const [left, right] = [a.get(file), b.get(file)];
    return !left || !right || !left.equals(right);
  });
}

/** How many pages a build copied from the last one instead of rendering them. */
const copiedPages = (build: RunResult) => (build.output.match(/\((cached|restored)\)/g) ?? []).length;

/** Makes one edit in a file (the first match), failing loudly when there is nothing to change. */
function edit(
  site: TempSite,
  file: string,
  from: string | RegExp,
  to: string | ((...match: string[]) => string),
): void {
  const text = site.read(file);
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`${file} no longer holds ${String(from)}: update this test's edit`);
  site.write(file, typeof to === 'string' ? text.replace(from, to) : text.replace(from, to));
}

/** A build from nothing: no dist/ and no Astro cache (the social-card cache stays: it is not what is tested). */
function fullBuild(site: TempSite): RunResult {
  site.remove('dist');
  site.remove('node_modules/.astro');
  return site.astro('build');
}

/** The test's own article, written before the first build, so no edit depends on the sample articles. */
const ARTICLE = 'src/content/articles/fixture-staff-edit.mdx';
const articleText = () =>
  articleSource(
    { title: 'An article the staff edit between builds' },
    'A short body that cites <Cite id="furlan-2015" />, so pick what works for you.',
  );

/** Round 1: one article's title (shown in lists and in other articles' related reading) and body. */
function editSome(site: TempSite): void {
  edit(site, ARTICLE, 'An article the staff edit between builds', 'An article the staff edited between builds');
  edit(site, ARTICLE, 'so pick what works for you.', 'so pick what works for you and drop the rest.');
}

/** Round 2: shared data (a source one article cites, a price in every booking island, a therapist in bylines and lists). */
function editShared(site: TempSite): void {
  // The first source's title (the test's article cites furlan-2015; any source's change reaches every health page's key).
  edit(site, 'src/content/sources.yaml', /title: "([^"]+)"/, 'title: "$1, revised"');
  edit(site, 'src/content/services.yaml', /price: (\d+)/, (_line, price) => `price: ${(Number(price) + 5) % 1000}`);
  edit(site, `src/content/therapists/${FIXTURE_AUTHOR}.yaml`, 'name: "Test Author"', 'name: "Test Author-Park"');
}

describe('an incremental build after staff edits is the same as a full build', () => {
  const site = new TempSite();
  let first: RunResult;
  let unchanged: RunResult;
  let unchangedDiffer: string[] = [];
  const rounds: { name: string; incremental: RunResult; full: RunResult; differ: string[] }[] = [];

  beforeAll(() => {
    site.write(ARTICLE, articleText());
    first = site.astro('build');
    const firstDist = snapshot(site);
    unchanged = site.astro('build');
    unchangedDiffer = differences(firstDist, snapshot(site));
    for (const [name, apply] of [
      ['some pages', editSome],
      ['every page', editShared],
    ] as const) {
      apply(site);
      const incremental = site.astro('build');
      const copied = snapshot(site);
      const full = fullBuild(site);
      rounds.push({ name, incremental, full, differ: differences(copied, snapshot(site)) });
    }
    // Six builds: minutes on a busy machine.
  }, 900_000);
  afterAll(() => site.cleanup());

  it('builds every time', () => {
    expect(first.code, first.output).toBe(0);
    expect(unchanged.code, unchanged.output).toBe(0);
    for (const round of rounds) {
      expect(round.incremental.code, round.incremental.output).toBe(0);
      expect(round.full.code, round.full.output).toBe(0);
    }
  });

  it('copies the keyed pages when nothing changed, and the output is the same byte for byte', () => {
    expect(copiedPages(first)).toBe(0);
    // The articles, their paged lists, the tags' and the therapists' lists.
    expect(copiedPages(unchanged)).toBeGreaterThanOrEqual(10);
    expect(unchangedDiffer).toEqual([]);
  });

  it.each([0, 1])(
    'round %i: every page an edit touched is rendered again, so the output matches a full build',
    (index) => {
      const round = rounds[index]!;
      expect(round.differ, `${round.name}: pages left stale by the incremental build`).toEqual([]);
    },
  );

  it('still copies the pages the first round of edits did not touch', () => {
    expect(copiedPages(rounds[0]!.incremental)).toBeGreaterThan(0);
  });
});
