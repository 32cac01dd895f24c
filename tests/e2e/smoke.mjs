// The smoke suite for browsers other than Chromium (firefox.test.mjs, webkit.test.mjs): the same
// checks in each, through a small driver-neutral tab that each suite supplies. In every view and
// language the app hydrates; a marker opens its card; the language switcher changes the text,
// <html lang> and the address; a kiosk left alone starts over; and no page meets an error.
// Screenshots go to target/screenshots/<browser>-*.png at a kiosk's and a phone's size.
//
// A tab: goto(url), evaluate(fn, arg), waitFor(fn, arg, timeout) (until fn(arg) in the page is
// truthy; resolves to its value), click(selector), tap(selector) (or null where the driver has no
// touch), resize({ width, height }) (resolves to the page's size got: a browser window may not
// go as narrow as a phone), screenshot(file), problems() (what went wrong since the last call:
// console errors, uncaught errors, requests to another origin, policy violations).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { HEADINGS, SCREENSHOT_DIR, SIZES, isInteractive, serveExhibit } from './common.mjs';

const LANGS = { de: 'de', zh: 'zh-Hans', en: 'en' };
const EVENT = {
  id: 'bosch-aftermarket-plant',
  title: { de: 'Bosch eröffnet ein neues Werk in Nanjing', zh: '博世在南京开设新工厂', en: 'Bosch opens a new plant in Nanjing' },
};

/** Every view of one language: its name, path, the heading it shows and its <html lang>. An
 * unknown address is answered in the language its path names (src/state/mod.rs), as in Chromium. */
const NOT_FOUND = { de: 'Seite nicht gefunden', zh: '找不到该页面', en: 'Page not found' };
function views(lang) {
  return [
    ['timeline', `/${lang}`, 'main h1', HEADINGS[lang][''], LANGS[lang]],
    ['event', `/${lang}/event/${EVENT.id}`, '.event-card h1', EVENT.title[lang], LANGS[lang]],
    ['charts', `/${lang}/charts`, 'main h1', HEADINGS[lang]['/charts'], LANGS[lang]],
    ['about', `/${lang}/about`, 'main h1', HEADINGS[lang]['/about'], LANGS[lang]],
    ['not-found', `/${lang}/nowhere`, 'main h1', NOT_FOUND[lang], LANGS[lang]],
  ];
}

const text = (selector) => document.querySelector(selector)?.textContent ?? null;

/** The first marker on screen that a pointer at its middle would hit: its id and title. */
function markerOnScreen() {
  for (const marker of document.querySelectorAll('.timeline-track .marker')) {
    const box = marker.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
    if (!marker.contains(document.elementFromPoint(x, y))) continue;
    return { id: marker.dataset.eventId, title: marker.querySelector('.marker-title').textContent };
  }
  return null;
}

/** Registers the smoke tests for one browser; `launch()` resolves to { open(size) → tab, close(),
 * lost() (optional: whether the browser dropped its page after a failed call) }. */
