import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 300)); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://localhost:4362/admin', { waitUntil: 'networkidle' });
await page.getByRole('button', { name: /login/i }).click();
await page.goto('http://localhost:4362/admin#/collections/articles/entries/massage-stress-sleep-and-mood', { waitUntil: 'networkidle' });
await page.waitForTimeout(2000);
const t = page.locator('input[id^="title-field"]').first();
for (const step of ['add', 'remove']) {
  if (step === 'remove') { await page.goto('http://localhost:4362/admin#/collections/articles'); await page.waitForTimeout(1000); await page.goto('http://localhost:4362/admin#/collections/articles/entries/massage-stress-sleep-and-mood'); await page.waitForTimeout(2000); }
  await t.click(); await t.press('End');
  if (step === 'add') await t.type('!'); else await t.press('Backspace');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/x14/s-${step}.png` });
  console.log(step, await t.inputValue());
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
  await page.waitForTimeout(2500);
}
await page.screenshot({ path: '/tmp/x14/8.png', fullPage: true });
await browser.close();
