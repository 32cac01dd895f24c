// One start of a page under the benchmark's slow profile (4x CPU, 9 Mbit/s, 60 ms), traced:
// the main thread's long tasks with what they spent their time on, and when each file arrived.
// A tool for working on start-up (not part of the tests or of bench.mjs).
//
//   node bench/trace-start.mjs [--path /de] [--out trace.json] dist
import { writeFileSync } from 'node:fs';
import { startServer } from '../scripts/serve.mjs';
import { commandLine, launch } from './tool.mjs';

const { option, rest } = commandLine();
const PATH = option('path', '/de');
const OUT = option('out', null);
const [dist] = rest;

const browser = await launch();
const { server, url } = await startServer({ dir: dist, port: 0 });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 60, downloadThroughput: 9e6 / 8, uploadThroughput: 9e6 / 8 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline', 'loading'] });
await page.goto(`${url}${PATH}`, { waitUntil: 'commit' });
await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 60000 });
await page.waitForTimeout(300);
const marks = await page.evaluate(() => ({
  origin: performance.timeOrigin,
  fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  interactive: performance.getEntriesByName('exhibit-interactive')[0].startTime,
  files: performance.getEntriesByType('resource').map((r) => [new URL(r.name).pathname.replace(/-[0-9a-f]{16}/, ''), Math.round(r.startTime), Math.round(r.responseEnd)]),
}));
const trace = JSON.parse((await browser.stopTracing()).toString());
if (OUT) writeFileSync(OUT, JSON.stringify(trace));
await context.close();
await browser.close();
server.close();

const events = trace.traceEvents;
// The renderer's main thread: the one that ran the page's user timing marks.
const mark = events.find((e) => e.name === 'exhibit-interactive');
const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid);
const nav = events.find((e) => e.name === 'navigationStart' && e.pid === mark.pid) ?? main[0];
const zero = nav.ts;
const at = (ts) => Math.round((ts - zero) / 1000);
console.log(`fcp ${Math.round(marks.fcp)} ms, usable ${Math.round(marks.interactive)} ms`);
for (const [file, start, end] of marks.files) console.log(`  ${file}: ${start}–${end}`);
const tasks = main.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 8000);
for (const task of tasks) {
  const inside = main.filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const by = new Map();
  for (const e of inside) {
    const key = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()}` : e.name;
    by.set(key, (by.get(key) ?? 0) + e.dur);
  }
  const top = [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([k, d]) => `${k} ${Math.round(d / 1000)}`).join(', ');
  console.log(`${at(task.ts)}–${at(task.ts + task.dur)} (${Math.round(task.dur / 1000)} ms): ${top}`);
}
