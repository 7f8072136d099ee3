// `npm run bench`: build-time benchmark at 100, 1,000 and 5,000 generated articles (cold and warm caches), a bare
// Astro build of the same 1,000 for comparison, what each performance mechanism saves at 1,000, Lighthouse on key pages, and the byte figures per page type.
// Not part of `npm test`: it prints figures to compare with the targets in docs/maintaining.md ("Benchmark").
// Options (environment): BENCH_SIZES=100,1000 (article counts), BENCH_SKIP=build,mechanisms,lighthouse,bare,paged,photo
// (parts to skip), BENCH_LH_RUNS=3 (Lighthouse runs per page; the medians are printed), BENCH_PROTOCOL=h1 (serve over HTTP/1.1
// instead of HTTP/2 with TLS, to compare).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { toolPath } from './tool-path.mjs';
import { articleText, writeArticles } from './bench/articles.mjs';
import { writeBareSite } from './bench/bare-site.mjs';
import { photoHeroFigures } from './bench/photo-hero.mjs';
import { mechanismFigures } from './bench/mechanisms.mjs';
import { lighthousePages, lighthouseTable } from './bench/lighthouse.mjs';
import { serveDist } from './bench/serve.mjs';
import { BUDGETS, budgetTable, formatKb, pageType } from '../tools/quality/budgets.ts';
import { measurePages, readSite } from '../tools/quality/read-dist.ts';
import { listFiles } from '../src/integrations/dist-files.ts';
import { settings } from '../src/server/settings.ts';

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
  const result = spawnSync(command, args, {
    cwd: dir,
    env: { ...env, CONTENT_ARTICLES_DIR: articlesDir },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`astro build failed in ${dir}`);
  }
  // Astro marks each page its incremental build copied instead of rendering.
  const copied = (result.stdout.match(/\((cached|restored)\)/g) ?? []).length;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  // CPU time (user + system) moves less than wall time when other work shares the machine.
  const cpuSeconds = ['User', 'System'].reduce(
    (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN),
    0,
  );
  const files = listFiles(join(dir, 'dist'));
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const bytes = files.reduce((total, file) => total + statSync(join(dir, 'dist', file)).size, 0);
  return { seconds, cpuSeconds, peakMb: peakKb / 1024, pages, bytes, copied, rendered: pages - copied };
}

/** A copy of the site (src, public, config) so the benchmark never touches the working dist/ or caches. */
function siteCopy(name = 'site') {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore'])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  // The builds read articles from CONTENT_ARTICLES_DIR (the site's own among them); a copy here would be a stray folder.
  rmSync(join(dir, 'src', 'content', 'articles'), { recursive: true, force: true });
  // A git checkout, as CI builds one: Tailwind skips what .gitignore names (dist/, .astro/, node_modules/ with the
  // incremental build's copies of every page, and the generated articles) only inside a repository.
  writeFileSync(join(dir, '.gitignore'), `${readFileSync(join(dir, '.gitignore'), 'utf8')}\n${BENCH_ARTICLES}/\n`);
  spawnSync('git', ['init', '--quiet', dir]);
  return dir;
}

/** The folder, inside each copy of the site, that holds its generated articles (CONTENT_ARTICLES_DIR). */
const BENCH_ARTICLES = 'bench-articles';
/** How those articles name their pictures: the site's own, as it accepts pictures only from its src/assets/. */
const SITE_HEROES = '../src/assets/heroes/';

/** Writes count articles into the copy of the site at dir and returns their folder. */
function siteArticles(dir, count) {
  const articles = join(dir, BENCH_ARTICLES);
  writeArticles(
    articles,
    count,
    join(root, 'src', 'assets', 'heroes'),
    join(root, 'src', 'content', 'articles'),
    SITE_HEROES,
  );
  return articles;
}

/** Everything a build may reuse: the output, Astro's caches and the social-card cache (.cache). */
const clearCaches = (dir) => {
  for (const name of ['dist', '.astro', 'node_modules', '.cache'])
    rmSync(join(dir, name), { recursive: true, force: true });
};

