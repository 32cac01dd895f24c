// The build's last step: a gzip and a brotli copy beside every text file and the wasm, so a
// web server or CDN can send them as they are (nginx gzip_static/brotli_static, Caddy
// precompressed) and no server compresses on the fly.
//
//   node scripts/compress.mjs [dist]
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { walk } from './files.mjs';
import { extname } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.bin', '.svg', '.json', '.xml', '.webmanifest', '.txt']);

let files = 0;
let raw = 0;
let brotli = 0;
for (const path of walk(dir)) {
  if (!COMPRESSIBLE.has(extname(path))) continue;
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${path}.br`, br);
  files += 1;
  raw += body.length;
  brotli += br.length;
}
console.log(`compress: ${files} files, ${raw} bytes, ${brotli} bytes as brotli (.gz and .br beside each)`);
