/**
 * Wraps a content loader so that, inside GitHub Actions, a schema error also prints an annotation on
 * each bad field's line; the pull request then marks the line. Astro's own error still stops the build.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldLine } from '../../lib/content/file-checks.ts';
import { LIST_COLLECTIONS } from '../../lib/content/layout.ts';
import { formatAnnotation, inGitHubActions } from '../../lib/github-annotations.ts';

/** "**hero.alt**: expected ..." lines of Astro's InvalidContentEntryDataError, as field and message. */
function schemaIssues(message: string): { field: string; message: string }[] {
  return [...message.matchAll(/^\s*\*\*([^*]*)\*\*: (.+)$/gm)].map((match) => ({
    field: match[1]!,
    message: match[2]!.trim(),
  }));
}

function annotate(error: unknown, context: LoaderContext, props: { id: string; filePath?: string | undefined }): void {
  if (!props.filePath || !(error instanceof Error)) return;
  const root = fileURLToPath(context.config.root);
  const file = relative(root, resolve(root, props.filePath)).split(sep).join('/');
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch {
    return;
  }
  const isYaml = file.endsWith('.yaml');
  const isList = LIST_COLLECTIONS.some((list) => list.file === file);
  for (const issue of schemaIssues(error.message)) {
    const line = fieldLine(text, isYaml, issue.field, isList ? props.id : undefined);
    const title = `Content error in ${issue.field || 'the file'}`;
    console.log(
      formatAnnotation({ severity: 'error', file, line, title, message: `${issue.field}: ${issue.message}` }),
    );
  }
}

export function annotated(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            if (inGitHubActions(process.env)) annotate(error, context, props);
            throw error;
          }
        },
      }),
  };
}
