/** The page files under src/pages, relative to it ("about.astro", "rss.xml.ts"); private "_" parts are left out. */
export function pageFiles(): string[] {
  // A lazy glob only lists the files: nothing is imported until called, and nothing here calls them.
  const files = import.meta.glob(['/src/pages/**/*.{astro,md,mdx,ts,js}', '!/src/pages/**/_*/**', '!/src/pages/**/_*']);
  return Object.keys(files).map((file) => file.slice('/src/pages/'.length));
}
