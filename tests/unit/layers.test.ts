// The layers the folders promise: the build never imports test tooling, src/lib stays pure, only the server layer
// reads collections, nothing imports in a circle, no two files share a bare name, and every repo path a comment or
// string names exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  importsOf,
  reachableEdges,
  root,
  sourceFiles,
  withoutComments,
} from '../support/import-graph.ts';

const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('layers', () => {
  it('the build imports nothing from tools/ or tests/', () => {
    const entries = [
      'astro.config.mjs',
      'src/content.config.ts',
      // Routes the integrations inject (by URL, not by import).
      'src/integrations/social-cards/route.ts',
      ...sourceFiles('src/pages', 'src/content'),
    ];
    const edges = reachableEdges(entries);
    expect(edges.length).toBeGreaterThan(100);
    const wrong = edges
      .filter((edge) => edge.to && /^(tools|tests)\//.test(edge.to))
      .map((edge) => `${edge.from} imports ${edge.specifier}`);
    expect(wrong, 'the build must not import test-only code: move what it needs into src/').toEqual([]);
  });

  it('src/lib is pure: no file system, no astro:*, no environment, no server or integration code', () => {
    const files = sourceFiles('src/lib');
    expect(files.length).toBeGreaterThan(30);
    const problems = files.flatMap((file) => {
      const code = withoutComments(read(file));
      return [
        ...importsOf(file).flatMap((edge) => {
          if (/^(node:)?fs(\/|$)/.test(edge.specifier)) return [`${file} imports ${edge.specifier}`];
          if (edge.specifier.startsWith('astro:')) return [`${file} imports ${edge.specifier}`];
          if (edge.to && /^src\/(server|integrations)\//.test(edge.to))
            return [`${file} imports ${edge.specifier} (src/lib must not depend on ${edge.to.split('/')[1]}/)`];
          return [];
        }),
        ...(/\bprocess\.env\b/.test(code) ? [`${file} reads process.env (pass the value in as an argument)`] : []),
        ...(/\bimport\.meta\.env\b/.test(code) ? [`${file} reads import.meta.env (pass the value in)`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('only src/server/collections.ts reads the content collections', () => {
    const calls = sourceFiles('src')
      .filter((file) => file !== 'src/server/collections.ts' && !file.startsWith('src/content/'))
      .flatMap((file) =>
        withoutComments(read(file))
          .split('\n')
          .flatMap((line, index) =>
            /\b(getCollection|getEntry|getEntries|getLiveCollection|getLiveEntry)\(/.test(line)
              ? [`${file}:${index + 1}: ${line.trim()}`]
              : [],
          ),
      );
    expect(calls, 'read collections through a function in src/server/collections.ts').toEqual([]);
  });

  it('no state on globalThis', () => {
    const uses = sourceFiles('src')
      .filter((file) => !file.startsWith('src/content/'))
      .filter((file) => /\bglobalThis\b|\bSymbol\.for\(/.test(withoutComments(read(file))));
    expect(uses, 'keep build state in its owner (an integration keeps it in the object it returns)').toEqual([]);
  });

  it('no two files in src/ or tools/ share a bare name, but route files and folder entries', () => {
    // Astro names routes by their place ([slug].astro, index.astro), and index.ts is a folder's one entry; any other
    // file's name says what it holds, so a search by name finds one file.
    const conventional = /^(index\.(ts|astro)|\[[^\]]+\]\.astro)$/;
    const byName = new Map<string, string[]>();
    for (const file of sourceFiles('src', 'tools').filter((each) => !each.startsWith('src/content/'))) {
      const name = file.split('/').pop()!;
      if (!conventional.test(name)) byName.set(name, [...(byName.get(name) ?? []), file]);
    }
    const shared = [...byName.values()].filter((files) => files.length > 1).map((files) => files.join(' and '));
    expect(shared, 'rename each so its name says what it holds (booking-settings.ts, not settings-schema.ts)').toEqual(
      [],
    );
  });

  it('no import cycles', () => {
    const files = ['astro.config.mjs', ...sourceFiles('src', 'tools', 'scripts', 'tests')];
    expect(importCycles(files)).toEqual([]);
  });
});

describe('repo paths named under src/, tools/ and scripts/', () => {
  /** A repo path in a comment or string: from a top-level folder, up to a space, quote or bracket. */
  const PATH = /(?<![\w./-])(?:src|tests|tools|scripts|docs|public|\.github)\/[\w./@*<>[\]{}$-]*/g;
  /** Placeholders (`<id>`, `${file}`, `*`) end the part that must exist. */
  const placeholder = /[<${*]/;
  /** Block and line comments (a `//` after a colon or quote is a URL or a string). */
  const COMMENT = /\/\*[\s\S]*?\*\/|(?:^|[^:'"`\w])\/\/.*$/gm;
  /** A path given as an example ("for example src/content/articles/x.mdx") need not exist. */
  const EXAMPLE = /(?:for example|e\.g\.)\s*$/;

  /**
   * The paths a file names: in src/, in comments and strings; in tools/ and scripts/, in comments only, since
   * their strings also name the files of the temporary sites and fixtures they write.
   */
  const namedPaths = (file: string): string[] => {
    const text = read(file);
    const parts = file.startsWith('src/') ? [text] : [...text.matchAll(COMMENT)].map((match) => match[0]);
    return parts.flatMap((part) =>
      [...part.matchAll(PATH)]
        .filter((match) => !EXAMPLE.test(part.slice(Math.max(0, match.index - 20), match.index)))
        .map((match) => match[0]),
    );
  };

  it('every one exists', () => {
    const files = sourceFiles('src', 'tools', 'scripts').filter((file) => !file.startsWith('src/content/'));
    expect(files.filter((file) => /^(tools|scripts)\//.test(file)).length).toBeGreaterThan(20);
    const missing = files.flatMap((file) =>
      namedPaths(file).flatMap((named) => {
        const cut = named.search(placeholder);
        let path = cut === -1 ? named : named.slice(0, named.lastIndexOf('/', cut) + 1);
        path = path.replace(/[.,:;)\]]+$/, '');
        return existsSync(join(root, path)) ? [] : [`${file}: ${named}`];
      }),
    );
    expect(missing, 'fix the path, or the comment that names it').toEqual([]);
  });
});
