// Kiosk updates end to end (src/kiosk/update.rs, scripts/write-sw.mjs): builds served one
// after the other from the same address. A kiosk in the middle of a visit keeps its view while
// the new build installs; once it has gone idle it shows the new content. An update with a
// file missing, or a file that does not match its hash, never replaces the running build.
// The builds are the release build (dist/) with a changed content file and its own service
// worker, prepared in a temporary folder.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { appReady } from './harness.mjs';
import { SIZES, reportPolicyViolations } from './common.mjs';

const TITLE = 'Bosch eröffnet ein neues Werk in Nanjing';
// The same length in bytes, so the encoded content stays valid.
const NEW_TITLE = 'Bosch eröffnet ein neues Werk in NANJING';
const BROKEN_TITLE = 'Bosch eröffnet ein neues Werk in nanjing';
const FIXED_TITLE = 'Bosch eröffnet ein neues Werk in NANJINg';
// How long a new build may take to arrive once the kiosk is idle: the first attract step
// after the build is ready (every 8 s, after 5 s idle and the countdown), more on a busy machine.
const ARRIVAL_MS = 60000;

const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));

/** Gives a hashed file (`name-<16 hex>.ext`) a new name after its new content, as a new build
 * would, and points every page and script at it. */
function rename(dir, oldName, bytes) {
  const newName = oldName.replace(/-[0-9a-f]{16}\./, `-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.`);
  rmSync(join(dir, oldName));
  writeFileSync(join(dir, newName), bytes);
  for (const file of filesUnder(dir).filter((path) => /\.(html|js)$/.test(path))) {
    const text = readFileSync(file, 'utf8');
    if (text.includes(oldName)) writeFileSync(file, text.replaceAll(oldName, newName));
  }
  return newName;
}

/** dist/ with one event's title changed in the content file, and its own service worker. */
function buildWithTitle(root, name, title) {
  const dir = join(root, name);
  cpSync('dist', dir, { recursive: true });
  // The compressed copies would still hold the old bytes.
  for (const file of filesUnder(dir).filter((path) => /\.(gz|br)$/.test(path))) rmSync(file);
  const content = readdirSync(dir).find((file) => /^content-[0-9a-f]{16}\.bin$/.test(file));
  const bytes = readFileSync(join(dir, content));
  const at = bytes.indexOf(Buffer.from(TITLE));
  assert.ok(at >= 0, 'the title is in the content file');
  Buffer.from(title).copy(bytes, at);
  rename(dir, content, bytes);
  const start = readdirSync(dir).find((file) => /^start-[0-9a-f]{16}\.js$/.test(file));
  rename(dir, start, readFileSync(join(dir, start)));
  execFileSync('node', ['scripts/write-sw.mjs', dir], { stdio: 'ignore' });
  return dir;
}

let root;
let server;
let url;
let browser;
/** Serves `dir` from now on, at the same address (the symbolic link the server reads through). */
function serve(dir) {
  const link = join(root, 'live');
  symlinkSync(dir, `${link}.next`);
  renameSync(`${link}.next`, link);
}

before(async () => {
  mkdirSync(process.env.CARGO_TARGET_DIR ?? 'target', { recursive: true });
  root = resolve(mkdtempSync(join(process.env.CARGO_TARGET_DIR ?? 'target', 'kiosk-update-')));
  cpSync('dist', join(root, 'a'), { recursive: true });
  serve(join(root, 'a'));
  ({ server, url } = await startServer({ dir: join(root, 'live'), port: 0 }));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The title of the Bosch event as the start view's list shows it. */
const shownTitle = (page) => page.locator('a[href*="/event/bosch-aftermarket-plant"] .event-title').first().textContent();

/** The states every new worker goes through, recorded in the page (e.g. "installing",
 * "redundant" for one whose install failed). */
const recordWorkers = (page) =>
  page.evaluate(async () => {
    window.workerStates = [];
    const registration = await navigator.serviceWorker.getRegistration();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      window.workerStates.push(worker.state);
      worker.addEventListener('statechange', () => window.workerStates.push(worker.state));
    });
  });

