// Serves dist/ with Cloudflare's own local runtime (`wrangler pages dev`, which runs workerd and applies
// dist/_headers and dist/_redirects as Cloudflare Pages does), offline: no metrics, no error reports, no
// request for the Request.cf object, and a fixed compatibility date (so no update check either).
// When the runtime cannot start, it says why and exits with an error, so the host tests fail; they never skip.
// Usage: node tests/support/cloudflare-host.mjs <dir> <port> <inspector-port>
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toolPath } from '../../scripts/tool-path.mjs';

/** The date the Pages runtime behaves as of; pinned so a run never asks the network what is newest. */
const COMPATIBILITY_DATE = '2026-11-17';

const [dir = 'dist', port = '4324', inspectorPort = '4326'] = process.argv.slice(2);
const fail = (why) => {
  console.error(
    `\nThe Cloudflare Pages runtime (wrangler pages dev) cannot start: ${why}\n` +
      'The host-runtime browser tests need it. Install the project with `npm install` (wrangler is a pinned ' +
      'devDependency; its workerd binary comes from the npm package @cloudflare/workerd-linux-64) and build first.\n',
  );
  process.exit(1);
};

if (!existsSync(join(dir, 'index.html'))) fail(`there is no ${dir}/index.html: run \`npm run build\` first.`);
if (!existsSync(join(dir, '_headers')) || !existsSync(join(dir, '_redirects')))
  fail(`${dir}/_headers or ${dir}/_redirects is missing: the build writes both.`);

let wrangler;
try {
  wrangler = toolPath('wrangler', 'bin/wrangler.js');
} catch {
  fail('the wrangler package is not installed.');
}
let workerd;
try {
  workerd = toolPath('workerd', 'bin/workerd', dirname(dirname(wrangler)));
} catch {
  fail("the workerd package (wrangler's runtime) is not installed.");
}
const probe = spawnSync(workerd, ['--version'], { encoding: 'utf8' });
if (probe.status !== 0)
  fail(
    `its workerd binary does not run on this machine (${(probe.stderr || probe.error?.message || '').trim().split('\n')[0]}).`,
  );

const child = spawn(
  process.execPath,
  [
    wrangler,
    'pages',
    'dev',
    dir,
    '--port',
    port,
    '--ip',
    '127.0.0.1',
    '--inspector-port',
    inspectorPort,
    '--compatibility-date',
    COMPATIBILITY_DATE,
    '--persist-to',
    '.cache/wrangler',
    '--live-reload=false',
    '--show-interactive-dev-session=false',
  ],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_SEND_ERROR_REPORTS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_LOG_PATH: '.cache/wrangler/logs',
      WRANGLER_HIDE_BANNER: 'true',
      NO_COLOR: '1',
    },
  },
);
child.on('exit', (code, signal) => {
  if (signal || code === 0) process.exit(0);
  fail(`wrangler pages dev exited with code ${code} (its output is above).`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
