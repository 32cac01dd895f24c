// A build for a sub-path (an origin with a path, EXHIBIT_ORIGIN=https://example.org/ausstellung/nanjing/):
// the release build in dist/ copied and moved below /ausstellung/nanjing/ as scripts/build.sh
// does it (scripts/rebase.mjs, then the service worker and the compressed copies written anew),
// served there by scripts/serve.mjs and nothing outside it. Pages, files, links, a reload, back,
// the sitemap and the service worker all stay below the base.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { walk } from '../../scripts/files.mjs';
import { appReady } from './harness.mjs';
import { reportPolicyViolations } from './common.mjs';

const BASE = '/ausstellung/nanjing';
let dir;
let server;
let url;
let browser;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'exhibit-subpath-'));
  cpSync('dist', dir, { recursive: true });
  for (const file of walk(dir)) if (/\.(br|gz)$/.test(file)) unlinkSync(file);
  ({ server, url } = await startServer({ dir, port: 0, base: `${BASE}/` }));
  const run = (script, ...args) => execFileSync('node', [script, dir, ...args], { stdio: 'pipe' });
  run('scripts/rebase.mjs', `${url}${BASE}/`);
  run('scripts/write-sw.mjs');
  run('scripts/compress.mjs');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The build the workers below `base` record as ready (scripts/write-sw.mjs): its cache's name, or null. */
const readyBuild = (page, base = BASE) => page.evaluate(async (base) => {
  const record = await (await caches.open('exhibit-builds')).match(`${base}/exhibit-ready`);
  return record ? (await record.json()).current : null;
}, base);

/** Waits up to 30 s for `condition` (polled in the test); a timeout names `what`. */
async function waitFor(page, what, condition) {
  const since = Date.now();
  while (!(await condition())) {
    assert.ok(Date.now() - since < 30000, `${what} within 30 s`);
    await page.waitForTimeout(200);
  }
}

async function open() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  await context.addInitScript(reportPolicyViolations);
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const at = new URL(request.url());
    if (['data:', 'blob:'].includes(at.protocol)) return;
    if (at.origin !== origin || !(at.pathname === BASE || at.pathname.startsWith(`${BASE}/`))) problems.push(`outside the base: ${at}`);
  });
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  return { context, page, problems };
}

