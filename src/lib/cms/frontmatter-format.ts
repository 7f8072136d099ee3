/**
 * How the editor at /admin reads and writes an .mdx file: frontmatter, then the body. Decap's own writer
 * re-quotes every string, rewraps long lines and turns [a, b] lists into blocks, so saving an article
 * would rewrite lines nobody touched. This writer keeps every line whose field did not change, byte for
 * byte, and writes changed or new fields in the house style (the style `npm run new` and the docs use).
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

type Data = Record<string, unknown>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The file split into its frontmatter text and body text, exactly as written. */
function split(text: string): { yaml: string; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { yaml: '', body: text };
  return { yaml: match[1]!, body: text.slice(match[0].length) };
}

/** The format's name: collections use it in config.yml, and the editor registers it under this name. */
export const MDX_FORMAT = 'mdx-frontmatter';

/** Reads an .mdx file into the editor's data: the frontmatter's fields plus `body`. Dates stay "YYYY-MM-DD" text. */
export function readMdx(text: string): Data {
  const { yaml, body } = split(text);
  const data = (parseDocument(yaml).toJS() ?? {}) as Data;
  return { ...data, body };
}

const RESERVED = /^(true|false|yes|no|on|off|null|~)$/i;

/** One value as YAML: plain for ids, dates, numbers and true/false; double-quoted text otherwise. */
function yamlScalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value ?? '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  // Ids and relative paths need no quotes; anything YAML could read as another type does.
  if (/^[a-z.][a-z0-9._/-]*$/.test(text) && !RESERVED.test(text) && !/^[\d.]+$/.test(text)) return text;
  return JSON.stringify(text);
}

/** Empty editor values ("" or nothing) are left out of the file, so the schema's defaults apply. */
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** An object's non-empty fields as `key: value` lines. */
const objectLines = (value: Data): string[] =>
  Object.entries(value)
    .filter(([, inner]) => !isEmpty(inner))
    .map(([inner, innerValue]) => `${inner}: ${yamlScalar(innerValue)}`);

/** One top-level field as YAML lines, in the house style. */
export function yamlField(key: string, value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.filter((item) => !isEmpty(item));
    if (items.length === 0) return `${key}: []`;
    // A list of objects (reviewHistory) goes one item per block, one key a line, as `npm run new` writes it.
    if (items.some((item) => item !== null && typeof item === 'object')) {
      return [
        `${key}:`,
        ...items.flatMap((item) =>
          objectLines(item as Data).map((line, index) => `${index === 0 ? '  - ' : '    '}${line}`),
        ),
      ].join('\n');
    }
    const flow = `${key}: [${items.map(yamlScalar).join(', ')}]`;
    // Short lists fit on one line, like `sources: [furlan-2015]`; sentences go one per line.
    if (flow.length <= 100 && items.every((item) => String(item).length <= 40)) return flow;
    return [`${key}:`, ...items.map((item) => `  - ${yamlScalar(item)}`)].join('\n');
  }
  if (value !== null && typeof value === 'object') {
    return [`${key}:`, ...objectLines(value as Data).map((line) => `  ${line}`)].join('\n');
  }
  return `${key}: ${yamlScalar(value)}`;
}

/**
 * A body the editor wrote, in the files' own style: bullets as "- " (the rich editor writes "* "),
 * a blank line after the frontmatter and a final newline.
 */
export function houseStyleBody(body: string): string {
  let text = body.replace(/^(\s*)\* /gm, '$1- ');
  if (!text.startsWith('\n')) text = `\n${text}`;
  return text.endsWith('\n') ? text : `${text}\n`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The frontmatter's top-level fields with the lines each one spans (comments above a field travel with it). */
function fieldSpans(yaml: string): { key: string; start: number; end: number }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  if (!isMap(doc.contents)) return [];
  const starts = doc.contents.items.flatMap((pair) =>
    isScalar(pair.key) && pair.key.range
      ? [{ key: String(pair.key.value), start: lineCounter.linePos(pair.key.range[0]).line - 1 }]
      : [],
  );
  const total = yaml.split('\n').length;
  return starts.map((field, index) => ({ ...field, end: starts[index + 1]?.start ?? total }));
}

/**
 * Writes the editor's data back as an .mdx file. With the file it was read from, fields whose value did
 * not change keep their exact lines; changed fields are rewritten in place, new ones added in `order`,
 * emptied ones removed. Without one (a new entry), every field is written in `order`.
 */
export function writeMdx(data: Data, order: readonly string[], original?: string): string {
  const { body = '', ...fields } = data;
  const keys = [
    ...order.filter((key) => key in fields),
    ...Object.keys(fields).filter((key) => !order.includes(key)),
  ].filter((key) => !isEmpty(fields[key]));
  if (original === undefined) {
    return `---\n${keys.map((key) => yamlField(key, fields[key])).join('\n')}\n---\n${houseStyleBody(String(body))}`;
  }
  const { yaml, body: originalBody } = split(original);
  const before = readMdx(original);
  const lines = yaml.split('\n');
  const spans = fieldSpans(yaml);
  // Comment lines above the first field stay where they are.
  const out: string[] = lines.slice(0, spans[0]?.start ?? 0);
  const written = new Set<string>();
  for (const span of spans) {
    if (!keys.includes(span.key)) continue;
    written.add(span.key);
    if (same(before[span.key], fields[span.key])) out.push(...lines.slice(span.start, span.end));
    else out.push(yamlField(span.key, fields[span.key]));
  }
  // New fields go after the field that comes before them in `order`, or at the end.
  for (const key of keys.filter((candidate) => !written.has(candidate))) {
    const previous = keys
      .slice(0, keys.indexOf(key))
      .reverse()
      .find((candidate) => written.has(candidate));
    const text = yamlField(key, fields[key]);
    if (previous === undefined) out.unshift(text);
    else {
      const previousText = out.findIndex((line) => line.startsWith(`${previous}:`));
      let at = previousText + 1;
      while (at < out.length && /^(\s|#|-)/.test(out[at]!)) at++;
      out.splice(at, 0, text);
    }
    written.add(key);
  }
  const bodyText = same(before['body'], body) ? originalBody : houseStyleBody(String(body));
  return `---\n${out.join('\n')}\n---\n${bodyText}`;
}
