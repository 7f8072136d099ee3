/**
 * The files phase: checks on the files under src/content/ themselves, before Astro loads them. Every file is one
 * the build loads (or an error names it), no two files become the same address, no day is impossible, no list id is
 * used twice, no YAML or MDX trap changes what staff wrote, and every picture path points at a file in src/assets/.
 * Pure: the content preflight (src/integrations/content-checks/preflight.ts) reads the files and calls checkFiles.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { findImageRefs } from '../content/image-refs.ts';
import { closestName, impossibleDayReason, isCalendarDay } from '../content/strict-fields.ts';
import { CONTENT_ROOT, type FolderCollection, type ListCollection } from '../content/layout.ts';
import type { ContentProblem } from './problem.ts';
import { walkScalars, yamlPart } from './yaml-lines.ts';

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
function checkContentPaths(
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

/**
 * Days that do not exist ("2026-02-30"). YAML reads an unquoted one as a date and rolls it over to
 * another day (2 March) before the schema can see it, so this reads the text as written.
 */
function findImpossibleDays(file: string, text: string, isYamlFile: boolean): ContentProblem[] {
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
      field,
      message: `field "${field}" is "${value.trim()}", which is not a real day (${impossibleDayReason(value.trim())}), so the build would use another day instead. Expected a real day written YYYY-MM-DD; fix the date.`,
    });
  });
  return problems;
}

/** Two items of a list file (sources.yaml, services.yaml) with the same id: the later would silently replace the earlier. */
function findDuplicateListIds(file: string, text: string): ContentProblem[] {
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
        field: 'id',
        message: `field "id" is "${id}", which line ${first} already uses, so one entry would silently replace the other. Expected each id once; rename one, or merge the two entries.`,
      });
  }
  return problems;
}

/** The component names authors may use in MDX (src/components/mdx/index.ts must give each one, by type). */
export const AUTHOR_COMPONENTS = [
  'Cite',
  'Callout',
  'KeyPoints',
  'CareCard',
  'QuizCta',
  'BookingCta',
  'Figure',
  'ServiceFact',
  'SignList',
] as const;

export type AuthorComponent = (typeof AUTHOR_COMPONENTS)[number];

/** How far from today a day in each date field may be, in years; a day outside is a typo (2062 for 2026, 1926). */
const DAY_LIMITS: Record<string, { ahead: number; what: string }> = {
  pubDate: { ahead: 1, what: 'the publication day' },
  updatedDate: { ahead: 1, what: 'the day of the last change' },
  date: { ahead: 1, what: 'the review day' },
  nextReviewDue: { ahead: 5, what: 'the next review' },
};
/** No page of this site was written before this year. */
const EARLIEST_YEAR = 2000;

const YES_NO = /^(yes|no|on|off|y|n)$/i;

/** What a YAML parse error means for staff, with the fix. */
function yamlErrorMessage(code: string, message: string, lineText: string): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?["']?([^"':]+)["']?\s*:/.exec(lineText)?.[1] ?? 'a field';
    return `field "${key}" is written twice, so one value would silently replace the other. Expected each field once; delete one of the two lines.`;
  }
  if (/tab/i.test(message) || lineText.includes('\t'))
    return 'this line is indented with a tab, which YAML does not allow (the build cannot read the file). Expected spaces only; replace the tab with two spaces.';
  return `YAML cannot read this line (${message.split('\n')[0]}). Expected "field: value" with matching quotes and two-space indents; check the quotes and the indentation here.`;
}

/**
 * Values in frontmatter or a YAML data file that a parser reads differently from what staff meant, and
 * files it cannot read at all: a "#" that turns the rest of a text into a comment, a number with a leading zero,
 * a time such as 12:30 (an older YAML reads it as 750), yes/no/on/off (true/false to some parsers, text to
 * others), ~ or null, a field written twice, a tab, a byte-order mark, and days in the wrong century or far ahead.
 * `today` is YYYY-MM-DD.
 */
