// Serves the built exhibit (dist/) on 127.0.0.1. Addresses of the app's views fall back to
// index.html so that a shared link like /zh/event/x opens the right view.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080]
//
// Also imported by the end-to-end tests, which start it on a free port and stop it when done.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

/** Which file answers `urlPath`, or null for a missing asset (a path with a file extension). */
export async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = '/';
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return join(root, 'index.html');
  const direct = (await fileAt(candidate)) ?? (await fileAt(join(candidate, 'index.html')));
  if (direct) return direct;
  return extname(decoded) ? null : join(root, 'index.html');
}

/** Starts the server; resolves to { server, url }. Port 0 picks a free port. */
export function startServer({ dir = 'dist', port = 8080, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    try {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = await resolveFile(root, path);
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('not found');
        return;
      }
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const hashed = /-[0-9a-f]{16}\./.test(file);
      response.writeHead(200, {
        'content-type': type,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`server error: ${error.message}`);
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://${host}:${actual}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const dir = arg('dir', 'dist');
  if (!(await fileAt(join(resolve(dir), 'index.html')))) {
    console.error(`No ${dir}/index.html: build the exhibit first (bash scripts/run.sh does).`);
    process.exit(1);
  }
  try {
    const { url } = await startServer({ dir, port: Number(arg('port', '8080')) });
    console.log(`The exhibit is served at ${url}/  (Ctrl+C stops it)`);
  } catch (error) {
    console.error(`Cannot serve on port ${arg('port', '8080')}: ${error.message}. Set PORT to another port.`);
    process.exit(1);
  }
}
