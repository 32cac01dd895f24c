// What the benchmark's working tools (first-page.mjs, taps.mjs, trace-start.mjs,
// profile-start.mjs, after-usable.mjs) share: their command line, the Chromium they start, and
// a trace of what a page does.
import { chromium } from 'playwright-core';

/** The command line after the script: `option` takes `--name value` out of it, `flag` a bare
 * `--name`; what is left (`rest`) are the build folders. */
export function commandLine() {
  const rest = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = rest.indexOf(`--${name}`);
    if (at < 0) return fallback;
    const [value] = rest.splice(at, 2).slice(1);
    return value;
  };
  const flag = (name) => {
    const at = rest.indexOf(`--${name}`);
    if (at < 0) return false;
    rest.splice(at, 1);
    return true;
  };
  return { option, flag, rest };
}

const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Headless Chromium as the benchmark starts it (CHROMIUM names another binary). */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Runs `what` while Chromium traces `page` in `categories`; resolves to what `what` gave and
 * the trace's events. */
export async function traceOf(page, categories, what) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  const result = await what();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { result, events };
}

/** A trace event as a line of a listing: its name, and the event type, function or file it
 * concerns where the trace says. */
export function describeEvent(e) {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  const what = data.type ?? data.functionName ?? (data.url ? data.url.split('/').pop() : '') ?? '';
  return `${e.name}${what ? ` (${what})` : ''}`;
}
