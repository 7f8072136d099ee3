/** The page files under src/pages, relative to it ("about.astro", "rss.xml.ts"); private "_" parts are left out. */
export function pageFiles(): string[] {
  // Only the names are read. "?raw" keeps the pages out of this module's graph, so their styles stay on their own pages.
  const files = import.meta.glob(
    ['/src/pages/**/*.{astro,md,mdx,ts,js}', '!/src/pages/**/_*/**', '!/src/pages/**/_*'],
    { query: '?raw' },
  );
  return Object.keys(files).map((file) => file.slice('/src/pages/'.length));
}
