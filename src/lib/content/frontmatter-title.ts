import { yamlPart } from '../content-checks/yaml-lines.ts';

/**
 * The `title:` of an MDX file's frontmatter, read from the text without a YAML parser: quick enough to run over
 * thousands of files before the build starts. Only the plain one-line forms staff write (bare, "double" or
 * 'single' quoted); anything else (a folded or literal block, a flow value) gives undefined, and the caller
 * then waits for Astro's own reading of the file.
 */
export function frontmatterTitle(text: string): string | undefined {
  const frontmatter = yamlPart(text, false)?.yaml;
  const raw = frontmatter && /^title:[ \t]*(.*?)[ \t]*\r?$/m.exec(frontmatter)?.[1];
  if (!raw) return undefined;
  if (raw.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(raw)) return undefined;
    try {
      // YAML's double-quoted escapes that staff use (\" \\ \n \t \uXXXX) read the same as JSON's.
      return (JSON.parse(raw) as string).trim() || undefined;
    } catch {
      return undefined;
    }
  }
  if (raw.startsWith("'"))
    return /^'(?:[^']|'')*'$/.test(raw) ? raw.slice(1, -1).replaceAll("''", "'").trim() || undefined : undefined;
  // A plain value: no block or flow indicator first, no comment, no quote or colon-space that YAML would read otherwise.
  if (/^[|>[{&*!%@`#]/.test(raw) || /\s#|: /.test(raw)) return undefined;
  return raw;
}
