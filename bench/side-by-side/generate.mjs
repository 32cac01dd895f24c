// The benchmark's side-by-side page: the exhibit's own facts shown with TimelineJS 3 and an
// ECharts chart, the usual choice for such an exhibit, so bench/bench.mjs can measure both in
// the same run. Never shipped: it is written below the target folder, not into dist/.
//
//   node bench/side-by-side/generate.mjs <out folder>
//
// What it shows is what the exhibit's first view and its trade chart show, in German, read
// from assets/content and nothing else: every event with its date, title, text, category
// and sources as a TimelineJS slide, the eras as TimelineJS eras, and the series of the
// "germany-china-trade" chart (trade, exports, imports) as one ECharts line chart with each
// value's status, note and source, and the chart's sources below it.
//
// The libraries are used as their documentation shows (TimelineJS: "Instantiate a Timeline
// in your page", with the JSON file format; ECharts: the minified full build and
// echarts.init + setOption), served from the same origin. Two settings differ from their
// defaults because this machine and the exhibit's rules reach no other origin: TimelineJS's
// script_path points at its own copy (its locale file comes from there), and its `font`
// option is off (the default loads PT Sans and PT Serif from a font CDN; off, the text uses
// the stylesheet's Helvetica/Arial stack, which downloads nothing: it favours TimelineJS in
// bytes).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const CONTENT = join(ROOT, 'assets/content');
const MODULES = join(HERE, 'node_modules');
const LANG = 'de';
const CHART = 'germany-china-trade';

const fail = (message) => {
  console.error(`side-by-side: ${message}`);
  process.exit(1);
};

// -----------------------------------------------------------------------------------------
// Reading the content

/** Every TOML file in `paths`, parsed by Python's standard tomllib (Node has no TOML reader,
 * and the project installs none): one process for all of them. */