export function findYamlTraps(file: string, text: string, isYamlFile: boolean, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (text.startsWith('\uFEFF')) {
    problems.push({
      file,
      line: 1,
      message:
        'the file starts with an invisible byte-order mark, so the build does not see its first line (the frontmatter would be lost). Expected plain UTF-8; save the file as "UTF-8" (not "UTF-8 with BOM"), or delete the first character.',
    });
    text = text.slice(1);
  }
  if (!isYamlFile) {
    const first = text.split(/\r?\n/, 1)[0]!;
    if (first.trim() !== '---' || first !== '---') {
      problems.push({
        file,
        line: 1,
        message: `the first line is ${JSON.stringify(first)}, so the build reads no frontmatter (no title, no dates). Expected the file to start with a line of exactly "---"; put "---" alone on the first line.`,
      });
      return problems;
    }
    if (!yamlPart(text, false)) {
      problems.push({
        file,
        line: 1,
        message:
          'the frontmatter starts with "---" but never ends, so the build reads the whole file as fields. Expected a second line of exactly "---" after the last field; add it before the text.',
      });
      return problems;
    }
  }
  const part = yamlPart(text, isYamlFile)!;
  const lines = new LineCounter();
  const doc = parseDocument(part.yaml, { lineCounter: lines });
  const sourceLines = part.yaml.split(/\r?\n/);
  const errors = doc.errors.map((error) => {
    const line = lines.linePos(error.pos[0]).line;
    const lineText = sourceLines[line - 1] ?? '';
    return {
      line: line + part.firstLine - 1,
      tab: lineText.includes('\t'),
      message: yamlErrorMessage(error.code, error.message, lineText),
    };
  });
  // A tab throws the rest of the block out of shape: report the tabs alone, which are the cause.
  const causes = errors.some((error) => error.tab) ? errors.filter((error) => error.tab) : errors;
  const seenLines = new Set<number>();
  for (const error of causes) {
    if (seenLines.has(error.line)) continue;
    seenLines.add(error.line);
    problems.push({ file, line: error.line, message: error.message });
  }
  if (doc.errors.length > 0) return problems;
  const todayYear = Number(today.slice(0, 4));
  const walk = (node: unknown, path: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        walk(pair.value, path ? `${path}.${key}` : key);
      }
      return;
    }
    if (isSeq(node)) {
      node.items.forEach((item, index) => walk(item, `${path}[${index}]`));
      return;
    }
    if (!isScalar(node) || !node.range) return;
    const line = lines.linePos(node.range[0]).line + part.firstLine - 1;
    const source = part.yaml.slice(node.range[0], node.range[1]);
    const field = path || 'the value';
    const key =
      path
        .replace(/\[\d+\]$/, '')
        .split('.')
        .at(-1) ?? '';
    const plain = node.type === 'PLAIN';
    const push = (message: string) =>
      problems.push({ file, line, field: path || undefined, message: `field "${field}" ${message}` });
    if (plain && typeof node.value === 'string') {
      const rest = part.yaml.slice(node.range[1]).split(/\r?\n/, 1)[0]!;
      const comment = /^\s+#(.*)$/.exec(rest);
      // A note after one word ("serviceId: therapeutic-60 # the visit to book", as the scaffolder writes) is a real
      // comment; after several words, or as "#1" with no space, it is text the parser cut off.
      if (comment && (/\s/.test(source) || /^\S/.test(comment[1]!)))
        push(
          `is "${source}", because YAML reads everything after " #" as a comment and drops it ("#${comment[1]}"). Expected the whole text in double quotes; write ${key || field}: "${source}${rest.trimEnd()}" and keep the # inside the quotes.`,
        );
      if (YES_NO.test(source))
        push(
          `is written ${source} without quotes, which some YAML tools read as true or false and others as text. Expected true or false for a yes-or-no field, or text in double quotes; write true, false, or "${source}".`,
        );
      if (/^\d{1,2}:\d{2}(:\d{2})?$/.test(source))
        push(
          `is written ${source} without quotes, which older YAML tools read as a count in base 60 (12:30 becomes 750). Expected digits only for a number (an hour and a half is 90 minutes), or a time in double quotes; write the number, or "${source}".`,
        );
    }
    if (plain && typeof node.value === 'number' && /^[+-]?0\d/.test(source) && !/^[+-]?0\./.test(source))
      push(
        `is written ${source}, which YAML reads as the number ${node.value} and loses the leading zero. Expected the digits without a leading zero, or text in double quotes if the zero matters; write ${node.value} or "${source}".`,
      );
    if (plain && node.value === null && source !== '')
      push(
        `is ${source}, which YAML reads as "no value", so the field counts as missing. Expected a value; write one, or delete the line for an optional field.`,
      );
    const day = typeof node.value === 'string' ? node.value.trim() : '';
    const limit = DAY_LIMITS[key];
    if (limit && isCalendarDay(day)) {
      const year = Number(day.slice(0, 4));
      const latest = `${todayYear + limit.ahead}${today.slice(4)}`;
      if (year < EARLIEST_YEAR)
        push(
          `is ${day}, in ${year}: no page of this site is that old, so the year is probably mistyped. Expected ${limit.what} in ${EARLIEST_YEAR} or later; fix the year.`,
        );
      else if (day > latest)
        push(
          `is ${day}, more than ${limit.ahead === 1 ? 'a year' : `${limit.ahead} years`} after today (${today}), so the page would be hidden or dated far ahead. Expected ${limit.what} no later than ${latest}; fix the year.`,
        );
    }
  };
  walk(doc.contents, '');
  return problems;
}

