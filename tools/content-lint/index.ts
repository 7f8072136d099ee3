/** The content lint: checks the content schema cannot express. Run with `npm run lint:content`. */
export { parseContentFile, proseLines, stringLiterals, astroPageLines } from './parse.ts';
export { lintFile, RULES, WORDING_RULES, CLAIM_RULES, BANNED_CLAIMS, wordingProblems } from './rules.ts';
export { signLevelProblems, SIGN_MENTIONS, LEVEL_WORDS } from './sign-levels.ts';
export { fleschKincaidGrade, syllables, textStats, plainText } from './reading-grade.ts';
export type { Finding, LintContext, LintFile, ContentKind } from './types.ts';

import type { Finding } from './types.ts';

/** One finding as a line a person (and an editor) can follow: "file:line: error [rule] message". */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${finding.severity} [${finding.rule}] ${finding.message}`;
}
