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

/** The protocol Lighthouse saw for the main document (the network-requests audit: "h2", "http/1.1"). */
const documentProtocol = (lhr) =>
  lhr.audits['network-requests'].details?.items?.find((item) => item.url === lhr.mainDocumentUrl)?.protocol ??
  'unknown';

/**
 * Runs Lighthouse `runs` times on each [name, path, origin] (all pages once, then again, so a slow moment hits
 * every page alike) and returns one row per page with median figures and the protocols its document came over.
 */
export async function lighthousePages(pages, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  // The bench's https origins use a self-signed certificate (scripts/bench/serve.mjs).
  const selfSigned = pages.some(([, , origin]) => origin.startsWith('https:')) ? ['--ignore-certificate-errors'] : [];
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...selfSigned, ...chromiumArgs],
  });
  const results = new Map(pages.map(([name]) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, path, origin] of pages) {
        const { lhr } = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (lhr.runtimeError)
          throw new Error(
            `Lighthouse could not measure ${origin}${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
          );
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
      protocols: [...new Set(lhrs.map(documentProtocol))],
      scores: Object.fromEntries(
        CATEGORIES.map(([id]) => [id, median(lhrs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)))]),
      ),
      lcp: median(audit('largest-contentful-paint')) / 1000,
      lcpRuns: audit('largest-contentful-paint').map((ms) => ms / 1000),
      cls: Math.max(...audit('cumulative-layout-shift')),
      tbt: median(audit('total-blocking-time')),
    };
  });
}

/** The rows as a text table under a heading naming what was measured and how, each figure beside its target. */
export function lighthouseTable(title, rows, runs, { lcpTarget = 1.0 } = {}) {
  const protocols = [...new Set(rows.flatMap((row) => row.protocols))].join(' and ');
  const heading = `${title}, Lighthouse 13 (mobile, simulated throttling; median of ${runs} runs; served gzipped; the documents came over ${protocols}):`;
  const header = [
    'page',
    'path',
    ...CATEGORIES.map(([, label]) => `${label} (100)`),
    `LCP (≤ ${lcpTarget.toFixed(1)} s)`,
    'LCP runs',
    'CLS (0)',
    'TBT',
  ];
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
  return [
    heading,
    ...cells.map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    ),
  ].join('\n');
}
