/**
 * The schema phase: the zod schemas in src/content.config.ts check each entry (Astro runs them and stops the build
 * with its own error); this turns that error's "**field**: message" lines into problems on the field's line, so
 * inside GitHub Actions the pull request marks each bad field. The annotated loader
 * (src/integrations/content-checks/annotated-loader.ts) reads the file and prints them.
 */
import type { ContentProblem } from './problem.ts';
import { fieldLine } from './yaml-lines.ts';

/** The "**hero.alt**: expected ..." lines of Astro's InvalidContentEntryDataError, as field and message. */
export function schemaIssues(errorMessage: string): { field: string; message: string }[] {
  return [...errorMessage.matchAll(/^\s*\*\*([^*]*)\*\*: (.+)$/gm)].map((match) => ({
    field: match[1]!,
    message: match[2]!.trim(),
  }));
}

/**
 * Each schema issue in Astro's error as a problem on its field's line. `text` is the file as written; `itemId` is the
 * entry's id when the file is a list (sources.yaml), whose fields sit inside that item.
 */
export function schemaProblems(
  errorMessage: string,
  file: string,
  text: string,
  itemId?: string | undefined,
): ContentProblem[] {
  const isYaml = file.endsWith('.yaml');
  return schemaIssues(errorMessage).map((issue) => ({
    file,
    line: fieldLine(text, isYaml, issue.field, itemId),
    field: issue.field || undefined,
    // Zod's messages say what was expected but not where; Astro prints the field before each, and so does this.
    message: `${issue.field}: ${issue.message}`,
  }));
}
