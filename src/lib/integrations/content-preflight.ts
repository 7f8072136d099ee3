import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findImageRefs } from '../utils/content/image-refs.ts';

function* contentFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* contentFiles(path);
    else if (/\.(mdx?|ya?ml)$/.test(entry.name)) yield path;
  }
}

/** Every image path in src/content that points at no file, as a message naming the file, line and field. */
export function findMissingImages(root: string): string[] {
  const problems: string[] = [];
  for (const file of contentFiles(join(root, 'src', 'content'))) {
    const shown = relative(root, file);
    for (const ref of findImageRefs(readFileSync(file, 'utf8'), /\.ya?ml$/.test(file))) {
      if (existsSync(resolve(dirname(file), ref.path))) continue;
      problems.push(
        `${shown}:${ref.line}: field "${ref.field}" points to "${ref.path}", but no file is there. Expected a path relative to this file, such as "../../assets/heroes/my-article.svg"; check the spelling, or add the picture to src/assets/.`,
      );
    }
  }
  return problems;
}

/** Stops dev, sync and build early when content points at a missing picture (Astro's own error names neither file nor field). */
export function contentPreflight(): AstroIntegration {
  return {
    name: 'massage-strong:content-preflight',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = findMissingImages(fileURLToPath(config.root));
        if (problems.length > 0) {
          throw new Error(`Missing images in content (the build stops until they are fixed):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
        }
      },
    },
  };
}
