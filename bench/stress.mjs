// Writes the benchmark's stress content: a copy of assets/ whose events are the real ones
// plus generated ones (500 in all by default), spread evenly over the exhibit's span. Each
// generated event reuses a real event's texts, category and sources under a new id and date;
// it exists only in the benchmark's own build and is never shipped.
//
//   node bench/stress.mjs <out-dir> [events]
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? 'target/bench/stress-assets';
const wanted = Number(process.argv[3] ?? 500);
const ERAS = [['beginnings', 1986, 1994], ['friendship', 1995, 2006], ['growth', 2007, 2016], ['anniversary', 2017, 2026]];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const part of ['content', 'pictures']) cpSync(join('assets', part), join(out, part), { recursive: true });
mkdirSync(join(out, 'fonts'), { recursive: true });
cpSync('assets/fonts/coverage.txt', join(out, 'fonts', 'coverage.txt'));

const folder = join(out, 'content', 'events');
const real = readdirSync(folder).filter((name) => name.endsWith('.toml')).sort();
const extra = Math.max(0, wanted - real.length);
const first = Date.UTC(1986, 0, 1);
const last = Date.UTC(2026, 11, 31);
for (let i = 0; i < extra; i += 1) {
  const model = readFileSync(join(folder, real[i % real.length]), 'utf8');
  const day = new Date(first + ((last - first) * (i + 0.5)) / extra);
  const year = day.getUTCFullYear();
  const date = day.toISOString().slice(0, 10);
  const era = ERAS.find(([, from, to]) => year >= from && year <= to)[0];
  const id = `stress-${String(i + 1).padStart(3, '0')}`;
  const text = model
    .replace(/^id = .*$/m, `id = "${id}"`)
    .replace(/^date = .*$/m, `date = "${date}"`)
    .replace(/^era = .*$/m, `era = "${era}"`)
    .replace(/^links = .*\n/m, '')
    // The copies are no highlights: the curators' few stay the only ones.
    .replace(/^highlight = .*\n/m, '');
  // The model's confidence and its note stay: they are about its sources, which come along
  // (the content check holds an event on its issuer's word alone to a note).
  writeFileSync(join(folder, `${date}-${id}.toml`), text);
}
console.log(`stress content: ${real.length + extra} events in ${out}`);
