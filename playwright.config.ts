import { toolPath } from './scripts/tool-path.mjs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/browser.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4322);
// The host runtimes sit beside the preview port (+1 is the benchmark's), so parallel checkouts do not collide.
const cloudflarePort = port + 2;
const staticPort = port + 3;
const astroBin = toolPath('astro', 'bin/astro.mjs');
const executablePath = chromiumPath();
const HOSTS = '**/hosts/**';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    { name: 'chromium', testIgnore: HOSTS, use: { ...devices['Desktop Chrome'] } },
    // The build as Cloudflare Pages serves it: _headers and _redirects applied by Cloudflare's own runtime.
    {
      name: 'cloudflare-pages',
      testMatch: 'hosts/cloudflare.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${cloudflarePort}` },
    },
    // The build as GitHub Pages serves it: no headers, no redirects file.
    {
      name: 'static-host',
      testMatch: 'hosts/static.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${staticPort}` },
    },
  ],
  webServer: [
    {
      // Serves the finished build; `npm test` builds first.
      command: `"${process.execPath}" "${astroBin}" preview`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ASTRO_TELEMETRY_DISABLED: '1', PREVIEW_PORT: String(port) },
    },
    {
      // Exits with a message saying why when wrangler or its workerd binary cannot run: the run then fails.
      command: `"${process.execPath}" tests/support/cloudflare-host.mjs dist ${cloudflarePort} ${port + 4}`,
      url: `http://127.0.0.1:${cloudflarePort}/`,
      reuseExistingServer: false,
      timeout: 90_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `"${process.execPath}" tests/support/static-host.mjs dist ${staticPort}`,
      url: `http://127.0.0.1:${staticPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