function table(rows) {
  const header = ['build', 'articles', 'cache', 'time', 'cpu time', 'peak memory', 'pages', 'time/page', 'dist size'];
  const cells = [
    header,
    ...rows.map((row) => [
      row.name,
      String(row.articles),
      row.cache,
      `${row.seconds.toFixed(1)} s`,
      `${row.cpuSeconds.toFixed(1)} s`,
      `${(row.peakMb / 1024).toFixed(2)} GB`,
      String(row.pages),
      `${((row.seconds * 1000) / row.pages).toFixed(1)} ms`,
      `${(row.bytes / 1024 / 1024).toFixed(1)} MB`,
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')).join('\n');
}

/** Target for any page's HTML, gzipped, at the largest size: listings must be paginated to stay under it. */
const PAGE_HTML_TARGET = 20 * 1024;

/** Prints the largest page in dist by gzipped HTML, and the largest listing page (paged lists such as tags). */
function largestListing(dist, count) {
  const pages = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, bytes: gzipSync(readFileSync(join(dist, file))).length }));
  const largest = (list) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const listings = pages.filter(({ file }) => /^(tags\/|articles\/\d+\.html$|articles\.html$)/.test(file));
  const show = ({ file, bytes }) =>
    `/${file.replace(/\.html$/, '')} ${formatKb(bytes)} (target at most ${formatKb(PAGE_HTML_TARGET)}${bytes <= PAGE_HTML_TARGET ? '' : ', MISSED'})`;
  console.log(
    `largest page at ${count} articles, gzipped HTML: ${show(largest(pages))}; largest listing page: ${show(largest(listings))} of ${listings.length}`,
  );
}

/** Warm builds that render pages the incremental build would otherwise copy (see buildBenchmarks). */
const WARM_ALL = 'warm, all rendered';
const WARM_NEW = 'warm, +1 article';

/** A new article, dated yesterday so it leads every list it is in: what a staff member's commit adds. */
function newArticle(count, heroesDir) {
  const hero = readdirSync(heroesDir).find((name) => name.endsWith('.svg'));
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return articleText(count, `${SITE_HEROES}${hero}`).replace(/^pubDate: .*$/m, `pubDate: ${yesterday}`);
}

/** Build targets against a bare Astro build of the same articles in the same run (the targets in docs/maintaining.md, "Benchmark"). */
const BUILD_TARGETS = { warm: 1.3, cold: 2, memory: 1.3 };

/** The site and the bare yardstick, cold then warm, at each size; the ratios beside their targets. */
async function buildBenchmarks() {
  const rows = [];
  const site = siteCopy();
  const bare = join(work, 'bare');
  const barePaged = join(work, 'bare-paged');
  const heroes = join(root, 'src', 'assets', 'heroes');
  for (const count of sizes) {
    // The same articles for the bare builds, outside any site, with their pictures beside them.
    const articles = join(work, `articles-${count}`);
    writeArticles(articles, count, heroes, join(root, 'src', 'content', 'articles'));
    const ownArticles = siteArticles(site, count);
    clearCaches(site);
    console.log(`building the site with ${count} articles (cold caches)...`);
    rows.push({ name: 'site', articles: count, cache: 'cold', ...timedBuild(site, ownArticles) });
    console.log(`building the site with ${count} articles (warm caches)...`);
    rows.push({ name: 'site', articles: count, cache: 'warm', ...timedBuild(site, ownArticles) });
    // The incremental build copied every keyed page just now. Two warm builds that render: every page (the last
    // build's page list forgotten, all other caches kept), and after a staff member adds one article.
    rmSync(join(site, 'node_modules', '.astro', 'incremental-build.json'), { force: true });
    console.log(`building the site with ${count} articles (warm caches, every page rendered)...`);
    rows.push({ name: 'site', articles: count, cache: WARM_ALL, ...timedBuild(site, ownArticles) });
    const added = join(ownArticles, 'a-new-article-for-the-benchmark.mdx');
    writeFileSync(added, newArticle(count, heroes));
    console.log(`building the site with ${count} articles and one new one (warm caches)...`);
    rows.push({ name: 'site', articles: count, cache: WARM_NEW, ...timedBuild(site, ownArticles) });
    rmSync(added);
    if (!skip.has('bare')) {
      writeBareSite(bare);
      console.log(`building a bare Astro site with the same ${count} articles (cold, then warm)...`);
      rows.push({ name: 'bare astro', articles: count, cache: 'cold', ...timedBuild(bare, articles) });
      rows.push({ name: 'bare astro', articles: count, cache: 'warm', ...timedBuild(bare, articles) });
    }
    if (!skip.has('bare') && !skip.has('paged')) {
      writeBareSite(barePaged, { paged: true });
      console.log(
        `building a bare Astro site with the same ${count} articles, paged lists and image() heroes (cold, then warm)...`,
      );
      rows.push({ name: 'bare, same pages', articles: count, cache: 'cold', ...timedBuild(barePaged, articles) });
      rows.push({ name: 'bare, same pages', articles: count, cache: 'warm', ...timedBuild(barePaged, articles) });
    }
    if (count === Math.max(...sizes)) largestListing(join(site, 'dist'), count);
    ratios(rows, count);
  }
  console.log(`\n${table(rows)}`);
  for (const count of sizes) ratios(rows, count);
}

