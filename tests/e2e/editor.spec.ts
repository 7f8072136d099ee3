import { expect, test, type Locator, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE_REVIEWER, TempSite } from '../support/temp-site.ts';

/**
 * The editor at /admin, used as a staff member would, in Chromium: Decap saves through its local
 * helper (decap-server, started and stopped here) into a temporary copy of the site served by
 * `astro dev`, never into this checkout's src/content. Everything runs offline.
 */
const base = Number(process.env.PREVIEW_PORT ?? 4322);
// Beside the preview port, so parallel checkouts with their own PREVIEW_PORT do not collide.
const devPort = base + 6;
const decapPort = base + 7;
const admin = `http://localhost:${devPort}/admin`;

test.describe.configure({ mode: 'serial' });

let site: TempSite;
let dev: { stop: () => void } | undefined;
let decap: ChildProcess | undefined;
let stopped = false;

async function waitFor(url: string, init: RequestInit, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, init)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what} did not answer on ${url} within 60 s`);
}

function stopServers(): void {
  if (stopped) return;
  stopped = true;
  dev?.stop();
  decap?.kill();
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = new TempSite();
  cpSync('scripts', site.path('scripts'), { recursive: true });
  const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  decap = spawn(process.execPath, [server], {
    cwd: site.dir,
    env: { ...process.env, PORT: String(decapPort), MODE: 'fs', GIT_REPO_DIRECTORY: site.dir, LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  await waitFor(
    `http://localhost:${decapPort}/api/v1`,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' },
    'decap-server',
  );
  dev = await site.dev(devPort, { DECAP_SERVER_PORT: String(decapPort) });
});

test.afterAll(() => {
  stopServers();
  site?.cleanup();
});

/** Requests to any host but the two local servers: the editor must need nothing from a CDN. */
function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.hostname !== 'localhost' || ![String(devPort), String(decapPort)].includes(url.port))
      outside.push(request.url());
  });
  return outside;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(admin, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: /Articles/ }).first()).toBeVisible({ timeout: 20_000 });
}

const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`).first();

/** Picks a therapist in a relation field (opened, one down, Enter: the second in the list), once its options have loaded. */
async function pickSecond(page: Page, box: Locator): Promise<void> {
  await box.click();
  await expect(page.getByRole('option').first()).toBeVisible({ timeout: 20_000 });
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('option')).toHaveCount(0);
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await expect(page.getByText('Changes saved').first()).toBeVisible({ timeout: 20_000 });
}

async function openEntry(page: Page, slug: string): Promise<void> {
  await page.goto(`${admin}#/collections/articles`);
  // The entry form from before is gone (the list shows), so the checks below see the entry just opened.
  await expect(field(page, 'title')).toHaveCount(0, { timeout: 20_000 });
  await page.goto(`${admin}#/collections/articles/entries/${slug}`);
  await expect(field(page, 'title')).not.toHaveValue('', { timeout: 20_000 });
}

