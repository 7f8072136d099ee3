/** Flesch-Kincaid grade level, with a plain syllable estimate good enough to flag hard passages. */

/** Estimated syllables in one English word. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // A silent final "e" (but not "-le" as in "table"), and "-es"/"-ed" that add no sound.
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0]!).replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

/** Counts words, sentences and syllables; each block (paragraph, list item) ends a sentence. */
export function textStats(blocks: readonly string[]): TextStats {
  let words = 0;
  let sentences = 0;
  let syllableCount = 0;
  for (const block of blocks) {
    const pieces = block.split(/[.!?]+(?:\s|$)/).filter((piece) => /[A-Za-z]/.test(piece));
    sentences += pieces.length;
    for (const word of block.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      words += 1;
      syllableCount += word.split('-').reduce((sum, part) => sum + syllables(part), 0);
    }
  }
  return { words, sentences, syllables: syllableCount };
}

/** Flesch-Kincaid grade; 0 for text with no words. */
export function fleschKincaidGrade(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

/** Markdown and JSX stripped down to the words a reader reads. */
export function plainText(line: string): string {
  return line
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, ' ')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