/** The site's build against the bare build of the same articles, beside the targets. */
function ratios(rows, count) {
  const row = (name, cache) => rows.find((r) => r.name === name && r.articles === count && r.cache === cache);
  const verdict = (ratio, target) =>
    `${ratio.toFixed(2)}x (target at most ${target}x${ratio <= target ? '' : ', MISSED'})`;
  const [siteCold, siteWarm, bareCold, bareWarm] = [
    row('site', 'cold'),
    row('site', 'warm'),
    row('bare astro', 'cold'),
    row('bare astro', 'warm'),
  ];
  const [siteAll, siteNew] = [row('site', WARM_ALL), row('site', WARM_NEW)];
  const [pagedCold, pagedWarm] = [row('bare, same pages', 'cold'), row('bare, same pages', 'warm')];
  if (bareCold && bareWarm) {
    console.log(
      `${count} articles against bare Astro: warm ${verdict(siteWarm.seconds / bareWarm.seconds, BUILD_TARGETS.warm)}, ` +
        `cold ${verdict(siteCold.seconds / bareCold.seconds, BUILD_TARGETS.cold)}, ` +
        `peak memory warm ${verdict(siteWarm.peakMb / bareWarm.peakMb, BUILD_TARGETS.memory)}, cold ${verdict(siteCold.peakMb / bareCold.peakMb, BUILD_TARGETS.memory)}; ` +
        `cpu time warm ${(siteWarm.cpuSeconds / bareWarm.cpuSeconds).toFixed(2)}x, cold ${(siteCold.cpuSeconds / bareCold.cpuSeconds).toFixed(2)}x`,
    );
    // "Warm" above copies every keyed page from the last build; these say what rendering costs on the same caches.
    if (siteAll && siteNew) {
      console.log(
        `${count} articles, warm builds that render (no target; bare Astro has no page cache to use): every page ${(siteAll.seconds / bareWarm.seconds).toFixed(2)}x, ` +
          `one new article ${(siteNew.seconds / bareWarm.seconds).toFixed(2)}x (${siteNew.rendered} pages rendered, ${siteNew.copied} copied), peak memory ${(siteAll.peakMb / bareWarm.peakMb).toFixed(2)}x`,
      );
    }
  }
  // For comparison only (the targets are against the bare page above): a yardstick that builds the same paged lists.
  if (pagedCold && pagedWarm) {
    const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
    console.log(
      `${count} articles against a bare Astro site with the same pages (for comparison, not the target): warm ${ratio(siteWarm.seconds, pagedWarm.seconds)}, ` +
        `cold ${ratio(siteCold.seconds, pagedCold.seconds)}, peak memory warm ${ratio(siteWarm.peakMb, pagedWarm.peakMb)}, cold ${ratio(siteCold.peakMb, pagedCold.peakMb)}`,
    );
  }
}

mkdirSync(work, { recursive: true });
if (!skip.has('build')) await buildBenchmarks();

// What each performance mechanism saves, at 1,000 articles (or the nearest size asked for).
if (!skip.has('mechanisms')) {
  const count = sizes.includes(1000) ? 1000 : sizes[0];
  mechanismFigures({ count, siteCopy: (name) => siteCopy(name), siteArticles, clearCaches, timedBuild });
}

