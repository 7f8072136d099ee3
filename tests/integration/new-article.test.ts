import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempSite, type RunResult } from '../support/temp-site.ts';

/**
 * The whole staff workflow in a throwaway copy: `npm run new` starts an article, a person fills it in,
 * the content lint passes, and the build puts it on the site, in the sitemap and in the RSS feed.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const TITLE = 'Gentle desk stretches for a stiff back';
const SLUG = 'gentle-desk-stretches-for-a-stiff-back';
const FILE = `src/content/articles/${SLUG}.mdx`;

describe('a new article from `npm run new`, filled in, goes live', () => {
  const site = new TempSite();
  cpSync(`${root}/scripts`, site.path('scripts'), { recursive: true });
  const script = (name: string, ...args: string[]): RunResult => {
    const result = spawnSync(process.execPath, [`scripts/${name}`, ...args], {
      cwd: site.dir,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: site.dir },
    });
    return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  let created: RunResult;
  let again: RunResult;
  let lint: RunResult;
  let build: RunResult;
  let template = '';

  beforeAll(() => {
    created = script('new.mjs', 'article', TITLE);
    template = site.read(FILE);
    again = script('new.mjs', 'article', TITLE);
    // What a staff member does next: fill in the blanks, add the picture, cite a source, publish.
    const filled = template
      .replace(
        'description: ""',
        'description: "Three short stretches you can do at your desk to ease a stiff back between meetings."',
      )
      .replace('draft: true', 'draft: false')
      .replace('sources: []', 'sources: [furlan-2015]')
      .replace('alt: ""', 'alt: "A person at a desk leaning gently to one side."')
      .replace('tags: []', 'tags: ["desk work"]')
      .replace(/\{\/\*[^\n]*\*\/\}\n/g, '')
      .replace('## First section heading', '## Stretch between tasks')
      .replace(
        'speaking to the reader as "you".',
        'speaking to the reader as "you". Massage may ease pain for a short time <Cite id="furlan-2015" />.',
      );
    site.write(FILE, filled);
    cpSync(site.path('src/assets/heroes/deep-tissue-work.svg'), site.path(`src/assets/heroes/${SLUG}.svg`));
    lint = script('lint-content.mjs', FILE);
    build = site.astro('build');
  });
  afterAll(() => site.cleanup());

  it('creates the file in the articles folder, as a draft dated today', () => {
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain(`Created ${FILE}`);
    expect(template).toMatch(new RegExp(`^title: "${TITLE}"`, 'm'));
    expect(template).toMatch(/^pubDate: \d{4}-\d{2}-\d{2} #/m);
    expect(template).toContain('draft: true');
  });

  it('refuses to overwrite it, and says so', () => {
    expect(again.code).toBe(1);
    expect(again.output).toContain(`${FILE} already exists, so nothing was written`);
  });

  it('passes the content lint once filled in', () => {
    expect(lint.code, lint.output).toBe(0);
    expect(lint.output).toContain('0 error(s)');
  });

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('has its own page', () => {
    expect(site.read(`dist/articles/${SLUG}.html`)).toContain(TITLE);
  });

  it('is listed on the articles page', () => {
    expect(site.read('dist/articles.html')).toContain(`/articles/${SLUG}"`);
  });

  it('is in the sitemap', () => {
    expect(site.read('dist/sitemap-0.xml')).toContain(`/articles/${SLUG}</loc>`);
  });

  it('is in the RSS feed', () => {
    expect(site.read('dist/rss.xml')).toContain(`<title>${TITLE}</title>`);
  });
});
