/** Words in an MDX body as a reader meets them: no frontmatter, tags, imports or link targets. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`|[\]-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read at an unhurried 200 words a minute, at least one. */
export function readingMinutes(mdx: string, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(countWords(mdx) / wordsPerMinute));
}
