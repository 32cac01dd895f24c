// The exhibit's benchmark: serves a release build on 127.0.0.1, measures it in headless
// Chromium and writes target/bench/report.json and target/bench/report.md with every figure
// and the budgets as pass or fail. `bash scripts/bench.sh` builds both bundles and runs it.
//
//   node bench/bench.mjs --dist dist [--stress target/bench/dist-stress] [--out target/bench]
//   node bench/bench.mjs --dist dist --stress target/bench/dist-stress --only stress
//
// --only stress measures the stress bundle alone (bytes and first views still from --dist):
// for work on the 500-event budgets; the budgets of what it skipped are left out.
//
// Start-up is measured as an old phone sees it (4x CPU slowdown, 9 Mbit/s and 60 ms); taps,
// frames and memory as a kiosk PC does (this machine's CPU, 1920x1080).
import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { walk } from '../scripts/files.mjs';
import { basename, extname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { sideBySide, sideBySideMarkdown } from './side-by-side/measure.mjs';
import { FRAME_HELPERS, dragFor5s, machinePace, percentile, round, wheelToAYear, zoomInALittle } from './tool.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const DIST = arg('dist', 'dist');
const STRESS = arg('stress', null);
// The same facts in TimelineJS 3 + ECharts (bench/side-by-side/generate.mjs writes the folder).
const SIDE = arg('side', null);
// `stress`: only the stress bundle's parts (see above).
const ONLY = arg('only', null);
const OUT = arg('out', join(process.env.CARGO_TARGET_DIR ?? 'target', 'bench'));
const KIOSK = { width: 1920, height: 1080 };
const THROTTLE = { cpu: 4, latency: 60, bitsPerSecond: 9_000_000 };
const START_RUNS = 3;
// Runs of the taps and language switches, and of each gesture at 4x CPU slowdown: the issue's
// budgets ask for the median of 3 (and for taps with 500 events, every run within budget).
const RUNS = 3;
const TAPS = 50;
const INTERACTIONS = 2000;
// Rounds of INTERACTIONS each: the budget is on the first; the later ones show whether memory
// keeps growing (a leak) or settles (caches filled once).
const MEMORY_ROUNDS = Number(arg('memory-rounds', '3'));

const BUDGETS = [
  // [key in results, limit, unit, what]
  ['bytes.appCode.brotli', 185 * 1024, 'B', 'app code (wasm + JS + CSS), brotli'],
  ['firstView.de.fontBytes', 200 * 1024, 'B', 'fonts a German first view downloads'],
  ['firstView.zh.fontBytes', 300 * 1024, 'B', 'fonts a Chinese first view downloads'],
  ['bytes.fonts.raw', 1200 * 1024, 'B', 'all fonts together'],
  // Issue 17, "a lighter first page": 0.6 s and 1.0 s (were 1.0 s and 1.5 s); 1.3 s with 500 events.
  ['real.start.fcp', 600, 'ms', 'first contentful paint (4x CPU, 9 Mbit/s, 60 ms)'],
  ['real.start.interactive', 1000, 'ms', 'timeline usable (4x CPU, 9 Mbit/s, 60 ms)'],
  ['real.tap.p95', 50, 'ms', 'tap to card painted, p95'],
  ['real.drag.p95', 16.7, 'ms', 'frame time during a 5 s drag, p95'],
  ['real.zoom.p95', 16.7, 'ms', 'frame time during a zoom to one year, p95'],
  ['real.memory.growth', 0.1, 'ratio', 'memory growth over 2,000 interactions'],
  ['stress.start.interactive', 1300, 'ms', 'timeline usable (4x CPU, 9 Mbit/s, 60 ms, 500 events)'],
  ['stress.tap.p95', 50, 'ms', 'tap to card painted, p95 (500 events)'],
  ['stress.drag.p95', 16.7, 'ms', 'frame time during a 5 s drag, p95 (500 events)'],
  ['stress.zoom.p95', 16.7, 'ms', 'frame time during a zoom to one year, p95 (500 events)'],
  ['stress.memory.growth', 0.1, 'ratio', 'memory growth over 2,000 interactions (500 events)'],
  // Speed on weak screens (issue 17): gestures at 4x CPU slowdown, median of 3 runs each. At 4x a
  // frame's budget is two frames at 60 Hz (33.3 ms): a frame is slow when it took longer.
  ...['real', 'stress'].flatMap((bundle) => {
    const of = bundle === 'stress' ? ' (500 events)' : '';
    return [['drag', 'a 5 s drag'], ['zoom', 'a zoom to one year'], ['play', 'a chart play-through']].flatMap(([key, what]) => [
      [`${bundle}.slow.${key}.p95`, 33.3, 'ms', `frame time during ${what} at 4x CPU, p95, median of 3${of}`],
      [`${bundle}.slow.${key}.over`, 0.05, 'ratio', `slow frames during ${what} at 4x CPU, median of 3${of}`],
    ]);
  }),
  ['stress.tap.worstP95', 40, 'ms', 'tap to card painted, p95, the worst of 3 runs (500 events)'],
  ['stress.languageSwitch.p50', 60, 'ms', 'language switch to repainted, p50, median of 3 runs (500 events)'],
  ['stress.start.firstTap', 100, 'ms', 'first tap under 4x CPU (and the slow network), median of 3 starts (500 events)'],
];

// Long-term aims: reported under the budgets, not pass or fail (issue 17: app code at most
// 185 KB now, on the way to 150 KB).
const AIMS = [
  // [key in results, aim, unit, what]
  ['bytes.appCode.brotli', 150 * 1024, 'B', 'app code (wasm + JS + CSS), brotli'],
];

const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

// ---------------------------------------------------------------------------------------
// Bytes

function compressedSizes(path) {
  const body = readFileSync(path);
  const copy = (suffix, make) => (existsSync(path + suffix) ? statSync(path + suffix).size : make(body).length);
  return { raw: body.length, gzip: copy('.gz', (b) => gzipSync(b, { level: 9 })), brotli: copy('.br', brotliCompressSync) };
}

function bytesOf(dist) {
  const groups = { wasm: [], js: [], css: [], content: [], fonts: [], pictures: [] };
  for (const path of walk(dist)) {
    const ext = extname(path);
    const top = !path.slice(dist.length + 1).includes('/');
    if (ext === '.wasm') groups.wasm.push(path);
    else if (ext === '.js' && top && basename(path) !== 'sw.js') groups.js.push(path);
    else if (ext === '.css' && top) groups.css.push(path);
    // The curated content, fetched beside the code (src/content_file.rs): data, not app code.
    else if (ext === '.bin' && top && basename(path).startsWith('content-')) groups.content.push(path);
    else if (ext === '.woff2') groups.fonts.push(path);
    else if (path.includes('/pictures/') && ['.svg', '.png', '.jpg', '.webp'].includes(ext)) groups.pictures.push(path);
  }
  const sum = (paths) => paths.map(compressedSizes).reduce(
    (total, s) => ({ raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  const result = Object.fromEntries(Object.entries(groups).map(([name, paths]) => [name, { files: paths.length, ...sum(paths) }]));
  result.appCode = sum([...groups.wasm, ...groups.js, ...groups.css]);
  return result;
}

// ---------------------------------------------------------------------------------------
// The browser

async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Records, in every page: the wasm exports (for its memory) and the first frame that shows a
 * timeline marker. */
const INIT = () => {
  addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail.wasm; });
  const watch = () => {
    if (document.querySelector('.timeline-track .marker')) {
      requestAnimationFrame((t) => { window.__timelinePainted = t; });
    } else {
      requestAnimationFrame(watch);
    }
  };
  requestAnimationFrame(watch);
};

async function newPage(browser, { size = KIOSK, throttle = false, locale = 'de-DE' } = {}) {
  const context = await browser.newContext({ viewport: size, locale, serviceWorkers: 'block' });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLE.latency,
      downloadThroughput: THROTTLE.bitsPerSecond / 8,
      uploadThroughput: THROTTLE.bitsPerSecond / 8,
    });
  }
  return { context, page, cdp };
}

