/**
 * Byte budgets: what each page loads (its HTML, stylesheets, scripts and fonts), measured gzipped, against a
 * limit per page type. Pure: the caller reads files and gzips; these functions decide what counts and judge it.
 */
import { isExecutableScript, type Tag } from '../../src/lib/html.ts';
import { parseUnicodeRange, textUsesRanges } from '../../src/lib/fonts/unicode-range.ts';

/** 1 KB = 1,024 bytes, as Lighthouse budgets count. */
export const KB = 1024;

export type PageType = 'article' | 'technique' | 'quiz' | 'progress' | 'plain';
type ResourceKind = 'html' | 'css' | 'js' | 'fonts';
/** A budget line: one kind of resource, or everything the page loads together. */
type BudgetKind = ResourceKind | 'total';

/** Limits in gzipped bytes, per kind and for all of them together. */
export type Budget = Record<BudgetKind, number>;

/**
 * Reading pages (articles and techniques) load at most 30 KB in all; their HTML fits the first round trip of a
 * new connection (14 KB: ten TCP segments). The fonts line is the core font file. Listing and other pages may
 * have more HTML (listings are paginated to stay under 20 KB); only the quiz ships more than the booking
 * island's JavaScript (its questions and every result it can show are in its HTML, so it may reach 40 KB).
 */
export const BUDGETS: Record<PageType, Budget> = {
  article: { html: 14 * KB, css: 8 * KB, js: 2 * KB, fonts: 13 * KB, total: 30 * KB },
  technique: { html: 14 * KB, css: 8 * KB, js: 2 * KB, fonts: 13 * KB, total: 30 * KB },
  plain: { html: 20 * KB, css: 8 * KB, js: 2 * KB, fonts: 13 * KB, total: 36 * KB },
  quiz: { html: 20 * KB, css: 8 * KB, js: 6 * KB, fonts: 13 * KB, total: 40 * KB },
  // The progress check draws its chart, checks its form and reads its file in the browser (issue 22).
  progress: { html: 20 * KB, css: 8 * KB, js: 6 * KB, fonts: 13 * KB, total: 40 * KB },
};

const KINDS = ['html', 'css', 'js', 'fonts', 'total'] as const satisfies readonly BudgetKind[];

/** One budget line's figure: a kind's bytes, or their sum. */
const figure = (bytes: PageBytes, kind: BudgetKind) =>
  kind === 'total' ? bytes.html + bytes.css + bytes.js + bytes.fonts : bytes[kind];

/** The page type of a served path: budgets are set by route. */
export function pageType(path: string): PageType {
  if (path === '/frequency-guide') return 'quiz';
  if (path === '/progress') return 'progress';
  if (/^\/articles\/[^/]+$/.test(path) && !/^\/articles\/\d+$/.test(path)) return 'article';
  if (/^\/techniques\/[^/]+$/.test(path)) return 'technique';
  return 'plain';
}

/** What a page asks the browser to fetch up front, plus the inline code it carries. */
export interface PageLoads {
  stylesheets: string[];
  scripts: string[];
  fonts: string[];
  inlineScripts: string[];
  inlineStyles: string[];
}

/** The stylesheets, scripts, preloaded fonts and inline code a page loads, from its tags. */
export function pageLoads(tags: Tag[]): PageLoads {
  const loads: PageLoads = { stylesheets: [], scripts: [], fonts: [], inlineScripts: [], inlineStyles: [] };
  for (const tag of tags) {
    const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (tag.name === 'link' && tag.attrs.href) {
      if (rel.includes('stylesheet')) loads.stylesheets.push(tag.attrs.href);
      else if (rel.includes('modulepreload')) loads.scripts.push(tag.attrs.href);
      else if (rel.includes('preload') && tag.attrs.as === 'font') loads.fonts.push(tag.attrs.href);
      else if (rel.includes('preload') && tag.attrs.as === 'script') loads.scripts.push(tag.attrs.href);
      else if (rel.includes('preload') && tag.attrs.as === 'style') loads.stylesheets.push(tag.attrs.href);
    } else if (isExecutableScript(tag)) {
      if (tag.attrs.src) loads.scripts.push(tag.attrs.src);
      else loads.inlineScripts.push(tag.text ?? '');
    } else if (tag.name === 'style') loads.inlineStyles.push(tag.text ?? '');
  }
  return loads;
}

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`); dynamic import() loads later, on demand. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/**
 * Font files a stylesheet's @font-face rules use. Given the text a page draws, only the faces a browser fetches
 * for it: a face with a unicode-range is fetched only when the text has a character in that range.
 */
export function fontFaceUrls(css: string, pageText?: string): string[] {
  const urls = new Set<string>();
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const range = /unicode-range\s*:\s*([^;}]+)/i.exec(block[1]!)?.[1];
    if (pageText !== undefined && range !== undefined && !textUsesRanges(pageText, parseUnicodeRange(range))) continue;
    for (const match of block[1]!.matchAll(/url\(\s*["']?([^"')\s]+)["']?\s*\)/g)) {
      if (!match[1]!.startsWith('data:')) urls.add(match[1]!);
    }
  }
  return [...urls];
}

/** Gzipped bytes of each kind a page loads. */
export type PageBytes = Record<ResourceKind, number>;

/** The budget lines a page breaks, each naming the kind, the figure and the limit. */
export function overBudget(path: string, bytes: PageBytes, budgets: Record<PageType, Budget> = BUDGETS): string[] {
  const type = pageType(path);
  const budget = budgets[type];
  return KINDS.filter((kind) => figure(bytes, kind) > budget[kind]).map(
    (kind) =>
      `${path} (${type}): ${kind} is ${formatKb(figure(bytes, kind))} gzipped, over the ${formatKb(budget[kind])} budget`,
  );
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** A text table of the largest figure of each kind per page type, beside its budget. */
export function budgetTable(figures: Map<string, PageBytes>, budgets: Record<PageType, Budget> = BUDGETS): string {
  const rows = [['page type', 'pages', ...KINDS.map((kind) => `${kind} (largest / budget)`), 'largest page']];
  for (const type of Object.keys(budgets) as PageType[]) {
    const pages = [...figures].filter(([path]) => pageType(path) === type);
    if (pages.length === 0) continue;
    const largest = (kind: BudgetKind) => Math.max(...pages.map(([, bytes]) => figure(bytes, kind)));
    const biggest = pages.reduce((a, b) => (figure(b[1], 'total') > figure(a[1], 'total') ? b : a))[0];
    rows.push([
      type,
      String(pages.length),
      ...KINDS.map((kind) => `${formatKb(largest(kind))} / ${formatKb(budgets[type][kind])}`),
      biggest,
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
