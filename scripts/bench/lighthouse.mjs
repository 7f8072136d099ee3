// Lighthouse (mobile, its default simulated throttling) on a few pages of a served site, several runs each: the
// simulation replays what one real load did, so a busy machine moves single figures; medians hold still.
import { chromiumArgs, chromiumPath } from '../../tests/e2e/browser.ts';

const CATEGORIES = [
  ['performance', 'performance'],
  ['accessibility', 'accessibility'],
  ['best-practices', 'best practices'],
  ['seo', 'SEO'],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Runs Lighthouse `runs` times on each [name, path] at origin (all pages once, then again, so a slow moment
 * hits every page alike) and returns one row per page with median figures.
 */
export async function lighthousePages(origin, pages, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumArgs] });
  const results = new Map(pages.map(([name]) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, path] of pages) {
        const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        results.get(name).push(lhr);
      }
    }
  } finally {
    chrome.kill();
  }
  return pages.map(([name, path]) => {
    const lhrs = results.get(name);
    const audit = (id) => lhrs.map((lhr) => lhr.audits[id].numericValue);
    return {
      name,
      path,
      scores: Object.fromEntries(CATEGORIES.map(([id]) => [id, median(lhrs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)))])),
      lcp: median(audit('largest-contentful-paint')) / 1000,
      lcpRuns: audit('largest-contentful-paint').map((ms) => ms / 1000),
      cls: Math.max(...audit('cumulative-layout-shift')),
      tbt: median(audit('total-blocking-time')),
    };
  });
}

/** The rows as a text table, each figure beside its target. */
export function lighthouseTable(rows, { lcpTarget = 1.0 } = {}) {
  const header = ['page', 'path', ...CATEGORIES.map(([, label]) => `${label} (100)`), `LCP (≤ ${lcpTarget.toFixed(1)} s)`, 'LCP runs', 'CLS (0)', 'TBT'];
  const cells = [
    header,
    ...rows.map((row) => [
      row.name,
      row.path,
      ...CATEGORIES.map(([id]) => String(row.scores[id])),
      `${row.lcp.toFixed(2)} s${row.lcp > lcpTarget ? ' OVER' : ''}`,
      row.lcpRuns.map((seconds) => seconds.toFixed(2)).join(', '),
      `${row.cls.toFixed(3)}${row.cls > 0 ? ' OVER' : ''}`,
      `${Math.round(row.tbt)} ms`,
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}
