// Serves the built exhibit (dist/) on 127.0.0.1, as the README's server configuration does:
// the prerendered page of each view (dist/zh/event/x/index.html), the plain shell app.html
// with status 404 for any other address (the app shows its not-found view), the brotli or
// gzip copy when the browser takes it, and the security headers.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--base /ausstellung/nanjing/]
//
// --base serves a build made for that sub-path (EXHIBIT_ORIGIN with a path, scripts/build.sh)
// there, and nothing outside it.
//
// Also imported by the end-to-end tests, which start it on a free port and stop it when done.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, posix, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFrameAncestors } from './embed-origins.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
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

/** The security headers every answer carries: the Content-Security-Policy of the build's own
 * index.html (its meta tag, the one place the policy is written), plus what only a header
 * can say (frame-ancestors: none, or for the embeds, the websites the build allows in
 * embed-origins.conf). */
export function securityHeaders(root, { embed = false } = {}) {
  const page = readFileSync(join(root, 'index.html'), 'utf8');
  const meta = page.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i)?.[0];
  const policy = meta?.match(/content="([^"]*)"/)?.[1];
  if (!policy) throw new Error(`${root}/index.html has no Content-Security-Policy meta tag`);
  return {
    'content-security-policy': `${policy}; frame-ancestors ${embed ? readFrameAncestors(root) : "'none'"}`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/** The path a request names once percent-decoded and its dot segments resolved
 * (`/embed/..%2Fde` is `/de`): what decides the file and the headers alike. */
export function logicalPath(urlPath) {
  try {
    return posix.normalize(decodeURIComponent(urlPath));
  } catch {
    return '/';
  }
}

/** Which file answers `urlPath` and with which status; null for a missing asset (a path with a
 * file extension). */
export async function resolveFile(root, urlPath) {
  const decoded = logicalPath(urlPath);
  const candidate = normalize(join(root, decoded));
  // An embed's address that names no chart or event gets the embeds' own copy of the shell
  // (framed, it says what is missing); anything else the plain one.
  const embedShell = decoded.startsWith('/embed/') && (await fileAt(join(root, 'embed', 'app.html')));
  const shell = { file: embedShell || join(root, 'app.html'), status: 404 };
  if (candidate !== root && !candidate.startsWith(root + sep)) return shell;
  const direct = (await fileAt(candidate)) ?? (await fileAt(join(candidate, 'index.html')));
  if (direct) return { file: direct, status: 200 };
  return extname(decoded) ? null : shell;
}

/** The precompressed copy of `file` the browser accepts, if the build wrote one. */
async function encodedCopy(file, accepted) {
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accepted.includes(encoding) && (await fileAt(file + suffix))) return { encoding, path: file + suffix };
  }
  return null;
}

/** Starts the server; resolves to { server, url }. Port 0 picks a free port. */
export function startServer({ dir = 'dist', port = 8080, host = '127.0.0.1', base = '/' } = {}) {
  const root = resolve(dir);
  const prefix = `/${base.split('/').filter(Boolean).join('/')}`.replace(/^\/$/, '');
  const security = securityHeaders(root);
  // Read once: a change to the allowed websites takes a new build (or a restart).
  const embedSecurity = securityHeaders(root, { embed: true });
  const server = createServer(async (request, response) => {
    try {
      const full = new URL(request.url ?? '/', 'http://localhost').pathname;
      const inside = full === prefix || full.startsWith(`${prefix}/`);
      const path = inside ? full.slice(prefix.length) || '/' : null;
      const found = path === null ? null : await resolveFile(root, path);
      // Only the embeds may be framed, and only by the websites the build names.
      const headers = path !== null && logicalPath(path).startsWith('/embed/') ? embedSecurity : security;
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...headers });
        response.end('not found');
        return;
      }
      const { file, status } = found;
      const encoded = await encodedCopy(file, String(request.headers['accept-encoding'] ?? ''));
      const body = await readFile(encoded?.path ?? file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Hashed names (Trunk's name-0123456789abcdef.ext, the prerenderer's start-….js and content-….bin) never change content: cached for good.
      const hashed = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/.test(file);
      response.writeHead(status, {
        'content-type': type,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        vary: 'accept-encoding',
        ...(encoded ? { 'content-encoding': encoded.encoding } : {}),
        ...headers,
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
    const base = arg('base', '/');
    const { url } = await startServer({ dir, port: Number(arg('port', '8080')), base });
    console.log(`The exhibit is served at ${url}${base.replace(/\/?$/, '/')}  (Ctrl+C stops it)`);
  } catch (error) {
    console.error(`Cannot serve on port ${arg('port', '8080')}: ${error.message}. Set PORT to another port.`);
    process.exit(1);
  }
}
