// A build step (scripts/build.sh, after the prerenderer and the pictures, before the sub-path
// move and the service worker): draws every link preview (og:image, 1200×630 JPEG) from the
// exhibit's own rendering. The prerenderer wrote each preview as a page
// (src/components/preview_card.rs, <work>/previews/<lang>/…/<id>.html) that uses the built
// stylesheet, fonts, pictures and, for a chart, the chart plotters draws; this script serves
// the build on 127.0.0.1, opens each page in Chromium without the app and photographs it into
// dist/previews/<lang>/…/<id>.jpg.
//
// A picture is drawn again only when something it depends on changed: the page, every file it
// loads (stylesheets and the fonts and pictures they name), this script and the browser's
// version. Drawn pictures are kept in <work>/cache/<hash>.jpg, so an unchanged build draws
// nothing and does not even start the browser.
//
//   node scripts/draw-previews.mjs dist "$CARGO_TARGET_DIR/previews"
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walk } from './files.mjs';

export const WIDTH = 1200;
export const HEIGHT = 630;
// JPEG quality: text stays clean and a preview stays well under 120 KB (see README).
export const QUALITY = 82;
// Two pages at once: the machine has two cores, shared with other builds.
const PARALLEL = 2;
// The smallest a title may shrink to before a preview counts as not fitting, in px.
const SMALLEST_TITLE_PX = 30;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The preview pages carry no script (Trunk's minified scripts change their names from build to
// build); the values a page computes (a category's colour) travel as data-style attributes,
// which the exhibit's own script applies, run here from its source.
const DATA_STYLE = readFileSync(fileURLToPath(new URL('../assets/scripts/data-style.js', import.meta.url)), 'utf8');
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'];

const fail = (message) => {
  console.error(`draw-previews: ${message}`);
  process.exit(1);
};

/** Every file below `dist` that `page` (HTML) loads, and the files its stylesheets name. */
function dependencies(dist, html) {
  const found = new Set();
  const visit = (path) => {
    if (found.has(path)) return;
    const file = join(dist, path);
    if (!existsSync(file) || !statSync(file).isFile()) fail(`a preview page needs ${path}, which the build lacks`);
    found.add(path);
    if (path.endsWith('.css')) {
      for (const [, , ref] of readFileSync(file, 'utf8').matchAll(/url\((["']?)\/(?!\/)([^)"']+)\1\)/g)) visit(ref);
    }
  };
  for (const [, ref] of html.matchAll(/\b(?:href|src)=["']?\/(?!\/)([^"'\s>]+)/g)) visit(ref);
  return [...found].sort();
}

/** What a preview's picture depends on, as one hash. */
function key(dist, html, drawer) {
  const hash = createHash('sha256').update(drawer).update(html);
  for (const path of dependencies(dist, html)) hash.update(path).update(readFileSync(join(dist, path)));
  return hash.digest('hex').slice(0, 32);
}

/** Draws `jobs` ({ url, out }) with `PARALLEL` pages of one browser. */
async function draw(dist, work, jobs) {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('./serve.mjs');
  const { server, url } = await startServer({ dir: dist, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
    // The preview pages are not in the build: each is answered from the work folder.
    await context.route(/\/previews\/.*\.html$/, (route) => {
      const path = new URL(route.request().url()).pathname;
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(work, path)) });
    });
    const queue = [...jobs];
    const worker = async () => {
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('requestfailed', (request) => problems.push(`${request.url()} failed`));
      page.on('response', (response) => response.status() >= 400 && problems.push(`${response.url()}: HTTP ${response.status()}`));
      for (let job = queue.shift(); job; job = queue.shift()) {
        problems.length = 0;
        await page.goto(`${url}/${job.page}`, { waitUntil: 'load' });
        const fit = await settle(page);
        if (problems.length) fail(`${job.page}: ${problems.join('; ')}`);
        if (fit) fail(`${job.page}: ${fit}`);
        writeFileSync(job.cached, await page.screenshot({ type: 'jpeg', quality: QUALITY, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } }));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

/** Makes a loaded preview page ready to photograph; says what is wrong (nothing: null). */
export async function settle(page) {
  await page.evaluate(DATA_STYLE);
  return page.evaluate(fitAndCheck, SMALLEST_TITLE_PX);
}

/**
 * In the page: waits for the fonts and pictures; where the card's text would run out of the
 * picture, shows fewer lines of its running text, then a smaller title; says what is still
 * wrong (nothing: null).
 */
async function fitAndCheck(smallest) {
  await document.fonts.ready;
  // The Latin faces are "font-display: optional" (scripts/fonts.py): where one arrives late, as
  // on a busy machine, the page keeps its fallback font for good, and the photograph would
  // show it (CI, 2026-12-07: the chart's preview drawn again differed by 6.61 per channel).
  // So every face the page asked for is added again, loaded, with "block": the text is laid
  // out in the exhibit's fonts whenever they came.
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSFontFaceRule);
  const unquote = (name) => name.replace(/^["']|["']$/g, '');
  for (const [index, face] of [...document.fonts].entries()) {
    if (face.status === 'error') return `the font ${face.family} ${face.weight} did not load`;
    if (face.status !== 'loaded') continue;
    const rule = rules[index];
    if (!rule || unquote(rule.style.getPropertyValue('font-family')) !== unquote(face.family)) {
      return `the page's fonts are not its @font-face rules in order (${face.family})`;
    }
    const again = new FontFace(face.family, rule.style.getPropertyValue('src'), {
      weight: face.weight,
      style: face.style,
      unicodeRange: face.unicodeRange,
      display: 'block',
    });
    await again.load();
    document.fonts.add(again);
  }
  await document.fonts.ready;
  for (const image of document.images) {
    if (!image.complete) await new Promise((done) => image.addEventListener('load', done, { once: true }));
    if (!image.naturalWidth) return `the picture ${image.src} did not load`;
  }
  const card = document.querySelector('main.preview');
  if (!card) return 'no preview on the page';
  const body = card.querySelector('.preview-body');
  const bottom = () => body.getBoundingClientRect().bottom + 1;
  const overflows = () => [...body.querySelectorAll('*:not(svg *)')].some((element) => element.getBoundingClientRect().bottom > bottom());
  // First fewer lines of running text (down to two), then a smaller title.
  const lead = card.querySelector('.preview-lead');
  while (lead && overflows()) {
    const lines = Number(getComputedStyle(lead).webkitLineClamp);
    if (!(lines > 2)) break;
    lead.style.webkitLineClamp = String(lines - 1);
  }
  const title = card.querySelector('.preview-title');
  while (title && overflows()) {
    const size = parseFloat(getComputedStyle(title).fontSize);
    if (size <= smallest) break;
    title.style.fontSize = `${size - 2}px`;
  }
  if (overflows()) return 'its text does not fit the picture; shorten the title';
  return null;
}

async function main() {
  const [dist = 'dist', work = join(process.env.CARGO_TARGET_DIR ?? 'target', 'previews')] = process.argv.slice(2);
  const started = Date.now();
  const pagesDir = join(work, 'previews');
  if (!existsSync(pagesDir)) fail(`no preview pages in ${pagesDir}: run the prerenderer with that folder first`);
  const cacheDir = join(work, 'cache');
  mkdirSync(cacheDir, { recursive: true });
  // This script and the browser's version: a change of either draws every picture again.
  let browserVersion = 'unknown';
  try {
    browserVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    fail(`cannot run ${CHROMIUM}; bash scripts/setup.sh installs it`);
  }
  const drawer = `${readFileSync(fileURLToPath(import.meta.url), 'utf8')}\n${DATA_STYLE}\n${browserVersion}`;
  const all = walk(pagesDir).filter((file) => file.endsWith('.html')).sort().map((file) => {
    const page = relative(work, file).split(sep).join('/');
    const cached = join(cacheDir, `${key(dist, readFileSync(file, 'utf8'), drawer)}.jpg`);
    return { page, cached, out: join(dist, page.replace(/\.html$/, '.jpg')) };
  });
  rmSync(join(dist, 'previews'), { recursive: true, force: true });
  const jobs = all.filter((job) => !existsSync(job.cached));
  if (jobs.length) await draw(dist, work, jobs);
  let bytes = 0;
  for (const job of all) {
    mkdirSync(dirname(job.out), { recursive: true });
    copyFileSync(job.cached, job.out);
    bytes += statSync(job.out).size;
  }
  // Pictures no build has used lately: kept up to three builds' worth, for switching back.
  const used = new Set(all.map((job) => job.cached));
  const stale = readdirSync(cacheDir).map((name) => join(cacheDir, name)).filter((file) => !used.has(file))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  for (const file of stale.slice(0, Math.max(0, stale.length - 2 * all.length))) unlinkSync(file);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`draw-previews: ${all.length} link previews (${jobs.length} drawn, ${all.length - jobs.length} unchanged), ${(bytes / 1e6).toFixed(2)} MB, ${seconds} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
