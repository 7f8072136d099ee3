// Before launch the clinic replaces the sample therapists and articles. This builds a copy of the site where every
// sample therapist has a new id (file, photo and every mention in src/) and every article is rewritten (new title,
// body, tags and people, same file name so links into it still resolve), and requires the build and the content
// checks to pass: nothing in the site's code may depend on the sample content.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_AUTHOR, FIXTURE_REVIEWER, TempSite, articleSource, type RunResult } from '../support/temp-site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = /\.(astro|ts|mjs|mdx|md|yaml|json|css|svg)$/;

describe('a copy with every sample therapist renamed and every article replaced', () => {
  const site = new TempSite();
  let renamed: [string, string][] = [];
  let articles: string[] = [];
  let build: RunResult;
  let lint: RunResult;

  beforeAll(() => {
    cpSync(join(root, 'scripts'), site.path('scripts'), { recursive: true });
    cpSync(join(root, 'tools'), site.path('tools'), { recursive: true });
    const files = (readdirSync(site.path('src'), { recursive: true, encoding: 'utf8' }) as string[]).map((name) =>
      join('src', name),
    );
    const samples = files
      .filter((file) => file.startsWith(join('src', 'content', 'therapists')) && file.endsWith('.yaml'))
      .map((file) => basename(file, '.yaml'))
      .filter((id) => ![FIXTURE_AUTHOR, FIXTURE_REVIEWER].includes(id))
      .filter((id) => /^sample: true$/m.test(site.read(`src/content/therapists/${id}.yaml`)));
    renamed = samples.map((id, index) => [id, `renamed-therapist-${index + 1}`]);
    const mention = (id: string) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g');
    for (const file of files.filter((name) => TEXT.test(name))) {
      let text: string;
      try {
        text = site.read(file);
      } catch {
        continue;
      }
      const changed = renamed.reduce((acc, [from, to]) => acc.replace(mention(from), to), text);
      if (changed !== text) site.write(file, changed);
    }
    for (const file of files) {
      const match = renamed.find(([from]) => basename(file, extname(file)) === from);
      if (match) renameSync(site.path(file), site.path(join(dirname(file), `${match[1]}${extname(file)}`)));
    }
    const people = renamed.length > 0 ? renamed.map(([, to]) => to) : [FIXTURE_AUTHOR];
    articles = readdirSync(site.path('src/content/articles')).filter((name) => name.endsWith('.mdx'));
    articles.forEach((name, index) => {
      const person = people[index % people.length]!;
      writeFileSync(
        site.path(`src/content/articles/${name}`),
        articleSource({
          title: `A replacement article, number ${index + 1}`,
          author: person,
          reviewer: person,
          reviewHistory: [{ date: '2026-01-05', reviewer: person, changes: 'First version of the page' }],
          tags: ['replaced-content'],
        }),
      );
    });
    build = site.astro('build');
    const result = spawnSync(process.execPath, ['scripts/lint-content.mjs'], { cwd: site.dir, encoding: 'utf8' });
    lint = { code: result.status, output: `${result.stdout}\n${result.stderr}` };
  }, 600_000);
  afterAll(() => site.cleanup());

  it('had sample therapists and articles to replace', () => {
    expect(renamed.length).toBeGreaterThan(0);
    expect(articles.length).toBeGreaterThan(0);
  });

  it('names no sample therapist anywhere in src/', () => {
    const files = (readdirSync(site.path('src'), { recursive: true, encoding: 'utf8' }) as string[]).filter((name) =>
      TEXT.test(name),
    );
    const left = files.filter((file) =>
      renamed.some(([from]) => readFileSync(site.path(join('src', file)), 'utf8').includes(from)),
    );
    expect(left).toEqual([]);
  });

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
    for (const [, to] of renamed) expect(site.exists(`dist/therapists/${to}.html`)).toBe(true);
  });

  it('passes the content lint', () => {
    expect(lint.code, lint.output).toBe(0);
  });
});
