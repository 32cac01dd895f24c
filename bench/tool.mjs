// What the benchmark's working tools (first-page.mjs, taps.mjs, trace-start.mjs,
// profile-start.mjs, after-usable.mjs, gestures.mjs) share: their command line, the Chromium
// they start, and a trace of what a page does; and what they share with the benchmark
// (bench.mjs): the timeline's gestures.
import { chromium } from 'playwright-core';

/** The command line after the script: `option` takes `--name value` out of it, `flag` a bare
 * `--name`; what is left (`rest`) are the build folders. */
export function commandLine() {
  const rest = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = rest.indexOf(`--${name}`);
    if (at < 0) return fallback;
    const [value] = rest.splice(at, 2).slice(1);
    return value;
  };
  const flag = (name) => {
    const at = rest.indexOf(`--${name}`);
    if (at < 0) return false;
    rest.splice(at, 1);
    return true;
  };
  return { option, flag, rest };
}

const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Headless Chromium as the benchmark starts it (CHROMIUM names another binary). */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Runs `what` while Chromium traces `page` in `categories`; resolves to what `what` gave and
 * the trace's events. */
export async function traceOf(page, categories, what) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  const result = await what();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { result, events };
}

/** A trace event as a line of a listing: its name, and the event type, function or file it
 * concerns where the trace says. */
export function describeEvent(e) {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  const what = data.type ?? data.functionName ?? (data.url ? data.url.split('/').pop() : '') ?? '';
  return `${e.name}${what ? ` (${what})` : ''}`;
}

/** The `p`th percentile of `values` (the nearest rank), null for none. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
};

/** `value` to `digits` decimals, as a number (null stays null). */
export const round = (value, digits = 1) => (value == null ? null : Number(value.toFixed(digits)));

/** The renderer main thread's work in a trace: milliseconds by kind (script counted once where
 * script events nest), elements restyled and layout objects laid out. */
export function mainThreadWork(events) {
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

/** An init script: `__record()` starts counting the page's frames, `__stop()` stops and returns
 * the times between them (ms). */
export const FRAME_HELPERS = () => {
  window.__frames = { times: [], on: false };
  window.__record = () => {
    window.__frames = { times: [], on: true };
    const tick = (t) => { if (!window.__frames.on) return; window.__frames.times.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  };
  window.__stop = () => {
    window.__frames.on = false;
    const t = window.__frames.times;
    return t.slice(1).map((time, i) => time - t[i]);
  };
};

// The benchmark's timeline gestures (bench.mjs, and gestures.mjs alone). Each records the
// frames with the page's `__record` and `__stop` helpers and resolves to the frames' times
// apart (`deltas`) and its steps; `track` is the timeline track's box.

/** Zooms in a little with the keys, so that there is somewhere to drag to. */
export async function zoomInALittle(page) {
  await page.evaluate(() => document.querySelector('.timeline-track').focus());
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.waitForTimeout(600);
}

/** A 5 s drag on the track, back and forth, at about 60 moves a second. */
export async function dragFor5s(page, track) {
  const y = track.y + track.height / 2;
  await page.evaluate(() => window.__record());
  await page.mouse.move(track.x + track.width * 0.5, y);
  await page.mouse.down();
  const started = Date.now();
  let steps = 0;
  while (Date.now() - started < 5000) {
    await page.mouse.move(track.x + track.width * (0.5 + 0.3 * Math.sin(steps / 40)), y);
    await page.waitForTimeout(16);
    steps += 1;
  }
  await page.mouse.up();
  return { deltas: await page.evaluate(() => window.__stop()), steps };
}

/** From the window shown to a single year with the wheel on the track's middle, about 60
 * turns a second (at most 120). */
export async function wheelToAYear(page, track) {
  await page.mouse.move(track.x + track.width * 0.5, track.y + track.height / 2);
  await page.evaluate(() => window.__record());
  let steps = 0;
  for (; steps < 120; steps += 1) {
    await page.mouse.wheel(0, -60);
    await page.waitForTimeout(16);
    // One year is the narrowest window: there the zoom-in control is disabled. (The range
    // shown rarely reads one year, such as "2006 – 2007" for a year from mid-2006.) Asked with
    // the page's own querySelector: a Playwright locator walks the whole document in script
    // on the page's main thread, 7.6 ms a turn at 4x with 500 events, counted in the frames.
    if (await page.evaluate(() => document.querySelector('.timeline-controls .zoom-in').disabled)) break;
  }
  await page.waitForTimeout(400);
  return { deltas: await page.evaluate(() => window.__stop()), steps };
}

/**
 * The machine's pace: how long a fixed piece of page work takes in a blank page of `browser`,
 * without slowdown, in ms (the median of 7 rounds). Each round lays out 400 boxes of text, reads
 * their sizes and sorts 50,000 numbers: script, style and layout, as a timeline's step does.
 * The same build measures slower when this figure is higher: on this machine it doubles when
 * other work shares the two cores. Reported at the start and the end of a run, so that a run's
 * timings can be read against the state the machine was in.
 */
export async function machinePace(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    return await page.evaluate(() => {
      const round = () => {
        const began = performance.now();
        const box = document.createElement('div');
        for (let i = 0; i < 400; i += 1) {
          const item = document.createElement('span');
          item.textContent = `Ereignis ${i} · 事件 ${i} · event ${i}`;
          item.style.setProperty('display', 'inline-block');
          item.style.setProperty('padding', `${i % 7}px`);
          box.append(item);
        }
        document.body.append(box);
        let width = 0;
        for (const item of box.children) width += item.getBoundingClientRect().width;
        let seed = 7;
        const numbers = Array.from({ length: 50000 }, () => {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          return seed;
        });
        numbers.sort((a, b) => a - b);
        box.remove();
        return width > 0 && numbers[0] >= 0 ? performance.now() - began : NaN;
      };
      round();
      const times = Array.from({ length: 7 }, round).sort((a, b) => a - b);
      return Math.round(times[3] * 10) / 10;
    });
  } finally {
    await context.close();
  }
}
