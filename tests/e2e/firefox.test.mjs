// The smoke suite (smoke.mjs) in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core
// through WebDriver BiDi: no geckodriver, no browser download.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { SIZES, isInteractive, reportPolicyViolations, serveExhibit } from './common.mjs';
import { smokeSuite } from './smoke.mjs';

async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  return {
    async open(size) {
      const page = await browser.newPage();
      await page.setViewport(size);
      await page.evaluateOnNewDocument(reportPolicyViolations);
      const problems = [];
      let origin = null;
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (origin && !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
      return {
        async goto(url) {
          origin = new URL(url).origin;
          await page.goto(url);
        },
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        async waitFor(fn, arg, timeout) {
          const handle = await page.waitForFunction(fn, { timeout, polling: 100 }, arg);
          return handle.jsonValue();
        },
        click: (selector) => page.click(selector),
        tap: (selector) => page.tap(selector),
        async resize(next) {
          await page.setViewport(next);
          return next;
        },
        screenshot: (path) => page.screenshot({ path }),
        problems: async () => problems.splice(0),
      };
    },
    close: () => browser.close(),
  };
}

smokeSuite('firefox', launchFirefox);

// The page drawn at build time already carries the timeline's final layout in Firefox too: with
// the WebAssembly held back, no two markers overlap, and none moves when it arrives.
describe('first paint in firefox', () => {
  let server;
  let browser;
  before(async () => {
    server = await serveExhibit();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  const boxes = (page) => page.$$eval('.timeline-track .marker', (markers) => markers
    .filter((marker) => getComputedStyle(marker).display !== 'none')
    .map((marker) => {
      const box = marker.getBoundingClientRect();
      return { id: marker.dataset.eventId, x: box.x, y: box.y, width: box.width, height: box.height };
    }));

  for (const [name, size] of [['phone', SIZES.phone], ['kiosk-landscape', SIZES['kiosk-landscape']]]) {
    test(`${name}: the timeline before the WebAssembly is the one after it`, async () => {
      const page = await browser.newPage();
      await page.setViewport(size);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      let release;
      const held = new Promise((resolve) => {
        release = resolve;
      });
      await page.setRequestInterception(true);
      page.on('request', async (request) => {
        if (request.url().endsWith('.wasm')) await held;
        await request.continue();
      });
      await page.goto(`${server.url}/de`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('.timeline-track[data-class]');
      const early = await boxes(page);
      assert.ok(early.length >= 5, `only ${early.length} markers before the app`);
      early.forEach((a, i) => {
        for (const b of early.slice(i + 1)) {
          const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
          assert.ok(across <= 1 || down <= 1, `${a.id} lies on ${b.id} before the app`);
        }
      });
      release();
      await page.waitForFunction(isInteractive, { timeout: 20000, polling: 100 });
      const late = await boxes(page);
      assert.deepEqual(late.map((m) => m.id).sort(), early.map((m) => m.id).sort());
      for (const marker of late) {
        const before = early.find((m) => m.id === marker.id);
        for (const key of ['x', 'y', 'width', 'height']) {
          assert.ok(Math.abs(marker[key] - before[key]) <= 3, `${marker.id} moved: ${key} ${before[key]} → ${marker[key]}`);
        }
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
