/**
 * The one shape every content check reports in, and the one reporter that turns problems into what people see:
 * console lines, GitHub annotations on the file's line (inside Actions only) and the build's Error. The phases
 * (files.ts, schema.ts, graph.ts, and the content lint's prose rules in tools/content-lint/) all return these.
 */
import { formatAnnotation, inGitHubActions } from '../github-annotations.ts';

export type Severity = 'error' | 'warning';

/** A problem with a content file: where it is, and a message that says what was expected and the fix. */
export interface ContentProblem {
  /** Path from the project root, as staff see it (src/content/...). */
  file: string;
  /** 1-based line, when the check knows it. */
  line?: number | undefined;
  /** The field the problem is in ("hero.alt", "reviewHistory[0].reviewer"), when it is in one. */
  field?: string | undefined;
  /** What is wrong, what was expected and the fix; it names the field in words where there is one. */
  message: string;
  /** Errors stop the build (and fail the content lint); warnings print and pass. Missing means error. */
  severity?: Severity | undefined;
  /** The rule's id ("review-overdue", "biweekly"), printed in brackets; the content lint's rules all have one. */
  rule?: string | undefined;
}

const severityOf = (problem: ContentProblem): Severity => problem.severity ?? 'error';
export const isError = (problem: ContentProblem): boolean => severityOf(problem) === 'error';

/** One problem as a line a person (and an editor) can follow: "file:line: message", or "file:line: error [rule] message". */
export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
  const label = problem.rule
    ? `${severityOf(problem)} [${problem.rule}] `
    : severityOf(problem) === 'warning'
      ? 'warning: '
      : '';
  return `${where}: ${label}${problem.message}`;
}

export interface ProblemReport {
  /** Every problem as a console line, in the order given. */
  lines: string[];
  /** Inside GitHub Actions, every problem as a workflow annotation on its file and line; otherwise none. */
  annotations: string[];
  /** The Error that stops the build: the heading and every error-severity problem; undefined when there is none. */
  error: Error | undefined;
}

/**
 * Reports problems under one heading ("Content problems", "Content lint"). `env` is the process environment,
 * passed in so this stays pure; GITHUB_ACTIONS=true there turns on the annotations.
 */
export function reportProblems(
  problems: readonly ContentProblem[],
  heading: string,
  env: Readonly<Record<string, string | undefined>>,
): ProblemReport {
  const annotate = inGitHubActions(env);
  const errors = problems.filter(isError);
  return {
    lines: problems.map(formatProblem),
    annotations: annotate
      ? problems.map((problem) =>
          formatAnnotation({
            severity: severityOf(problem),
            file: problem.file,
            line: problem.line,
            title: `${heading}${problem.rule ? `: ${problem.rule}` : problem.field ? ` in ${problem.field}` : ''}`,
            message: problem.message,
          }),
        )
      : [],
    error:
      errors.length > 0
        ? new Error(
            `${heading} (the build stops until they are fixed):\n${errors.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}\nSee "What the checks say" in docs/publishing.md.`,
          )
        : undefined,
  };
}
