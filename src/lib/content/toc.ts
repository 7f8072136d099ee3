export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Nests h2 and h3 headings into a table of contents; deeper headings are left out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      const item = { slug: heading.slug, text: heading.text, children: [] };
      if (parent) parent.children.push(item);
      else toc.push(item);
    }
  }
  return toc;
}
