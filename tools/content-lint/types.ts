import type { ContentProblem, Severity } from '../../src/lib/content-checks/problem.ts';

/**
 * One problem the content lint found: the build's one problem type (src/lib/content-checks/problem.ts) with the
 * rule's id ("heading-order"), a 1-based line and a severity always set. Errors fail `npm run lint:content` (and
 * `npm test`); warnings print and pass.
 */
export type Finding = ContentProblem & { line: number; rule: string; severity: Severity };

/** Content files, plus the clinic's own page files (.astro) and the quiz's wording source (.ts), which only get the wording rules. */
export type ContentKind = 'article' | 'technique' | 'therapist' | 'page' | 'quiz';

/** A line of the file's text with its 1-based line number. */
export interface NumberedLine {
  line: number;
  text: string;
}

/** A content file, parsed once and shared by every rule. */
export interface LintFile {
  /** Path from the project root, for example src/content/articles/x.mdx. */
  path: string;
  kind: ContentKind;
  /** The frontmatter (or the whole YAML file for therapists), as parsed. */
  data: Record<string, unknown>;
  /** Line of a frontmatter field, by dotted path ("hero.alt"); 1 when it is missing. */
  lineOf: (fieldPath: string) => number;
  /** Body lines outside code blocks, MDX comments and import/export lines; empty for YAML files. */
  prose: NumberedLine[];
}

/** What the rules need to know about the whole site. */
export interface LintContext {
  /** Every path the site builds ("/", "/contact", "/articles/x"...), without trailing slashes. */
  routes: ReadonlySet<string>;
  /** Paths of articles that exist but are not live (drafts, scheduled): links to them would break. */
  hiddenRoutes: ReadonlySet<string>;
  /** Today in the clinic's time zone, YYYY-MM-DD. */
  today: string;
}

export type Rule = (file: LintFile, context: LintContext) => Finding[];
