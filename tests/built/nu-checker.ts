import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Nu HTML checker's jar, from the pinned `vnu-jar` package (its default export is the jar's path). */
const jar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * Runs the Nu HTML checker (the W3C's reference validator) once, in one JVM, over every file given, and
 * returns each file's errors (keyed by absolute path) as "line:column message" lines. Files without errors map to [].
 */
export function nuErrors(files: string[]): Map<string, string[]> {
  const result = spawnSync(
    'java',
    ['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', '--stdout', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (result.error) {
    throw new Error(
      `The Nu HTML checker needs Java 17 or newer as \`java\` on the PATH (${result.error.message}). ` +
        'Install it with `apt-get install -y default-jre-headless` (.ci/run does this on CI) and run the tests again.',
    );
  }
  if (result.status !== 0) throw new Error(`The Nu HTML checker failed (exit ${result.status}):\n${result.stderr}`);
  const errors = new Map(files.map((file) => [resolve(file), [] as string[]]));
  for (const message of (JSON.parse(result.stdout) as { messages: NuMessage[] }).messages) {
    if (message.type !== 'error' && message.type !== 'non-document-error') continue;
    const file = message.url?.startsWith('file:') ? resolve(fileURLToPath(message.url)) : (message.url ?? '?');
    const line = `${message.lastLine ?? '?'}:${message.firstColumn ?? '?'} ${message.subType === 'fatal' ? '(fatal) ' : ''}${message.message}`;
    errors.set(file, [...(errors.get(file) ?? []), line]);
  }
  return errors;
}