async function interactive(page) {
  await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 60000 });
}

const median = (values) => percentile(values, 50);

// Helpers evaluated in the page: the time from an action to the frame that shows its result.
const PAGE_HELPERS = () => {
  window.__until = (check) => new Promise((resolve) => {
    if (check()) { resolve(); return; }
    const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); resolve(); } });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // rAF runs just before a frame is painted; a task queued from it runs after the paint.
  window.__painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  window.__timeTo = async (act, check) => {
    const start = performance.now();
    act();
    await window.__until(check);
    await window.__painted();
    return performance.now() - start;
  };
};

// Headless Chromium's frame clock jitters by a few tenths of a millisecond around 16.67 ms, so
// a frame counts as slow only when it took more than a millisecond longer than one frame at
// 60 Hz (it missed its moment), and frame budgets are met within that millisecond.
const FRAME_JITTER = 1;

function frameStats(deltas) {
  return {
    frames: deltas.length,
    p95: round(percentile(deltas, 95)),
    over16: round(deltas.filter((d) => d > 16.7 + FRAME_JITTER).length / Math.max(1, deltas.length), 3),
  };
}

// At 4x CPU slowdown a frame has two frames at 60 Hz: it is slow above 33.3 ms (and, as at full
// speed, the frame clock's jitter is allowed).
const SLOW_FRAME = 33.3;

