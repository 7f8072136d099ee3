import { existsSync } from 'node:fs';

/** Flags for headless Chromium in a locked-down sandbox with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser to drive: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own
 * download (undefined lets Playwright find it).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}
