// The first page alone, for comparing builds while working on it (not part of the tests or of
// bench.mjs): each page's HTML bytes (raw and brotli), then fresh starts of /de under the
// benchmark's slow profile (4x CPU, 9 Mbit/s, 60 ms), each with its first contentful paint,
// the frame the timeline is painted in, the moment the app is usable, and when each file
// arrived. Builds given together are measured in turns (A, B, A, B, …), so load on the
// machine falls on all of them alike.
//
//   node bench/first-page.mjs [--runs 6] [--path /de] [--size 1920x1080] dist-a dist-b …
import { existsSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';
import { commandLine, launch } from './tool.mjs';

const { option, rest } = commandLine();
const RUNS = Number(option('runs', '6'));
const PATH = option('path', '/de');
const [WIDTH, HEIGHT] = option('size', '1920x1080').split('x').map(Number);
const dists = rest;

const PAGES = ['de', 'zh', 'de/event/amb-china-2011', 'de/charts'];

const INIT = () => {
  const watch = () => {
    if (document.querySelector('.timeline-track .marker')) {
      requestAnimationFrame((t) => { window.__timelinePainted = t; });
    } else {
      requestAnimationFrame(watch);
    }
  };
  requestAnimationFrame(watch);
};

function pageBytes(dist) {
  const out = {};
  for (const page of PAGES) {
    const file = `${dist}/${page}/index.html`;
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    const br = existsSync(`${file}.br`) ? statSync(`${file}.br`).size : brotliCompressSync(body).length;
    out[page] = { raw: body.length, brotli: br };
  }
  return out;
}

async function oneStart(browser, url) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: 'de-DE', serviceWorkers: 'block' });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 60, downloadThroughput: 9_000_000 / 8, uploadThroughput: 9_000_000 / 8,
  });
  await page.goto(`${url}${PATH}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(300);
  const times = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const files = performance.getEntriesByType('resource').map((r) => ({
      file: new URL(r.name).pathname.replace(/-[0-9a-f]{16}/, ''),
      start: Math.round(r.startTime),
      end: Math.round(r.responseEnd),
      bytes: r.transferSize,
    }));
    return {
      html: Math.round(nav.responseEnd),
      dcl: Math.round(nav.domContentLoadedEventEnd),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      timeline: window.__timelinePainted ?? null,
      interactive: performance.getEntriesByName('exhibit-interactive')[0].startTime,
      files,
    };
  });
  await context.close();
  return { ...times, warnings };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const spread = (values) => `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;

const browser = await launch();
const servers = await Promise.all(dists.map((dir) => startServer({ dir, port: 0 })));
const runs = dists.map(() => []);
for (let run = 0; run < RUNS; run += 1) {
  for (const [i, { url }] of servers.entries()) runs[i].push(await oneStart(browser, url));
}
for (const [i, dist] of dists.entries()) {
  const r = runs[i];
  console.log(`\n${dist}`);
  for (const [page, b] of Object.entries(pageBytes(dist))) console.log(`  ${page}: ${b.raw} B raw, ${b.brotli} B brotli`);
  console.log(`  ${PATH}, ${RUNS} starts, median (min–max): html ${spread(r.map((x) => x.html))}, fcp ${spread(r.map((x) => x.fcp))}, timeline ${spread(r.map((x) => x.timeline))}, dcl ${spread(r.map((x) => x.dcl))}, usable ${spread(r.map((x) => x.interactive))}`);
  const files = new Map();
  for (const x of r) for (const f of x.files) files.set(f.file, [...(files.get(f.file) ?? []), f]);
  for (const [file, list] of files) {
    console.log(`    ${file}: start ${spread(list.map((f) => f.start))}, end ${spread(list.map((f) => f.end))}, ${median(list.map((f) => f.bytes))} B`);
  }
  const warnings = [...new Set(r.flatMap((x) => x.warnings))];
  if (warnings.length) console.log(`  console: ${warnings.join(' | ')}`);
}
await browser.close();
await Promise.all(servers.map(({ server }) => new Promise((done) => server.close(done))));
