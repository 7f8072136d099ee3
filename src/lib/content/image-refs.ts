/** An image path found in a content file's frontmatter. */
export interface ImageRef {
  /** The field it sits in, such as "hero.src" or "photo.src". */
  field: string;
  /** The path as written, relative to the file. */
  path: string;
  /** 1-based line number in the file. */
  line: number;
}

const IMAGE_EXTENSION = /\.(svg|png|jpe?g|webp|avif|gif)$/i;

/**
 * Finds `src:` image paths in frontmatter (MDX) or a YAML data file, in block form
 * (`hero:` then an indented `src:`) or inline form (`hero: { src: ..., alt: ... }`).
 */
export function findImageRefs(text: string, isYamlFile: boolean): ImageRef[] {
  const lines = text.split('\n');
  let start = 0;
  let end = lines.length;
  if (!isYamlFile) {
    if (lines[0]?.trim() !== '---') return [];
    const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (close < 0) return [];
    start = 1;
    end = close;
  }
  const refs: ImageRef[] = [];
  let parent = '';
  for (let index = start; index < end; index++) {
    const line = lines[index]!;
    const topKey = /^["']?([A-Za-z][\w-]*)["']?:/.exec(line);
    if (topKey) parent = topKey[1]!;
    // Plain YAML (src: x) or JSON-style flow mappings ("src": "x").
    for (const match of line.matchAll(/\bsrc["']?\s*:\s*["']?([^"',}\s]+)/g)) {
      const path = match[1]!;
      if (!IMAGE_EXTENSION.test(path) || /^https?:/.test(path)) continue;
      refs.push({ field: parent ? `${parent}.src` : 'src', path, line: index + 1 });
    }
  }
  return refs;
}
