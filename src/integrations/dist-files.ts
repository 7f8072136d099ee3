/** Lists a built site's files for the integrations that read dist/ after the build. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under dir, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length)
        .replace(/^[\\/]+/, '')
        .replaceAll('\\', '/'),
    )
    .sort();
}