export function smokeSuite(name, launch) {
  describe(`smoke in ${name}`, () => {
    let server;
    let browser;
    let tab;
    /** A screenshot once the fonts and pictures are in and the view has settled: the app marks
     * itself interactive a moment before the timeline lays out again at its measured size
     * (WebKit showed the prerendered lanes in a screenshot taken right after the mark). Waiting
     * for the pictures also keeps the next page load from cutting one off, which Firefox
     * reports as a failed request. */
    const shot = async (what) => {
      await tab.waitFor(() => document.fonts.status === 'loaded' && [...document.images].every((image) => image.complete), null, 10000);
      await sleep(300);
      await tab.screenshot(join(SCREENSHOT_DIR, `${name}-${what}.png`));
    };
    /** Resizes the page; where the browser cannot, says so in the test's output and goes on at
     * the nearest size. */
    const resize = async (t, size) => {
      const got = await tab.resize(size);
      if (got.width !== size.width || got.height !== size.height) {
        t.diagnostic(`${name} cannot size the page to ${size.width}×${size.height}: it is ${got.width}×${got.height}`);
      }
    };
    /** Loads `path` afresh and waits until the app has hydrated. */
    const visit = async (path) => {
      await tab.goto(`${server.url}${path}`);
      await tab.waitFor(isInteractive, null, 20000);
    };

    before(async () => {
      server = await serveExhibit();
      browser = await launch();
      tab = await browser.open(SIZES['kiosk-landscape']);
    });
    /** A test that, when the browser loses its page (WebKitGTK's driver drops the session when
     * the page's process crashes or hangs: it did once on CI, at a screenshot, and never in
     * dozens of runs here), says so in its output, starts a new browser and runs once more.
     * A second loss fails the test; any other failure fails it at once. */
    const check = (title, body) => test(title, async (t) => {
      try {
        await body(t);
      } catch (error) {
        if (!error.sessionLost && !(await browser.lost?.())) throw error;
        t.diagnostic(`${name} lost its page (${error.message}); a new browser runs the test again`);
        await browser.close();
        browser = await launch();
        tab = await browser.open(SIZES['kiosk-landscape']);
        await body(t);
      }
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    check('every view hydrates in de, zh and en with its heading and <html lang>', async (t) => {
      await resize(t, SIZES['kiosk-landscape']);
      for (const lang of Object.keys(LANGS)) {
        for (const [view, path, selector, heading, htmlLang] of views(lang)) {
          await visit(path);
          assert.equal(await tab.evaluate(text, selector), heading, path);
          assert.equal(await tab.evaluate(() => document.documentElement.lang), htmlLang, path);
          await shot(`${view}-${lang}-kiosk-landscape`);
        }
      }
      assert.deepEqual(await tab.problems(), []);
    });

    check('at a phone\'s size every view hydrates', async (t) => {
      await resize(t, SIZES.phone);
      for (const [view, path, selector, heading] of [...views('de'), ...views('zh').slice(0, 2)]) {
        await visit(path);
        assert.equal(await tab.evaluate(text, selector), heading, path);
        await shot(`${view}-${path.split('/')[1]}-phone`);
      }
      assert.deepEqual(await tab.problems(), []);
    });

    check('a click on a marker opens its card', async (t) => {
      await resize(t, SIZES['kiosk-landscape']);
      await visit('/de');
      const marker = await tab.waitFor(markerOnScreen, null, 5000);
      await tab.click(`.marker[data-event-id="${marker.id}"]`);
      await tab.waitFor((title) => document.querySelector('.event-card h1')?.textContent === title, marker.title, 5000);
      // The address follows once the card is painted (src/after_paint.rs).
      await tab.waitFor((path) => location.pathname === path, `/de/event/${marker.id}`, 5000);
      assert.equal(await tab.evaluate(() => location.pathname), `/de/event/${marker.id}`);
      await shot('card-kiosk-landscape');
      assert.deepEqual(await tab.problems(), []);
    });

    check('a tap on a marker opens its card at a phone\'s size', async (t) => {
      if (!tab.tap) {
        t.skip(`${name}'s driver has no touch input`);
        return;
      }
      await resize(t, SIZES.phone);
      await visit('/zh');
      const marker = await tab.waitFor(markerOnScreen, null, 5000);
      await tab.tap(`.marker[data-event-id="${marker.id}"]`);
      await tab.waitFor((title) => document.querySelector('.event-card h1')?.textContent === title, marker.title, 5000);
      // The address follows once the card is painted (src/after_paint.rs).
      await tab.waitFor((path) => location.pathname === path, `/zh/event/${marker.id}`, 5000);
      assert.equal(await tab.evaluate(() => location.pathname), `/zh/event/${marker.id}`);
      await shot('card-phone');
      assert.deepEqual(await tab.problems(), []);
    });

    check('the language switcher changes the text, <html lang> and the address', async (t) => {
      await resize(t, SIZES['kiosk-landscape']);
      await visit('/de/charts');
      for (const [lang, hreflang] of [['zh', 'zh-Hans'], ['en', 'en'], ['de', 'de']]) {
        await tab.click(`.language-switcher a[hreflang="${hreflang}"]`);
        await tab.waitFor((expected) => location.pathname === expected, `/${lang}/charts`, 5000);
        await tab.waitFor((expected) => document.documentElement.lang === expected, LANGS[lang], 5000);
        assert.equal(await tab.evaluate(text, 'main h1'), HEADINGS[lang]['/charts'], lang);
        assert.equal(await tab.evaluate(text, 'nav.main-nav a[aria-current="page"]') !== null, true, lang);
      }
      assert.deepEqual(await tab.problems(), []);
    });

    check('a kiosk left alone starts over: home language, no card, the whole span, no filter', async (t) => {
      await resize(t, SIZES['kiosk-landscape']);
      await visit(`/en/event/${EVENT.id}?from=2010&to=2016&cat=business&mode=kiosk&idle=5&lang=zh`);
      assert.equal(await tab.evaluate(text, '.event-card h1'), EVENT.title.en);
      await tab.waitFor(() => document.querySelector('.kiosk-overlay.attract'), null, 30000);
      const started = Date.now();
      // The address and <html lang> follow the view a moment later (10-40 ms): read everything
      // at once when they have, before the tour of highlights moves on.
      const view = await tab.waitFor(() => location.pathname === '/zh' && document.documentElement.lang === 'zh-Hans' && {
        address: location.pathname + location.search,
        lang: document.documentElement.lang,
        cards: document.querySelectorAll('.event-card h1').length,
        range: document.querySelector('.timeline-range')?.textContent,
        hidden: document.querySelectorAll('.filter-button[aria-pressed="false"]').length,
        heading: document.querySelector('main h1')?.textContent,
      }, null, 3000).catch(async (error) => {
        const late = await tab.evaluate(() => [location.pathname + location.search, document.documentElement.lang]);
        throw new Error(`3 s after the reset the address is ${late[0]} and <html lang> ${late[1]}: ${error.message}`);
      });
      t.diagnostic(`address and <html lang> followed the reset after ${Date.now() - started} ms`);
      assert.deepEqual(view, {
        address: '/zh?mode=kiosk&idle=5&lang=zh',
        lang: 'zh-Hans',
        cards: 0,
        range: view.range,
        hidden: 0,
        heading: HEADINGS.zh[''],
      });
      assert.match(view.range, /1986年 – 2026年/);
      await shot('kiosk-attract-kiosk-landscape');
      assert.deepEqual(await tab.problems(), []);
    });
  });
}
