/**
 * Wraps a content loader so that, inside GitHub Actions, a schema error also prints an annotation on
 * each bad field's line (src/lib/content-checks/schema.ts); the pull request then marks the line.
 * Astro's own error still stops the build.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIST_COLLECTIONS } from '../../lib/content/layout.ts';
import { inGitHubActions } from '../../lib/github-annotations.ts';
import { reportProblems } from '../../lib/content-checks/problem.ts';
import { schemaProblems } from '../../lib/content-checks/schema.ts';

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
  const isList = LIST_COLLECTIONS.some((list) => list.file === file);
  const problems = schemaProblems(error.message, file, text, isList ? props.id : undefined);
  for (const annotation of reportProblems(problems, 'Content error', process.env).annotations) console.log(annotation);
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
