// The one test command (`npm test`): type check, unit tests, build, then browser tests on the build.
// Stops at the first failing step and ends with a "N passed, N failed" line that CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { toolPath as bin } from './tool-path.mjs';
import { parseAnnotation } from '../src/lib/github-annotations.ts';
import { jobSummary } from '../tools/job-summary.ts';

const node = process.execPath;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const reports = '.cache/test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Counts from each runner's JSON report, so the closing line adds up every test that ran. */
function vitestCount(name) {
  const report = JSON.parse(readFileSync(`${reports}/${name}.json`, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed:
      report.numFailedTests + (report.numTotalTestSuites && !report.success && report.numFailedTests === 0 ? 1 : 0),
  };
}
function playwrightCount() {
  const { stats } = JSON.parse(readFileSync(`${reports}/playwright.json`, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

/** One Vitest project (vitest.config.ts) as a step of its own, with its own report and count. */
function vitestProject(project, name) {
  const report = `vitest-${project}`;
  return {
    name,
    args: [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/${report}.json`,
    ],
    report,
    count: () => vitestCount(report),
  };
}

const steps = [
  {
    name: 'format (prettier --check)',
    args: [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level=warn', '.'],
  },
  { name: 'lint (eslint)', args: [bin('eslint', 'bin/eslint.js'), '--max-warnings=0', '.'] },
  { name: 'unused code (knip)', args: [bin('knip', 'bin/knip.js'), '--no-progress'] },
  { name: 'astro check', args: [bin('astro', 'bin/astro.mjs'), 'check'] },
  vitestProject('unit', 'unit tests (vitest: tests/unit)'),
  vitestProject('integration', 'integration tests (vitest: tests/integration, throwaway site builds)'),
  { name: 'content lint', args: ['scripts/lint-content.mjs'] },
  { name: 'build', args: [bin('astro', 'bin/astro.mjs'), 'build'] },
  { name: 'search index (pagefind)', args: [bin('pagefind', 'lib/runner/bin.cjs'), '--site', 'dist'] },
  vitestProject('built', 'built-site checks (vitest: links, HTML validity, byte budgets, security headers)'),
  {
    name: 'browser tests (playwright)',
    args: [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
    report: 'playwright',
    count: playwrightCount,
  },
];

// Inside GitHub Actions, the job summary (what failed and how to fix it) goes to this file.
const summaryFile = process.env.GITHUB_STEP_SUMMARY;
const annotations = [];

/** Runs one step; inside Actions, echoes its output as it comes and keeps the annotations it prints. */
function run(step) {
  const stepEnv = { ...env, ...step.env };
  if (!summaryFile) return Promise.resolve(spawnSync(node, step.args, { stdio: 'inherit', env: stepEnv }).status);
  return new Promise((resolve) => {
    const child = spawn(node, step.args, { stdio: ['inherit', 'pipe', 'pipe'], env: stepEnv });
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      const collect = (line) => {
        const annotation = parseAnnotation(line);
        if (annotation) annotations.push(annotation);
      };
      stream.on('data', (chunk) => {
        out.write(chunk);
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        lines.forEach(collect);
      });
      stream.on('end', () => collect(rest));
    }
    child.on('close', (code) => resolve(code));
  });
}

let passed = 0;
let failed = 0;
const timings = [];
const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = performance.now();
  const status = await run(step);
  const elapsed = (performance.now() - started) / 1000;
  const seconds = elapsed.toFixed(1);
  timings.push(`${step.name}: ${seconds} s`);
  const ok = status === 0;
  results.push({ name: step.name, ok, seconds: elapsed });
  if (step.count) {
    const file = `${reports}/${step.report}.json`;
    // A runner that fails before any test fails (a server that cannot start) may still write a report of zero
    // failures: the step itself then counts as one failure, so the run never ends green.
    const counts = existsSync(file) ? step.count() : { passed: 0, failed: 0 };
    passed += counts.passed;
    failed += counts.failed === 0 && !ok ? 1 : counts.failed;
  } else if (ok) passed += 1;
  else failed += 1;
  if (!ok) {
    console.error(`\n${step.name} failed (exit ${status}). Later steps were not run.`);
    break;
  }
}

console.log(`\n${timings.join('\n')}`);
if (summaryFile) appendFileSync(summaryFile, jobSummary(results, annotations, { passed, failed }));
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
