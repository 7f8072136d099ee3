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
  // The social-cards integration reports at the end: "N social cards written to og/, M of them drawn, ...".
  const [, written = '0', made = '0'] =
    /(\d+) social cards written to og\/, (\d+) of them drawn/.exec(result.stdout) ?? [];
  console.log(
    `${label}: astro build ${astroSeconds.toFixed(1)} s, with pagefind ${totalSeconds.toFixed(1)} s; ` +
      `social cards drawn: ${made} of ${written}`,
  );
}

rmSync('.cache/social-images', { recursive: true, force: true });
build('cold (empty card cache)');
build('warm (cache kept)      ');
