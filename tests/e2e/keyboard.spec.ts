import { expect, test, type Page } from '@playwright/test';
import { focusProblem, type FocusFacts } from '../../tools/quality/page-structure.ts';
import { sitemapPaths } from './sitemap.ts';

/** Reads the focused element's focus style and whether anything covers it, after the browser scrolled it into view. */
async function focusedFacts(page: Page): Promise<FocusFacts | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const describe = (node: Element) =>
      `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].slice(0, 3).join('.')}` : ''}`;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const inViewport = box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    // A link that wraps has one box per line: the first line's box, not the bounding box, holds its text.
    const rect = element.getClientRects()[0] ?? box;
    // Sample the centre and the top edge: a sticky bar covers the top first.
    const points = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + rect.width / 2, rect.top + 2],
    ] as const;
    let coveredBy: string | null = null;
    for (const [x, y] of points) {
      const top = document.elementFromPoint(
        Math.min(Math.max(x, 0), innerWidth - 1),
        Math.min(Math.max(y, 0), innerHeight - 1),
      );
      if (top && top !== element && !element.contains(top) && !top.contains(element)) coveredBy ??= describe(top);
    }
    const text = (element.textContent ?? element.getAttribute('aria-label') ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 40);
    return {
      label: `${describe(element)} "${text}"`,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth) || 0,
      boxShadow: style.boxShadow,
      inViewport,
      coveredBy,
    };
  });
}

/** Tabs through the whole page once and returns every focus problem found. */
async function tabThrough(page: Page, limit = 150): Promise<string[]> {
  const problems: string[] = [];
  let first: string | undefined;
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const facts = await focusedFacts(page);
    // Past the last element focus leaves the page (or wraps to the first): the tour is done.
    if (!facts || facts.label === first) break;
    first ??= facts.label;
    const problem = focusProblem(facts);
    if (problem) problems.push(problem);
  }
  return problems;
}

// The first article and technique in the sitemap, whichever the clinic has published.
const firstUnder = (section: string) =>
  sitemapPaths().find((path) => new RegExp(`^/${section}/(?!\\d+$)[^/]+$`).test(path))!;
const ARTICLE = firstUnder('articles');
const PAGES = ['/', ARTICLE, firstUnder('techniques'), '/contact'];

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
]) {
  test.describe(`keyboard at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const path of PAGES) {
      test(`${path}: every focused element shows its focus and is not hidden`, async ({ page }) => {
        await page.goto(path);
        expect(await tabThrough(page)).toEqual([]);
      });
    }
  });
}

// The check itself must fail on the defects it exists for.
test.describe('the keyboard check catches planted defects', () => {
  // The planted styles are inline, which the site's own policy rightly blocks.
  test.use({ bypassCSP: true });
  test('a sticky bar that covers focused links', async ({ page }) => {
    await page.goto(ARTICLE);
    await page.addStyleTag({
      content: '.planted-bar{position:fixed;top:0;left:0;right:0;height:200px;z-index:40;background:#fff}',
    });
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('div'), { className: 'planted-bar' })),
    );
    const problems = await tabThrough(page);
    expect(problems.some((problem) => problem.includes('hidden under div.planted-bar'))).toBe(true);
  });

  test('focus outlines removed', async ({ page }) => {
    await page.goto('/');
    await page.addStyleTag({ content: '*:focus-visible{outline:none !important;box-shadow:none !important}' });
    const problems = await tabThrough(page, 5);
    expect(problems.some((problem) => problem.includes('no visible focus indicator'))).toBe(true);
  });
});
