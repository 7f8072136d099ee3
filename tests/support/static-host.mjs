// A plain static server that behaves as GitHub Pages does: no response headers of its own (so no _headers, no
// _redirects), "/a" and "/a.html" both serve a.html (before a folder "a/"), "/dir" moves to "/dir/" (301), "/a/" is not found, and a
// missing file gets 404.html with status 404. The host-runtime browser tests serve dist/ with it.
// Usage: node tests/support/static-host.mjs <dir> <port>
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

const isFile = (file) => existsSync(file) && statSync(file).isFile();
const isDir = (file) => existsSync(file) && statSync(file).isDirectory();

/** What GitHub Pages answers for a path: a file with its status, or a redirect. */
export function resolvePath(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  const full = resolve(root, `.${path}`);
  if (full !== root && !full.startsWith(root + sep)) return { status: 404 };
  if (path.endsWith('/'))
    return isFile(join(full, 'index.html')) ? { status: 200, file: join(full, 'index.html') } : { status: 404 };
  if (isFile(full)) return { status: 200, file: full };
  if (isFile(`${full}.html`)) return { status: 200, file: `${full}.html` };
  if (isDir(full)) return { status: 301, location: `${pathname}/` };
  return { status: 404 };
}

export function serveStatic(root, port) {
  const dir = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found = resolvePath(dir, url.pathname);
    if (found.status === 301) {
      response.writeHead(301, { location: found.location + url.search });
      response.end();
      return;
    }
    const file = found.file ?? (isFile(join(dir, '404.html')) ? join(dir, '404.html') : undefined);
    const body = file ? readFileSync(file) : Buffer.from('Not found\n');
    response.writeHead(found.status === 200 ? 200 : found.status, {
      'content-type': (file && TYPES[extname(file)]) ?? 'application/octet-stream',
      'content-length': body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4325'] = process.argv.slice(2);
  if (!isFile(join(dir, 'index.html'))) {
    console.error(`static-host: no ${dir}/index.html. Run \`npm run build\` before the host tests.`);
    process.exit(1);
  }
  await serveStatic(dir, Number(port));
  console.log(`static-host: serving ${dir} on http://127.0.0.1:${port} with no headers (as GitHub Pages)`);
}
