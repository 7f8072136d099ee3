// The benchmark's photo check: a copy of the site with one article whose hero is a 4032x3024 phone photo,
// built, served and measured: what the page loads (the photo apart and with it) and its Lighthouse LCP.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText } from './articles.mjs';
import { preview } from './preview.mjs';
import { phonePhotoJpeg } from '../../tests/fixtures/phone-photo.ts';
import { BUDGETS, formatKb, overBudget } from '../../src/lib/utils/quality/budgets.ts';
import { measurePages, readSite } from '../../src/lib/readers/read-dist.ts';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/browser.ts';

/** LCP target for an article with a photo hero (the issue's table: at most 1.2 s). */
const PHOTO_LCP_TARGET = 1.2;
const PATH = '/articles/bench-photo-hero';

export async function photoHeroFigures({ root, work, astroBin, env, siteUrl, port, lighthouse: runLighthouse }) {
  const dir = join(work, 'photo-site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'src', 'assets', 'photos'), { recursive: true });
  writeFileSync(join(dir, 'src', 'assets', 'photos', 'bench-photo.jpg'), await phonePhotoJpeg());
  writeFileSync(join(dir, 'src', 'content', 'articles', 'bench-photo-hero.mdx'), articleText(0, '../../assets/photos/bench-photo.jpg'));
  console.log('\nbuilding a copy of the site with a 4032x3024 phone photo as an article hero...');
  const build = spawnSync(process.execPath, [astroBin, 'build'], { cwd: dir, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`astro build of the photo copy failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  const dist = join(dir, 'dist');
  const bytes = measurePages(dist, readSite(dist, siteUrl)).get(PATH);
  const page = bytes.html + bytes.css + bytes.js + bytes.fonts;
  const over = overBudget(PATH, bytes);
  console.log(
    `Photo hero article ${PATH}: loads ${formatKb(page)} gzipped without the photo (html ${formatKb(bytes.html)}, css ${formatKb(bytes.css)}, js ${formatKb(bytes.js)}, fonts ${formatKb(bytes.fonts)}; ` +
      `${over.length === 0 ? `within the article budgets: html ${formatKb(BUDGETS.article.html)}, css ${formatKb(BUDGETS.article.css)}, js ${formatKb(BUDGETS.article.js)}, fonts ${formatKb(BUDGETS.article.fonts)}` : `OVER BUDGET: ${over.join('; ')}`})`,
  );
  if (!runLighthouse) return;
  const server = await preview(astroBin, dir, port, env);
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs] });
    try {
      const { lhr } = await lighthouse(`http://localhost:${port}${PATH}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lcp = lhr.audits['largest-contentful-paint'].numericValue / 1000;
      const requests = lhr.audits['network-requests'].details?.items ?? [];
      const photo = requests.filter((request) => request.resourceType === 'Image').reduce((sum, request) => sum + request.transferSize, 0);
      const weight = lhr.audits['total-byte-weight'].numericValue;
      console.log(
        `Photo hero article, Lighthouse mobile: LCP ${lcp.toFixed(2)} s (target at most ${PHOTO_LCP_TARGET} s${lcp <= PHOTO_LCP_TARGET ? '' : ', MISSED'}), ` +
          `performance ${Math.round(lhr.categories.performance.score * 100)}, everything transferred ${formatKb(weight)} of which images ${formatKb(photo)}`,
      );
    } finally {
      chrome.kill();
    }
  } finally {
    server.kill();
  }
}
