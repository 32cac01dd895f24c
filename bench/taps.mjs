// Taps and language switches alone, for comparing builds while working on them (not part of
// the tests or of bench.mjs): the benchmark's own measurement (bench.mjs `interaction`: 50 taps
// on the markers of the whole span, then five language switches, each timed from the click to
// the frame painted after the change), on fresh pages at 1920x1080. Builds given together are
// measured in turns (A, B, A, B, …), so load on the machine falls on all of them alike.
//
// With --trace, each run also records a Chromium trace of the switches (and one of the taps)
// and prints, per switch or tap, the main thread's time by kind of work and how many elements
// were restyled and layout objects laid out. With --slowest N (and --trace), the N slowest taps
// of each run are listed step by step: the main thread's work from the click to the painted
// frame, with when each began. With --settle MS the taps begin MS milliseconds after the app
// marks itself usable instead of at once (as bench.mjs does), and with --settle idle once the
// start has settled (the browser idle, a frame, idle again), to tell the cost of a fresh page
// from the cost of a tap. Every run prints its five slowest taps by their
// place in the run.
//
//   node bench/taps.mjs [--runs 3] [--taps 50] [--settle 0|MS|idle] [--trace [--slowest 3]] dist-a dist-b …
import { startServer } from '../scripts/serve.mjs';
import { commandLine, describeEvent, launch, mainThreadWork, percentile, round, traceOf } from './tool.mjs';

const { option, flag, rest } = commandLine();
const RUNS = Number(option('runs', '3'));
const TAPS = Number(option('taps', '50'));
const TRACE = flag('trace');
const SLOWEST = Number(option('slowest', '0'));
const SETTLE = option('settle', '0');
const dists = rest;

// The same helpers as bench.mjs's: the time from an action to the frame that shows its result.
const PAGE_HELPERS = () => {
  window.__until = (check) => new Promise((resolve) => {
    if (check()) { resolve(); return; }
    const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); resolve(); } });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  window.__painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__timeTo = async (act, check) => {
    const start = performance.now();
    act();
    await window.__until(check);
    await window.__painted();
    return performance.now() - start;
  };
  // The start has settled: the browser was idle, drew a frame, and was idle again.
  window.__settled = () => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestIdleCallback(() => resolve()))));
};

async function traced(browser, page, what) {
  if (!TRACE) return { result: await what(), summary: null };
  const { result, events } = await traceOf(page, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'blink.user_timing'], what);
  return { result, summary: mainThreadWork(events), events };
}

/** The main thread's work in the `count` slowest taps: each step's start after the click, its
 * kind and length (steps under 0.3 ms left out). */
function slowestTaps(events, times, count) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'))?.ts;
  const top = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.dur ?? 0) >= 300)
    .sort((a, b) => a.ts - b.ts);
  const lines = [];
  const inside = (parent, depth) => {
    if (depth > 3) return;
    let next = -Infinity;
    for (const c of top) {
      if (c === parent || c.ts < parent.ts || c.ts + c.dur > parent.ts + parent.dur || c.ts < next || c.dur < 700) continue;
      next = c.ts + c.dur;
      lines.push(`    ${'    '.repeat(depth)}${(c.dur / 1000).toFixed(1).padStart(5)} ms  ${describeEvent(c)}`);
      inside(c, depth + 1);
    }
  };
  const order = times.map((t, i) => [t, i]).sort((a, b) => b[0] - a[0]).slice(0, count);
  for (const [time, i] of order) {
    const [from, to] = [mark(`tap-${i}`), mark(`tapped-${i}`)];
    if (from == null || to == null) continue;
    lines.push(`  tap ${i}: ${time.toFixed(1)} ms`);
    let until = -Infinity;
    for (const e of top) {
      if (e.ts < from || e.ts > to || e.ts < until) continue;
      until = e.ts + e.dur;
      lines.push(`    +${((e.ts - from) / 1000).toFixed(1).padStart(5)} ms  ${(e.dur / 1000).toFixed(1).padStart(5)} ms  ${describeEvent(e)}`);
      // What a longer task did, three levels down.
      if (e.dur >= 3000) inside(e, 1);
    }
  }
  return lines.join('\n');
}

async function oneRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', serviceWorkers: 'block' });
  await context.addInitScript(PAGE_HELPERS);
  const page = await context.newPage();
  await page.goto(`${url}/de`);
  await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 60000 });
  if (SETTLE === 'idle') await page.evaluate(() => window.__settled());
  else if (Number(SETTLE) > 0) await page.waitForTimeout(Number(SETTLE));
  const taps = await traced(browser, page, () => page.evaluate(async (count) => {
    const ids = [...document.querySelectorAll('.timeline-track .marker')].map((m) => m.dataset.eventId);
    const times = [];
    for (let i = 0; i < count; i += 1) {
      const id = ids[(i * 7) % ids.length];
      const marker = document.querySelector(`.timeline-track .marker[data-event-id="${id}"]`);
      if (!marker) continue;
      performance.mark(`tap-${times.length}`);
      times.push(await window.__timeTo(() => marker.click(), () => document.querySelector(`.event-card[data-event-id="${id}"]`)));
      performance.mark(`tapped-${times.length - 1}`);
      await window.__painted();
    }
    return times;
  }, TAPS));
  const switches = await traced(browser, page, () => page.evaluate(async () => {
    const times = [];
    for (const lang of ['zh-Hans', 'en', 'de', 'zh-Hans', 'de']) {
      const link = document.querySelector(`.language-switcher a[lang="${lang}"]`);
      times.push(await window.__timeTo(() => link.click(), () => document.documentElement.lang === lang && document.querySelector('.shell').getAttribute('lang') === lang));
      await window.__painted();
    }
    return times;
  }));
  await context.close();
  return { taps, switches };
}

const per = (summary, n) => summary && Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, round(v / n)]));

const browser = await launch();
const servers = [];
for (const dist of dists) servers.push(await startServer({ dir: dist, port: 0 }));
const results = dists.map(() => []);
for (let run = 0; run < RUNS; run += 1) {
  for (const [i, dist] of dists.entries()) {
    const { taps, switches } = await oneRun(browser, servers[i].url);
    const row = {
      tapP50: round(percentile(taps.result, 50)),
      tapP95: round(percentile(taps.result, 95)),
      switchP50: round(percentile(switches.result, 50)),
      switches: switches.result.map((t) => round(t)),
      slowestTaps: taps.result.map((t, at) => [at, round(t)]).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([at, t]) => `#${at} ${t}`).join(', '),
      perTap: per(taps.summary, taps.result.length),
      perSwitch: per(switches.summary, switches.result.length),
    };
    results[i].push(row);
    console.log(JSON.stringify({ dist, run, ...row }));
    if (SLOWEST > 0 && taps.events) console.log(slowestTaps(taps.events, taps.result, SLOWEST));
  }
}
for (const server of servers) await new Promise((done) => server.server.close(done));
await browser.close();
for (const [i, dist] of dists.entries()) {
  const rows = results[i];
  console.log(`${dist}: tap p95 per run ${rows.map((r) => r.tapP95).join(', ')} ms; switch p50 per run ${rows.map((r) => r.switchP50).join(', ')} ms (median ${percentile(rows.map((r) => r.switchP50), 50)} ms)`);
}
