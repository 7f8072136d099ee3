import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { toolPath } from '../../scripts/tool-path.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project (git-ignored), so packages resolve from its node_modules while each copy keeps its own caches.
const sitesDir = join(root, '.cache', 'temp-sites');
const astroBin = toolPath('astro', 'bin/astro.mjs', root);
// tools/ too: scripts copied into a site (new.mjs, lint-content.mjs) import their logic from it.
const COPIED = ['src', 'public', 'tools', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * The copy's own people, written into every temp site, so no test depends on the sample therapists the clinic
 * replaces before launch. The reviewer is marked as a sample profile (the build warns about it by name).
 */
export const FIXTURE_AUTHOR = 'fixture-author';
export const FIXTURE_REVIEWER = 'fixture-reviewer';
const PORTRAIT =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400"><rect width="400" height="400" fill="#dfe7e4"/><circle cx="200" cy="160" r="72" fill="#86aba5"/></svg>\n';

/** A therapist profile the schema accepts, for a test's own people. */
function therapistSource(name: string, photoFile: string, sample = false): string {
  return [
    `sample: ${sample}`,
    `name: "${name}"`,
    'role: "Licensed massage therapist"',
    'credentials: "LMT"',
    'licence:',
    '  number: "TEST-1234"',
    '  issuer: "A test licensing board"',
    'photo:',
    `  src: ../../assets/therapists/${photoFile}`,
    '  alt: "A plain shape standing in for a portrait in a test build."',
    'bio: "A profile written by the test suite for its own throwaway builds. It is never part of the real site."',
    'specialities:',
    '  - "Chronic low back pain"',
    '',
  ].join('\n');
}

/** Variables Vitest sets for its own run; a child build that saw DEV=true would render drafts. */
const VITEST_VARIABLES = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);

/** The environment for a child Astro: the parent's, without Vitest's own variables. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const [key, value] of Object.entries(process.env)) {
    if (VITEST_VARIABLES.has(key) || key.startsWith('VITEST') || key in env) continue;
    env[key] = value;
  }
  return env;
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** A throwaway copy of the site to build with planted content. */
export class TempSite {
  readonly dir: string;

  constructor() {
    mkdirSync(sitesDir, { recursive: true });
    this.dir = mkdtempSync(join(sitesDir, 'site-'));
    for (const name of COPIED) cpSync(join(root, name), join(this.dir, name), { recursive: true });
    this.write('src/assets/therapists/fixture-portrait.svg', PORTRAIT);
    this.write(`src/content/therapists/${FIXTURE_AUTHOR}.yaml`, therapistSource('Test Author', 'fixture-portrait.svg'));
    this.write(
      `src/content/therapists/${FIXTURE_REVIEWER}.yaml`,
      therapistSource('Test Reviewer', 'fixture-portrait.svg', true),
    );
  }

  path(relative: string): string {
    return join(this.dir, relative);
  }

  write(relative: string, text: string | Uint8Array): void {
    mkdirSync(dirname(this.path(relative)), { recursive: true });
    writeFileSync(this.path(relative), text);
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  readBytes(relative: string): Buffer {
    return readFileSync(this.path(relative));
  }

  exists(relative: string): boolean {
    return existsSync(this.path(relative));
  }

  remove(relative: string): void {
    rmSync(this.path(relative), { force: true, recursive: true });
  }

  /** Runs an Astro command (build, sync) in the copy and returns its exit code and all it printed. */
  astro(command: string, extraEnv: NodeJS.ProcessEnv = {}): RunResult {
    const result = spawnSync(process.execPath, [astroBin, command], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...childEnv(), ...extraEnv },
    });
    return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  /** Runs Pagefind over the copy's dist/, as `npm run build` does after `astro build`. */
  pagefind(): RunResult {
    const result = spawnSync(process.execPath, [toolPath('pagefind', 'lib/runner/bin.cjs', root), '--site', 'dist'], {
      cwd: this.dir,
      encoding: 'utf8',
      env: childEnv(),
    });
    return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  /** Starts `astro dev` on a port and resolves once it answers; call the returned stop() when done. */
  async dev(port: number, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ stop: () => void }> {
    const child = spawn(process.execPath, [astroBin, 'dev', '--port', String(port)], {
      cwd: this.dir,
      env: { ...childEnv(), ...extraEnv },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        await fetch(`http://localhost:${port}/`);
        return { stop: () => child.kill() };
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
    child.kill();
    throw new Error(`astro dev did not answer on port ${port} within 60 s`);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The tag every planted article carries unless a test says otherwise. */
const FIXTURE_TAG = 'planted';

/** A valid article's frontmatter with fields overridden or removed (undefined removes). */
export function articleSource(
  overrides: Record<string, unknown> = {},
  body = 'A short body that cites <Cite id="furlan-2015" />.',
): string {
  const fields: Record<string, unknown> = {
    title: 'A planted test article',
    description: 'A planted article used by the integration tests to check how the build treats content.',
    pubDate: '2026-01-05',
    draft: false,
    author: FIXTURE_AUTHOR,
    reviewer: FIXTURE_REVIEWER,
    reviewHistory: [{ date: '2026-01-05', reviewer: FIXTURE_REVIEWER, changes: 'First version of the page' }],
    nextReviewDue: '2027-01-05',
    hero: { src: '../../assets/heroes/deep-tissue-work.svg', alt: 'A calm illustration used by a test article.' },
    tags: [FIXTURE_TAG],
    techniques: ['deep-tissue-work'],
    sources: ['furlan-2015'],
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}