function slowFrameStats(deltas) {
  return {
    frames: deltas.length,
    p95: round(percentile(deltas, 95)),
    over: round(deltas.filter((d) => d > SLOW_FRAME + FRAME_JITTER).length / Math.max(1, deltas.length), 3),
  };
}

/** The median run of several (by p95 and by slow frames, each on its own), and every run. */
function medianRuns(runs) {
  return {
    p95: round(median(runs.map((r) => r.p95))),
    over: round(median(runs.map((r) => r.over)), 3),
    runs,
  };
}

// ---------------------------------------------------------------------------------------
// Measurements

async function firstView(browser, url, lang) {
  const { context, page, cdp } = await newPage(browser, { locale: lang === 'zh' ? 'zh-CN' : 'de-DE' });
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => { if (requests.has(e.requestId)) requests.get(e.requestId).bytes = e.encodedDataLength; });
  await page.goto(`${url}/${lang}`, { waitUntil: 'load' });
  await interactive(page);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  const list = [...requests.values()];
  const fonts = list.filter((r) => r.url.endsWith('.woff2'));
  await context.close();
  return {
    requests: list.length,
    totalBytes: list.reduce((s, r) => s + r.bytes, 0),
    fontBytes: fonts.reduce((s, r) => s + r.bytes, 0),
    fonts: fonts.map((r) => `${new URL(r.url).pathname} ${r.bytes}`),
  };
}

async function start(browser, url) {
  const runs = [];
  for (let run = 0; run < START_RUNS; run += 1) {
    const { context, page } = await newPage(browser, { throttle: true });
    await page.addInitScript(PAGE_HELPERS);
    await page.goto(`${url}/de`, { waitUntil: 'commit' });
    await interactive(page);
    // The first tap, as soon as the app answers input.
    const tap = await page.evaluate(() => {
      const marker = document.querySelector('.timeline-track .marker');
      const id = marker.dataset.eventId;
      return window.__timeTo(() => marker.click(), () => document.querySelector(`.event-card[data-event-id="${id}"]`));
    });
    const times = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      timeline: window.__timelinePainted ?? null,
      interactive: performance.getEntriesByName('exhibit-interactive')[0].startTime,
      now: performance.now(),
    }));
    runs.push({ fcp: times.fcp, timeline: times.timeline, interactive: times.interactive, firstTapAnswered: times.now, firstTap: tap });
    await context.close();
  }
  const pick = (key) => round(median(runs.map((r) => r[key])));
  return { runs: START_RUNS, fcp: pick('fcp'), timeline: pick('timeline'), interactive: pick('interactive'), firstTap: pick('firstTap'), firstTapAnswered: pick('firstTapAnswered') };
}

