/**
 * The content lint, the prose phase of the content checks: what the schema cannot express, in the words people read.
 * Run with `npm run lint:content`; its findings are the build's problem type and print through the same reporter.
 */
export { parseContentFile } from './parse.ts';
export { lintFile, RULES, wordingProblems } from './rules.ts';
export { fleschKincaidGrade, syllables, textStats } from './reading-grade.ts';
export type { LintContext, ContentKind } from './types.ts';
