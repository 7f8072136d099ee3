/** The content lint: checks the content schema cannot express. Run with `npm run lint:content`. */
export { parseContentFile } from './parse.ts';
export { lintFile, RULES, wordingProblems } from './rules.ts';
export { fleschKincaidGrade, syllables, textStats } from './reading-grade.ts';
export type { Finding, LintContext, ContentKind } from './types.ts';

import type { Finding } from './types.ts';

/** One finding as a line a person (and an editor) can follow: "file:line: error [rule] message". */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${finding.severity} [${finding.rule}] ${finding.message}`;
}