async function interaction(browser, url) {
  const { context, page } = await newPage(browser);
  await page.addInitScript(PAGE_HELPERS);
  await page.goto(`${url}/de`);
  await interactive(page);
  // Taps on the markers the whole span shows, each opening its card.
  const taps = await page.evaluate(async (count) => {
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
  }, TAPS);
  // Language switches, there and back.
  const languages = await page.evaluate(async () => {
    const times = [];
    for (const lang of ['zh-Hans', 'en', 'de', 'zh-Hans', 'de']) {
      const link = document.querySelector(`.language-switcher a[lang="${lang}"]`);
      times.push(await window.__timeTo(() => link.click(), () => document.documentElement.lang === lang && document.querySelector('.shell').getAttribute('lang') === lang));
      await window.__painted();
    }
    return times;
  });
  // One step of a chart's year cursor by the arrow key.
  await page.goto(`${url}/de/charts?year=2016`);
  await interactive(page);
  const chartSteps = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 5; i += 1) {
      const point = document.querySelector('#germany-china-trade .chart-point[tabindex="0"]');
      point.focus();
      const year = Number(point.dataset.year);
      times.push(await window.__timeTo(
        () => point.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true })),
        () => Number(document.querySelector('#germany-china-trade .chart-point[tabindex="0"]')?.dataset.year) > year));
      await window.__painted();
    }
    return times;
  });
  await context.close();
  return {
    tap: { count: taps.length, p50: round(median(taps)), p95: round(percentile(taps, 95)) },
    languageSwitch: { count: languages.length, p50: round(median(languages)), max: round(Math.max(...languages)) },
    chartStep: { count: chartSteps.length, p50: round(median(chartSteps)), max: round(Math.max(...chartSteps)) },
  };
}

