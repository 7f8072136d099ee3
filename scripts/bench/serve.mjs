// Serves a built site the way its hosts do (GitHub Pages, Netlify, Cloudflare Pages): over HTTP/2 with TLS, one
// connection per origin; "/a" finds a.html, text is gzipped, a missing page gets 404.html. `astro preview` sends
// everything uncompressed over HTTP/1.1, which no host does, so Lighthouse would time bytes and connections that
// never happen: its simulation opens a new connection (one more round trip) for each parallel HTTP/1.1 request.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, normalize, resolve } from 'node:path';
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

/** Where the benchmark's self-signed certificate lives (under .cache/, which git ignores: the key is never committed). */
const TLS_DIR = resolve(import.meta.dirname, '..', '..', '.cache', 'bench', 'tls');

/** The file in dir that serves a URL path, or undefined. */
function fileFor(dir, pathname) {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, `${path}.html`, join(path, 'index.html')];
  return candidates
    .map((candidate) => join(dir, candidate))
    .find((file) => existsSync(file) && statSync(file).isFile());
}

/** One request handler for HTTP/2 and HTTP/1.1 alike (node:http2's compatibility API has the same shape). */
function handler(dir) {
  return (request, response) => {
    const found = fileFor(dir, new URL(request.url ?? '/', 'http://localhost').pathname);
    const notFound = join(dir, '404.html');
    // A site without a 404 page (the bare yardstick) still answers a missing file, such as /favicon.ico.
    const file = found ?? (existsSync(notFound) ? notFound : undefined);
    const type = file ? extname(file) : '.txt';
    let body = file ? readFileSync(file) : Buffer.from('Not found\n');
    const headers = { 'content-type': TYPES[type] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(found ? 200 : 404, { ...headers, 'content-length': body.length });
    response.end(body);
  };
}

/**
 * The self-signed certificate for localhost, made once with openssl and reused; null when BENCH_PROTOCOL=h1 asks
 * for HTTP/1.1 or openssl is missing (then one line says what that does to the figures).
 */
function loadCertificate() {
  const [key, cert] = [join(TLS_DIR, 'key.pem'), join(TLS_DIR, 'cert.pem')];
  const slower =
    'Lighthouse models each parallel HTTP/1.1 request as a new connection, so LCP reads higher than hosts serve it';
  if (process.env.BENCH_PROTOCOL === 'h1') {
    console.log(`serving over HTTP/1.1 (BENCH_PROTOCOL=h1): ${slower}.`);
    return null;
  }
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(TLS_DIR, { recursive: true });
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '365',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) {
      const why = made.error ? 'openssl is not installed' : `openssl failed (${made.stderr.trim().split('\n').at(-1)})`;
      console.log(
        `${why}, so the site is served over plain HTTP/1.1 and the LCP figures are HTTP/1.1 figures: ${slower} (HTTP/2 over TLS, as hosts serve, needs openssl).`,
      );
      return null;
    }
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

let tls;
/** The certificate, looked for (and its absence reported) once per run. */
const certificate = () => (tls === undefined ? (tls = loadCertificate()) : tls);

/**
 * Starts serving dir on port, over HTTP/2 with TLS (HTTP/1.1 on the same port for clients without it), or plain
 * HTTP/1.1 when there is no certificate. Resolves with the origin to request and a close that ends open connections.
 */
export function serveDist(dir, port) {
  const secure = certificate();
  const server = secure
    ? createSecureServer({ ...secure, allowHTTP1: true }, handler(dir))
    : createServer(handler(dir));
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const origin = `${secure ? 'https' : 'http'}://localhost:${port}`;
  const close = () =>
    new Promise((done) => {
      server.close(() => done());
      for (const socket of sockets) socket.destroy();
    });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolveServer({ origin, close }));
  });
}
