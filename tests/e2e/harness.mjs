// Shared by the end-to-end tests: the release build served on 127.0.0.1 and Debian's Chromium
// driven by playwright-core. Every page records console errors, uncaught exceptions, requests
// that failed, any request to another origin and any Content-Security-Policy violation, so a
// test can assert that a visitor met none.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const SIZES = {
  'kiosk-landscape': { width: 1920, height: 1080 },
  'kiosk-portrait': { width: 1080, height: 1920 },
  phone: { width: 390, height: 844 },
};

export const SCREENSHOT_DIR = join(process.env.CARGO_TARGET_DIR ?? 'target', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts the server on a free port and the browser; `stop()` ends both. */
export async function startExhibit() {
  const { server, url } = await startServer({ dir: 'dist', port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** A browser with a profile on disk (not incognito), for what only such a browser does, such as
 * offering to install the exhibit as an app. Close it when done; the folder is removed. */
export async function launchWithProfile() {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'exhibit-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: SIZES['kiosk-landscape'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser context and page of the given size, recording every problem a visitor could meet. */
export async function openPage(exhibit, { size = SIZES['kiosk-landscape'], locale = 'de-DE', touch = false } = {}) {
  const context = await exhibit.browser.newContext({
    viewport: size,
    locale,
    hasTouch: touch,
    isMobile: touch && size.width < 800,
  });
  // The browser reports every refused script, style or request as this event.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(exhibit.url).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, context, problems };
}

/** Waits until the app has rendered its view: a heading inside the main region. */
export async function appReady(page) {
  await page.waitForSelector('main#content h1', { timeout: 15000 });
}

/** The page's width beyond the viewport, in CSS px: 0 when nothing scrolls sideways. */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