async function smoothness(browser, url) {
  const { context, page, cdp } = await newPage(browser);
  await page.addInitScript(PAGE_HELPERS);
  await page.addInitScript(FRAME_HELPERS);
  await page.goto(`${url}/de`);
  await interactive(page);
  const track = await page.locator('.timeline-track').boundingBox();
  // The gestures of tool.mjs, their frames counted with `stats`. The drag comes after a zoom
  // in a little (there is somewhere to drag to); the zoom starts from the whole span.
  const drag5s = async (stats) => stats((await dragFor5s(page, track)).deltas);
  const zoomToAYear = async (stats) => {
    await page.goto(`${url}/de`);
    await interactive(page);
    const { deltas, steps } = await wheelToAYear(page, track);
    return { ...stats(deltas), wheelTurns: steps };
  };
  // A chart playing through its years.
  const playChart = async (stats) => {
    await page.goto(`${url}/de/charts`);
    await interactive(page);
    await page.evaluate(() => window.__record());
    await page.click('#germany-china-trade .chart-play');
    await page.waitForFunction(() => document.querySelector('#germany-china-trade .chart-play').getAttribute('aria-pressed') === 'false', null, { timeout: 120000 });
    return stats(await page.evaluate(() => window.__stop()));
  };
  const slowly = async (measure) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
    try {
      return await measure(slowFrameStats);
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  };

  await zoomInALittle(page);
  const drag = await drag5s(frameStats);
  const zoom = await zoomToAYear(frameStats);
  const play = await playChart(frameStats);
  // The same gestures as an old phone or a cheap kiosk PC does them (4x CPU slowdown), each
  // RUNS times: drag, zoom and chart play in turn, so a passing disturbance hits one run of each.
  const slowRuns = { drag: [], zoom: [], play: [] };
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${url}/de`);
    await interactive(page);
    await zoomInALittle(page);
    slowRuns.drag.push(await slowly(drag5s));
    slowRuns.zoom.push(await slowly(zoomToAYear));
    slowRuns.play.push(await slowly(playChart));
  }
  await context.close();
  const slow = Object.fromEntries(Object.entries(slowRuns).map(([key, runs]) => [key, medianRuns(runs)]));
  return { drag, zoom, play, slow };
}

async function memory(browser, url) {
  // A kiosk day in miniature: open events, step through them, filter, zoom and pan, switch
  // language, visit the charts and come back; what the running app holds afterwards.
  const { context, page, cdp } = await newPage(browser);
  await page.addInitScript(PAGE_HELPERS);
  await page.goto(`${url}/de`);
  await interactive(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0);
    return { jsHeap: heap.usedSize, wasm, total: heap.usedSize + wasm };
  };
  // Reported, not budgeted: the memory of the first view, as the app starts.
  const atStart = await measure();
  // Warm up: every view once, so lazily built things (fonts, charts) are in the first figure,
  // then each of the interactions below once (12 of them), so are the timeline's layouts for
  // a zoom, a filter and the third language: the app takes the page drawn at build time over
  // without laying out or hydrating its markers, so those are first built by these
  // interactions and were counted as growth (bench/REPORT.md, 2026-12-06).
  for (const path of ['/de/charts', '/zh', '/de']) {
    await page.evaluate((to) => document.querySelector(`a[href^="${to}"]`)?.click(), path);
    await page.waitForTimeout(300);
  }
  const interact = (count) => page.evaluate(async (count) => {
      const click = (selector) => { const el = document.querySelector(selector); if (el) el.click(); };
      const key = (k) => document.querySelector('.timeline-track')?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
      const actions = [
        () => { const markers = document.querySelectorAll('.timeline-track .marker'); if (markers.length) markers[(markers.length * 7919 + performance.now()) % markers.length | 0].click(); },
        () => click('.event-neighbours a.next'),
        () => click('.filter-button'),
        () => click('.filter-button'),
        () => key('+'),
        () => key('ArrowRight'),
        () => key('-'),
        () => key('ArrowLeft'),
        () => click('.language-switcher a:not(.current)'),
        () => click('nav.main-nav a[href*="/charts"]'),
        () => click('.chart-point'),
        () => click('nav.main-nav a:first-child, .site-title'),
      ];
      for (let i = 0; i < count; i += 1) {
        actions[i % actions.length]();
        await window.__painted();
      }
    }, count);
  const home = async () => {
    await page.evaluate(() => document.querySelector('.language-switcher a[lang="de"]')?.click());
    await page.evaluate(() => document.querySelector('nav.main-nav a')?.click());
    await page.waitForTimeout(500);
  };
  await interact(12);
  await home();
  const before = await measure();
  const rounds = [];
  for (let done = 1; done <= MEMORY_ROUNDS; done += 1) {
    await interact(INTERACTIONS);
    // Back to the view the first figure was taken in.
    await home();
    rounds.push({ interactions: done * INTERACTIONS, ...(await measure()) });
  }
  await context.close();
  const after = rounds[0];
  const last = rounds[rounds.length - 1];
  return {
    interactions: INTERACTIONS,
    atStart,
    fromStart: round((after.total - atStart.total) / atStart.total, 3),
    before,
    after,
    rounds,
    growth: round((after.total - before.total) / before.total, 3),
    jsGrowth: round((after.jsHeap - before.jsHeap) / before.jsHeap, 3),
    wasmGrowth: round((after.wasm - before.wasm) / before.wasm, 3),
    // After the first round: what keeps growing over the following ones.
    laterGrowth: round((last.total - after.total) / after.total, 3),
  };
}

async function measureBundle(browser, dist, label) {
  const { server, url } = await startServer({ dir: dist, port: 0 });
  try {
    console.log(`${label}: start-up`);
    const startUp = await start(browser, url);
    console.log(`${label}: interaction (${RUNS} runs)`);
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await interaction(browser, url));
    const taps = {
      // Each run's p95; the budget's figure is the median run, and with 500 events the worst.
      tap: {
        count: runs.reduce((sum, r) => sum + r.tap.count, 0),
        p50: round(median(runs.map((r) => r.tap.p50))),
        p95: round(median(runs.map((r) => r.tap.p95))),
        worstP95: round(Math.max(...runs.map((r) => r.tap.p95))),
        runs: runs.map((r) => r.tap.p95),
      },
      languageSwitch: {
        count: runs.reduce((sum, r) => sum + r.languageSwitch.count, 0),
        p50: round(median(runs.map((r) => r.languageSwitch.p50))),
        max: round(Math.max(...runs.map((r) => r.languageSwitch.max))),
        runs: runs.map((r) => r.languageSwitch.p50),
      },
      chartStep: runs[0].chartStep,
    };
    console.log(`${label}: smoothness`);
    const frames = await smoothness(browser, url);
    console.log(`${label}: memory`);
    const mem = await memory(browser, url);
    const events = await (async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${url}/de`);
      await interactive(page);
      const n = await page.locator('.event-list li').count();
      await context.close();
      return n;
    })();
    return { events, start: startUp, ...taps, ...frames, memory: mem };
  } finally {
    await new Promise((done) => server.close(done));
  }
}

