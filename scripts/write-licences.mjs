// A build step (scripts/build.sh): writes licenses/fonts.txt (the fonts' SIL Open Font
// License, kept in assets/licenses/) and licenses/crates.txt, the notices of every crate
// compiled into the WebAssembly, into the build folder.
//
// The crate list comes from `cargo metadata` (offline, from Cargo.lock and the crates already
// downloaded for the build) rather than cargo-about: nothing more to compile on a 2-core
// machine, and the notices are the crates' own licence files, copied as they ship.
// What goes into the wasm: the app's normal dependencies on wasm32, not its build or dev
// dependencies, and not proc-macros (they run in the compiler) or what only they use.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const metadata = JSON.parse(
  execFileSync(
    'cargo',
    ['metadata', '--format-version', '1', '--offline', '--locked', '--filter-platform', 'wasm32-unknown-unknown'],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  ),
);
const packages = new Map(metadata.packages.map((p) => [p.id, p]));
const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
const root = metadata.resolve.root;
const isProcMacro = (id) => packages.get(id).targets.some((t) => t.kind.includes('proc-macro'));

const inWasm = new Set();
const queue = [root];
while (queue.length) {
  const id = queue.pop();
  for (const dep of nodes.get(id).deps) {
    const normal = dep.dep_kinds.some((k) => k.kind === null);
    if (!normal || isProcMacro(dep.pkg) || inWasm.has(dep.pkg)) continue;
    inWasm.add(dep.pkg);
    queue.push(dep.pkg);
  }
}

const crates = [...inWasm].map((id) => packages.get(id)).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
const noticeFile = /^(licen[cs]e|copying|notice|copyright)/i;
let out = `Program libraries in the exhibit "Nanjing – Stuttgart"\n${'='.repeat(56)}\n\n`;
out += `The WebAssembly program contains these ${crates.length} Rust crates (from crates.io), each under\n`;
out += 'its own licence; each entry gives the licence its authors declare and the licence files the\n';
out += 'crate ships, as it ships them. Generated from Cargo.lock by scripts/write-licences.mjs.\n\n';
for (const crate of crates) {
  out += `${'-'.repeat(72)}\n${crate.name} ${crate.version}\n`;
  out += `Licence: ${crate.license ?? crate.license_file ?? 'not declared'}\n`;
  if (crate.authors.length) out += `Authors: ${crate.authors.join(', ')}\n`;
  if (crate.repository) out += `Source: ${crate.repository}\n`;
  const folder = dirname(crate.manifest_path);
  const files = readdirSync(folder).filter((name) => noticeFile.test(name)).sort();
  for (const name of files) {
    let text;
    try {
      text = readFileSync(join(folder, name), 'utf8');
    } catch {
      continue; // a folder named LICENSES, say
    }
    out += `\n--- ${name} ---\n${text.trimEnd()}\n`;
  }
  if (!files.length) out += '(the crate ships no licence file; its declared licence applies)\n';
  out += '\n';
}
mkdirSync(join(dir, 'licenses'), { recursive: true });
writeFileSync(join(dir, 'licenses', 'crates.txt'), out);
copyFileSync('assets/licenses/fonts.txt', join(dir, 'licenses', 'fonts.txt'));
console.log(`licences: ${crates.length} crates and the fonts' OFL in ${dir}/licenses/`);
