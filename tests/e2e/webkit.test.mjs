// The smoke suite (smoke.mjs) in WebKit: Debian's WebKitGTK (webkit2gtk-driver's WebKitWebDriver
// and the MiniBrowser of libwebkit2gtk-4.1-0), driven over classic WebDriver (HTTP on 127.0.0.1)
// by the small client below, on a virtual display (Xvfb): WebKitGTK has no headless mode.
//
// Classic WebDriver hears nothing of the console, and this MiniBrowser does not pass on its
// console to its output in automation mode: after each page load a recorder in the page keeps
// console errors, uncaught errors, rejections and policy violations, and the resource timings
// show any request to another origin. What goes wrong before the page has loaded (the recorder
// comes in after the load event) is seen only as a missing hydration mark or a wrong heading.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SCREENSHOT_DIR, reportPolicyViolations } from './common.mjs';
import { smokeSuite } from './smoke.mjs';

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1 (for the driver, which takes a port number, not 0). */
async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/** Xvfb on the first free display, which it names on file descriptor 3. */
async function startDisplay() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2560x2048x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  xvfb.stderr.on('data', (chunk) => { log += chunk; });
  const display = await new Promise((resolve, reject) => {
    let number = '';
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${log}`)));
  });
  return { display, stop: () => stopProcess(xvfb) };
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
}

/** Runs in the page after each load: keeps what went wrong in `window.__smokeProblems`. */
function recordProblems() {
  const problems = (window.__smokeProblems = []);
  const consoleError = console.error.bind(console);
  console.error = (...parts) => {
    problems.push(`console error: ${parts.join(' ')}`);
    consoleError(...parts);
  };
  addEventListener('error', (event) => problems.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
}

/** Runs in the page: the recorded problems and requests to another origin since the last call. */
function takeProblems() {
  const foreign = performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !/^(data|blob):/.test(name) && new URL(name).origin !== location.origin)
    .map((name) => `request to another origin: ${name}`);
  performance.clearResourceTimings();
  return [...(window.__smokeProblems?.splice(0) ?? []), ...foreign];
}

async function launchWebKit() {
  const screen = await startDisplay();
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: screen.display },
  });
  let driverLog = '';
  driver.stdout.on('data', (chunk) => { driverLog += chunk; });
  driver.stderr.on('data', (chunk) => { driverLog += chunk; });
  const base = `http://127.0.0.1:${port}`;
  async function call(method, path, body) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) {
      const error = new Error(`WebDriver ${method} ${path}: ${answer.value?.error}: ${answer.value?.message}`);
      // The page's process crashed or hung and the driver dropped the session: the suite
      // starts a new browser (smoke.mjs) and keeps the driver's output for a look.
      if (answer.value?.error === 'invalid session id') {
        error.sessionLost = true;
        await writeFile(join(SCREENSHOT_DIR, 'webkit-driver.log'), driverLog).catch(() => {});
      }
      throw error;
    }
    return answer.value;
  }
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await call('GET', '/status')).ready) break;
    } catch (error) {
      if (tries > 100) throw new Error(`WebKitWebDriver did not start: ${error.message}\n${driverLog}`);
    }
    await sleep(100);
  }
  const session = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
  });
  const at = (path) => `/session/${session.sessionId}${path}`;
  const evaluate = (fn, arg) => call('POST', at('/execute/sync'), { script: `return (${fn}).call(null, arguments[0]);`, args: [arg ?? null] });
  const find = async (selector) => (await call('POST', at('/element'), { using: 'css selector', value: selector }))[ELEMENT];
  const kept = [];

  return {
    async open(size) {
      const tab = {
        async goto(url) {
          kept.push(...(await evaluate(takeProblems)));
          await call('POST', at('/url'), { url });
          await call('POST', at('/execute/sync'), {
            script: `if (!window.__smokeProblems) { (${recordProblems})(); (${reportPolicyViolations})(); }`,
            args: [],
          });
        },
        evaluate,
        async waitFor(fn, arg, timeout) {
          const end = Date.now() + timeout;
          for (;;) {
            const value = await evaluate(fn, arg);
            if (value) return value;
            if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn.name || fn}`);
            await sleep(100);
          }
        },
        async click(selector) {
          await call('POST', at(`/element/${await find(selector)}/click`), {});
        },
        async tap(selector) {
          const element = { [ELEMENT]: await find(selector) };
          await call('POST', at('/actions'), {
            actions: [{
              type: 'pointer',
              id: 'finger',
              parameters: { pointerType: 'touch' },
              actions: [
                { type: 'pointerMove', origin: element, x: 0, y: 0 },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            }],
          });
          await call('DELETE', at('/actions'));
        },
        /** The window's size so that the page (its innerWidth × innerHeight) gets `next`, or
         * as near as the window goes (MiniBrowser's window has a minimum width); the size got. */
        async resize(next) {
          let got;
          for (let round = 0; round < 3; round += 1) {
            got = await evaluate(() => ({ width: innerWidth, height: innerHeight }));
            if (got.width === next.width && got.height === next.height) break;
            const rect = await call('GET', at('/window/rect'));
            await call('POST', at('/window/rect'), { width: rect.width + next.width - got.width, height: rect.height + next.height - got.height });
          }
          return got;
        },
        async screenshot(path) {
          await writeFile(path, Buffer.from(await call('GET', at('/screenshot')), 'base64'));
        },
        async problems() {
          return [...kept.splice(0), ...(await evaluate(takeProblems))];
        },
      };
      await tab.resize(size);
      return tab;
    },
    /** Whether the driver dropped the session (after a failed call, which may have been the
     * page's process dying under it). */
    async lost() {
      return call('GET', at('/url')).then(() => false, (error) => error.sessionLost === true);
    },
    async close() {
      await call('DELETE', at('')).catch(() => {});
      await stopProcess(driver);
      await screen.stop();
    },
  };
}

smokeSuite('webkit', launchWebKit);