// ---------------------------------------------------------------------------------------

const get = (object, path) => path.split('.').reduce((value, key) => value?.[key], object);

function markdown(results, verdicts) {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const lines = [];
  lines.push('# Benchmark', '');
  lines.push(`Measured ${results.date} on ${results.machine}. Start-up under 4x CPU slowdown and ${THROTTLE.bitsPerSecond / 1e6} Mbit/s with ${THROTTLE.latency} ms latency (median of ${START_RUNS} fresh starts); taps, frames and memory at 1920x1080 without slowdown. Frame times are met within ${FRAME_JITTER} ms of the budget (the headless frame clock jitters); a frame counts as slow above ${16.7 + FRAME_JITTER} ms. The same gestures are also measured at 4x CPU slowdown (${RUNS} runs each, the median reported): there a frame's budget is two frames at 60 Hz, ${SLOW_FRAME} ms, and a frame counts as slow above ${SLOW_FRAME + FRAME_JITTER} ms. Taps and language switches: ${RUNS} runs on fresh pages, the median of their figures (with 500 events, the worst run's tap p95 too).`, '');
  lines.push(`The machine's pace (bench/tool.mjs, \`machinePace\`: a fixed piece of script, style and layout in a blank page, without slowdown): ${results.pace.start} ms at the start of the run, ${results.pace.end} ms at its end. The higher it is, the slower the same build measures. On this 2-core machine (2026-12-07) it read 63–100 ms with nothing else running and 96–119 ms beside two busy processes: the machine's own state varies about as much as that load.`, '');
  lines.push('## Budgets', '', '| | measured | budget | |', '|---|---:|---:|---|');
  for (const v of verdicts) {
    const show = (x) => (v.unit === 'B' ? kb(x) : v.unit === 'ratio' ? `${(x * 100).toFixed(1)} %` : `${x} ms`);
    lines.push(`| ${v.what} | ${v.value == null ? 'not measured' : show(v.value)} | ${show(v.limit)} | ${v.pass ? 'pass' : '**FAIL**'} |`);
  }
  for (const [key, aim, unit, what] of AIMS) {
    const value = get(results, key);
    const show = (x) => (unit === 'B' ? kb(x) : `${x} ms`);
    lines.push(`| aim (no budget): ${what} | ${value == null ? 'not measured' : show(value)} | ${show(aim)} | ${value != null && value <= aim ? 'met' : 'not yet'} |`);
  }
  lines.push('', '## Bytes', '', '| | files | raw | gzip | brotli |', '|---|---:|---:|---:|---:|');
  for (const [name, b] of Object.entries(results.bytes)) {
    lines.push(`| ${name} | ${b.files ?? ''} | ${kb(b.raw)} | ${kb(b.gzip)} | ${kb(b.brotli)} |`);
  }
  for (const lang of ['de', 'zh']) {
    const f = results.firstView[lang];
    lines.push('', `First view in ${lang}: ${f.requests} requests, ${kb(f.totalBytes)} transferred, of which fonts ${kb(f.fontBytes)} (${f.fonts.join(', ') || 'none'}).`);
  }
  for (const key of ['real', 'stress']) {
    const r = results[key];
    if (!r) continue;
    lines.push('', `## ${key === 'real' ? 'Real content' : 'Stress content'} (${r.events} events)`, '');
    lines.push(`- start: first contentful paint ${r.start.fcp} ms, timeline painted ${r.start.timeline} ms, usable ${r.start.interactive} ms, first tap answered at ${r.start.firstTapAnswered} ms (the tap itself ${r.start.firstTap} ms)`);
    lines.push(`- tap to card: p50 ${r.tap.p50} ms, p95 ${r.tap.p95} ms over ${r.tap.count} taps (p95 of each run of ${TAPS}: ${r.tap.runs.join(', ')} ms)`);
    lines.push(`- language switch to repainted: p50 ${r.languageSwitch.p50} ms, max ${r.languageSwitch.max} ms (p50 of each run: ${r.languageSwitch.runs.join(', ')} ms)`);
    lines.push(`- one chart year step: p50 ${r.chartStep.p50} ms, max ${r.chartStep.max} ms`);
    for (const [name, f] of [['drag (5 s)', r.drag], ['zoom to one year', r.zoom], ['chart play-through', r.play]]) {
      lines.push(`- frames during ${name}: p95 ${f.p95} ms, ${(f.over16 * 100).toFixed(1)} % slow (${f.frames} frames)`);
    }
    for (const [name, f] of [['drag (5 s)', r.slow.drag], ['zoom to one year', r.slow.zoom], ['chart play-through', r.slow.play]]) {
      const each = f.runs.map((run) => `${run.p95} ms / ${(run.over * 100).toFixed(1)} % of ${run.frames}`).join('; ');
      lines.push(`- frames during ${name} at 4x CPU slowdown (an old phone, a cheap kiosk PC): p95 ${f.p95} ms, ${(f.over * 100).toFixed(1)} % slow, median of ${f.runs.length} runs (${each})`);
    }
    const m = r.memory;
    lines.push(`- memory: JS heap ${kb(m.before.jsHeap)} → ${kb(m.after.jsHeap)}, wasm ${kb(m.before.wasm)} → ${kb(m.after.wasm)} after ${m.interactions} interactions (growth ${(m.growth * 100).toFixed(1)} %); from the first view as the app started (JS heap ${kb(m.atStart.jsHeap)}, wasm ${kb(m.atStart.wasm)}), before the warm-up: ${(m.fromStart * 100).toFixed(1)} %`);
    if (m.rounds.length > 1) {
      const later = m.rounds.slice(1).map((r) => `${r.interactions}: ${kb(r.jsHeap)} + ${kb(r.wasm)}`).join(', ');
      lines.push(`- memory later (JS heap + wasm after each further round): ${later}; growth after the first round ${(m.laterGrowth * 100).toFixed(1)} %`);
    }
  }
  if (results.sideBySide) lines.push('', ...sideBySideMarkdown(results.sideBySide));
  return lines.join('\n') + '\n';
}