/** What the page and its workers are doing, for a failure's message. */
const workerReport = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const describe = (worker) => (worker ? `${worker.state} ${new URL(worker.scriptURL).pathname}` : 'none');
    return JSON.stringify({
      address: location.pathname + location.search,
      controller: describe(navigator.serviceWorker.controller),
      active: describe(registration?.active),
      waiting: describe(registration?.waiting),
      installing: describe(registration?.installing),
      workerStates: window.workerStates,
      overlay: document.querySelector('.kiosk-overlay')?.className ?? 'none',
      caches: await caches.keys(),
      ready: await (await (await caches.open('exhibit-builds')).match('/exhibit-ready'))?.text(),
      head: [...document.head.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')),
    });
  }).catch((error) => `(no report: ${error.message})`);

/** Waits for `condition` in the page; a timeout names the workers' states. */
async function waitWithReport(page, condition, argument, what, timeout = 60000) {
  try {
    await page.waitForFunction(condition, argument, { timeout });
  } catch (error) {
    const report = await workerReport(page);
    assert.fail(`${what}: ${error.message}; ${report}`);
  }
}

/** A kiosk page on the build served now, its problems collected. */
async function openKiosk() {
  const context = await browser.newContext({ viewport: SIZES['kiosk-landscape'], locale: 'de-DE', hasTouch: true });
  await context.addInitScript(reportPolicyViolations);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${url}/de?mode=kiosk&idle=5`);
  await appReady(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  return { context, page, problems };
}

/** The build the workers record as ready (scripts/write-sw.mjs): its cache's name, or null. */
const readyBuild = (page) =>
  page.evaluate(async () => {
    const record = await (await caches.open('exhibit-builds')).match('/exhibit-ready');
    return record ? (await record.json()).current : null;
  });

/** Waits until a build other than `running` is ready (its every file stored and checked),
 * tapping the card to keep the visit going. */
async function installDuringVisit(page, running) {
  const installed = Date.now();
  while ([null, running].includes(await readyBuild(page))) {
    assert.ok(Date.now() - installed < 60000, 'the new build installed within a minute');
    await page.locator('.event-card h1').tap();
    await page.waitForTimeout(1500);
  }
}

const arrived = (title) => [...document.querySelectorAll('a[href*="/event/bosch-aftermarket-plant"] .event-title')]
  .some((element) => element.textContent === title);

describe('kiosk updates', () => {
  test('a broken build never replaces the running one; the idle reset looks again; a good one installs during a visit without touching it', async () => {
    serve(join(root, 'a'));
    const b = buildWithTitle(root, 'b', NEW_TITLE);
    const c = buildWithTitle(root, 'c', BROKEN_TITLE);
    const d = buildWithTitle(root, 'd', BROKEN_TITLE);
    // c: a half-deployed build, one picture missing; d: a stylesheet that is not what the
    // build hashed.
    rmSync(filesUnder(join(c, 'pictures'))[0]);
    const style = readdirSync(d).find((file) => /^style-.*\.css$/.test(file));
    writeFileSync(join(d, style), `${readFileSync(join(d, style), 'utf8')}\nbody { color: red }\n`);
    const { context, page, problems } = await openKiosk();
    assert.equal(await shownTitle(page), TITLE);
    const first = await readyBuild(page);
    assert.match(first ?? '', /^exhibit-[0-9a-f]{16}$/, 'the first build is recorded as ready');

    // A half-deployed build: the kiosk, left alone, looks at its idle reset; the new worker
    // fails to install; the kiosk keeps the build it runs, also across a reload.
    serve(c);
    await recordWorkers(page);
    await waitWithReport(page, () => window.workerStates.includes('redundant'), null, 'the half-deployed build\u2019s worker fails its install at the idle reset');
    assert.ok(!(await page.evaluate(() => window.workerStates.includes('installed'))));
    await page.reload();
    await appReady(page);
    assert.equal(await shownTitle(page), TITLE);

    // A build with a file that does not match its hash: the same, at the hourly look.
    serve(d);
    await recordWorkers(page);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await waitWithReport(page, () => window.workerStates.includes('redundant'), null, 'the damaged build\u2019s worker fails its install');
    assert.ok(!(await page.evaluate(() => window.workerStates.includes('installed'))));
    await page.reload();
    await appReady(page);
    assert.equal(await shownTitle(page), TITLE);
    assert.equal(await readyBuild(page), first, 'a broken build is never recorded as ready');
    assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), ['exhibit-builds', first].sort(),
      'the broken builds left no cache behind');

    // The deployment is repaired while a visitor reads a card: the new build installs
    // completely and its worker takes over; the visit goes on untouched, on its own build.
    await page.locator('a[href*="/event/bosch-aftermarket-plant"]').first().tap();
    await page.waitForSelector('.event-card h1');
    // The address follows the card once it is painted.
    await page.waitForURL(/\/event\/bosch-aftermarket-plant/);
    const visit = new URL(page.url()).pathname;
    await page.evaluate(() => { window.sameVisit = true; });
    serve(b);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await installDuringVisit(page, first);
    await page.locator('.event-card h1').tap();
    await page.waitForTimeout(2000);
    assert.equal(await page.evaluate(() => window.sameVisit), true, 'the page was not reloaded during the visit');
    assert.equal(new URL(page.url()).pathname, visit);
    assert.equal(await page.textContent('.event-card h1'), TITLE);
    // Back to the start view within the visit: still the running build's content.
    await page.goBack();
    await page.waitForSelector('a[href*="/event/bosch-aftermarket-plant"] .event-title');
    assert.equal(await shownTitle(page), TITLE);
    assert.equal(await page.evaluate(() => window.sameVisit), true, 'the page was not reloaded during the visit');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('after going idle, the kiosk shows the new build, also offline', async () => {
    serve(join(root, 'a'));
    const e = buildWithTitle(root, 'e', FIXED_TITLE);
    const { context, page, problems } = await openKiosk();
    assert.equal(await shownTitle(page), TITLE);
    const first = await readyBuild(page);
    await page.locator('a[href*="/event/bosch-aftermarket-plant"]').first().tap();
    await page.waitForSelector('.event-card h1');
    serve(e);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await installDuringVisit(page, first);
    const ready = await readyBuild(page);
    // Left alone: "still there?", the reset, and the new build, at the kiosk's start.
    await waitWithReport(page, arrived, FIXED_TITLE, 'the new build arrives after going idle', ARRIVAL_MS);
    // At the kiosk's start: the start address, which names no language, becomes the kiosk's own.
    await page.waitForURL((address) => address.pathname + address.search === '/de?mode=kiosk&idle=5', { timeout: 10000 });
    await appReady(page);
    // The new build is whole in the kiosk's cache: it starts again without a network, in
    // another language too, and its pictures are there.
    await context.setOffline(true);
    await page.goto(`${url}/zh?mode=kiosk&idle=5`);
    await appReady(page);
    assert.equal(await readyBuild(page), ready);
    await page.goto(`${url}/de?mode=kiosk&idle=5`);
    await appReady(page);
    assert.equal(await shownTitle(page), FIXED_TITLE);
    const pictures = await page.evaluate(async () => {
      const cache = await caches.open((await (await (await caches.open('exhibit-builds')).match('/exhibit-ready')).json()).current);
      return (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith('/pictures/')).length;
    });
    assert.ok(pictures > 0, 'the pictures are kept');
    // Two builds at most: the ready one and the one before it.
    const kept = (await page.evaluate(() => caches.keys())).filter((name) => name !== 'exhibit-builds');
    assert.ok(kept.includes(ready) && kept.length <= 2, kept.join(', '));
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
