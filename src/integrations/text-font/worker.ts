/**
 * Cuts one face of the text font (see ./text-font.ts) on a thread of its own. HarfBuzz and the WOFF2 encoder keep
 * over 100 MB of WebAssembly memory for as long as their thread lives; this thread ends once the face is written,
 * so that memory does not stay in the build until its end.
 */
import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import subsetFont from 'subset-font';

export interface FontCut {
  source: Uint8Array;
  text: string;
  file: string;
  options: Parameters<typeof subsetFont>[2];
}

const { source, text, file, options } = workerData as FontCut;
writeFileSync(file, await subsetFont(Buffer.from(source), text, options));