describe('a build for /ausstellung/nanjing/', () => {
  test('pages, files, links, a reload and back stay below the base', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${url}${BASE}/`);
    await page.waitForURL(`${url}${BASE}/de`);
    await appReady(page);
    assert.ok((await page.locator('.timeline-track .marker').count()) > 5, 'the timeline has its markers');
    const hrefs = await page.$$eval('a[href^="/"]', (links) => links.map((link) => link.getAttribute('href')));
    assert.ok(hrefs.length > 3);
    for (const href of hrefs) assert.ok(href.startsWith(`${BASE}/`), href);
    // A link followed in place, then a reload of that address, then back.
    await page.click(`a[href="${BASE}/de/charts"]`);
    await page.waitForURL(`${url}${BASE}/de/charts`);
    await appReady(page);
    await page.reload();
    await appReady(page);
    assert.equal(new URL(page.url()).pathname, `${BASE}/de/charts`);
    await page.goBack();
    await page.waitForURL(`${url}${BASE}/de`);
    await appReady(page);
    // An address that is no view: the server answers with the shell and status 404 (the
    // service worker, installed by now, answers the page itself), and the app shows its
    // not-found view.
    assert.equal((await fetch(`${url}${BASE}/de/nowhere`)).status, 404);
    await page.goto(`${url}${BASE}/de/nowhere`);
    await page.waitForSelector('main#content h1');
    assert.equal(new URL(page.url()).pathname, `${BASE}/de/nowhere`);
    assert.deepEqual(problems.filter((problem) => !/(HTTP 404: |ERR_FAILED)/.test(problem) || !problem.includes('nowhere')), []);
    await context.close();
  });

  test('the sitemap, robots.txt and the manifest name addresses below the base', async () => {
    const sitemap = await (await fetch(`${url}${BASE}/sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    assert.ok(locs.length > 10);
    for (const loc of locs) assert.ok(loc.startsWith(`${url}${BASE}/`), loc);
    assert.match(await (await fetch(`${url}${BASE}/robots.txt`)).text(), new RegExp(`Sitemap: ${url}${BASE}/sitemap.xml`));
    const manifest = await (await fetch(`${url}${BASE}/manifest.webmanifest`)).json();
    assert.equal(manifest.start_url, `${BASE}/`);
    assert.equal(manifest.scope, `${BASE}/`);
    assert.equal((await fetch(`${url}/de`)).status, 404, 'nothing is served outside the base');
  });

  test("every page's link preview lies below the base and is served there", async () => {
    const images = new Set();
    for (const file of walk(dir).filter((f) => f.endsWith('/index.html'))) {
      const html = readFileSync(file, 'utf8');
      const image = html.match(/<meta property="og:image" content="([^"]*)"/)?.[1];
      assert.ok(image?.startsWith(`${url}${BASE}/previews/`), `${file}: ${image}`);
      assert.ok(html.includes(`<meta property="og:url" content="${url}${BASE}/`), file);
      images.add(image);
    }
    assert.ok(images.size > 100, `${images.size} previews`);
    for (const image of [...images].slice(0, 12)) {
      const response = await fetch(image);
      assert.equal(response.status, 200, image);
      assert.equal(response.headers.get('content-type'), 'image/jpeg', image);
      assert.ok((await response.arrayBuffer()).byteLength > 10_000, image);
    }
  });

  test('embeds lie below the base, may be framed, and link to the exhibit there', async () => {
    const embed = `${url}${BASE}/embed/zh/chart/bw-china-trade`;
    const response = await fetch(embed);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy'), /frame-ancestors \*$/);
    assert.match(await response.text(), new RegExp(`<link rel="canonical" href="${url}${BASE}/zh/charts">`));
    const missing = await fetch(`${url}${BASE}/embed/de/event/no-such-event`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-security-policy'), /frame-ancestors \*$/);
    assert.match((await fetch(`${url}${BASE}/de`)).headers.get('content-security-policy'), /frame-ancestors 'none'$/);
    const { context, page, problems } = await open();
    await page.goto(embed);
    await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0);
    assert.equal(await page.getAttribute('a.embed-open', 'href'), `${BASE}/zh/charts#bw-china-trade`);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'no worker from an embed');
    await page.goto(`${url}${BASE}/embed/de/event/no-such-event`);
    await page.waitForSelector('.embed-missing h1');
    assert.equal(await page.textContent('.embed-missing h1'), 'Dieses Ereignis gibt es hier nicht');
    assert.equal(await page.getAttribute('a.embed-open', 'href'), `${BASE}/de`);
    // The missing embed's own 404 (also reported by the console without its address); any
    // other failed file would still show as "HTTP 404: <its address>".
    assert.deepEqual(problems.filter((problem) => !problem.includes('no-such-event') && !/status of 404/.test(problem)), []);
    await context.close();
  });

  test('the service worker controls the sub-path and starts the exhibit offline', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${url}${BASE}/de`);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, `${url}${BASE}/`);
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    assert.ok(cached.includes(`${BASE}/app.html`), 'the shell is kept');
    for (const path of cached) assert.ok(path.startsWith(`${BASE}/`), path);
    await context.setOffline(true);
    await page.goto(`${url}${BASE}/en/about`);
    await appReady(page);
    assert.equal(new URL(page.url()).pathname, `${BASE}/en/about`);
    // Offline, the worker's try of the network fails before the cache answers: not a problem.
    assert.deepEqual(problems.filter((problem) => !/request failed|ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(problem)), []);
    await context.close();
  });

  test('a kiosk under the sub-path checks every file it keeps and starts offline on its ready build', async () => {
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    const constant = (name) => JSON.parse(worker.match(new RegExp(`const ${name} = ([\\[{][\\s\\S]*?[\\]}]);`))[1]);
    const integrity = constant('INTEGRITY');
    const files = [...constant('CORE'), ...constant('EXTRA')].filter((file) => file !== `${BASE}/`);
    assert.ok(files.length > 20, `${files.length} files`);
    for (const file of files) assert.match(integrity[file] ?? 'none', /^sha384-/, `${file} is checked against its hash`);
    const { context, page, problems } = await open();
    await page.goto(`${url}${BASE}/de?mode=kiosk`);
    await appReady(page);
    await waitFor(page, 'the build is ready', async () => (await readyBuild(page)) != null);
    const build = await readyBuild(page);
    assert.match(build, /^exhibit\/ausstellung\/nanjing-[0-9a-f]{16}$/, 'the build is named after its base');
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    await context.setOffline(true);
    await page.goto(`${url}${BASE}/zh?mode=kiosk`);
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
    const kept = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), build);
    assert.ok(kept.includes(`${BASE}/app.html`) && kept.some((path) => path.startsWith(`${BASE}/pictures/`)), kept.join(' '));
    assert.deepEqual(problems.filter((problem) => !/request failed|ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(problem)), []);
    await context.close();
  });

  test('a new build below the sub-path leaves the builds of an exhibit at the root of the same origin alone', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${url}${BASE}/de?mode=kiosk`);
    await appReady(page);
    await waitFor(page, 'the first build is ready', async () => (await readyBuild(page)) != null);
    const first = await readyBuild(page);
    // Another exhibit at the origin's root, as its worker left it: its build and its record.
    const ROOT_BUILD = 'exhibit-0123456789abcdef';
    await page.evaluate(async (name) => {
      await (await caches.open(name)).put('/app.html', new Response('<!doctype html><title>another exhibit</title>'));
      await (await caches.open('exhibit-builds')).put('/exhibit-ready', new Response(JSON.stringify({ current: name, earlier: [] })));
    }, ROOT_BUILD);
    // A second build under the sub-path: one page changed, its worker written anew.
    const app = join(dir, 'app.html');
    writeFileSync(app, `${readFileSync(app, 'utf8')}<!-- the second build -->\n`);
    for (const file of walk(dir)) if (/\.(br|gz)$/.test(file)) unlinkSync(file);
    execFileSync('node', ['scripts/write-sw.mjs', dir], { stdio: 'pipe' });
    execFileSync('node', ['scripts/compress.mjs', dir], { stdio: 'pipe' });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration.update()));
    await waitFor(page, 'the second build is ready', async () => ![null, first].includes(await readyBuild(page)));
    const second = await readyBuild(page);
    assert.match(second, /^exhibit\/ausstellung\/nanjing-[0-9a-f]{16}$/);
    const names = await page.evaluate(() => caches.keys());
    assert.deepEqual(names.filter((name) => name.startsWith('exhibit/')).sort(), [first, second].sort(), 'the sub-path keeps its ready build and the one before it');
    assert.ok(names.includes(ROOT_BUILD), `the root exhibit's build is still there: ${names.join(', ')}`);
    assert.equal(await readyBuild(page, ''), ROOT_BUILD, 'the root exhibit\'s record is untouched');
    const rootPage = await page.evaluate(async (name) => (await (await caches.open(name)).match('/app.html'))?.text(), ROOT_BUILD);
    assert.match(rootPage ?? '', /another exhibit/);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