test('the editor loads offline: every file it asks for is local', async ({ page }) => {
  const outside = watchRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signIn(page);
  await page.goto(`${admin}#/collections/articles/new`);
  await expect(field(page, 'title')).toBeVisible({ timeout: 20_000 });
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('an article opened and saved without a change stays byte-identical', async ({ page }) => {
  test.setTimeout(120_000);
  const slug = readdirSync(site.path('src/content/articles'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()[0]!
    .replace(/\.mdx$/, '');
  const file = `src/content/articles/${slug}.mdx`;
  // A review history of two entries (a list of objects), so the save must keep a longer block exactly as written.
  const withTwoReviews = site
    .read(file)
    .replace(
      /^(reviewHistory:\n(?: {2}.*\n)+)/m,
      `$1  - date: 2026-11-25\n    reviewer: ${FIXTURE_REVIEWER}\n    changes: "Checked every source; no changes"\n`,
    )
    // The newest review names the page's reviewer (the schema holds them together).
    .replace(/^reviewer: .*$/m, `reviewer: ${FIXTURE_REVIEWER}`);
  expect(withTwoReviews.match(/^ {2}- date: /gm)).toHaveLength(2);
  site.write(file, withTwoReviews);
  const before = site.readBytes(file);
  await signIn(page);

  // Decap saves only a changed entry: change the title, save, then change it back and save again.
  await openEntry(page, slug);
  const title = field(page, 'title');
  await title.click();
  await title.press('End');
  await title.pressSequentially(' (edited)');
  await publish(page);
  const edited = site.read(file).split('\n');
  const original = before.toString('utf8').split('\n');
  const changed = original.map((line, index) => (line === edited[index] ? -1 : index)).filter((index) => index >= 0);
  expect(edited.length).toBe(original.length);
  expect(changed.map((index) => edited[index])).toEqual([expect.stringMatching(/^title: .* \(edited\)"?$/)]);

  await openEntry(page, slug);
  // The form must show the saved title before the keys go in: keys typed into the form being replaced are lost.
  await expect(field(page, 'title')).toHaveValue(/ \(edited\)$/, { timeout: 20_000 });
  await field(page, 'title').click();
  await field(page, 'title').press('End');
  for (let index = 0; index < ' (edited)'.length; index++) await field(page, 'title').press('Backspace');
  await expect(field(page, 'title')).not.toHaveValue(/\(edited\)/);
  await publish(page);
  expect(site.readBytes(file).equals(before), 'the file after saving it back unchanged').toBe(true);
});

test('a new article made in the form passes the lint and the build, and is on the site', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const outside = watchRequests(page);
  const sources = parse(site.read('src/content/sources.yaml')) as { id: string }[];
  const sourceId = sources[0]!.id;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const picture = testInfo.outputPath('desk-stretch-hero.svg');
  const hero = readdirSync(site.path('src/assets/heroes')).find((name) => name.endsWith('.svg'))!;
  copyFileSync(site.path(`src/assets/heroes/${hero}`), picture);

  await signIn(page);
  await page.goto(`${admin}#/collections/articles/new`);
  await field(page, 'title').fill('Gentle desk stretches for a stiff back');
  await field(page, 'description').fill(
    'Three short stretches you can do at your desk to ease a stiff back between meetings.',
  );
  await field(page, 'pubDate').fill(day(-1));
  await field(page, 'draft').click(); // a new article starts as a draft; this one goes live
  for (const name of ['author', 'reviewer']) await pickSecond(page, field(page, name));
  // The review history: one entry added through Decap's list widget (its day, who reviewed, what changed).
  await page.getByRole('button', { name: /^Add review history/i }).click();
  await field(page, 'date').fill(day(-1));
  const historyReviewer = page.getByRole('combobox', { name: 'Reviewed by' }).nth(1); // the first is "Reviewed by" above the list
  await pickSecond(page, historyReviewer); // the same therapist as "Reviewed by", as the schema asks of the newest review
  await field(page, 'changes').fill('First version of the page');
  await field(page, 'nextReviewDue').fill(day(364));
  await field(page, 'sources').fill(sourceId);
  await field(page, 'sources').press('Enter');

  await page.getByRole('button', { name: 'Choose an image' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Upload', { exact: true }).click();
  await (await chooser).setFiles(picture);
  await page.getByRole('button', { name: 'Choose selected' }).click();
  await field(page, 'alt').fill('A person at a desk leaning gently to one side.');

  // The body: text, then a citation from the editor's + menu and its source picker.
  const body = page.locator('[data-slate-editor]').first();
  await body.click();
  await page.keyboard.type('Massage may ease back pain for a short time ');
  await page.getByRole('button', { name: /add component/i }).click();
  await page.getByRole('menuitem', { name: 'Citation' }).click();
  const picker = page.getByRole('dialog', { name: 'Cite a source' });
  await picker.getByLabel(/Source/).selectOption(sourceId);
  await picker.getByRole('button', { name: 'Insert citation' }).click();
  await publish(page);
  expect(outside).toEqual([]);

  const file = 'src/content/articles/gentle-desk-stretches-for-a-stiff-back.mdx';
  const written = site.read(file);
  expect(written).toContain(`<Cite id="${sourceId}" />`);
  expect(written).toContain(
    'hero:\n  src: ../../assets/heroes/desk-stretch-hero.svg\n  alt: "A person at a desk leaning gently to one side."',
  );
  expect(written).toContain(`sources: [${sourceId}]`);
  const reviewer = /^reviewer: (\S+)$/m.exec(written)?.[1];
  expect(reviewer, written).toBeDefined();
  expect(written).toContain(
    `reviewHistory:\n  - date: ${day(-1)}\n    reviewer: ${reviewer}\n    changes: "First version of the page"\nnextReviewDue: ${day(364)}`,
  );
  expect(site.exists('src/assets/heroes/desk-stretch-hero.svg')).toBe(true);

  // Free the copy before building it.
  stopServers();
  const lint = spawnSync(process.execPath, [site.path('scripts/lint-content.mjs'), file], {
    cwd: site.dir,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: site.dir },
  });
  expect(lint.status, `${lint.stdout}\n${lint.stderr}`).toBe(0);
  const build = site.astro('build');
  expect(build.code, build.output).toBe(0);
  const html = readFileSync(join(site.dir, 'dist/articles/gentle-desk-stretches-for-a-stiff-back.html'), 'utf8');
  expect(html).toContain('Gentle desk stretches for a stiff back');
  expect(html).toContain(`href="#ref-${sourceId}"`);
  expect(readFileSync(join(site.dir, 'dist/articles.html'), 'utf8')).toContain(
    '/articles/gentle-desk-stretches-for-a-stiff-back',
  );
});
