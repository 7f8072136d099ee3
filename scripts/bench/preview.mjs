// `astro preview` of a built site for the benchmark's Lighthouse runs.
import { spawn } from 'node:child_process';

/** Starts `astro preview` in dir on port and resolves once it answers; kill() the returned child when done. */
export async function preview(astroBin, dir, port, env) {
  const child = spawn(process.execPath, [astroBin, 'preview'], { cwd: dir, env: { ...env, PREVIEW_PORT: String(port) }, stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return child;
    } catch {}
    await new Promise((done) => setTimeout(done, 300));
  }
  child.kill();
  throw new Error(`astro preview did not answer on port ${port}`);
}
