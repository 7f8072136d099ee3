// Prints the build time and how many social cards were drawn, first with an empty card cache (cold),
// then again with the cache the first build left (warm). Run with `npm run bench:build`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { toolPath } from './tool-path.mjs';

const astro = toolPath('astro', 'bin/astro.mjs');
const pagefind = toolPath('pagefind', 'lib/runner/bin.cjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

function build(label) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [astro, 'build'], { encoding: 'utf8', env });
  const astroSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stdout}\n${result.stderr}`);
  const indexed = spawnSync(process.execPath, [pagefind, '--site', 'dist', '--silent'], { encoding: 'utf8', env });
  if (indexed.status !== 0) throw new Error(`${label} pagefind failed:\n${indexed.stderr}`);
  const totalSeconds = (performance.now() - started) / 1000;
  const made = (result.stdout.match(/\[social-image\] made /g) ?? []).length;
  // Astro prints each file it writes with the time it took: "/og/x.png (+120ms)".
  const cardTimes = [...result.stdout.matchAll(/\/og\/\S+?\.png[\s\S]*?\(\+(\d+)ms\)/g)].map((match) => Number(match[1]));
  const cardSeconds = cardTimes.reduce((sum, ms) => sum + ms, 0) / 1000;
  console.log(
    `${label}: astro build ${astroSeconds.toFixed(1)} s, with pagefind ${totalSeconds.toFixed(1)} s; ` +
      `social cards drawn: ${made} of ${cardTimes.length}, ${cardSeconds.toFixed(2)} s writing cards`,
  );
}

rmSync('.cache/social-images', { recursive: true, force: true });
build('cold (empty card cache)');
build('warm (cache kept)      ');
