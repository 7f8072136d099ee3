import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://localhost:4362/admin', { waitUntil: 'networkidle' });
await page.getByRole('button', { name: /login/i }).click();
await page.goto('http://localhost:4362/admin#/collections/articles/entries/massage-stress-sleep-and-mood', { waitUntil: 'networkidle' });
await page.waitForTimeout(2000);
await page.getByText('Published', { exact: true }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/x14/5.png' });
console.log(await page.locator('[role=menu], [role=menuitem]').allTextContents());
// scroll to body
await page.locator('textarea').last().scrollIntoViewIfNeeded();
await page.screenshot({ path: '/tmp/x14/7.png' });
await browser.close();
