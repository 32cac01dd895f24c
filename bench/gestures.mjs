// The timeline's gestures at 4x CPU slowdown, alone, for comparing builds while working on them
// (not part of the tests or of bench.mjs): the benchmark's own gestures (the same functions of
// tool.mjs) on a fresh page at 1920x1080, their frames counted as the benchmark counts them:
// - zoom (`wheelToAYear`): the pointer on the track's middle, a wheel turn of 60 px about every
//   16 ms until the window is one year (the zoom-in control disabled; at most 120 turns);
// - drag (`zoomInALittle`, `dragFor5s`): two zoom keys, then a 5 s drag back and forth.
// Builds given together are measured in turns (A, B, A, B, …).
//
// With --trace, each run also records a Chromium trace and prints the main thread's time by
// kind of work over the whole gesture, and its longest tasks.
//
//   node bench/gestures.mjs [--gesture zoom|drag] [--runs 3] [--cpu 4] [--trace] dist-a dist-b …
import { startServer } from '../scripts/serve.mjs';
import {
  FRAME_HELPERS, commandLine, describeEvent, dragFor5s, launch, mainThreadWork, percentile, round, traceOf, wheelToAYear,
  zoomInALittle,
} from './tool.mjs';

const { option, flag, rest } = commandLine();
const RUNS = Number(option('runs', '3'));
const CPU = Number(option('cpu', '4'));
const TRACE = flag('trace');
const GESTURE = option('gesture', 'zoom');
const dists = rest;

// As bench.mjs: at 4x a frame is slow above two frames at 60 Hz and the frame clock's jitter.
const SLOW = 33.3 + 1;

/** The renderer main thread's work (`mainThreadWork`), each turn's or move's handling, and
 * the longest tasks. */
function summarise(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  // Each wheel turn's or pointer move's handling (the state's change and the render it
  // makes), in ms.
  const wheels = mine
    .filter((e) => e.name === 'EventDispatch' && ['wheel', 'pointermove'].includes(e.args?.data?.type))
    .map((e) => round(e.dur / 1000))
    .sort((a, b) => b - a);
  const tasks = mine.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur).slice(0, 5);
  const inside = (task) => mine
    .filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 1000)
    .sort((a, b) => a.ts - b.ts)
    .slice(0, 8)
    .map((e) => `      ${(e.dur / 1000).toFixed(1).padStart(5)} ms  ${describeEvent(e)}`);
  const longest = tasks.map((t) => [`    task ${(t.dur / 1000).toFixed(1)} ms`, ...inside(t)].join('\n')).join('\n');
  const { elements, layoutObjects, ...totals } = mainThreadWork(events);
  return { totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, round(v)])), elements, layoutObjects, wheels, longest };
}

async function oneRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', serviceWorkers: 'block' });
  await context.addInitScript(FRAME_HELPERS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/de`);
  await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 60000 });
  const track = await page.locator('.timeline-track').boundingBox();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const drag = async () => {
    await zoomInALittle(page);
    return dragFor5s(page, track);
  };
  const zoom = () => wheelToAYear(page, track);
  const gesture = GESTURE === 'drag' ? drag : zoom;
  let result;
  let summary = null;
  if (TRACE) {
    const traced = await traceOf(page, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'], gesture);
    result = traced.result;
    summary = summarise(traced.events);
  } else {
    result = await gesture();
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  const { deltas, steps: turns } = result;
  return {
    frames: deltas.length,
    turns,
    p95: round(percentile(deltas, 95)),
    slow: round((100 * deltas.filter((d) => d > SLOW).length) / Math.max(1, deltas.length)),
    worst: round(Math.max(...deltas)),
    summary,
  };
}

const browser = await launch();
const servers = [];
for (const dist of dists) servers.push(await startServer({ dir: dist, port: 0 }));
const results = dists.map(() => []);
try {
  for (let run = 0; run < RUNS; run += 1) {
    for (const [i, server] of servers.entries()) {
      const r = await oneRun(browser, server.url);
      results[i].push(r);
      console.log(`${dists[i]} run ${run + 1}: ${r.frames} frames, ${r.turns} steps, p95 ${r.p95} ms, slow ${r.slow} %, worst ${r.worst} ms`);
      if (r.summary) {
        console.log(`  main thread (ms): ${JSON.stringify(r.summary.totals)}, elements restyled ${r.summary.elements}, layout objects laid out ${r.summary.layoutObjects}`);
        const w = r.summary.wheels;
        console.log(`  turns or moves handled: ${w.length}, p50 ${percentile(w, 50)} ms, p90 ${percentile(w, 90)} ms; slowest ${w.slice(0, 12).join(', ')}`);
        console.log(r.summary.longest);
      }
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await new Promise((done) => server.server.close(done));
}
for (const [i, runs] of results.entries()) {
  const p95s = runs.map((r) => r.p95);
  const slows = runs.map((r) => r.slow);
  console.log(`${dists[i]}: p95 median ${percentile(p95s, 50)} ms (${p95s.join(', ')}), slow median ${percentile(slows, 50)} % (${slows.join(', ')})`);
}
