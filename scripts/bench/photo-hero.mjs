// The benchmark's photo check: a copy of the site with one article whose hero is a 4032x3024 phone photo,
// built, served and measured: what the page loads (the photo apart and with it) and its Lighthouse LCP.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText } from './articles.mjs';
import { lighthousePages, lighthouseTable } from './lighthouse.mjs';
import { serveDist } from './serve.mjs';
import { phonePhotoJpeg } from '../../tests/support/phone-photo.ts';
import { BUDGETS, formatKb, overBudget } from '../../tools/quality/budgets.ts';
import { measurePages, readSite } from '../../tools/quality/read-dist.ts';

/** LCP target for an article with a photo hero (docs/maintaining.md, "Benchmark": at most 1.2 s). */
const PHOTO_LCP_TARGET = 1.2;
const PATH = '/articles/bench-photo-hero';

export async function photoHeroFigures({ root, work, astroBin, env, siteUrl, port, runs, lighthouse: runLighthouse }) {
  const dir = join(work, 'photo-site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'src', 'assets', 'photos'), { recursive: true });
  writeFileSync(join(dir, 'src', 'assets', 'photos', 'bench-photo.jpg'), await phonePhotoJpeg());
  writeFileSync(
    join(dir, 'src', 'content', 'articles', 'bench-photo-hero.mdx'),
    articleText(0, '../../assets/photos/bench-photo.jpg'),
  );
  console.log('\nbuilding a copy of the site with a 4032x3024 phone photo as an article hero...');
  const build = spawnSync(process.execPath, [astroBin, 'build'], { cwd: dir, env, encoding: 'utf8' });
  if (build.status !== 0)
    throw new Error(
      `astro build of the photo copy failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`,
    );
  const dist = join(dir, 'dist');
  const bytes = measurePages(dist, readSite(dist, siteUrl)).get(PATH);
  const page = bytes.html + bytes.css + bytes.js + bytes.fonts;
  const over = overBudget(PATH, bytes);
  console.log(
    `Photo hero article ${PATH}: loads ${formatKb(page)} gzipped without the photo (html ${formatKb(bytes.html)}, css ${formatKb(bytes.css)}, js ${formatKb(bytes.js)}, fonts ${formatKb(bytes.fonts)}; ` +
      `${over.length === 0 ? `within the article budgets: html ${formatKb(BUDGETS.article.html)}, css ${formatKb(BUDGETS.article.css)}, js ${formatKb(BUDGETS.article.js)}, fonts ${formatKb(BUDGETS.article.fonts)}` : `OVER BUDGET: ${over.join('; ')}`})`,
  );
  if (!runLighthouse) return;
  const server = await serveDist(dist, port);
  try {
    const rows = await lighthousePages([['photo hero', PATH, server.origin]], runs);
    console.log(`\n${lighthouseTable('Photo hero article', rows, runs, { lcpTarget: PHOTO_LCP_TARGET })}`);
  } finally {
    await server.close();
  }
}
