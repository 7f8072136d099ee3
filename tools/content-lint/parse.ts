import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentKind, LintFile, NumberedLine } from './types.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Body lines a reader sees: not code blocks, MDX comments, or import/export statements. */
function proseLines(body: string, firstLine: number): NumberedLine[] {
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

/** The text of the string literals on each line of TypeScript ('...', "...", `...`), comments left out. */
function stringLiterals(source: string, firstLine = 1): NumberedLine[] {
  const lines: NumberedLine[] = [];
  let inComment = false;
  source.split(/\r?\n/).forEach((raw, index) => {
    let text = raw;
    if (inComment) {
      const end = text.indexOf('*/');
      if (end < 0) return;
      text = text.slice(end + 2);
      inComment = false;
    }
    text = text.replace(/\/\*.*?\*\//g, ' ');
    const open = text.indexOf('/*');
    if (open >= 0) {
      text = text.slice(0, open);
      inComment = true;
    }
    const strings = [...text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`|\/\/.*$/g)]
      .map((match) => match[1] ?? match[2] ?? match[3])
      // Words a reader sees have a space in them; ids, class names and paths do not.
      .filter((value): value is string => value !== undefined && /[A-Za-z]{2,}\s+[A-Za-z]/.test(value));
    if (strings.length > 0) lines.push({ line: firstLine + index, text: strings.join(' ') });
  });
  return lines;
}

/** What a reader sees in an .astro page: the template's lines (no scripts, styles or comments) and the frontmatter's strings. */
function astroPageLines(source: string): NumberedLine[] {
  const match = FRONTMATTER.exec(source);
  // Error messages thrown at build time are for staff in a terminal, not for readers.
  const code = match
    ? match[1]!.replace(/throw new Error\([\s\S]*?\);/g, (thrown) => thrown.replace(/[^\n]/g, ' '))
    : '';
  const frontmatter = match ? stringLiterals(code, 2) : [];
  const templateStart = match ? match[0].split(/\r?\n/).length - (match[0].endsWith('\n') ? 1 : 0) + 1 : 1;
  const template: NumberedLine[] = [];
  let skipping: string | null = null;
  (match ? source.slice(match[0].length) : source).split(/\r?\n/).forEach((text, index) => {
    const opener = /<(script|style)\b/i.exec(text);
    if (!skipping && opener) skipping = opener[1]!.toLowerCase();
    if (skipping) {
      if (new RegExp(`</${skipping}>`, 'i').test(text)) skipping = null;
      return;
    }
    const visible = text.replace(/\{\/\*.*?\*\/\}/g, ' ').replace(/<!--.*?-->/g, ' ');
    if (visible.trim() !== '') template.push({ line: templateStart + index, text: visible });
  });
  return [...frontmatter, ...template];
}

/** Parses a content file for the rules: frontmatter data, field lines and the body's prose lines. */
export function parseContentFile(path: string, kind: ContentKind, source: string): LintFile {
  if (kind === 'page' || kind === 'quiz') {
    return {
      path,
      kind,
      data: {},
      lineOf: () => 1,
      prose: kind === 'page' ? astroPageLines(source) : stringLiterals(source),
    };
  }
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
    const pair = isMap(parent)
      ? parent.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === key)
      : undefined;
    const range = (pair?.key as Node | undefined)?.range ?? nodeAt(doc.contents, fieldPath)?.range;
    return range ? lineCounter.linePos(range[0]).line + yamlFirstLine - 1 : 1;
  };
  const bodyStart = match ? match[0].split(/\r?\n/).length - (match[0].endsWith('\n') ? 1 : 0) + 1 : 1;
  const prose = kind === 'therapist' ? [] : proseLines(match ? source.slice(match[0].length) : source, bodyStart);
  return { path, kind, data, lineOf, prose };
}
