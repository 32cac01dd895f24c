// Taps and language switches alone, for comparing builds while working on them (not part of
// the tests or of bench.mjs): the benchmark's own measurement (bench.mjs `interaction`: 50 taps
// on the markers of the whole span, then five language switches, each timed from the click to
// the frame painted after the change), on fresh pages at 1920x1080. Builds given together are
// measured in turns (A, B, A, B, …), so load on the machine falls on all of them alike.
//
// With --trace, each run also records a Chromium trace of the switches (and one of the taps)
// and prints, per switch or tap, the main thread's time by kind of work and how many elements
// were restyled and layout objects laid out.
//
//   node bench/taps.mjs [--runs 3] [--taps 50] [--trace] dist-a dist-b …
import { startServer } from '../scripts/serve.mjs';
import { commandLine, launch } from './tool.mjs';

const { option, flag, rest } = commandLine();
const RUNS = Number(option('runs', '3'));
const TAPS = Number(option('taps', '50'));
const TRACE = flag('trace');
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
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
};
const round = (value, digits = 1) => (value == null ? null : Number(value.toFixed(digits)));

/** The renderer main thread's work in a trace: milliseconds by kind (script counted once where
 * script events nest), elements restyled and layout objects laid out. */
function summarise(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const kinds = {
    script: ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'V8.RunMicrotasks', 'EvaluateScript'],
    style: ['UpdateLayoutTree'],
    layout: ['Layout'],
    prePaint: ['PrePaint'],
    paint: ['Paint', 'Layerize'],
    commit: ['Commit'],
  };
  const kindOf = new Map(Object.entries(kinds).flatMap(([kind, names]) => names.map((name) => [name, kind])));
  const totals = Object.fromEntries(Object.keys(kinds).map((k) => [k, 0]));
  let elements = 0;
  let layoutObjects = 0;
  let scriptUntil = -Infinity;
  const mine = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && kindOf.has(e.name))
    .sort((a, b) => a.ts - b.ts);
  for (const e of mine) {
    const kind = kindOf.get(e.name);
    if (e.name === 'UpdateLayoutTree') elements += e.args?.elementCount ?? 0;
    if (e.name === 'Layout') layoutObjects += e.args?.beginData?.dirtyObjects ?? 0;
    if (kind === 'script') {
      if (e.ts < scriptUntil) continue;
      scriptUntil = e.ts + (e.dur ?? 0);
    }
    totals[kind] += (e.dur ?? 0) / 1000;
  }
  return { ...totals, elements, layoutObjects };
}

async function traced(browser, page, what) {
  if (!TRACE) return { result: await what(), summary: null };
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'] },
  });
  const result = await what();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { result, summary: summarise(events) };
}

async function oneRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', serviceWorkers: 'block' });
  await context.addInitScript(PAGE_HELPERS);
  const page = await context.newPage();
  await page.goto(`${url}/de`);
  await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 60000 });
  const taps = await traced(browser, page, () => page.evaluate(async (count) => {
    const ids = [...document.querySelectorAll('.timeline-track .marker')].map((m) => m.dataset.eventId);
    const times = [];
    for (let i = 0; i < count; i += 1) {
      const id = ids[(i * 7) % ids.length];
      const marker = document.querySelector(`.timeline-track .marker[data-event-id="${id}"]`);
      if (!marker) continue;
      times.push(await window.__timeTo(() => marker.click(), () => document.querySelector(`.event-card[data-event-id="${id}"]`)));
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
      perTap: per(taps.summary, taps.result.length),
      perSwitch: per(switches.summary, switches.result.length),
    };
    results[i].push(row);
    console.log(JSON.stringify({ dist, run, ...row }));
  }
}
for (const server of servers) await new Promise((done) => server.server.close(done));
await browser.close();
for (const [i, dist] of dists.entries()) {
  const rows = results[i];
  console.log(`${dist}: tap p95 per run ${rows.map((r) => r.tapP95).join(', ')} ms; switch p50 per run ${rows.map((r) => r.switchP50).join(', ')} ms (median ${percentile(rows.map((r) => r.switchP50), 50)} ms)`);
}
