/**
 * Checks on the files under src/content/ themselves, before Astro loads them: every file is one the
 * build loads (or an error names it), no two files become the same address, no day is impossible.
 * Pure: the content preflight (src/integrations/content-checks/preflight.ts) reads the files and calls these.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { impossibleDayReason, isCalendarDay } from './strict-fields.ts';
import { CONTENT_ROOT, type FolderCollection, type ListCollection } from './layout.ts';

/** A problem with a content file: the file, the line when there is one, and the message. */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  message: string;
}

export const formatProblem = (problem: ContentProblem): string =>
  `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;

/** The address Astro gives a file name (lowercase, spaces to hyphens, no punctuation), to find names that collide. */
function addressOf(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** A tidy file name for one that breaks the naming rule: "Desk Stretches.MD" -> "desk-stretches.mdx". */
function suggestedName(fileName: string, extension: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'new-entry'}${extension}`;
}

const GOOD_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Where a file in the wrong place or with the wrong extension probably belongs. */
function homeFor(name: string, folders: readonly FolderCollection[]): string {
  const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
  if (/^\.(mdx?|markdown)$/.test(extension))
    return `move it into ${folders[0]!.folder}/ (articles) or ${folders[1]!.folder}/ (technique pages), named with .mdx`;
  if (/^\.ya?ml$/.test(extension)) return `move it into ${folders[2]!.folder}/ (therapist profiles), named with .yaml`;
  if (/^\.(svg|png|jpe?g|webp|avif|gif)$/.test(extension))
    return 'pictures belong in src/assets/heroes/ or src/assets/therapists/: move it there';
  return 'delete it, or move it out of src/content/';
}

/**
 * Every problem with the set of files: files no collection loads (a wrong extension, a stray file, a
 * subfolder, a name starting with . or _), names that do not match their address, and names that
 * become the same address. `paths` are from the project root, with forward slashes.
 */
export function checkContentPaths(
  paths: readonly string[],
  folders: readonly FolderCollection[],
  lists: readonly ListCollection[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listFiles = new Set(lists.map((list) => list.file));
  const byAddress = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    if (listFiles.has(path) || path.endsWith('/.gitkeep')) continue;
    const folder = folders.find((candidate) => path.startsWith(`${candidate.folder}/`));
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (!folder) {
      if (path.startsWith(`${CONTENT_ROOT}/`)) {
        problems.push({
          file: path,
          message: `this file is not loaded: nothing in ${CONTENT_ROOT}/ reads it, so it would never appear on the site. Expected content files in ${folders.map((f) => `${f.folder}/`).join(', ')}; ${homeFor(name, folders)}.`,
        });
      }
      continue;
    }
    const inside = path.slice(folder.folder.length + 1);
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot) : '';
    const base = dot > 0 ? name.slice(0, dot) : name;
    if (inside.includes('/')) {
      problems.push({
        file: path,
        message: `this file is in a subfolder, so it would get an address the site cannot serve. Expected ${folder.what} directly in ${folder.folder}/; move it up one folder.`,
      });
      continue;
    }
    if (extension !== folder.extension) {
      const lower = extension.toLowerCase();
      const sameKind =
        lower === folder.extension ||
        (folder.extension === '.mdx' && /^\.(md|markdown)$/.test(lower)) ||
        (folder.extension === '.yaml' && lower === '.yml');
      const fix = sameKind ? `rename it to ${suggestedName(name, folder.extension)}` : homeFor(name, folders);
      const why =
        lower === '.md' ? ' (the GitHub editor suggests .md; the site needs .mdx so citations and callouts work)' : '';
      problems.push({
        file: path,
        message: `this file is not loaded: ${folder.folder}/ loads only ${folder.extension} files, so it would never appear on the site${why}. Expected ${folder.what} named like "my-page${folder.extension}"; ${fix}.`,
      });
      continue;
    }
    if (!GOOD_NAME.test(base)) {
      const skipped = /^[._]/.test(name) ? ' A name starting with "." or "_" is skipped by the build.' : '';
      problems.push({
        file: path,
        message: `the file name is also the page address, so it must be lowercase letters, digits and hyphens.${skipped} Rename it to ${suggestedName(name, folder.extension)}.`,
      });
    }
    const key = `${folder.collection}:${addressOf(name)}`;
    byAddress.set(key, [...(byAddress.get(key) ?? []), path]);
  }
  for (const [key, files] of byAddress) {
    if (files.length < 2) continue;
    const address = key.slice(key.indexOf(':') + 1);
    for (const file of files) {
      const others = files.filter((other) => other !== file);
      problems.push({
        file,
        message: `this file and ${others.join(' and ')} become the same entry "${address}" (names that differ only in capitals, spaces or punctuation), so one would silently replace the other. Expected one file per address; rename or merge them.`,
      });
    }
  }
  return problems;
}

/** Walks a YAML node, calling back with each scalar's dotted field path and 1-based line. */
function walkScalars(
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
 * Days that do not exist ("2026-02-30"). YAML reads an unquoted one as a date and rolls it over to
 * another day (2 March) before the schema can see it, so this reads the text as written.
 */
export function findImpossibleDays(file: string, text: string, isYamlFile: boolean): ContentProblem[] {
  const part = yamlPart(text, isYamlFile);
  // Every flagged value contains an impossible YYYY-MM-DD, so text without one needs no parse (most files;
  // parsing all of them was a tenth of a second per thousand articles in every build).
  if (!part || !(part.yaml.match(/\d{4}-\d{2}-\d{2}/g) ?? []).some((day) => !isCalendarDay(day))) return [];
  const lines = new LineCounter();
  const doc = parseDocument(part.yaml, { lineCounter: lines });
  const problems: ContentProblem[] = [];
  walkScalars(doc.contents, '', lines, part.firstLine, (field, value, line) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) || isCalendarDay(value.trim())) return;
    problems.push({
      file,
      line,
      message: `field "${field}" is "${value.trim()}", which is not a real day (${impossibleDayReason(value.trim())}), so the build would use another day instead. Expected a real day written YYYY-MM-DD; fix the date.`,
    });
  });
  return problems;
}

/** Two items of a list file (sources.yaml, services.yaml) with the same id: the later would silently replace the earlier. */
export function findDuplicateListIds(file: string, text: string): ContentProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (!isSeq(doc.contents)) return [];
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    const idNode = item.get('id', true);
    if (!isScalar(idNode) || !idNode.range) continue;
    const id = String(idNode.value);
    const line = lines.linePos(idNode.range[0]).line;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, line);
    else
      problems.push({
        file,
        line,
        message: `field "id" is "${id}", which line ${first} already uses, so one entry would silently replace the other. Expected each id once; rename one, or merge the two entries.`,
      });
  }
  return problems;
}

/**
 * The 1-based line of a field ("hero.alt", "tags.0") in a content file, for messages and annotations;
 * in a list file, inside the item with `itemId`. Falls back to the item's or the file's first line.
 */
export function fieldLine(text: string, isYamlFile: boolean, fieldPath: string, itemId?: string): number {
  const part = yamlPart(text, isYamlFile);
  if (!part) return 1;
  const lines = new LineCounter();
  const doc = parseDocument(part.yaml, { lineCounter: lines });
  let node: unknown = doc.contents;
  if (itemId !== undefined && isSeq(node))
    node = node.items.find((item) => isMap(item) && String(item.get('id')) === itemId);
  let line = isMap(node) && node.range ? lines.linePos(node.range[0]).line : 1;
  for (const key of fieldPath.split('.').filter(Boolean)) {
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
