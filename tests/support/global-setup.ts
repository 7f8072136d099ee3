import { execFileSync } from 'node:child_process';
import { toolPath } from '../../scripts/tool-path.mjs';
import { fileURLToPath } from 'node:url';

/** astro:content has no data until Astro has synced the content collections once. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(process.execPath, [toolPath('astro', 'bin/astro.mjs', root), 'sync'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
