import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { textFontVariants } from '../../src/integrations/text-font/index.ts';

/** A project folder with the real packages and an empty cache, so the faces are cut (on their own threads). */
const root = mkdtempSync(join(tmpdir(), 'text-font-'));
symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
mkdirSync(join(root, '.cache'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('textFontVariants', () => {
  it('cuts the core and the rest into .cache/fonts as WOFF2 files, the core small enough to preload', async () => {
    const [core, rest] = await textFontVariants(pathToFileURL(`${root}/`));
    for (const face of [core!, rest!]) {
      expect(face.src[0]).toContain(join(root, '.cache', 'fonts'));
      expect(readFileSync(face.src[0]).subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
    expect(statSync(core!.src[0]).size).toBeLessThan(13 * 1024);
    expect(core!.unicodeRange.join()).toContain('U+0020-007E');
  });

  it('reuses the cut files on the next build', async () => {
    const [first] = await textFontVariants(pathToFileURL(`${root}/`));
    const cutAt = statSync(first!.src[0]).mtimeMs;
    const [again] = await textFontVariants(pathToFileURL(`${root}/`));
    expect(again!.src[0]).toBe(first!.src[0]);
    expect(statSync(again!.src[0]).mtimeMs).toBe(cutAt);
  });
});
