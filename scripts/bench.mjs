// `npm run bench`: build-time benchmark at 100, 1,000 and 5,000 generated articles (cold and warm caches), a bare
// Astro build of the same 1,000 for comparison, Lighthouse on key pages, and the byte figures per page type.
// Not part of `npm test`: it prints figures to compare with the targets in README.md ("Quality checks").
// Options (environment): BENCH_SIZES=100,1000 (article counts), BENCH_SKIP=build,lighthouse,bare (parts to skip),
// BENCH_LH_RUNS=3 (Lighthouse runs per page; the medians are printed).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toolPath } from './tool-path.mjs';
import { writeArticles } from './bench/articles.mjs';
import { writeBareSite } from './bench/bare-site.mjs';
import { lighthousePages, lighthouseTable } from './bench/lighthouse.mjs';
import { serveDist } from './bench/serve.mjs';
import { BUDGETS, budgetTable, formatKb, pageType } from '../src/lib/utils/quality/budgets.ts';
import { listFiles, measurePages, readSite } from '../src/lib/readers/read-dist.ts';
import { settings } from '../src/lib/readers/settings.ts';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.cache', 'bench');
const astroBin = toolPath('astro', 'bin/astro.mjs', root);
const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(','));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

/** Runs `astro build` in dir under GNU time (when present) and returns wall time, peak memory and the dist figures. */
function timedBuild(dir, articlesDir) {
  const hasTime = existsSync('/usr/bin/time');
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const args = hasTime ? ['-v', process.execPath, astroBin, 'build'] : [astroBin, 'build'];
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: dir, env: { ...env, CONTENT_ARTICLES_DIR: articlesDir }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`astro build failed in ${dir}`);
  }
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const files = listFiles(join(dir, 'dist'));
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const bytes = files.reduce((total, file) => total + statSync(join(dir, 'dist', file)).size, 0);
  return { seconds, peakMb: peakKb / 1024, pages, bytes };
}

/** A copy of the site (src, public, config) so the benchmark never touches the working dist/ or caches. */
function siteCopy() {
  const dir = join(work, 'site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
  return dir;
}

const clearCaches = (dir) => {
  for (const name of ['dist', '.astro', 'node_modules']) rmSync(join(dir, name), { recursive: true, force: true });
};

function table(rows) {
  const header = ['build', 'articles', 'cache', 'time', 'peak memory', 'pages', 'time/page', 'dist size'];
  const cells = [header, ...rows.map((row) => [row.name, String(row.articles), row.cache, `${row.seconds.toFixed(1)} s`, `${(row.peakMb / 1024).toFixed(2)} GB`, String(row.pages), `${((row.seconds * 1000) / row.pages).toFixed(1)} ms`, `${(row.bytes / 1024 / 1024).toFixed(1)} MB`])];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')).join('\n');
}

async function buildBenchmarks() {
  const rows = [];
  const site = siteCopy();
  const heroes = join(root, 'src', 'assets', 'heroes');
  for (const count of sizes) {
    const articles = join(work, `articles-${count}`);
    writeArticles(articles, count, heroes, join(root, 'src', 'content', 'articles'));
    clearCaches(site);
    console.log(`building the site with ${count} articles (cold caches)...`);
    rows.push({ name: 'site', articles: count, cache: 'cold', ...timedBuild(site, articles) });
    console.log(`building the site with ${count} articles (warm caches)...`);
    rows.push({ name: 'site', articles: count, cache: 'warm', ...timedBuild(site, articles) });
    if (count === 1000 && !skip.has('bare')) {
      const bare = join(work, 'bare');
      writeBareSite(bare);
      console.log('building a bare Astro site with the same 1000 articles...');
      rows.push({ name: 'bare astro', articles: count, cache: 'cold', ...timedBuild(bare, articles) });
      rows.push({ name: 'bare astro', articles: count, cache: 'warm', ...timedBuild(bare, articles) });
    }
  }
  console.log(`\n${table(rows)}`);
  const site1000 = rows.find((row) => row.name === 'site' && row.articles === 1000 && row.cache === 'warm');
  const bare1000 = rows.find((row) => row.name === 'bare astro' && row.cache === 'warm');
  if (site1000 && bare1000) {
    console.log(`\n1,000 articles, warm caches: the site takes ${(site1000.seconds / bare1000.seconds).toFixed(2)}x the bare Astro build's time (target at most 1.5x) and ${(site1000.peakMb / bare1000.peakMb).toFixed(2)}x its peak memory.`);
  }
}

mkdirSync(work, { recursive: true });
if (!skip.has('build')) await buildBenchmarks();

console.log('\nbuilding the site with its own content for Lighthouse and the byte figures...');
const build = spawnSync(process.execPath, [astroBin, 'build'], { cwd: root, env, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`astro build failed:\n${build.stderr}`);
const figures = measurePages(join(root, 'dist'), readSite(join(root, 'dist'), settings.siteUrl));
console.log(`\nBytes each page loads, gzipped (largest per page type, ${figures.size} pages):\n${budgetTable(figures)}`);
const total = [...figures.values()].reduce((sum, bytes) => sum + bytes.html, 0);
console.log(`All HTML together: ${formatKb(total)} gzipped.`);
const pageTotal = (bytes) => bytes.html + bytes.css + bytes.js + bytes.fonts;
/** The page of a type that loads the most (HTML, CSS, JS and fonts together). */
const heaviest = (type) => [...figures].filter(([path]) => pageType(path) === type).sort((a, b) => pageTotal(b[1]) - pageTotal(a[1]))[0];
for (const type of ['article', 'technique']) {
  const [path, bytes] = heaviest(type) ?? [];
  if (path) console.log(`Heaviest ${type}: ${path} loads ${formatKb(pageTotal(bytes))} (target at most ${formatKb(BUDGETS[type].total)}): HTML ${formatKb(bytes.html)}, CSS ${formatKb(bytes.css)}, JS ${formatKb(bytes.js)}, fonts ${formatKb(bytes.fonts)}.`);
}
const [largestHtmlPath, largestHtml] = [...figures].filter(([path]) => ['article', 'technique'].includes(pageType(path))).sort((a, b) => b[1].html - a[1].html)[0] ?? [];
if (largestHtmlPath) console.log(`Largest reading-page HTML: ${largestHtmlPath}, ${formatKb(largestHtml.html)} (target at most ${formatKb(BUDGETS.article.html)}, one round trip).`);

if (!skip.has('lighthouse')) {
  const port = Number(process.env.PREVIEW_PORT ?? 4322);
  const runs = Number(process.env.BENCH_LH_RUNS ?? 3);
  const pages = [
    ['home', '/'],
    ['article', heaviest('article')?.[0]],
    ['technique', heaviest('technique')?.[0]],
    ['quiz', figures.has('/frequency-guide') ? '/frequency-guide' : undefined],
  ].filter(([name, path]) => path || console.log(`Lighthouse: skipping ${name}: not in this build`));
  const server = await serveDist(join(root, 'dist'), port);
  try {
    const rows = await lighthousePages(`http://localhost:${port}`, pages, runs);
    console.log(`\nLighthouse 13 (mobile, simulated throttling; median of ${runs} runs; dist/ served gzipped as hosts serve it):\n${lighthouseTable(rows)}`);
  } finally {
    server.close();
  }
}
