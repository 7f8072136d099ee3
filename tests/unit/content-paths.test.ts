// Where content lives is written once, in src/lib/content/layout.ts: code elsewhere asks it (folderOf, listFile,
// entryPlace) instead of spelling out a folder or a list file, so moving one is a one-line change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourceFiles, withoutComments } from '../support/import-graph.ts';

/** A quoted path into src/content/ in code (comments and messages that merely mention one are fine). */
const LITERAL_PATH = /['"`]src\/content\/[a-z]/;

describe('content paths come from src/lib/content/layout.ts', () => {
  it('no other code writes a content folder or list file', () => {
    const files = sourceFiles('src', 'tools', 'scripts').filter(
      (file) => file !== 'src/lib/content/layout.ts' && !file.startsWith('src/content/'),
    );
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      withoutComments(readFileSync(join(root, file), 'utf8'))
        .split('\n')
        .filter((line) => LITERAL_PATH.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found, 'ask src/lib/content/layout.ts (folderOf, listFile, entryPlace) instead').toEqual([]);
  });
});
