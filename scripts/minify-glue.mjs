// A build step (scripts/build.sh, right after Trunk): minifies wasm-bindgen's JavaScript glue
// with terser, which Trunk's own minifier refuses ("RequiredTokenNotFound"), and writes the
// new integrity hash into index.html, whose preload link would otherwise refuse the file.
//
//   node scripts/minify-glue.mjs [dist]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] ?? 'dist';
const index = join(dir, 'index.html');
let html = readFileSync(index, 'utf8');
// Trunk's glue: name-<hash>.js beside name-<hash>_bg.wasm.
const files = readdirSync(dir);
const glue = files.filter((file) => file.endsWith('.js') && files.includes(file.replace(/\.js$/, '_bg.wasm')));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one wasm-bindgen glue file in ${dir}, found ${glue.length}`);
  process.exit(1);
}
const path = join(dir, glue[0]);
const source = readFileSync(path, 'utf8');
const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const before = integrity(source);
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
writeFileSync(path, code);
const uses = html.split(before).length - 1;
if (!html.includes(glue[0]) || (html.includes('integrity=') && uses === 0)) {
  console.error(`minify-glue: ${index} does not name ${glue[0]} with its integrity hash`);
  process.exit(1);
}
html = html.replaceAll(before, integrity(code));
writeFileSync(index, html);
console.log(`minify-glue: ${glue[0]} ${source.length} -> ${code.length} bytes`);
