// The public web end to end: accessibility (axe-core on every route in three languages, a
// keyboard-only walk, forced colours, 320 px and 200 % zoom), the prerendered pages read
// before and without WebAssembly, the security headers and policy, precompressed files, the
// manifest and the sitemap.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR, appReady, launchWithProfile, openPage, sidewaysOverflow, startExhibit } from './harness.mjs';

let exhibit;
before(async () => {
  exhibit = await startExhibit();
});
after(async () => {
  await exhibit?.stop();
});

const LANGS = ['de', 'zh', 'en'];
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const ROUTES = (lang) => [
  `/${lang}`,
  `/${lang}/event/bosch-aftermarket-plant`,
  `/${lang}/event/chinese-garden-iga-1993`,
  `/${lang}/charts`,
  `/${lang}/about`,
  `/${lang}/nowhere`,
  // The embeds, as the page inside a frame (tests/e2e/embed.test.mjs frames them).
  `/embed/${lang}/chart/bw-china-trade`,
  `/embed/${lang}/event/bosch-aftermarket-plant`,
  `/embed/${lang}/chart/no-such-chart`,
];

/** axe-core's WCAG 2.2 A/AA violations on the page, as "rule: target" lines. */
async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`));
}

describe('accessible', () => {
  for (const lang of LANGS) {
    test(`axe-core finds no WCAG 2.2 AA violation on any route in ${lang}`, async () => {
      const { page, context, problems } = await openPage(exhibit);
      for (const path of ['/', ...ROUTES(lang)]) {
        await page.goto(`${exhibit.url}${path}`);
        if (path === '/') await page.waitForURL(/\/de$/);
        await appReady(page);
        await page.evaluate(() => document.fonts.ready);
        assert.deepEqual(await axeViolations(page), [], path);
      }
      // With a card open, the chart table open and a chart value focused.
      await page.goto(`${exhibit.url}/${lang}/charts?year=2016`);
      await appReady(page);
      await page.click('#germany-china-trade .chart-table summary');
      await page.focus('#germany-china-trade .chart-point');
      assert.deepEqual(await axeViolations(page), [], 'charts with a table open');
      const unexpected = problems.filter((p) => !/404/.test(p));
      assert.deepEqual(unexpected, []);
      await context.close();
    });
  }

  test('keyboard alone: from the start to an event, to its chart, to the table, and back', async () => {
    const { page, context, problems } = await openPage(exhibit);
    // Where the walk is, for the message when a step fails (CI once failed here, with no
    // more said than the suite's name).
    let step = 'the start';
    try {
      await page.goto(`${exhibit.url}/de`);
      await appReady(page);
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement ?? document.body;
          const style = getComputedStyle(el);
          const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          return {
            text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
            href: el.getAttribute('href') ?? '',
            cls: String(el.className),
            tag: el.tagName,
            chart: el.closest('.chart')?.id ?? '',
            event: el.dataset.eventId ?? '',
            visible,
          };
        });
      /** Tabs until the focused element matches; every stop on the way shows where focus is. */
      async function tabTo(matches, what) {
        for (let presses = 0; presses < 150; presses += 1) {
          await page.keyboard.press('Tab');
          const now = await focused();
          if (now.tag !== 'BODY') assert.ok(now.visible, `no visible focus on ${now.cls} "${now.text.slice(0, 30)}"`);
          if (matches(now)) return now;
        }
        throw new Error(`Tab never reached ${what}`);
      }
      step = 'the skip link';
      // The skip link comes first and jumps to the content.
      const skip = await tabTo((f) => f.href === '#content', 'the skip link');
      assert.equal(skip.text, 'Zum Inhalt springen');
      await page.keyboard.press('Enter');
      step = 'the Bosch marker';
      // Its marker on the timeline (or, where it sits in a cluster, its line in the list of all
      // events) opens its card.
      await tabTo((f) => f.event === 'bosch-aftermarket-plant' || f.href.startsWith('/de/event/bosch-aftermarket-plant'), 'the Bosch marker');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/de\/event\/bosch-aftermarket-plant/);
      assert.equal(await page.textContent('.event-card h1'), 'Bosch eröffnet ein neues Werk in Nanjing');
      step = 'the figure link';
      // Its figure leads to the chart with the year marked.
      await tabTo((f) => f.href.startsWith('/de/charts'), 'the figure link');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/de\/charts\?.*year=2013/);
      step = 'the chart table';
      // The table of that chart opens from the keyboard.
      await tabTo((f) => f.tag === 'SUMMARY' && f.chart === 'german-investments-nanjing-eur', "that chart's table toggle");
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('details.chart-table[open]').count(), 1);
      assert.ok((await page.locator('details.chart-table[open] table').count()) === 1);
      step = 'back to the timeline';
      // And back to the timeline by the main navigation.
      await page.keyboard.press('Shift+Tab');
      for (let presses = 0; presses < 200; presses += 1) {
        const now = await focused();
        if (now.href.startsWith('/de?') || now.href === '/de') break;
        await page.keyboard.press('Shift+Tab');
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/de(\?|$)/);
      await appReady(page);
      assert.equal(await page.textContent('main h1'), 'Nanjing und Stuttgart');
      assert.deepEqual(problems, []);
    } catch (error) {
      const at = await page.evaluate(() => `${location.pathname}${location.search}, focus on ${document.activeElement?.outerHTML.slice(0, 120)}`).catch(() => 'unknown');
      error.message = `${step}: ${error.message} (at ${at})`;
      throw error;
    }
    await context.close();
  });

  test('screen readers hear the opened event and the chart cursor', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/en`);
    await appReady(page);
    await page.click('.marker[data-event-id="bosch-aftermarket-plant"], .event-link[href^="/en/event/bosch-aftermarket-plant"]');
    await page.waitForURL(/bosch-aftermarket-plant/);
    await page.waitForFunction(() => document.querySelector('.shell > [role="status"]').textContent.includes('Bosch'));
    const announced = await page.textContent('.shell > [role="status"]');
    assert.ok(announced.includes('2013') && announced.includes('Bosch'), announced);
    await page.goto(`${exhibit.url}/en/charts`);
    await appReady(page);
    await page.click('#germany-china-trade .chart-point[data-year="2016"]');
    await page.waitForFunction(() => document.querySelector('#germany-china-trade [role="status"]').textContent !== '');
    const cursor = await page.textContent('#germany-china-trade [role="status"]');
    assert.ok(cursor.includes('2016'), cursor);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('forced colours: markers, filter and selection keep visible edges; screenshot', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);
    await page.click('.marker');
    await page.waitForSelector('.marker.selected');
    const edges = await page.evaluate(() =>
      ['.marker', '.filter-button', '.marker.selected'].map((selector) => {
        const style = getComputedStyle(document.querySelector(selector));
        return [selector, parseFloat(style.borderTopWidth) >= 2, style.outlineStyle];
      }));
    for (const [selector, bordered] of edges) assert.ok(bordered, `${selector} has no border`);
    assert.equal(edges[2][2], 'solid', 'the selected marker is outlined');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'web-forced-colours-kiosk-landscape.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [name, size] of [['320px', { width: 320, height: 640 }], ['200% zoom', { width: 640, height: 400 }]]) {
    test(`nothing lost at ${name}: every route fits without sideways scrolling`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size });
      for (const path of ROUTES('de').slice(0, 5).concat(['/zh/event/nanjing-day-2026'])) {
        await page.goto(`${exhibit.url}${path}`);
        await appReady(page);
        assert.ok((await sidewaysOverflow(page)) <= 1, `${path} scrolls sideways at ${name}`);
        assert.ok(await page.locator('main h1').isVisible(), path);
      }
      await page.screenshot({ path: join(SCREENSHOT_DIR, `web-${name.replace(/\W+/g, '')}-event.png`), fullPage: false });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('prerendered', () => {
  test('every view is readable before and without the WebAssembly', async () => {
    const { page, context } = await openPage(exhibit);
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${exhibit.url}/zh/event/nanjing-day-2026`);
    await page.waitForSelector('main#content h1');
    assert.equal(await page.textContent('.event-card h1'), await page.evaluate(() => document.querySelector('.event-card h1').textContent));
    assert.ok((await page.textContent('.event-card .event-text')).length > 40);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
    await context.close();

    const noScript = await exhibit.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const bare = await noScript.newPage();
    await bare.goto(`${exhibit.url}/de/charts`);
    assert.equal(await bare.textContent('main h1'), 'Handel und Investitionen');
    assert.ok((await bare.locator('table').count()) >= 5, 'the data tables are in the page');
    await bare.goto(`${exhibit.url}/en/about`);
    assert.equal(await bare.textContent('main h1'), 'About this exhibition');
    // One note in the page's language; the timeline, which needs scripts to place its markers,
    // gives way to the card and the list of every event.
    await bare.goto(`${exhibit.url}/de/event/bosch-aftermarket-plant`);
    assert.deepEqual(
      await bare.locator('noscript p').evaluateAll((ps) => ps.filter((p) => p.offsetParent !== null).map((p) => p.lang)),
      ['de']);
    assert.equal(await bare.locator('.timeline-area').isVisible(), false);
    assert.equal(await bare.textContent('.event-card h1'), 'Bosch eröffnet ein neues Werk in Nanjing');
    assert.ok((await bare.locator('.event-list a').count()) >= 30);
    await bare.screenshot({ path: join(SCREENSHOT_DIR, 'web-no-script-about-phone.png') });
    // A Chinese page's note is written in the characters a first view has anyway: the fonts
    // asked for are the Latin faces and the first two Chinese slices, as with scripts.
    const fonts = [];
    bare.on('request', (request) => {
      if (request.url().includes('/fonts/')) fonts.push(new URL(request.url()).pathname);
    });
    await bare.goto(`${exhibit.url}/zh`);
    await bare.evaluate(() => document.fonts.ready);
    assert.deepEqual(
      await bare.locator('noscript p').evaluateAll((ps) => ps.filter((p) => p.offsetParent !== null).map((p) => p.textContent)),
      ['本展览的时间轴和图表只能在启用 JavaScript 时使用；文字内容不启用 JavaScript 同样可以阅读。']);
    assert.ok(fonts.length > 0 && fonts.every((font) => /^\/fonts\/(latin-\d+|cjk-sc-\d+-[01])\.woff2$/.test(font)), fonts.join(' '));
    // An address the build did not draw has no text to read without scripts: its note says
    // so in every language and links each language's start page, which does.
    await bare.goto(`${exhibit.url}/de/no-such-view`);
    const notes = await bare.locator('noscript p').evaluateAll((ps) => ps.filter((p) => p.offsetParent !== null)
      .map((p) => [p.lang, p.querySelector('a')?.getAttribute('href')]));
    assert.deepEqual(notes, [['de', '/de'], ['zh-Hans', '/zh'], ['en', '/en']]);
    assert.doesNotMatch(await bare.locator('noscript').first().textContent(), /ohne lesbar|can be read without it/);
    await bare.screenshot({ path: join(SCREENSHOT_DIR, 'web-no-script-unknown-address-phone.png') });
    await bare.locator('noscript p[lang="en"] a').click();
    await bare.waitForURL(/\/en$/);
    assert.equal(await bare.textContent('main h1'), 'Nanjing and Stuttgart');
    await noScript.close();
  });

  test('the content comes in its own file: a failed download is tried again, a lost one leaves the page as served', async () => {
    // Once refused, then delivered: the app starts all the same.
    const { page, context, problems } = await openPage(exhibit);
    let asked = 0;
    await page.route('**/content-*.bin', (route) => (++asked === 1 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    await page.goto(`${exhibit.url}/de/event/bosch-aftermarket-plant`);
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    await page.click('.event-neighbours a.next');
    await page.waitForURL(/\/de\/event\/(?!bosch)/);
    assert.equal(asked, 2);
    assert.deepEqual(problems.filter((p) => !/503/.test(p)), []);
    await context.close();

    // Never delivered: after three tries the prerendered page stays, readable and unchanged.
    const lost = await openPage(exhibit);
    let tries = 0;
    await lost.page.route('**/content-*.bin', (route) => { tries += 1; return route.abort(); });
    await lost.page.goto(`${exhibit.url}/de/event/bosch-aftermarket-plant`);
    await new Promise((done) => setTimeout(done, 3000));
    assert.ok(tries >= 3, `${tries} requests for the content`);
    assert.equal(await lost.page.textContent('.event-card h1'), 'Bosch eröffnet ein neues Werk in Nanjing');
    assert.ok((await lost.page.locator('.event-list a').count()) >= 30);
    assert.equal(await lost.page.evaluate(() => window.wasmBindings), undefined, 'no empty exhibit took the page over');
    await lost.context.close();
  });

  test('link previews and search engines get a title, description and Open Graph tags per event', async () => {
    const response = await fetch(`${exhibit.url}/de/event/bosch-aftermarket-plant`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<title>Bosch eröffnet ein neues Werk in Nanjing – Nanjing – Stuttgart<\/title>/);
    assert.match(html, /<meta property="og:title" content="Bosch eröffnet ein neues Werk in Nanjing – Nanjing – Stuttgart">/);
    assert.match(html, /<meta name="description" content="[^"]{40,160}">/);
    assert.match(html, /<meta property="og:type" content="article">/);
    assert.match(html, /<link rel="alternate" hreflang="zh-Hans" href="[^"]+\/zh\/event\/bosch-aftermarket-plant">/);
    assert.match(html, /<h1[^>]*>Bosch eröffnet ein neues Werk in Nanjing<\/h1>/);
    const zh = await (await fetch(`${exhibit.url}/zh/event/bosch-aftermarket-plant`)).text();
    assert.match(zh, /<html lang="zh-Hans">/);
    assert.match(zh, /<meta property="og:locale" content="zh_CN">/);

    const sitemap = await (await fetch(`${exhibit.url}/sitemap.xml`)).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    assert.ok(urls.includes('/zh/event/nanjing-day-2026') && urls.includes('/en/charts') && urls.includes('/'), urls.slice(0, 5).join(' '));
    assert.ok(urls.length >= 1 + 3 * 33, `${urls.length} addresses`);
    for (const path of ['/de/about', '/en/event/stuttgart-nanjing-city-friendship']) {
      assert.equal((await fetch(`${exhibit.url}${path}`)).status, 200, path);
    }
    assert.equal((await fetch(`${exhibit.url}/de/nowhere`)).status, 404);
  });

  test('the prerendered page is taken over without a flash: same heading, now interactive', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/en/event/bosch-aftermarket-plant?from=2010&to=2016`);
    await appReady(page);
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    await page.click('.event-neighbours a.next');
    await page.waitForURL(/\/en\/event\/(?!bosch)/);
    // The query survived the takeover: the window is still the one the address named.
    assert.match(page.url(), /from=2010&to=2016/);
    assert.equal((await page.$$('.shell')).length, 1, 'one app, not two');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('fonts', () => {
  test('a German visitor gets the Chinese face only for the characters on screen, now and in the offline cache', async () => {
    const { page, context, problems } = await openPage(exhibit);
    const fonts = [];
    page.on('request', (request) => { if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname); });
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    await page.evaluate(() => document.fonts.ready);
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    const chinese = (list) => list.filter((path) => path.startsWith('/fonts/cjk-'));
    // Only the slice with the language names ("中文" in the switcher).
    assert.ok(chinese(fonts).every((path) => /-0\.woff2$/.test(path)), fonts.join(' '));
    assert.ok(chinese(cached).every((path) => /-0\.woff2$/.test(path)), cached.join(' '));
    assert.ok(cached.some((path) => path.endsWith('.wasm')), 'the app is kept for offline use');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a Chinese first view gets only the slices of the language names and of what first views show', async () => {
    const { page, context, problems } = await openPage(exhibit, { locale: 'zh-CN' });
    const fonts = [];
    page.on('request', (request) => { if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname); });
    await page.goto(`${exhibit.url}/zh`);
    await appReady(page);
    await page.evaluate(() => document.fonts.ready);
    const chinese = fonts.filter((path) => path.startsWith('/fonts/cjk-'));
    // The timeline, its list of events and the footer (whose page titles were once in a later
    // slice: 37 KB more for five characters).
    assert.ok(chinese.some((path) => /-1\.woff2$/.test(path)), fonts.join(' '));
    assert.ok(chinese.every((path) => /-[01]\.woff2$/.test(path)), fonts.join(' '));
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('private and locked down', () => {
  test('no cookies, no other origin, a strict policy in the page and in the headers', async () => {
    const { page, context, problems } = await openPage(exhibit);
    for (const path of ['/de', '/zh/charts', '/en/event/chinese-garden-iga-1993', '/de/about']) {
      await page.goto(`${exhibit.url}${path}`);
      await appReady(page);
    }
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), '');
    // Requests to another origin and CSP violations are recorded as problems by the harness.
    assert.deepEqual(problems, []);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.ok(!policy.includes("'unsafe-inline'") && !policy.includes("'unsafe-eval'"), policy);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
    assert.equal(await page.locator('[style]').count(), 0, 'no style attribute left in the markup');
    const response = await fetch(`${exhibit.url}/de`, { headers: { 'accept-encoding': 'br' } });
    const header = response.headers.get('content-security-policy');
    assert.ok(header.startsWith(policy), `header and meta differ:\n${header}\n${policy}`);
    assert.match(header, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('content-encoding'), 'br');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.equal(response.headers.get('set-cookie'), null);
    await context.close();
  });

  test('hashed files are cached for good and come precompressed; the manifest installs the app', async () => {
    const html = await (await fetch(`${exhibit.url}/de`)).text();
    const wasm = html.match(/href="?(\/[^" >]+_bg\.wasm)/)?.[1];
    assert.ok(wasm, 'the page preloads the wasm');
    for (const encoding of ['br', 'gzip']) {
      const response = await fetch(`${exhibit.url}${wasm}`, { headers: { 'accept-encoding': encoding } });
      assert.equal(response.headers.get('content-encoding'), encoding);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    }
    const manifest = await (await fetch(`${exhibit.url}/manifest.webmanifest`)).json();
    assert.equal(manifest.start_url, '/');
    assert.equal(manifest.display, 'standalone');
    for (const icon of manifest.icons) {
      assert.equal((await fetch(`${exhibit.url}${icon.src}`)).status, 200, icon.src);
    }
    assert.match(html, /<link[^>]+rel="?manifest/);
    // Chromium's own verdict (in a browser with a profile: incognito windows never install).
    const browser = await launchWithProfile();
    const page = await browser.context.newPage();
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    const cdp = await browser.context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    await browser.close();
  });
});
