// Part of the size report (scripts/report-size.sh): which pictures each view shows and their
// bytes at every size served. Read from the prerendered pages of one language (every language
// shows the same pictures). A browser fetches one size of each picture: the WebP (or, in a
// browser without WebP, the JPEG) whose width fits the picture's place on its screen.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { walk } from './files.mjs';

const dir = process.argv[2] ?? 'dist';
const lang = 'en';
const bytes = (file) => (existsSync(join(dir, file)) ? statSync(join(dir, file)).size : 0);
const number = (n) => n.toLocaleString('en');
const root = join(dir, lang);
const pages = existsSync(root) ? walk(root).filter((path) => path.endsWith('index.html')).sort() : [];

let views = 0;
let without = 0;
const lines = [];
for (const page of pages) {
  views += 1;
  const view = `/${relative(root, page).split(sep).slice(0, -1).join('/')}`;
  const html = readFileSync(page, 'utf8');
  // Every picture file a src or srcset names, with its width when it has one.
  const used = new Map();
  for (const [, value] of html.matchAll(/(?:src|srcset)="([^"]*\/pictures\/[^"]*)"/g)) {
    for (const candidate of value.split(',')) {
      const [url, width] = candidate.trim().split(/\s+/);
      // Below the base of a sub-path build (scripts/rebase.mjs), if there is one.
      const at = url.indexOf('/pictures/');
      if (at >= 0 && !url.slice(0, at).includes('//')) used.set(url.slice(at + 1), width ?? '');
    }
  }
  if (used.size === 0) {
    without += 1;
    continue;
  }
  // A photograph's files share their start (pictures/<id>-<width>-<hash>.<ext>).
  const pictures = new Map();
  for (const [file, width] of used) {
    const photo = file.match(/^pictures\/(.+)-(\d+)-[0-9a-f]{16}\.(webp|jpg)$/);
    const name = photo ? photo[1] : file.replace(/^pictures\//, '');
    const entry = pictures.get(name) ?? { webp: [], jpg: [], plain: [] };
    const list = photo ? entry[photo[3]] : entry.plain;
    // A drawing travels compressed (brotli); a photograph's formats are compressed already.
    const brotli = photo ? '' : ` (brotli ${number(bytes(`${file}.br`))})`;
    list.push(`${width ? `${width} ` : ''}${number(bytes(file))}${brotli}`);
    pictures.set(name, entry);
  }
  for (const [name, { webp, jpg, plain }] of pictures) {
    const parts = [];
    if (plain.length) parts.push(plain.join(' · '));
    if (webp.length) parts.push(`webp ${webp.join(' · ')}`);
    if (jpg.length) parts.push(`jpeg ${jpg.join(' · ')}`);
    lines.push(`  ${view.padEnd(46)} ${name}: ${parts.join('; ')}`);
  }
}
console.log(`pictures per view (bytes of each size served; the same in every language):`);
for (const line of lines) console.log(line);
console.log(`  ${views - without} of ${views} views show a picture`);