const browser = await launch();
const results = {
  date: new Date().toISOString(),
  machine: `${(await import('node:os')).cpus().length} cores, Chromium ${browser.version()}`,
  bytes: bytesOf(DIST),
  pace: { start: await machinePace(browser) },
};
const server = await startServer({ dir: DIST, port: 0 });
results.firstView = {
  de: await firstView(browser, server.url, 'de'),
  zh: await firstView(browser, server.url, 'zh'),
};
await new Promise((done) => server.server.close(done));
if (ONLY !== 'stress') results.real = await measureBundle(browser, DIST, 'real content');
if (STRESS) results.stress = await measureBundle(browser, STRESS, 'stress content');
if (SIDE && !ONLY) {
  console.log('side by side: TimelineJS 3 + ECharts');
  results.sideBySide = await sideBySide({ newPage: (options) => newPage(browser, options), dist: DIST, side: SIDE, runs: START_RUNS, profile: THROTTLE });
}
results.pace.end = await machinePace(browser);
await browser.close();

const verdicts = BUDGETS.filter(([key]) => ONLY !== 'stress' || !key.startsWith('real.')).map(([key, limit, unit, what]) => {
  const value = get(results, key);
  const allowance = /\.(drag|zoom|play)\.p95$/.test(key) ? FRAME_JITTER : 0;
  return { key, what, unit, limit, value, pass: value != null && value <= limit + allowance };
});
results.budgets = verdicts;
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'report.json'), JSON.stringify(results, null, 2));
const report = markdown(results, verdicts);
writeFileSync(join(OUT, 'report.md'), report);
console.log(`\n${report}`);
console.log(`Written: ${join(OUT, 'report.json')}, ${join(OUT, 'report.md')}`);
process.exit(verdicts.every((v) => v.pass) ? 0 : 1);
