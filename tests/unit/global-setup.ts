import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** astro:content has no data until Astro has synced the content collections once. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
