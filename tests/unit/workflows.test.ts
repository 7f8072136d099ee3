import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dayIn } from '../../src/lib/format/dates.ts';
import siteConfig from '../../src/site.config.ts';

/** The GitHub Actions workflows do what docs/deploying.md promises. */
type Step = { run?: string; uses?: string; with?: Record<string, unknown> };
type Job = { steps: Step[]; [key: string]: unknown };
type Workflow = {
  on: { push: { branches: string[] }; schedule: { cron: string }[]; [key: string]: unknown };
  jobs: Record<string, Job>;
  [key: string]: unknown;
};
const workflow = (name: string) =>
  parse(readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8')) as Workflow;
const runs = (job: Job | undefined) => job?.steps ?? [];

describe('GitHub Actions workflows', () => {
  it('test.yml runs npm test on every pull request, on Node 24', () => {
    const test = workflow('test.yml');
    expect(Object.keys(test['on'])).toContain('pull_request');
    expect(test['on']['pull_request']).toBeNull();
    const steps = runs(test['jobs']['test']);
    expect(steps.some((step) => step.run === 'npm test')).toBe(true);
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(24);
    expect(steps.some((step) => step.run?.includes('CHROMIUM_PATH='))).toBe(true);
    // The built site stays downloadable as a preview of the pull request.
    expect(
      steps.find((step) => step.uses?.startsWith('actions/upload-artifact') && step.with?.['name'] === 'site-preview')
        ?.with?.['path'],
    ).toBe('dist');
  });

  it('deploy.yml builds dist/ and publishes it to GitHub Pages from main', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy['on']['push']['branches']).toEqual(['main']);
    expect(Object.keys(deploy['on'])).toContain('workflow_dispatch');
    const build = runs(deploy['jobs']['build']);
    expect(build.map((step) => step.run).filter(Boolean)).toEqual(
      expect.arrayContaining(['npm run lint:content', 'npm run build']),
    );
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe('dist');
    // The launch check runs before the build, and only the explicit DEMO_DEPLOY switch turns it off.
    const names = build.map((step) => step.run ?? '');
    const enforced = build.find((step) => step.run === 'npm run launch-check') as { if?: string } | undefined;
    expect(enforced?.if).toBe("vars.DEMO_DEPLOY != 'true'");
    expect(names.indexOf('npm run launch-check')).toBeLessThan(names.indexOf('npm run build'));
    expect(runs(deploy['jobs']['deploy']).some((step) => step.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('deploy.yml keeps the social-card and image caches from one deploy to the next, restored before the build', () => {
    const build = runs(workflow('deploy.yml')['jobs']['build']);
    const cache = build.findIndex((step) => step.uses?.startsWith('actions/cache'));
    expect(cache).toBeGreaterThan(-1);
    expect(
      String(build[cache]!.with?.['path'])
        .split('\n')
        .map((path) => path.trim()),
    ).toEqual(expect.arrayContaining(['.cache/social-images', '.cache/fonts', 'node_modules/.astro']));
    expect(build[cache]!.with?.['restore-keys']).toBeTruthy();
    expect(cache).toBeLessThan(build.findIndex((step) => step.run === 'npm run build'));
  });

  // In winter and in summer: daylight saving time moves the clinic's midnight against UTC.
  it.each(['2026-01-15', '2026-07-15'])(
    "rebuild.yml runs on %s in the first hours after midnight in the clinic's time zone",
    (day) => {
      const cron = String(workflow('rebuild.yml')['on']['schedule'][0]?.['cron']);
      const [minute, hour, ...rest] = cron.split(' ');
      expect(rest, 'a daily schedule: "<minute> <hour> * * *"').toEqual(['*', '*', '*']);
      const run = new Date(`${day}T${hour!.padStart(2, '0')}:${minute!.padStart(2, '0')}:00Z`);
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: siteConfig.timezone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(run);
      // Same calendar day in the clinic as in UTC, so the run comes after the clinic's midnight, not before it.
      expect(
        { day: dayIn(siteConfig.timezone, run), before3am: local < '03:00' },
        `runs at ${local} in ${siteConfig.timezone}`,
      ).toEqual({ day, before3am: true });
    },
  );

  it("rebuild.yml starts a deploy or the host's build hook", () => {
    const rebuild = workflow('rebuild.yml');
    const steps = runs(rebuild['jobs']['rebuild']).map((step) => step.run ?? '');
    expect(steps.some((run) => run.includes('gh workflow run deploy.yml'))).toBe(true);
    expect(steps.some((run) => run.includes('$BUILD_HOOK_URL'))).toBe(true);
  });
});