function readToml(paths) {
  const script = 'import json, sys, tomllib\n'
    + 'print(json.dumps([tomllib.load(open(p, "rb")) for p in sys.argv[1:]], default=str))';
  const out = execFileSync('python3', ['-c', script, ...paths], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

/** A comma-separated file with a header row and "quoted, fields" (RFC 4180), as the content's
 * series files are written. */
function readCsv(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  const [header, ...body] = rows;
  if (!header?.includes('year') || !header.includes('value')) fail(`${path}: no "year" and "value" columns (a semicolon file? this reader takes commas only)`);
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

const text = (map, where) => map?.[LANG] ?? fail(`${where}: no German text`);

/** "1995", "2009-07", "2000-12-08", or two of them joined by "/" (a span), as TimelineJS
 * dates. */
function timelineDates(date, where) {
  const one = (part) => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(part);
    if (!m) fail(`${where}: date "${date}" not understood`);
    return Object.fromEntries([['year', m[1]], ['month', m[2]], ['day', m[3]]]
      .filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(Number(v))]));
  };
  const [start, end, extra] = String(date).split('/');
  if (extra !== undefined) fail(`${where}: date "${date}" not understood`);
  return end === undefined ? { start_date: one(start) } : { start_date: one(start), end_date: one(end) };
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A source as a line of HTML: its title linked, publisher and date. */
function sourceHtml(source) {
  const details = [source.publisher, source.date].filter(Boolean).map(escape).join(', ');
  return `<a href="${escape(source.url)}">${escape(source.title)}</a>${details ? ` (${details})` : ''}`;
}

function readContent() {
  const eventFiles = readdirSync(join(CONTENT, 'events')).filter((n) => n.endsWith('.toml')).sort()
    .map((n) => join(CONTENT, 'events', n));
  const seriesFiles = readdirSync(join(CONTENT, 'series')).filter((n) => n.endsWith('.toml')).sort()
    .map((n) => join(CONTENT, 'series', n));
  const [categories, eras, ...rest] = readToml([join(CONTENT, 'categories.toml'), join(CONTENT, 'eras.toml'), ...eventFiles, ...seriesFiles]);
  const events = rest.slice(0, eventFiles.length).map((event, i) => ({ ...event, file: eventFiles[i] }));
  const series = rest.slice(eventFiles.length).map((s, i) => ({ ...s, file: seriesFiles[i] }));
  return { categories: categories.category ?? [], eras: eras.era ?? [], events, series };
}

// -----------------------------------------------------------------------------------------
// TimelineJS: the JSON file format (https://timeline.knightlab.com/docs/json-format.html)

function timelineJson({ categories, eras, events }) {
  const categoryName = new Map(categories.map((c) => [c.id, text(c.name, `category ${c.id}`)]));
  return {
    events: events.map((event) => {
      const where = event.file;
      const sources = (event.source ?? []).map(sourceHtml);
      if (sources.length === 0) fail(`${where}: no source`);
      const paragraphs = text(event.text, where).split(/\n\s*\n/).map((p) => `<p>${escape(p)}</p>`).join('');
      return {
        unique_id: event.id,
        ...timelineDates(event.date, where),
        text: {
          headline: escape(text(event.title, where)),
          text: `${paragraphs}<p>Quellen: ${sources.join('; ')}</p>`,
        },
        group: categoryName.get(event.category) ?? fail(`${where}: unknown category ${event.category}`),
      };
    }),
    eras: eras.map((era) => ({
      start_date: { year: String(era.start) },
      end_date: { year: String(era.end), month: '12', day: '31' },
      text: { headline: escape(text(era.name, `era ${era.id}`)) },
    })),
  };
}

// -----------------------------------------------------------------------------------------
// ECharts: one line chart of the trade series, years without a value left as gaps.

function chartData({ series }) {
  const members = series.filter((s) => s.group === CHART);
  if (members.length === 0) fail(`no series in the group "${CHART}"`);
  const rows = members.map((s) => readCsv(s.file.replace(/\.toml$/, '.csv')));
  const years = rows.flat().map((r) => Number(r.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const axis = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const lines = members.map((s, i) => {
    const byYear = new Map(rows[i].map((r) => {
      if (!/^-?\d+(\.\d+)?$/.test(r.value)) fail(`${s.file}: value "${r.value}" in ${r.year} is not a plain number`);
      const source = s.sources?.[r.source] ?? fail(`${s.file}: ${r.year} names the unknown source "${r.source}"`);
      return [r.year, { value: Number(r.value), status: r.status, note: r[`note_${LANG}`] ?? '', source: source.title }];
    }));
    return {
      name: text(s.title, s.file),
      unit: text(s.unit, s.file),
      points: axis.map((year) => byYear.get(year) ?? null),
    };
  });
  const sources = members.flatMap((s) => Object.values(s.sources ?? {}));
  const unique = [...new Map(sources.map((s) => [s.url, s])).values()];
  return {
    // As the exhibit heads a chart: its series' titles joined.
    title: lines.map((l) => l.name).join(' · '),
    // The axis names the unit most of the lines share; each value's tooltip names its own.
    unit: mostCommon(lines.map((l) => l.unit)),
    years: axis,
    lines,
    sources: unique,
  };
}

function mostCommon(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** The ECharts option (https://echarts.apache.org/en/option.html); the page adds only the
 * tooltip's formatter, a function, which JSON cannot carry. */
function chartOption(chart) {
  return {
    title: { text: chart.title, left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 60, right: 40, top: 80, bottom: 60 },
    xAxis: { type: 'category', data: chart.years, boundaryGap: false },
    yAxis: { type: 'value', name: chart.unit },
    series: chart.lines.map((line) => ({
      name: line.name,
      type: 'line',
      connectNulls: false,
      symbolSize: 8,
      data: line.points.map((p) => (p ? p.value : null)),
    })),
  };
}

// -----------------------------------------------------------------------------------------
// The page

const PAGE_CSS = `
body { margin: 0; font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1a1a1a; }
header { padding: 12px 24px; border-bottom: 1px solid #ddd; }
header h1 { margin: 0; font-size: 22px; }
#timeline-embed { width: 100%; height: 580px; }
section.chart { padding: 16px 24px; }
#chart { width: 100%; height: 400px; }
.chart-sources { font-size: 13px; line-height: 1.4; }
`;

// The security policy the server sends (scripts/serve.mjs reads it from this page's meta tag):
// only this origin, as for the exhibit, but inline styles allowed, which TimelineJS and
// ECharts write (a site using them needs 'unsafe-inline' for styles), and data: images, which
// ECharts' tooltips and TimelineJS's markers may use.
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";

function pageHtml(chart) {
  const sources = chart.sources.map((s) => `<li>${sourceHtml(s)}</li>`).join('\n');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>Vergleich: TimelineJS 3 und ECharts mit den Inhalten der Ausstellung</title>
<link rel="stylesheet" href="timeline/css/timeline.css">
<link rel="stylesheet" href="page.css">
</head>
<body>
<header><h1>Nanjing – Stuttgart (Vergleichsseite: TimelineJS 3 und ECharts)</h1></header>
<div id="timeline-embed"></div>
<section class="chart">
<div id="chart"></div>
<div class="chart-sources"><p>Quellen:</p><ul>
${sources}
</ul></div>
</section>
<script src="timeline/js/timeline.js"></script>
<script src="echarts/echarts.min.js"></script>
<script src="page.js"></script>
</body>
</html>
`;
}

// Instantiates both as their documentation shows. The timeline's data is a URL, as in the
// documented examples; the chart's option is fetched the same way.
const PAGE_JS = `
var timeline = new TL.Timeline('timeline-embed', 'data/timeline.json', {
  language: 'de',
  script_path: new URL('timeline/js/', document.baseURI).href,
  font: null
});
window.timeline = timeline;
var numbers = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 });
fetch('data/chart.json').then(function (r) { return r.json(); }).then(function (data) {
  var chart = echarts.init(document.getElementById('chart'));
  var option = data.option;
  option.yAxis.axisLabel = { formatter: function (v) { return numbers.format(v); } };
  option.tooltip.formatter = function (items) {
    var lines = items.filter(function (i) { return i.value != null; }).map(function (i) {
      var p = data.lines[i.seriesIndex].points[i.dataIndex];
      return i.marker + i.seriesName + ': <b>' + numbers.format(p.value) + '</b> ' + data.lines[i.seriesIndex].unit + ' (' + p.status + ')'
        + (p.note ? '<br>' + p.note : '') + '<br>Quelle: ' + p.source;
    });
    return '<b>' + items[0].axisValue + '</b><br>' + (lines.length ? lines.join('<br>') : 'kein Wert');
  };
  chart.setOption(option);
  window.addEventListener('resize', function () { chart.resize(); });
});
`;

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

const out = process.argv[2] ?? fail('usage: node bench/side-by-side/generate.mjs <out folder>');
const tl = join(MODULES, '@knight-lab/timelinejs/dist');
const ec = join(MODULES, 'echarts/dist');
try {
  readFileSync(join(tl, 'js/timeline.js'));
  readFileSync(join(ec, 'echarts.min.js'));
} catch {
  fail('TimelineJS or ECharts is missing: run `npm ci --prefix bench/side-by-side` (scripts/bench.sh does)');
}
const content = readContent();
const chart = chartData(content);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'data'), { recursive: true });
copy(join(tl, 'js/timeline.js'), join(out, 'timeline/js/timeline.js'));
copy(join(tl, `js/locale/${LANG}.json`), join(out, `timeline/js/locale/${LANG}.json`));
copy(join(tl, 'css/timeline.css'), join(out, 'timeline/css/timeline.css'));
for (const icon of readdirSync(join(tl, 'css/icons'))) copy(join(tl, 'css/icons', icon), join(out, 'timeline/css/icons', icon));
copy(join(ec, 'echarts.min.js'), join(out, 'echarts/echarts.min.js'));
const timeline = timelineJson(content);
writeFileSync(join(out, 'data/timeline.json'), JSON.stringify(timeline));
writeFileSync(join(out, 'data/chart.json'), JSON.stringify({ option: chartOption(chart), lines: chart.lines }));
writeFileSync(join(out, 'index.html'), pageHtml(chart));
writeFileSync(join(out, 'page.css'), PAGE_CSS.trimStart());
writeFileSync(join(out, 'page.js'), PAGE_JS.trimStart());
console.log(`side-by-side: ${timeline.events.length} events, ${timeline.eras.length} eras, ${chart.lines.length} series (${chart.lines.map((l) => l.points.filter(Boolean).length).join(' + ')} values), ${chart.sources.length} chart sources -> ${out}`);