console.log('\nbuilding the site with its own content for Lighthouse and the byte figures...');
const build = spawnSync(process.execPath, [astroBin, 'build'], { cwd: root, env, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`astro build failed:\n${build.stderr}`);
const figures = measurePages(join(root, 'dist'), readSite(join(root, 'dist'), settings.siteUrl));
console.log(
  `\nBytes each page loads, gzipped (largest per page type, ${figures.size} pages):\n${budgetTable(figures)}`,
);
const total = [...figures.values()].reduce((sum, bytes) => sum + bytes.html, 0);
console.log(`All HTML together: ${formatKb(total)} gzipped.`);
const pageTotal = (bytes) => bytes.html + bytes.css + bytes.js + bytes.fonts;
/** The page of a type that loads the most (HTML, CSS, JS and fonts together). */
const heaviest = (type) =>
  [...figures].filter(([path]) => pageType(path) === type).sort((a, b) => pageTotal(b[1]) - pageTotal(a[1]))[0];
for (const type of ['article', 'technique']) {
  const [path, bytes] = heaviest(type) ?? [];
  if (path)
    console.log(
      `Heaviest ${type}: ${path} loads ${formatKb(pageTotal(bytes))} (target at most ${formatKb(BUDGETS[type].total)}): HTML ${formatKb(bytes.html)}, CSS ${formatKb(bytes.css)}, JS ${formatKb(bytes.js)}, fonts ${formatKb(bytes.fonts)}.`,
    );
}
const [largestHtmlPath, largestHtml] =
  [...figures]
    .filter(([path]) => ['article', 'technique'].includes(pageType(path)))
    .sort((a, b) => b[1].html - a[1].html)[0] ?? [];
if (largestHtmlPath)
  console.log(
    `Largest reading-page HTML: ${largestHtmlPath}, ${formatKb(largestHtml.html)} (target at most ${formatKb(BUDGETS.article.html)}, one round trip).`,
  );

/**
 * Builds the bare Astro site with the site's own articles (no generated ones) for the Lighthouse yardstick, and
 * returns its dist and the path of one article page: the heaviest article's own when the bare site has it.
 */
function bareSiteForLighthouse(articlePath) {
  const dir = join(work, 'bare-lighthouse');
  const articles = join(work, 'articles-0');
  writeArticles(articles, 0, join(root, 'src', 'assets', 'heroes'), join(root, 'src', 'content', 'articles'));
  writeBareSite(dir);
  console.log("building a bare Astro site with the site's own articles for the Lighthouse yardstick...");
  timedBuild(dir, articles);
  const dist = join(dir, 'dist');
  const pages = listFiles(join(dist, 'articles'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/articles/${file.replace(/\.html$/, '')}`);
  return { dist, path: pages.includes(articlePath) ? articlePath : pages[0] };
}

if (!skip.has('lighthouse')) {
  const port = Number(process.env.PREVIEW_PORT ?? 4322);
  const runs = Number(process.env.BENCH_LH_RUNS ?? 3);
  const pages = [
    ['home', '/'],
    ['article', heaviest('article')?.[0]],
    ['technique', heaviest('technique')?.[0]],
    ['quiz', figures.has('/frequency-guide') ? '/frequency-guide' : undefined],
    ['services', figures.has('/services') ? '/services' : undefined],
  ].filter(([name, path]) => path || console.log(`Lighthouse: skipping ${name}: not in this build`));
  const bare = skip.has('bare') ? undefined : bareSiteForLighthouse(heaviest('article')?.[0]);
  const servers = [];
  try {
    const site = await serveDist(join(root, 'dist'), port);
    servers.push(site);
    const measured = pages.map(([name, path]) => [name, path, site.origin]);
    // The bare page on the port after, measured in the same runs, so the table shows our LCP beside its yardstick.
    if (bare) {
      const yardstick = await serveDist(bare.dist, port + 1);
      servers.push(yardstick);
      measured.push(['bare astro article', bare.path, yardstick.origin]);
    }
    const rows = await lighthousePages(measured, runs);
    console.log(`\n${lighthouseTable(bare ? 'dist/ and the bare Astro article' : 'dist/', rows, runs)}`);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
}

// An article with a phone photo as its hero: its bytes, and its LCP served on the next port.
if (!skip.has('photo'))
  await photoHeroFigures({
    root,
    work,
    astroBin,
    env,
    siteUrl: settings.siteUrl,
    port: Number(process.env.PREVIEW_PORT ?? 4322) + 1,
    runs: Number(process.env.BENCH_LH_RUNS ?? 3),
    lighthouse: !skip.has('lighthouse'),
  });
