// Shared by every browser's end-to-end tests, whatever drives the browser: Chromium through
// Playwright (harness.mjs), Firefox ESR through puppeteer-core and WebKitGTK through WebDriver
// (smoke.mjs): the window sizes, where screenshots go, the served release build, what each
// view's heading says, and the scripts that run inside the page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const SIZES = {
  'kiosk-landscape': { width: 1920, height: 1080 },
  'kiosk-portrait': { width: 1080, height: 1920 },
  phone: { width: 390, height: 844 },
};

export const SCREENSHOT_DIR = join(process.env.CARGO_TARGET_DIR ?? 'target', 'screenshots');

/** Each view's heading (`main h1`) by language and path after the language; the event path is
 * one that does not exist (its own not-found heading). */
export const HEADINGS = {
  de: { '': 'Nanjing und Stuttgart', '/charts': 'Handel und Investitionen', '/about': 'Über diese Ausstellung', '/event/no-such-event': 'Dieses Ereignis gibt es hier nicht' },
  zh: { '': '南京与斯图加特', '/charts': '贸易与投资', '/about': '关于本展览', '/event/no-such-event': '没有找到这个事件' },
  en: { '': 'Nanjing and Stuttgart', '/charts': 'Trade and investment', '/about': 'About this exhibition', '/event/no-such-event': 'No such event here' },
};

/** The release build (dist/) served on 127.0.0.1 at a free port; `stop()` ends the server. */
export async function serveExhibit() {
  const { server, url } = await startServer({ dir: 'dist', port: 0 });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return { url, stop: () => new Promise((done) => server.close(done)) };
}

/** Runs in the page before its own scripts: the browser reports every refused script, style or
 * request as this event; it becomes a console error, which the tests count as a problem. */
export function reportPolicyViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'}`);
  });
}

/** Runs in the page: true once the app has hydrated and answers input (src/app.rs sets the mark). */
export function isInteractive() {
  // The timeline, where there is one, has been measured by the app: it no longer carries the
  // layout of every class (src/time_axis/classes.rs).
  return performance.getEntriesByName('exhibit-interactive').length > 0
    && !document.querySelector('.timeline-track[data-classes]');
}
