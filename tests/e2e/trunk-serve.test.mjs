// `trunk serve`, the first command a Yew developer types: started on a free port of 127.0.0.1
// with its own build folder (Trunk's post_build hook, scripts/trunk-hook.sh, adds what Trunk
// alone lacks), it shows the exhibit, timeline and all, with no policy violation, opens Trunk's
// live-reload connection, and reloads when a watched file is written (the stylesheet, with the
// bytes it has). The first run compiles the debug build (minutes).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { appReady } from './harness.mjs';
import { reportPolicyViolations } from './common.mjs';

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

let trunk;
let dist;
let url;
let browser;
let output = '';
before(async () => {
  dist = mkdtempSync(join(tmpdir(), 'exhibit-trunk-serve-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  trunk = spawn('trunk', ['serve', '--address', '127.0.0.1', '--port', String(port), '--dist', dist], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  trunk.stdout.on('data', (chunk) => (output += chunk));
  trunk.stderr.on('data', (chunk) => (output += chunk));
  // Ready when the hook has run and the page carries the start script as a file.
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    if (trunk.exitCode !== null) throw new Error(`trunk serve ended:\n${output}`);
    if (Date.now() > deadline) throw new Error(`trunk serve did not answer in 15 minutes:\n${output}`);
    const page = await fetch(`${url}/`).then((response) => response.text()).catch(() => '');
    if (/src="?\/start-[0-9a-f]+\.js/.test(page)) break;
    await new Promise((done) => setTimeout(done, 2000));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, { timeout: 16 * 60 * 1000 });
after(async () => {
  await browser?.close();
  if (trunk && trunk.exitCode === null) {
    process.kill(-trunk.pid, 'SIGINT');
    await new Promise((done) => trunk.once('exit', done));
  }
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('trunk serve', () => {
  test('shows the exhibit with its timeline and reloads it when a file changes', { timeout: 8 * 60 * 1000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
    await context.addInitScript(reportPolicyViolations);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    const reload = page.waitForEvent('websocket', { predicate: (socket) => socket.url().endsWith('/.well-known/trunk/ws'), timeout: 30000 });
    await page.goto(`${url}/de`);
    await appReady(page);
    assert.equal(await page.textContent('main h1'), 'Nanjing und Stuttgart');
    assert.ok((await page.locator('.timeline-track .marker').count()) > 5, 'the timeline has its markers');
    await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 30000 });
    await reload;
    // A watched file written (the same bytes): Trunk rebuilds and the page reloads itself.
    const reloaded = page.waitForEvent('load', { timeout: 5 * 60 * 1000 });
    writeFileSync('assets/style.css', readFileSync('assets/style.css'));
    await reloaded;
    await appReady(page);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
