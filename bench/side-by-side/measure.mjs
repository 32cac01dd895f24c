// The benchmark's side by side (bench/bench.mjs --side <folder>): the exhibit's first view
// against the same facts in TimelineJS 3 with an ECharts chart (generate.mjs beside this file
// writes that page; scripts/bench.sh builds it; never shipped). Both are served by
// scripts/serve.mjs with their brotli copies and measured the same way, under the benchmark's
// slow profile, in fresh starts taken in turn (exhibit, other, exhibit, other, ...).
//
// - bytes: every response of the first view until the page is usable, a tap has been
//   answered, its fonts are ready and the network is idle (encoded bytes as sent, headers
//   included), by type;
// - first contentful paint: the browser's paint entry;
// - usable: the first moment a tap on a timeline marker opens its event. The exhibit: its
//   `exhibit-interactive` mark (set when the app has hydrated; before it, a marker is a plain
//   link). TimelineJS: from the first frame on, each frame, a click on the second event's
//   marker in the time navigation, until TimelineJS makes that event's slide the active one
//   (it drops the slide's `inert` attribute in the click's handler): the time of that click;
// - first tap answered: that tap's result painted (the exhibit: the event's card; TimelineJS:
//   the frame after the slide became active, when its one-second slide-in animation starts).
import { startServer } from '../../scripts/serve.mjs';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
};
const median = (values) => percentile(values, 50);
const round = (value, digits = 1) => (value == null ? null : Number(value.toFixed(digits)));

/** Runs in every page of the side-by-side measure: taps as early as the page can take a tap
 * and records when (see above). `kind` is 'exhibit' or 'timelinejs'. */