/** The body of an .mdx file with its first line number, or undefined when there is no frontmatter. */
function mdxBody(text: string): { body: string; firstLine: number } | undefined {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { body: text.slice(match[0].length), firstLine: match[0].split('\n').length };
}

/** The body with code (fenced blocks and `inline code`) blanked out, keeping line numbers and positions. */
function withoutCode(body: string): string {
  const blank = (part: string) => part.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

/**
 * Text in an .mdx body that MDX drops, runs as code or cannot read, and components it cannot find: HTML comments,
 * {braces}, lines starting with import or export, "<" before a number, unknown or unclosed components.
 */
export function findMdxTraps(
  file: string,
  text: string,
  components: readonly string[] = AUTHOR_COMPONENTS,
): ContentProblem[] {
  const part = mdxBody(text);
  if (!part) return [];
  const body = withoutCode(part.body);
  const problems: ContentProblem[] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length + part.firstLine - 1;
  const add = (index: number, message: string) => problems.push({ file, line: lineAt(index), message });
  for (const match of body.matchAll(/<!--/g))
    add(
      match.index,
      'an HTML comment (<!-- -->), which MDX cannot read, so the build stops or the text is lost. Expected no HTML comments in .mdx; delete it, or write the note as {/* note */}.',
    );
  // Braces outside tags: MDX runs them as code ({1-2} shows -1, {name} stops the build). {/* */} is a comment.
  const outsideTags = body.replace(/<[A-Za-z][^<>]*>/g, (tag) => tag.replace(/[^\n]/g, ' '));
  for (const match of outsideTags.matchAll(/(?<!\\)\{(?!\/\*)/g)) {
    const snippet = outsideTags.slice(match.index, outsideTags.indexOf('}', match.index) + 1 || match.index + 20);
    add(
      match.index,
      `the text "${snippet.trim()}" is in curly braces, which MDX runs as code: {1-2} would show -1, and a word would stop the build. Expected plain text; write the braces as \\{ and \\}, or reword without them.`,
    );
  }
  for (const match of body.matchAll(/^(import|export)\b.*$/gm))
    add(
      match.index,
      `a line starting with "${match[1]}", which MDX reads as code, not text. Expected text only: the author components (${components.join(', ')}) need no import; delete the line, or reword the sentence so it does not begin with "${match[1]}".`,
    );
  for (const match of body.matchAll(/<(?=[\d\s=])/g))
    add(
      match.index,
      `a "<" before "${body.slice(match.index + 1, match.index + 3).trim()}", which MDX reads as the start of a component, so the build stops. Expected words; write "under" or "less than", or &lt;.`,
    );
  const open: { name: string; index: number }[] = [];
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w.]*)\b((?:[^<>"]|"[^"]*")*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match as unknown as [string, string, string, string, string];
    if (!/^[A-Z]/.test(name)) continue;
    if (!components.includes(name)) {
      if (!closing)
        add(
          match.index,
          `<${name}> is not a component this site has${closestName(name, components) ? ` (did you mean <${closestName(name, components)}>?)` : ''}, so the build stops. Expected one of: ${components.join(', ')}; fix the name.`,
        );
      continue;
    }
    if (selfClosing) continue;
    if (!closing) open.push({ name, index: match.index });
    else if (open.at(-1)?.name === name) open.pop();
    else
      add(
        match.index,
        `</${name}> closes a component that is not open here${open.length ? ` (<${open.at(-1)!.name}> is)` : ''}, so the build stops. Expected each <${name}> to be closed once, after its text; remove this line or fix the order.`,
      );
  }
  for (const unclosed of open)
    add(
      unclosed.index,
      `<${unclosed.name}> is opened here and never closed, so the build stops (or swallows the rest of the page). Expected </${unclosed.name}> after its text; add it, or write <${unclosed.name} /> if it has no text.`,
    );
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** An image path that exists but lies outside src/assets/ (the build would not optimise or publish it reliably). */
export function imageOutsideAssets(field: string, path: string, fromRoot: string): string | undefined {
  if (fromRoot.startsWith('src/assets/')) return undefined;
  return `field "${field}" points to "${path}", which is ${fromRoot.startsWith('..') ? 'outside the project' : `at ${fromRoot}`}, not in src/assets/. Expected pictures in src/assets/heroes/ or src/assets/therapists/; move the picture there and point to it, such as "../../assets/heroes/my-article.svg".`;
}

/** Where an image path in a content file leads: its path from the project root, or undefined when no file is there. */
export type ImageResolver = (file: string, path: string) => string | undefined;

/** Every image path in a content file that points at no file, or at a file outside src/assets/. */
export function findMissingImages(
  file: string,
  text: string,
  isYamlFile: boolean,
  resolveImage: ImageResolver,
): ContentProblem[] {
  return findImageRefs(text, isYamlFile).flatMap((ref): ContentProblem[] => {
    const fromRoot = resolveImage(file, ref.path);
    if (fromRoot === undefined)
      return [
        {
          file,
          line: ref.line,
          field: ref.field,
          message: `field "${ref.field}" points to "${ref.path}", but no file is there. Expected a path relative to this file, such as "../../assets/heroes/my-article.svg"; check the spelling, or add the picture to src/assets/.`,
        },
      ];
    const outside = imageOutsideAssets(ref.field, ref.path, fromRoot);
    return outside ? [{ file, line: ref.line, field: ref.field, message: outside }] : [];
  });
}

/** What the files phase needs: the paths under the content folders and a way to read a file and find a picture. */
export interface FilesInput {
  /** Every file under src/content/ and the collection folders, from the project root with forward slashes. */
  paths: readonly string[];
  folders: readonly FolderCollection[];
  lists: readonly ListCollection[];
  read: (file: string) => string;
  resolveImage: ImageResolver;
  /** The day the checks run, YYYY-MM-DD. */
  today: string;
}

/** The files phase: every problem with the content files themselves, in the order the files sort. */
export function checkFiles(input: FilesInput): ContentProblem[] {
  const problems = checkContentPaths(input.paths, input.folders, input.lists);
  for (const file of input.paths) {
    const isYaml = file.endsWith('.yaml');
    if (!(isYaml || file.endsWith('.mdx'))) continue;
    const text = input.read(file);
    problems.push(
      ...findYamlTraps(file, text, isYaml, input.today),
      ...(isYaml ? [] : findMdxTraps(file, text)),
      ...findImpossibleDays(file, text.replace(/^\uFEFF/, ''), isYaml),
      ...findMissingImages(file, text, isYaml, input.resolveImage),
    );
    if (input.lists.some((list) => list.file === file)) problems.push(...findDuplicateListIds(file, text));
  }
  return problems;
}
