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

/** A "file:line: message" problem line (the shape every content check prints) as an annotation. */
export function annotationFromLine(text: string, title: string, severity: Annotation['severity'] = 'error'): Annotation | undefined {
  const match = /^(src\/[^:\s]+?)(?::(\d+))?: (.+)$/s.exec(text.trim());
  if (!match) return undefined;
  return { severity, file: match[1]!, line: match[2] ? Number(match[2]) : undefined, title, message: match[3]! };
}