const SIDE_PROBE = (kind) => {
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const until = (check) => new Promise((resolve) => {
    if (check()) { resolve(); return; }
    const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); resolve(); } });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  });
  window.__side = {};
  const answered = async (tapAt, check) => {
    await until(check);
    await painted();
    window.__side = { ...window.__side, tapAt, answered: performance.now() };
  };
  const frame = () => {
    const side = window.__side;
    if (kind === 'exhibit') {
      const mark = performance.getEntriesByName('exhibit-interactive')[0];
      const marker = document.querySelector('.timeline-track .marker');
      if (mark && marker) {
        side.usable = mark.startTime;
        const id = marker.dataset.eventId;
        const tapAt = performance.now();
        marker.click();
        answered(tapAt, () => document.querySelector(`.event-card[data-event-id="${id}"]`));
        return;
      }
    } else {
      const marker = document.querySelectorAll('.tl-timemarker')[1];
      const slide = marker && document.getElementById(marker.id.replace(/-marker$/, ''));
      if (marker && slide) {
        const tapAt = performance.now();
        marker.click();
        if (!slide.hasAttribute('inert')) {
          side.usable = tapAt;
          answered(tapAt, () => true);
          return;
        }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

const SIDE_TYPES = [
  ['js', /\.m?js$/], ['wasm', /\.wasm$/], ['css', /\.css$/], ['fonts', /\.(woff2?|ttf|otf|eot)$/],
  ['data', /(\.json|\/content-[0-9a-f]+\.bin)$/], ['html', /(\.html|\/[^./]*)$/],
];

async function sideBySideStart(newPage, url, kind) {
  const { context, page, cdp } = await newPage({ throttle: true });
  await page.addInitScript(SIDE_PROBE, kind);
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => { if (requests.has(e.requestId)) requests.get(e.requestId).bytes = e.encodedDataLength; });
  await page.goto(kind === 'exhibit' ? `${url}/de` : `${url}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__side?.answered != null, null, { timeout: 120000, polling: 100 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    ...window.__side,
  }));
  const bytes = { total: 0, requests: 0, js: 0, wasm: 0, css: 0, fonts: 0, data: 0, html: 0, other: 0 };
  const files = {};
  for (const { url: address, bytes: size } of requests.values()) {
    const path = new URL(address).pathname;
    const type = SIDE_TYPES.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
    bytes[type] += size;
    bytes.total += size;
    bytes.requests += 1;
    files[path] = (files[path] ?? 0) + size;
  }
  await context.close();
  return { fcp: times.fcp, usable: times.usable, answered: times.answered, tap: times.answered - times.tapAt, bytes, files };
}

/** Measures both, `runs` fresh starts each; `newPage({ throttle: true })` is the benchmark's
 * own (slow profile, service workers blocked, CDP session with the network on). */
export async function sideBySide({ newPage, dist, side, runs: count, profile }) {
  const exhibit = await startServer({ dir: dist, port: 0 });
  const other = await startServer({ dir: side, port: 0 });
  const runs = { exhibit: [], timelinejs: [] };
  try {
    for (let run = 0; run < count; run += 1) {
      console.log(`side by side: run ${run + 1} of ${count}`);
      runs.exhibit.push(await sideBySideStart(newPage, exhibit.url, 'exhibit'));
      runs.timelinejs.push(await sideBySideStart(newPage, other.url, 'timelinejs'));
    }
  } finally {
    await new Promise((done) => exhibit.server.close(done));
    await new Promise((done) => other.server.close(done));
  }
  const summary = (list) => {
    const pick = (get) => round(median(list.map(get)));
    return {
      fcp: pick((r) => r.fcp), usable: pick((r) => r.usable),
      answered: pick((r) => r.answered), tap: pick((r) => r.tap),
      spread: Object.fromEntries(['fcp', 'usable', 'answered'].map((k) => [k, [round(Math.min(...list.map((r) => r[k]))), round(Math.max(...list.map((r) => r[k])))]])),
      bytes: Object.fromEntries(Object.keys(list[0].bytes).map((k) => [k, median(list.map((r) => r.bytes[k]))])),
      // The first run's files, largest first: what the bytes are made of.
      files: Object.entries(list[0].files).sort((x, y) => y[1] - x[1]),
    };
  };
  const a = summary(runs.exhibit);
  const b = summary(runs.timelinejs);
  const ratio = (x, y) => (x != null && y ? round(x / y, 2) : null);
  return {
    runs: count,
    profile,
    exhibit: a,
    timelinejs: b,
    // exhibit ÷ TimelineJS + ECharts: below 1, the exhibit needs less.
    ratios: {
      bytes: ratio(a.bytes.total, b.bytes.total),
      fcp: ratio(a.fcp, b.fcp),
      usable: ratio(a.usable, b.usable),
      answered: ratio(a.answered, b.answered),
    },
    runsRaw: runs,
  };
}

/** The report's section, as markdown lines. */
export function sideBySideMarkdown(s) {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const as = (x, y) => (x && y ? `1 : ${(y / x).toFixed(2)}` : '—');
  const rows = [
    ['bytes, first view, total', kb(s.exhibit.bytes.total), kb(s.timelinejs.bytes.total), as(s.exhibit.bytes.total, s.timelinejs.bytes.total)],
    ...['js', 'wasm', 'css', 'fonts', 'data', 'html', 'other'].map((k) => [`… ${k}`, kb(s.exhibit.bytes[k]), kb(s.timelinejs.bytes[k]), s.exhibit.bytes[k] && s.timelinejs.bytes[k] ? as(s.exhibit.bytes[k], s.timelinejs.bytes[k]) : '—']),
    ['… requests', s.exhibit.bytes.requests, s.timelinejs.bytes.requests, '—'],
    ['first contentful paint', `${s.exhibit.fcp} ms`, `${s.timelinejs.fcp} ms`, as(s.exhibit.fcp, s.timelinejs.fcp)],
    ['usable (a tap on a marker opens its event)', `${s.exhibit.usable} ms`, `${s.timelinejs.usable} ms`, as(s.exhibit.usable, s.timelinejs.usable)],
    ['first tap answered (painted)', `${s.exhibit.answered} ms`, `${s.timelinejs.answered} ms`, as(s.exhibit.answered, s.timelinejs.answered)],
  ];
  const largest = (x) => x.files.slice(0, 4).map(([path, size]) => `${path.split('/').pop() || path} ${kb(size)}`).join(', ');
  const spread = (x) => `FCP ${x.spread.fcp.join('–')} ms, usable ${x.spread.usable.join('–')} ms, answered ${x.spread.answered.join('–')} ms`;
  return [
    '## Side by side: TimelineJS 3 + ECharts',
    '',
    `The same facts (every event with its date, title, text, category and sources, the eras, and the Germany–China trade chart with its sources), in German, shown by TimelineJS 3 with an ECharts line chart (bench/side-by-side/), served by scripts/serve.mjs with brotli from 127.0.0.1 like the exhibit (its first view, /de). Under ${s.profile.cpu}x CPU slowdown, ${s.profile.bitsPerSecond / 1e6} Mbit/s and ${s.profile.latency} ms, median of ${s.runs} fresh starts each, taken in turn. Bytes as transferred (brotli, headers included) until usable, a tap answered and the network idle.`,
    '',
    '| | exhibit | TimelineJS + ECharts | exhibit : TimelineJS + ECharts |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `Largest files: exhibit ${largest(s.exhibit)}; TimelineJS + ECharts ${largest(s.timelinejs)}.`,
    `Spread over the runs: exhibit ${spread(s.exhibit)}; TimelineJS + ECharts ${spread(s.timelinejs)}.`,
    'Usable: the exhibit at its `exhibit-interactive` mark (hydrated; its first tap is made then); TimelineJS at the first click on a time-navigation marker (tried every frame) that makes its event\'s slide the active one. Answered: the exhibit\'s card painted; TimelineJS\'s first frame after the slide became active (its one-second slide-in follows and is not counted).',
  ];
}

