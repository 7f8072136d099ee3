// Serves a built site the way its hosts do (GitHub Pages, Netlify, Cloudflare Pages): "/a" finds a.html, text is
// gzipped, a missing page gets 404.html. `astro preview` sends everything uncompressed, which no host does, so
// Lighthouse would time bytes that never cross the wire.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.webmanifest', '.xml', '.txt', '.svg']);

/** The file in dir that serves a URL path, or undefined. */
function fileFor(dir, pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, `${path}.html`, join(path, 'index.html')];
  return candidates.map((candidate) => join(dir, candidate)).find((file) => existsSync(file) && statSync(file).isFile());
}

/** Starts serving dir on port; resolves with the server once it listens. */
export function serveDist(dir, port) {
  const server = createServer((request, response) => {
    const found = fileFor(dir, new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = found ?? join(dir, '404.html');
    let body = readFileSync(file);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(found ? 200 : 404, { ...headers, 'content-length': body.length });
    response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
