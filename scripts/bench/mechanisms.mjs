// The "mechanisms" part of `npm run bench`: what each performance mechanism saves at one size (1,000 articles by
// default), measured on copies of the site in .cache/bench, one with the mechanism patched out for each, built in
// alternating rounds (with, without, with, without) so load from other work hits both sides alike. A mechanism
// earns its place when it saves at least 1 s or 10% of the build it is for (issue 21); the verdict prints beside it.
// Measured and removed (issue 21): the text font's subsetting threads (both faces are cut in under 1 s in all, and
// the threads saved nothing against cutting them in the build's own thread), and the early social cards (drawn from
// titles read out of the content files before Astro read them: at 1,000 articles, cold, 31.1 s with them and 31.1 s
// without on two quiet cores, and 6.4 s more CPU with them, as the worker competed with the build for the cores).
// Tried and not kept (December 2026): starting the drawer when the og route hands its cards over, so the workers draw
// while the pages render. In this part at 1,000 articles it saved 0.3 s with a worker per core, and with one core
// left to the page renderer it lost 4.1 s (28.9 s with it, 24.8 s without; 8.8 s more CPU): on two cores the page
// renderer's garbage collector and file writes already use the second core.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Replaces text in a file of a site copy, failing loudly when the code has moved on (the patch must be updated). */
function patch(dir, file, from, to) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`bench mechanisms: ${file} no longer holds ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

/**
 * Each mechanism, the build it is for, and how a copy of the site goes without it: the simplest path the site
 * would take if the mechanism were removed.
 */
const MECHANISMS = [
  {
    name: 'card worker pool',
    situation: 'cold',
    // Without the pool's worker file, the drawer draws every card on the build's own thread.
    without: (dir) =>
      patch(
        dir,
        'src/integrations/social-cards/index.ts',
        "new CardDrawer({ workerFile: new URL('./worker.ts', import.meta.url) })",
        'new CardDrawer()',
      ),
  },
  {
    name: 'incremental-build keys',
    situation: 'warm, one article edited',
    // Without keys every page renders, so the experimental flag goes too; the warm caches (content store, cards,
    // fonts) stay on both sides, and both rebuild after the same edit.
    without: (dir) => {
      patch(dir, 'astro.config.mjs', 'experimental: { incrementalBuild: true }', 'experimental: {}');
      patch(
        dir,
        'src/server/collections.ts',
        'const shared = await sharedKey();\n  return paths.map((path) => ({ ...path, cacheKey: pageCacheKey(shared, path) }));',
        'return paths as never;',
      );
    },
  },
];

/** The saving of `on` over `off` (the best of each side's runs) and the verdict against the rule. */
function saving(on, off) {
  // The best of each side's runs: other work on the machine only ever adds time.
  const best = (values) => Math.min(...values);
  const [wallOn, wallOff] = [best(on.map((run) => run.seconds)), best(off.map((run) => run.seconds))];
  const [cpuOn, cpuOff] = [best(on.map((run) => run.cpuSeconds)), best(off.map((run) => run.cpuSeconds))];
  const [memOn, memOff] = [best(on.map((run) => run.peakMb)), best(off.map((run) => run.peakMb))];
  const saved = wallOff - wallOn;
  const percent = (saved / wallOff) * 100;
  return {
    wallOn,
    wallOff,
    cpuOn,
    cpuOff,
    memOn,
    memOff,
    saved,
    percent,
    cpuSaved: cpuOff - cpuOn,
    cpuPercent: ((cpuOff - cpuOn) / cpuOff) * 100,
    keep: saved >= 1 || percent >= 10,
  };
}

function mechanismTable(rows) {
  const s = (value) => `${value.toFixed(1)} s`;
  const header = [
    'mechanism',
    'build',
    'wall with',
    'wall without',
    'saves',
    'cpu with',
    'cpu without',
    'cpu saves',
    'peak memory with/without',
    'runs',
    'verdict',
  ];
  const cells = [
    header,
    ...rows.map(({ mechanism, runs, figures: f }) => [
      mechanism.name,
      mechanism.situation,
      s(f.wallOn),
      s(f.wallOff),
      `${s(f.saved)} (${f.percent.toFixed(0)}%)`,
      s(f.cpuOn),
      s(f.cpuOff),
      `${s(f.cpuSaved)} (${f.cpuPercent.toFixed(0)}%)`,
      `${(f.memOn / 1024).toFixed(2)} / ${(f.memOff / 1024).toFixed(2)} GB`,
      String(runs),
      f.keep ? 'keep' : 'REMOVE (saves under 1 s and under 10%)',
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')).join('\n');
}

/**
 * Builds the site with every mechanism ("with") and a copy without each, `rounds` times in alternation, and prints
 * the best run of each side. Cold builds start from no dist/, Astro cache or .cache (no card or font cache); the keys' warm
 * builds rebuild after the same edit to one article, on top of the same side's last build.
 */
export function mechanismFigures({ count, siteCopy, siteArticles, clearCaches, timedBuild, rounds = 2 }) {
  const copy = (name) => {
    const dir = siteCopy(name);
    return { dir, articles: siteArticles(dir, count) };
  };
  const withAll = copy('site-mechanisms');
  const copies = MECHANISMS.map((mechanism) => {
    const site = copy(`site-without-${mechanism.name.replaceAll(/\W+/g, '-')}`);
    mechanism.without(site.dir);
    return { mechanism, site, on: [], off: [] };
  });
  const cold = copies.filter(({ mechanism }) => mechanism.situation === 'cold');
  const warm = copies.filter(({ mechanism }) => mechanism.situation !== 'cold');
  const coldWith = [];
  const build = (label, site) => {
    const run = timedBuild(site.dir, site.articles);
    console.log(
      `mechanisms, ${count} articles, ${label}: ${run.seconds.toFixed(1)} s, cpu ${run.cpuSeconds.toFixed(1)} s, ` +
        `peak ${(run.peakMb / 1024).toFixed(2)} GB, ${run.rendered} pages rendered, ${run.copied} copied`,
    );
    return run;
  };
  const EDITED = 'synthetic-note-00001.mdx';
  const original = readFileSync(join(withAll.articles, EDITED), 'utf8');
  const editAll = (text) => {
    for (const site of [withAll, ...warm.map(({ site: other }) => other)])
      writeFileSync(join(site.articles, EDITED), text);
  };
  try {
    for (let round = 1; round <= rounds; round += 1) {
      // Cold: the site with everything, then each copy without one mechanism (in reverse order every other round).
      const sides = ['with', ...cold];
      for (const side of round % 2 ? sides : sides.reverse()) {
        const site = side === 'with' ? withAll : side.site;
        clearCaches(site.dir);
        const run = build(side === 'with' ? 'cold, every mechanism' : `cold, without ${side.mechanism.name}`, site);
        (side === 'with' ? coldWith : side.off).push(run);
      }
      // Warm: the same one-article edit, rebuilt on top of each side's last build (a cold one to start with).
      for (const other of warm) {
        if (round === 1) {
          clearCaches(other.site.dir);
          build(`cold, without ${other.mechanism.name} (to warm it up)`, other.site);
        }
        editAll(original.replace(/\n$/, `\n\nEdited for round ${round} of the benchmark.\n`));
        const pair = [
          ['with', withAll, other.on],
          ['without', other.site, other.off],
        ];
        for (const [label, site, runs] of round % 2 ? pair : pair.reverse())
          runs.push(build(`${other.mechanism.situation}, ${label} ${other.mechanism.name}`, site));
      }
    }
  } finally {
    editAll(original);
  }
  for (const side of cold) side.on = coldWith;
  const rows = copies.map(({ mechanism, on, off }) => ({ mechanism, runs: rounds, figures: saving(on, off) }));
  console.log(
    `\nPerformance mechanisms at ${count} articles (best of ${rounds} alternating runs a side; ` +
      'keep when it saves at least 1 s or 10% of the build):\n' +
      mechanismTable(rows),
  );
  return rows;
}
