/**
 * The short report `npm test` writes to a GitHub Actions job summary (the page behind a pull request's
 * red cross): what failed, where, and how to fix it, in words a staff member can act on.
 */
import type { Annotation } from '../src/lib/github-annotations.ts';

export interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
}

/** What to do when a step fails, for someone who edits content rather than code. */
const ADVICE: readonly [RegExp, string][] = [
  [
    /content lint/,
    'A content file breaks a writing rule. The lines are marked under **Files changed**; each message says what to change.',
  ],
  [
    /^build/,
    'The site could not be built, usually because of a content file. The problems are listed below and marked under **Files changed**.',
  ],
  [
    /astro check|unit tests/,
    'A check on the code failed (or a content file could not be read). If you only changed content, look for marked lines below; otherwise ask a developer.',
  ],
  [
    /built-site|browser/,
    'A page of the built site failed a check (links, accessibility, page size). The log names the page; the **test-reports** file below the summary has details. Ask a developer if it is not about your change.',
  ],
];

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function jobSummary(
  steps: readonly StepResult[],
  annotations: readonly Annotation[],
  counts: { passed: number; failed: number },
): string {
  const failed = steps.find((step) => !step.ok);
  const lines: string[] = [];
  if (!failed) {
    lines.push(`## ✅ All checks passed`, '', `${counts.passed} checks passed. The change is ready for review.`);
  } else {
    const advice =
      ADVICE.find(([pattern]) => pattern.test(failed.name))?.[1] ??
      'Open the log of the **npm test** step for details.';
    lines.push(`## ❌ Checks failed at: ${failed.name}`, '', advice);
  }
  const errors = annotations.filter((annotation) => annotation.severity === 'error');
  const seen = new Set<string>();
  const rows = errors.filter((annotation) => {
    const key = `${annotation.file}:${annotation.line}:${annotation.message}`;
    return !seen.has(key) && seen.add(key);
  });
  if (rows.length > 0) {
    lines.push('', '| File | Line | What is wrong and how to fix it |', '| --- | --- | --- |');
    for (const row of rows.slice(0, 50))
      lines.push(`| \`${escapeCell(row.file)}\` | ${row.line ?? ''} | ${escapeCell(row.message)} |`);
    if (rows.length > 50) lines.push('', `…and ${rows.length - 50} more in the log.`);
  }
  if (failed || rows.length > 0) {
    lines.push(
      '',
      'Fix the file on the same branch (the pencil icon on GitHub) and the checks run again. Every message is explained in `docs/publishing.md`, under "What the checks say".',
    );
  }
  lines.push(
    '',
    '<details><summary>Steps</summary>',
    '',
    ...steps.map((step) => `- ${step.ok ? '✅' : '❌'} ${step.name} (${step.seconds.toFixed(0)} s)`),
    '',
    '</details>',
    '',
  );
  return lines.join('\n');
}
