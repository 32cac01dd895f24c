// What the benchmark's working tools (first-page.mjs, taps.mjs, trace-start.mjs,
// profile-start.mjs) share: their command line and the Chromium they start.
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
