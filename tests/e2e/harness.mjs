// Shared by the end-to-end tests: the release build served on 127.0.0.1 and Debian's Chromium
// driven by playwright-core. Every page records console errors, uncaught exceptions, requests
// that failed, any request to another origin and any Content-Security-Policy violation, so a
// test can assert that a visitor met none.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SIZES, reportPolicyViolations, serveExhibit } from './common.mjs';

export { SCREENSHOT_DIR, SIZES } from './common.mjs';

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
  const server = await serveExhibit();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
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
  await context.addInitScript(reportPolicyViolations);
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
  // The timeline, where there is one, has been measured by the app (it no longer carries the
  // layout of every class: see src/time_axis/classes.rs).
  await page.waitForFunction(() => !document.querySelector('.timeline-track[data-classes]'), null, { timeout: 15000 });
}

/** Every size the first view is checked at: the kiosks, a phone, a laptop and a 4K screen. */
export const FIRST_VIEW_SIZES = {
  ...SIZES,
  laptop: { width: 1366, height: 768 },
  'kiosk-4k': { width: 3840, height: 2160 },
};

/** The boxes of every tap target on the page that another one overlaps (by more than a
 * pixel each way), as "a × b" lines; a target inside another (a link in a list item) is not
 * an overlap. Every target is measured where a visitor finds it: parts of the page the
 * browser lays out only near the viewport (`content-visibility: auto`, the event list) are
 * laid out for the check, as scrolling to them would. `selector` narrows the targets (the
 * timeline's markers and badges, say). */
export async function overlappingTargets(page, selector = 'a[href], button, [role="button"], input, select, summary') {
  return page.evaluate((selector) => {
    const overlaps = () => {
      const targets = [...document.querySelectorAll(selector)].filter((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !element.closest('[hidden], .visually-hidden');
      });
      const name = (element) => element.getAttribute('data-event-id') ?? (element.textContent.trim().slice(0, 30) || element.className);
      const found = [];
      targets.forEach((a, i) => {
        const boxA = a.getBoundingClientRect();
        for (const b of targets.slice(i + 1)) {
          if (a.contains(b) || b.contains(a)) continue;
          const boxB = b.getBoundingClientRect();
          const across = Math.min(boxA.right, boxB.right) - Math.max(boxA.left, boxB.left);
          const down = Math.min(boxA.bottom, boxB.bottom) - Math.max(boxA.top, boxB.top);
          if (across > 1 && down > 1) found.push(`${name(a)} × ${name(b)}`);
        }
      });
      return found;
    };
    const deferred = [...document.querySelectorAll('*')].filter((element) => getComputedStyle(element).contentVisibility === 'auto');
    for (const element of deferred) element.style.setProperty('content-visibility', 'visible');
    try {
      return overlaps();
    } finally {
      for (const element of deferred) element.style.removeProperty('content-visibility');
    }
  }, selector);
}

/** The page's width beyond the viewport, in CSS px: 0 when nothing scrolls sideways. */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Holds the app's WebAssembly back in `context` until the returned function is called, so the
 * page drawn at build time can be looked at before the app takes it over. */
export async function holdWasm(context) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await context.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
