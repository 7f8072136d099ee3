import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { textFontVariants } from '../../src/integrations/text-font/index.ts';

/** A project folder with the real packages and an empty cache, so the faces are cut. */
const root = mkdtempSync(join(tmpdir(), 'text-font-'));
symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
mkdirSync(join(root, '.cache'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
/** A face's file on disk: its src is relative to the project folder. */
const onDisk = (src: string) => fileURLToPath(new URL(src, pathToFileURL(`${root}/`)));

describe('textFontVariants', () => {
  it('cuts the core and the rest into .cache/fonts as WOFF2 files, the core small enough to preload', async () => {
    const [core, rest] = await textFontVariants(pathToFileURL(`${root}/`));
    for (const face of [core!, rest!]) {
      expect(face.src[0]).toMatch(/^\.\/\.cache\/fonts\/atkinson-hyperlegible-next-(core|rest)-[0-9a-f]{16}\.woff2$/);
      expect(readFileSync(onDisk(face.src[0])).subarray(0, 4).toString('latin1')).toBe('wOF2');
    }
    expect(statSync(onDisk(core!.src[0])).size).toBeLessThan(13 * 1024);
    expect(core!.unicodeRange.join()).toContain('U+0020-007E');
  });

  it('names the files relative to the project folder, so every checkout of the same code names the font alike', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'text-font-'));
    try {
      symlinkSync(join(process.cwd(), 'node_modules'), join(elsewhere, 'node_modules'));
      mkdirSync(join(elsewhere, '.cache'));
      cpSync(join(root, '.cache', 'fonts'), join(elsewhere, '.cache', 'fonts'), { recursive: true });
      expect(await textFontVariants(pathToFileURL(`${elsewhere}/`))).toEqual(
        await textFontVariants(pathToFileURL(`${root}/`)),
      );
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('reuses the cut files on the next build', async () => {
    const [first] = await textFontVariants(pathToFileURL(`${root}/`));
    const cutAt = statSync(onDisk(first!.src[0])).mtimeMs;
    const [again] = await textFontVariants(pathToFileURL(`${root}/`));
    expect(again!.src[0]).toBe(first!.src[0]);
    expect(statSync(onDisk(again!.src[0])).mtimeMs).toBe(cutAt);
  });
});
