import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findImageRefs } from '../../lib/content/image-refs.ts';
import { CONTENT_ROOT, folderCollections, LIST_COLLECTIONS } from '../../lib/content/layout.ts';
import {
  checkContentPaths,
  findDuplicateListIds,
  findImpossibleDays,
  findMdxTraps,
  findYamlTraps,
  formatProblem,
  imageOutsideAssets,
  type ContentProblem,
} from '../../lib/content/file-checks.ts';
import { formatAnnotation, inGitHubActions } from '../../lib/github-annotations.ts';

/** Every file under a folder (hidden ones too: a file the build skips must still be named). */
function* allFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* allFiles(path);
    else yield path;
  }
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Every image path in a content file that points at no file, or at a file outside src/assets/. */
function missingImages(root: string, file: string, text: string, isYaml: boolean): ContentProblem[] {
  return findImageRefs(text, isYaml).flatMap((ref) => {
    const target = resolve(dirname(join(root, file)), ref.path);
    if (!existsSync(target))
      return [
        {
          file,
          line: ref.line,
          message: `field "${ref.field}" points to "${ref.path}", but no file is there. Expected a path relative to this file, such as "../../assets/heroes/my-article.svg"; check the spelling, or add the picture to src/assets/.`,
        },
      ];
    const outside = imageOutsideAssets(ref.field, ref.path, toPosix(relative(root, target)));
    return outside ? [{ file, line: ref.line, message: outside }] : [];
  });
}

/**
 * Everything wrong with the content files that Astro would pass over in silence or report without
 * the file and field: files it never loads, names that collide, impossible days, repeated list ids,
 * missing pictures. `env` chooses the articles folder (the benchmark moves it).
 */
export function findContentProblems(
  root: string,
  env: Record<string, string | undefined> = process.env,
  today: string = new Date().toISOString().slice(0, 10),
): ContentProblem[] {
  // Relative to the root, so an absolute CONTENT_ARTICLES_DIR (the benchmark's) matches the paths below.
  const folders = folderCollections(env).map((folder) => ({
    ...folder,
    folder: toPosix(relative(root, resolve(root, folder.folder))),
  }));
  const dirs = [...new Set([CONTENT_ROOT, ...folders.map((folder) => folder.folder)])];
  const paths = [...new Set(dirs.flatMap((dir) => [...allFiles(resolve(root, dir))]))].map((path) =>
    toPosix(relative(root, path)),
  );
  const problems = checkContentPaths(paths, folders, LIST_COLLECTIONS);
  for (const file of paths) {
    const isYaml = file.endsWith('.yaml');
    if (!(isYaml || file.endsWith('.mdx'))) continue;
    const text = readFileSync(join(root, file), 'utf8');
    problems.push(
      ...findYamlTraps(file, text, isYaml, today),
      ...(isYaml ? [] : findMdxTraps(file, text)),
      ...findImpossibleDays(file, text.replace(/^\uFEFF/, ''), isYaml),
      ...missingImages(root, file, text, isYaml),
    );
    if (LIST_COLLECTIONS.some((list) => list.file === file)) problems.push(...findDuplicateListIds(file, text));
  }
  return problems;
}

/** The error that stops the build, and (inside GitHub Actions) an annotation on each file and line. */
export function reportContentProblems(problems: readonly ContentProblem[], heading: string): Error {
  if (inGitHubActions(process.env)) {
    for (const problem of problems)
      console.log(
        formatAnnotation({
          severity: 'error',
          file: problem.file,
          line: problem.line,
          title: heading,
          message: problem.message,
        }),
      );
  }
  return new Error(
    `${heading} (the build stops until they are fixed):\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}\nSee "What the checks say" in docs/publishing.md.`,
  );
}

/** Stops dev, sync and build before Astro loads content that it would skip, merge or misread. */
export function contentPreflight(): AstroIntegration {
  return {
    name: 'massage-strong:content-preflight',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = findContentProblems(fileURLToPath(config.root));
        if (problems.length > 0) throw reportContentProblems(problems, 'Content files the build cannot use');
      },
    },
  };
}
