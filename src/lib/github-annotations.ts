/**
 * GitHub Actions workflow commands: a line "::error file=...,line=...,title=...::message" in a job's log
 * marks that line of the file in the pull request. Printed only inside Actions (GITHUB_ACTIONS=true).
 */
export interface Annotation {
  severity: 'error' | 'warning';
  /** Path from the repository root. */
  file: string;
  line?: number | undefined;
  title: string;
  message: string;
}

export const inGitHubActions = (env: Record<string, string | undefined>): boolean => env['GITHUB_ACTIONS'] === 'true';

// Escapes from GitHub's toolkit (@actions/core): data loses %, CR and LF; properties also ":" and ",".
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation as the workflow command GitHub reads. */
export function formatAnnotation(annotation: Annotation): string {
  const properties = [`file=${escapeProperty(annotation.file)}`];
  if (annotation.line) properties.push(`line=${annotation.line}`);
  properties.push(`title=${escapeProperty(annotation.title)}`);
  return `::${annotation.severity} ${properties.join(',')}::${escapeData(annotation.message)}`;
}

const unescapeData = (text: string) =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** Reads back an "::error file=...::message" line (for the job summary); undefined for any other line. */
export function parseAnnotation(line: string): Annotation | undefined {
  const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(line.trim());
  if (!match) return undefined;
  const properties = Object.fromEntries(
    match[2]!
      .split(',')
      .map((part) => [part.slice(0, part.indexOf('=')), unescapeData(part.slice(part.indexOf('=') + 1))]),
  );
  if (!properties['file']) return undefined;
  return {
    severity: match[1] as Annotation['severity'],
    file: properties['file'],
    line: properties['line'] ? Number(properties['line']) : undefined,
    title: properties['title'] ?? '',
    message: unescapeData(match[3]!),
  };
}
