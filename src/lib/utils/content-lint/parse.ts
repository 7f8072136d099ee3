import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentKind, LintFile, NumberedLine } from './types.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Body lines a reader sees: not code blocks, MDX comments, or import/export statements. */
export function proseLines(body: string, firstLine: number): NumberedLine[] {
  const lines: NumberedLine[] = [];
  let inFence = false;
  let inComment = false;
  body.split(/\r?\n/).forEach((text, index) => {
    const trimmed = text.trim();
    if (/^(```|~~~)/.test(trimmed)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    if (inComment || trimmed.startsWith('{/*')) {
      inComment = !trimmed.endsWith('*/}');
      return;
    }
    if (/^(import|export)\s/.test(trimmed)) return;
    lines.push({ line: firstLine + index, text });
  });
  return lines;
}

/** Finds the YAML node at a dotted path ("hero.alt", "avoidIf.0"). */
function nodeAt(root: Node | null, fieldPath: string): Node | undefined {
  let node: unknown = root;
  for (const key of fieldPath.split('.')) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

/** Parses a content file for the rules: frontmatter data, field lines and the body's prose lines. */
export function parseContentFile(path: string, kind: ContentKind, source: string): LintFile {
  const match = kind === 'therapist' ? null : FRONTMATTER.exec(source);
  const yamlText = kind === 'therapist' ? source : (match?.[1] ?? '');
  // Frontmatter starts after the opening "---" line; a YAML file starts at line 1.
  const yamlFirstLine = kind === 'therapist' ? 1 : 2;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter });
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const lineOf = (fieldPath: string): number => {
    // Point at the key where there is one, so "description: ''" is reported on its own line.
    const parentPath = fieldPath.split('.').slice(0, -1).join('.');
    const parent = parentPath ? nodeAt(doc.contents, parentPath) : doc.contents;
    const key = fieldPath.split('.').at(-1)!;
    const pair = isMap(parent) ? parent.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === key) : undefined;
    const range = (pair?.key as Node | undefined)?.range ?? nodeAt(doc.contents, fieldPath)?.range;
    return range ? lineCounter.linePos(range[0]).line + yamlFirstLine - 1 : 1;
  };
  const bodyStart = match ? match[0].split(/\r?\n/).length - (match[0].endsWith('\n') ? 1 : 0) + 1 : 1;
  const prose = kind === 'therapist' ? [] : proseLines(match ? source.slice(match[0].length) : source, bodyStart);
  return { path, kind, data, lineOf, prose };
}
