// The one test command (`npm test`): type check, unit tests, build, then browser tests on the build.
// Stops at the first failing step and ends with a "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { toolPath as bin } from './tool-path.mjs';

const node = process.execPath;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const reports = '.cache/test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Counts from each runner's JSON report, so the closing line adds up every test that ran. */
const counters = {
  'vitest-built': () => counters.vitest('vitest-built'),
  vitest: (name = 'vitest') => {
    const report = JSON.parse(readFileSync(`${reports}/${name}.json`, 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTestSuites && !report.success && report.numFailedTests === 0 ? 1 : 0) };
  },
  playwright: () => {
    const { stats } = JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8'));
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  },
};

const steps = [
  { name: 'astro check', args: [bin('astro', 'bin/astro.mjs'), 'check'] },
  {
    name: 'unit tests (vitest)',
    args: [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`],
    count: 'vitest',
  },
  { name: 'content lint', args: ['scripts/lint-content.mjs'] },
  { name: 'build', args: [bin('astro', 'bin/astro.mjs'), 'build'] },
  { name: 'search index (pagefind)', args: [bin('pagefind', 'lib/runner/bin.cjs'), '--site', 'dist'] },
  {
    name: 'built-site checks (vitest: links, HTML validity, byte budgets, security headers)',
    args: [bin('vitest', 'vitest.mjs'), 'run', '--config', 'vitest.built.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest-built.json`],
    count: 'vitest-built',
  },
  {
    name: 'browser tests (playwright)',
    args: [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
    count: 'playwright',
  },
];

let passed = 0;
let failed = 0;
const timings = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = performance.now();
  const result = spawnSync(node, step.args, { stdio: 'inherit', env: { ...env, ...step.env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds} s`);
  const ok = result.status === 0;
  if (step.count) {
    const file = `${reports}/${step.count}.json`;
    if (existsSync(file)) {
      const counts = counters[step.count]();
      passed += counts.passed;
      failed += counts.failed;
    } else if (!ok) failed += 1;
  } else if (ok) passed += 1;
  else failed += 1;
  if (!ok) {
    console.error(`\n${step.name} failed (exit ${result.status ?? result.signal}). Later steps were not run.`);
    break;
  }
}

console.log(`\n${timings.join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
