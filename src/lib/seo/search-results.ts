/** Pure helpers for the search box: what it says and where results link. */

/** The sentence screen readers hear after each search. */
export function statusMessage(query: string, count: number): string {
  const term = query.trim();
  if (term === '') return '';
  if (count === 0) return `No results for "${term}". Try a shorter or different word.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for "${term}".`;
}

/** One piece of an excerpt: plain text, or a word the search matched. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * Splits Pagefind's excerpt ("text with <mark>words</mark>") into parts, so the page shows it with
 * text nodes and <mark> elements and never parses it as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  for (const found of excerpt.matchAll(pattern)) {
    if (found.index > last)
      parts.push({ text: decode(excerpt.slice(last, found.index).replace(/<[^>]*>/g, '')), match: false });
    parts.push({ text: decode((found[1] ?? '').replace(/<[^>]*>/g, '')), match: true });
    last = found.index + found[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), match: false });
  return parts.filter((part) => part.text !== '');
}
