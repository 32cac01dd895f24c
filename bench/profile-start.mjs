// A CPU profile of one start of a page (no slowdown, so the sampler sees more): the functions
// with the most time of their own and with the most time inside them (wasm functions are
// named only in a build that keeps its name section). A tool for working on start-up.
//
// With --taps N, the profile covers N taps on markers instead (as the benchmark taps them, each
// until its card is painted), started once the page is usable.
//
//   node bench/profile-start.mjs [--path /de] [--top 40] [--taps 50] dist
import { startServer } from '../scripts/serve.mjs';
import { commandLine, launch } from './tool.mjs';

const { option, rest } = commandLine();
const PATH = option('path', '/de');
const TOP = Number(option('top', '40'));
const TAPS = Number(option('taps', '0'));
const [dist] = rest;

const browser = await launch();
const { server, url } = await startServer({ dir: dist, port: 0 });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const usable = () => page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 60000 });
if (TAPS > 0) {
  await page.goto(`${url}${PATH}`);
  await usable();
  await page.waitForTimeout(1000);
  await cdp.send('Profiler.start');
  const times = await page.evaluate(async (count) => {
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const ids = [...document.querySelectorAll('.timeline-track .marker')].map((m) => m.dataset.eventId);
    const times = [];
    for (let i = 0; i < count; i += 1) {
      const id = ids[(i * 7) % ids.length];
      const start = performance.now();
      document.querySelector(`.timeline-track .marker[data-event-id="${id}"]`)?.click();
      while (!document.querySelector(`.event-card[data-event-id="${id}"]`)) await new Promise((r) => setTimeout(r, 0));
      await painted();
      times.push(performance.now() - start);
      await painted();
    }
    return times;
  }, TAPS);
  times.sort((a, b) => a - b);
  console.log(`${TAPS} taps: p50 ${times[Math.floor(TAPS / 2)].toFixed(1)} ms, p95 ${times[Math.ceil(TAPS * 0.95) - 1].toFixed(1)} ms (with the profiler on)`);
} else {
  await cdp.send('Profiler.start');
  await page.goto(`${url}${PATH}`);
  await usable();
  await page.waitForTimeout(500);
}
const { profile } = await cdp.send('Profiler.stop');
await context.close();
await browser.close();
server.close();

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const total = new Map();
const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'program'})`;
for (let i = 0; i < profile.samples.length; i += 1) {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  let id = profile.samples[i];
  const leaf = nodes.get(id);
  self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
  const seen = new Set();
  while (id != null) {
    const key = name(nodes.get(id));
    if (!seen.has(key)) { total.set(key, (total.get(key) ?? 0) + dt); seen.add(key); }
    id = parent.get(id);
  }
}
const show = (map, title) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k.slice(0, 150)}`);
};
show(self, 'self time');
show(total, 'total time (inclusive)');
