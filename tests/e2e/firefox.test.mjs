// The smoke suite (smoke.mjs) in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core
// through WebDriver BiDi: no geckodriver, no browser download.
import puppeteer from 'puppeteer-core';
import { reportPolicyViolations } from './common.mjs';
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
