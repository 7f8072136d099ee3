/**
 * Where a field sits in a content file: the YAML part of a file and the 1-based line of a field in it. Every
 * phase that points a problem at a line (files, schema, graph) and the scaffolder's title reader use these.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Walks a YAML node, calling back with each scalar's field path ("reviewHistory[0].date") and 1-based line. */
export function walkScalars(
  node: Node | null | undefined,
  path: string,
  lines: LineCounter,
  firstLine: number,
  visit: (field: string, value: unknown, line: number) => void,
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      walkScalars(pair.value as Node | null, path ? `${path}.${key}` : key, lines, firstLine, visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walkScalars(item as Node, `${path}[${index}]`, lines, firstLine, visit));
  } else if (isScalar(node) && node.range) {
    visit(path, node.value, lines.linePos(node.range[0]).line + firstLine - 1);
  }
}

/** The YAML part of a content file, and the line it starts on: the frontmatter of .mdx, the whole of .yaml. */
export function yamlPart(text: string, isYamlFile: boolean): { yaml: string; firstLine: number } | undefined {
  if (isYamlFile) return { yaml: text, firstLine: 1 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1]!, firstLine: 2 } : undefined;
}

/**
 * The 1-based line of a field ("hero.alt", "tags.0", "reviewHistory[0].reviewer") in a content file, for messages
 * and annotations. In a list file, inside the item with `itemId`, or, without one, the item the path starts with
 * ("frequency-guide.reviewer"). Falls back to the nearest line found: the item's, or the file's first.
 */
export function fieldLine(text: string, isYamlFile: boolean, fieldPath: string, itemId?: string): number {
  const part = yamlPart(text, isYamlFile);
  if (!part) return 1;
  const lines = new LineCounter();
  const doc = parseDocument(part.yaml, { lineCounter: lines });
  const keys = fieldPath
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  let node: unknown = doc.contents;
  if (isSeq(node)) {
    const id = itemId ?? keys.shift();
    node = node.items.find((item) => isMap(item) && String(item.get('id')) === id);
  }
  let line = isMap(node) && node.range ? lines.linePos(node.range[0]).line : 1;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = lines.linePos(keyNode.range[0]).line;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined;
      if (!item?.range) break;
      line = lines.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line + part.firstLine - 1;
}
