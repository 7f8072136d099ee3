/**
 * The files phase's reader: lists and reads the files under src/content/ for src/lib/content-checks/files.ts,
 * and stops dev, sync and build (at astro:config:setup) before Astro loads content it would skip, merge or misread.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT, folderCollections, LIST_COLLECTIONS } from '../../lib/content/layout.ts';
import { checkFiles } from '../../lib/content-checks/files.ts';
import { reportProblems, type ContentProblem } from '../../lib/content-checks/problem.ts';

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

/**
 * Everything wrong with the content files that Astro would pass over in silence or report without
 * the file and field: files it never loads, names that collide, impossible days, repeated list ids,
 * YAML and MDX traps, missing pictures. `env` chooses the articles folder (the benchmark moves it).
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
  return checkFiles({
    paths,
    folders,
    lists: LIST_COLLECTIONS,
    read: (file) => readFileSync(join(root, file), 'utf8'),
    resolveImage: (file, path) => {
      const target = resolve(dirname(join(root, file)), path);
      return existsSync(target) ? toPosix(relative(root, target)) : undefined;
    },
    today,
  });
}

/** Stops dev, sync and build before Astro loads content that it would skip, merge or misread. */
export function contentPreflight(): AstroIntegration {
  return {
    name: 'massage-strong:content-preflight',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const report = reportProblems(
          findContentProblems(fileURLToPath(config.root)),
          'Content files the build cannot use',
          process.env,
        );
        for (const annotation of report.annotations) console.log(annotation);
        if (report.error) throw report.error;
      },
    },
  };
}
