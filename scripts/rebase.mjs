// A build step (scripts/build.sh, after the prerenderer and the pictures, before the service
// worker and the compressed copies): moves a build from its origin's root to a sub-path such
// as /ausstellung/nanjing/, for a server that serves the exhibit there. Every root-relative
// address in the pages (href, src, srcset; the start script's files; the stylesheets' url();
// the manifest's start, scope and icons) gains the base, and every page names it in
// <meta name="exhibit-base">, where the app reads it (src/base.rs). A base of "/" changes nothing.
//
//   node scripts/rebase.mjs dist /ausstellung/nanjing/
//   node scripts/rebase.mjs dist https://example.org/ausstellung/nanjing/
//
// Given a whole address, the public address the build names (the sitemap, robots.txt, each
// page's canonical and language links) becomes that one too; scripts/build.sh gives the
// prerenderer the right one at once and passes the path only.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { walk } from './files.mjs';

const [dir = 'dist', target = '/'] = process.argv.slice(2);
const address = /^https?:/.test(target) ? new URL(target) : null;
const wanted = address ? address.pathname : target;
const base = `/${wanted.split('/').filter(Boolean).join('/')}`.replace(/^\/$/, '');
// The public address the build names now (robots.txt: "Sitemap: <address>/sitemap.xml").
const named = readFileSync(`${dir}/robots.txt`, 'utf8').match(/^Sitemap: (.*)\/sitemap\.xml$/m)?.[1];
const origin = address ? `${address.origin}${base}` : named;
const renamed = (text) => (named && origin !== named ? text.split(named).join(origin) : text);
if (!base && origin === named) process.exit(0);
if (base && !/^(\/[A-Za-z0-9._~-]+)+$/.test(base)) throw new Error(`rebase: not a plain path: ${wanted}`);

// "/x" (not "//host") gains the base.
const moved = (path) => (path.startsWith('/') && !path.startsWith('//') ? `${base}${path}` : path);
const rewrite = {
  '.html': (html) =>
    html
      .replace(/(<meta charset="?utf-8"?\s*\/?>)/i, base ? `$1<meta name="exhibit-base" content="${base}">` : '$1')
      .replace(/\b(href|src)=("?)(\/(?!\/))/g, `$1=$2${base}$3`)
      .replace(/\bsrcset="([^"]*)"/g, (_, list) => `srcset="${list.replace(/(^|,\s*)(\/(?!\/))/g, `$1${base}$2`)}"`)
      .split(named ?? '\0')
      .join(origin ?? named ?? '\0'),
  '.xml': renamed,
  '.txt': renamed,
  '.css': (css) => css.replace(/url\((["']?)(\/(?!\/))/g, `url($1${base}$2`),
  '.webmanifest': (text) => {
    const manifest = JSON.parse(text);
    for (const key of ['start_url', 'scope', 'id']) if (manifest[key]) manifest[key] = moved(manifest[key]);
    for (const icon of manifest.icons ?? []) icon.src = moved(icon.src);
    return `${JSON.stringify(manifest, null, 2)}\n`;
  },
  // The start script (written by the prerenderer) names Trunk's glue, the wasm and the content file.
  '.js': (code, file) => (/^start-[0-9a-f]+\.js$/.test(basename(file)) ? code.replace(/(["'`])(\/(?=[\w.-]))/g, `$1${base}$2`) : code),
};
// Files first, then the pages: a changed stylesheet or script gets its new Subresource
// Integrity hash in every page that names it.
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const integrity = new Map();
let changed = 0;
const files = walk(dir).sort((a, b) => (extname(a) === '.html') - (extname(b) === '.html'));
for (const file of files) {
  const step = rewrite[extname(file)];
  if (!step) continue;
  const before = readFileSync(file, 'utf8');
  let after = step(before, file);
  if (extname(file) === '.html') {
    after = after.replace(/sha384-[A-Za-z0-9+/=]+/g, (hash) => integrity.get(hash) ?? hash);
  } else if (after !== before) {
    integrity.set(sri(before), sri(after));
  }
  if (after !== before) {
    writeFileSync(file, after);
    changed += 1;
  }
}
if (base && !readFileSync(`${dir}/index.html`, 'utf8').includes('name="exhibit-base"')) throw new Error('rebase: index.html has no <meta charset>');
console.log(`rebase: ${changed} files moved to ${base}/`);
