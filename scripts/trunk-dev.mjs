// Part of Trunk's post_build hook (scripts/trunk-hook.sh), for `trunk serve` and a plain
// `trunk build`: the page's security policy refuses inline scripts, so Trunk's live-reload
// script (which Trunk appends inline to the body) moves into a file of its own, with the
// address Trunk would fill in at serve time written as the page's own host. Also writes a
// service worker that keeps nothing (a developer sees every change at once) and removes itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const base = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!dir) throw new Error('trunk-dev.mjs: no build folder (TRUNK_STAGING_DIR)');
const index = join(dir, 'index.html');
let html = readFileSync(index, 'utf8');
const reload = [...html.matchAll(/<script(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g)].find(([, code]) =>
  code.includes('.well-known/trunk/ws'),
);
if (reload) {
  const code = reload[1]
    .replace(/'\{\{__TRUNK_ADDRESS__\}\}'|`\{\{__TRUNK_ADDRESS__\}\}`|"\{\{__TRUNK_ADDRESS__\}\}"/g, 'window.location.host')
    .replace(/\{\{__TRUNK_WS_BASE__\}\}/g, base);
  writeFileSync(join(dir, 'trunk-reload.js'), code);
  html = html.replace(reload[0], `<script src="${base}trunk-reload.js"></script>`);
  writeFileSync(index, html);
}
writeFileSync(
  join(dir, 'sw.js'),
  `// Written by scripts/trunk-dev.mjs for \`trunk serve\`: keeps nothing, so every change shows at once.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name))))
    .then(() => self.registration.unregister()));
});
`,
);
console.log(`trunk-dev: ${reload ? 'live reload in trunk-reload.js, ' : ''}a service worker that keeps nothing`);
