/**
 * The `_headers` file that Netlify and Cloudflare Pages read: blocks of a path pattern followed by indented
 * "Name: value" lines. Cloudflare joins a header set by several matching blocks with ", " unless a later block
 * detaches it with "! Name"; Netlify lets the later block win and does not know "! Name".
 */

export interface HeaderRule {
  /** A path pattern: exact, with a trailing * splat, or with :placeholder segments. */
  path: string;
  /** Header names this block removes from earlier matching blocks before setting its own (Cloudflare's "! Name"). */
  detach?: string[];
  headers: [name: string, value: string][];
  /** A comment line printed above the block. */
  comment?: string;
}

/** Writes rules as a `_headers` file; `detachLines: false` leaves out the "! Name" lines for Netlify. */
export function renderHeadersFile(
  rules: HeaderRule[],
  options: { detachLines?: boolean; preamble?: string[] } = {},
): string {
  const lines = (options.preamble ?? []).map((line) => `# ${line}`);
  for (const rule of rules) {
    if (lines.length > 0) lines.push('');
    if (rule.comment) lines.push(`# ${rule.comment}`);
    lines.push(rule.path);
    if (options.detachLines !== false) for (const name of rule.detach ?? []) lines.push(`  ! ${name}`);
    for (const [name, value] of rule.headers) {
      if (/[\r\n]/.test(value)) throw new Error(`Header ${name} for ${rule.path} contains a line break`);
      lines.push(`  ${name}: ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line}" comes before any path`);
    if (line.startsWith('!')) rule.detach!.push(line.slice(1).trim());
    else {
      const colon = line.indexOf(':');
      if (colon < 1) throw new Error(`_headers: "${line}" under ${rule.path} is not "Name: value"`);
      rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** Whether a path pattern matches a request path: "*" matches anything (including /), ":name" one segment. */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a path gets, by lowercase name, applying matching blocks in order as Cloudflare Pages does. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules.filter((candidate) => pathMatches(candidate.path, path))) {
    for (const name of rule.detach ?? []) result.delete(name.toLowerCase());
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const current = result.get(key);
      result.set(key, current === undefined ? value : `${current}, ${value}`);
    }
  }
  return result;
}
