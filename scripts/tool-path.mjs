// Finds a file inside an installed package the way Node looks for packages: in node_modules here or in
// any parent folder (so a checkout nested inside another project works), without relying on "exports".
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** @param {string} pkg @param {string} file @param {string} [from] */
export function toolPath(pkg, file, from = process.cwd()) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', pkg, file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`Cannot find ${pkg}/${file}: run npm install first.`);
  }
}
