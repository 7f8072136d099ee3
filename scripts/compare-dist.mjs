// `node scripts/compare-dist.mjs <rev-a> [rev-b]`: builds the site at two git revisions (rev-b defaults to HEAD)
// in temporary worktrees and lists the files of dist/ that differ, so a refactor can show it changed no page.
// Each build reuses this checkout's node_modules and social-card cache; the worktrees are removed afterwards.
// For each differing file it prints the words that changed. COMPARE_KEEP=1 keeps both builds to look at.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const [revA, revB = 'HEAD'] = process.argv.slice(2);
if (!revA) {
  console.log('usage: node scripts/compare-dist.mjs <rev-a> [rev-b]');
  process.exit(2);
}

const git = (...args) => {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.trim();
};

/** Builds one revision and returns the path of its dist/. */
function build(rev, scratch) {
  const commit = git('rev-parse', '--verify', `${rev}^{commit}`);
  const dir = join(scratch, commit.slice(0, 12));
  git('worktree', 'add', '--detach', dir, commit);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (existsSync(join(root, '.cache/social-images')))
    cpSync(join(root, '.cache/social-images'), join(dir, '.cache/social-images'), { recursive: true });
  console.log(`building ${rev} (${commit.slice(0, 12)})...`);
  // --force: every page rendered. The worktree shares this checkout's node_modules, and with it the incremental
  // build's cache in node_modules/.astro, so without it a page could be copied from the other revision's build.
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--force', '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`the build of ${rev} failed`);
  return { dir, dist: join(dir, 'dist') };
}

const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

/**
 * What changed inside a file: when both have the same words (split at spaces, quotes and tags), the pairs of
 * words that differ ("old -> new"); otherwise where the first difference is.
 */
function describe(before, after) {
  if (before.includes('\u0000') || after.includes('\u0000')) return ' (binary)';
  const words = (text) => text.split(/(?=[\s<>"',;])|(?<=[\s<>"',;])/);
  const [x, y] = [words(before), words(after)];
  if (x.length === y.length) {
    const pairs = new Set(x.flatMap((word, index) => (word === y[index] ? [] : [`${word} -> ${y[index]}`])));
    const shown = [...pairs].slice(0, 6).map((pair) => (pair.length > 200 ? `${pair.slice(0, 200)}...` : pair));
    return `: ${shown.join('; ')}${pairs.size > 6 ? `; and ${pairs.size - 6} more` : ''}`;
  }
  let at = 0;
  while (at < before.length && before[at] === after[at]) at += 1;
  return `: first difference at character ${at}: ${JSON.stringify(before.slice(at, at + 80))} -> ${JSON.stringify(after.slice(at, at + 80))}`;
}

const scratch = mkdtempSync(join(tmpdir(), 'compare-dist-'));
const built = [];
try {
  for (const rev of [revA, revB]) built.push(build(rev, scratch));
  const [a, b] = built.map((entry) => entry.dist);
  const inA = new Set(files(a));
  const inB = new Set(files(b));
  const onlyA = [...inA].filter((file) => !inB.has(file)).sort();
  const onlyB = [...inB].filter((file) => !inA.has(file)).sort();
  const changed = [...inA]
    .filter((file) => inB.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
    .sort();
  console.log(`dist/ at ${revA}: ${inA.size} files; at ${revB}: ${inB.size} files`);
  if (onlyA.length + onlyB.length + changed.length === 0) console.log('identical');
  for (const file of onlyA) console.log(`only in ${revA}: ${file}`);
  for (const file of onlyB) console.log(`only in ${revB}: ${file}`);
  for (const file of changed)
    console.log(
      `differs: ${file}${describe(readFileSync(join(a, file), 'utf8'), readFileSync(join(b, file), 'utf8'))}`,
    );
} finally {
  // COMPARE_KEEP=1 leaves both builds in place to look at.
  if (process.env.COMPARE_KEEP)
    console.log(`builds kept in ${scratch} (remove them with: git worktree remove --force <dir>)`);
  else {
    for (const { dir } of built) git('worktree', 'remove', '--force', dir);
    rmSync(scratch, { recursive: true, force: true });
  }
}
