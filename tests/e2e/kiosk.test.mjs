// Kiosk mode end to end: the setup from the start address, "still there?", the reset and the
// attract loop, touch hardening, hit targets, and recovery from a fault.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SCREENSHOT_DIR, SIZES, appReady, openPage, startExhibit } from './harness.mjs';

let exhibit;
before(async () => {
  exhibit = await startExhibit();
});
after(async () => {
  await exhibit?.stop();
});

/** What a phone's camera reads from a QR code on screen (zbarimg, from Debian's zbar-tools). */
async function readQr(locator) {
  const file = join(SCREENSHOT_DIR, 'qr-read.png');
  await locator.screenshot({ path: file });
  const { execFileSync } = await import('node:child_process');
  return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
}

const pathAndQuery = (page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

/** For the weights 400 and 700: whether the page draws text set in "Exhibit Latin" in that
 * face, not in its fallback (the face draws a line alike whatever falls back behind it). */
const latinDrawn = (page) => page.evaluate(() => [400, 700].map((weight) => {
  const width = (fallback) => {
    const probe = document.createElement('span');
    probe.textContent = 'Nanjing – Stuttgart 1995';
    for (const [name, value] of [['font-family', `"Exhibit Latin", ${fallback}`], ['font-weight', String(weight)], ['position', 'absolute'], ['white-space', 'nowrap']]) probe.style.setProperty(name, value);
    document.body.append(probe);
    const drawn = probe.getBoundingClientRect().width;
    probe.remove();
    return drawn;
  };
  return Math.abs(width('monospace') - width('serif')) < 0.5;
}));

describe('kiosk', () => {
  test('the start address sets up the kiosk, and every view keeps the setup', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    await page.goto(`${exhibit.url}/?mode=kiosk&lang=zh&idle=30`);
    await page.waitForURL(`${exhibit.url}/zh?mode=kiosk&idle=30&lang=zh`);
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('kiosk')), true);
    await page.click('nav.main-nav a[href^="/zh/charts"]');
    await page.waitForURL(/\/zh\/charts\?.*mode=kiosk&idle=30&lang=zh/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('orientation= decides the timeline\'s direction whatever the window\'s shape', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    await page.goto(`${exhibit.url}/de?mode=kiosk&orientation=portrait`);
    await appReady(page);
    assert.equal(await page.locator('.timeline[data-orientation="vertical"]').count(), 1);
    await page.setViewportSize(SIZES['kiosk-portrait']);
    await page.goto(`${exhibit.url}/de?mode=kiosk&orientation=landscape`);
    await appReady(page);
    assert.equal(await page.locator('.timeline[data-orientation="vertical"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('still there? A countdown in three languages; one touch keeps the visitor\'s place', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    const start = '/de/event/bosch-aftermarket-plant?from=2010&to=2016&mode=kiosk&idle=5';
    await page.goto(`${exhibit.url}${start}`);
    await appReady(page);
    const overlay = page.locator('.kiosk-overlay.still-there');
    await overlay.waitFor({ timeout: 9000 });
    const text = await overlay.textContent();
    for (const line of ['Noch da?', '还在吗？', 'Still there?']) assert.ok(text.includes(line), text);
    const left = Number(await page.textContent('.kiosk-countdown'));
    assert.ok(left >= 1 && left <= 10, `countdown ${left}`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'kiosk-still-there-kiosk-landscape.png') });
    await overlay.tap();
    await overlay.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).pathname, '/de/event/bosch-aftermarket-plant');
    assert.equal(await page.textContent('.event-card h1'), 'Bosch eröffnet ein neues Werk in Nanjing');
    assert.match(await page.textContent('.timeline-range'), /2010/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('left alone, it starts over in its language, tours the highlights, and a touch begins afresh', async () => {
    const { page, context, problems } = await openPage(exhibit, { size: SIZES['kiosk-portrait'], touch: true });
    await page.goto(`${exhibit.url}/en/event/bosch-aftermarket-plant?from=2010&to=2016&cat=business&mode=kiosk&idle=5&lang=zh`);
    await appReady(page);
    const attract = page.locator('.kiosk-overlay.attract');
    await attract.waitFor({ timeout: 20000 });
    // Nothing of the visit is left: home language, no card, whole span, no filter, no year.
    // (The address follows the view once the browser is idle after painting it.)
    await page.waitForURL((url) => url.pathname + url.search === '/zh?mode=kiosk&idle=5&lang=zh', { timeout: 2000 }).catch(() => {});
    assert.equal(pathAndQuery(page), '/zh?mode=kiosk&idle=5&lang=zh');
    assert.equal(await page.locator('.event-card h1').count(), 0);
    assert.match(await page.textContent('.timeline-range'), /1986年 – 2026年/);
    assert.equal(await page.locator('.filter-button[aria-pressed="false"]').count(), 0);
    const call = await attract.textContent();
    for (const line of ['Berühren Sie den Bildschirm', '请触摸屏幕', 'Touch the screen']) assert.ok(call.includes(line), call);
    // The tour: the first highlight's card.
    await page.waitForURL(/\/zh\/event\/bw-jiangsu-working-group\?/, { timeout: 12000 });
    await page.waitForSelector('.event-card h1');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'kiosk-attract-kiosk-portrait.png') });
    await attract.tap();
    await attract.waitFor({ state: 'detached' });
    await page.waitForURL((url) => url.pathname + url.search === '/zh?mode=kiosk&idle=5&lang=zh', { timeout: 2000 }).catch(() => {});
    assert.equal(pathAndQuery(page), '/zh?mode=kiosk&idle=5&lang=zh');
    assert.equal(await page.locator('.event-card h1').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a kiosk whose Latin fonts came late draws them from its next idle reset on, and starts over for them once', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    // The first request of each Latin face waits 800 ms, as on a kiosk PC whose browser starts
    // cold: the faces are "optional", so the page keeps its fallback font for as long as it runs.
    const late = new Set();
    await context.route(/\/fonts\/latin-\d+\.woff2$/, async (route) => {
      const file = new URL(route.request().url()).pathname;
      if (!late.has(file)) {
        late.add(file);
        await new Promise((done) => setTimeout(done, 800));
      }
      await route.continue();
    });
    const loads = [];
    page.on('load', () => loads.push(pathAndQuery(page)));
    await page.goto(`${exhibit.url}/de?mode=kiosk&idle=5`);
    await appReady(page);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    assert.deepEqual(await latinDrawn(page), [false, false], 'the first page drew its text in the fallback font');
    assert.deepEqual(loads, ['/de?mode=kiosk&idle=5']);
    // Left alone, the kiosk starts over at its start address, where the faces draw the page.
    await page.waitForEvent('load', { timeout: 30000 });
    await appReady(page);
    await page.evaluate(() => document.fonts.ready);
    assert.deepEqual(await latinDrawn(page), [true, true], 'after the idle reset the page draws the exhibit\'s faces');
    assert.equal(pathAndQuery(page), '/de?mode=kiosk&idle=5');
    assert.equal(await page.textContent('main h1'), 'Nanjing und Stuttgart');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'kiosk-fonts-after-reset-kiosk-landscape.png') });
    // The next reset finds the faces drawn and goes on without starting over.
    await page.locator('.kiosk-overlay.attract').waitFor({ timeout: 30000 });
    await page.waitForTimeout(2000);
    // Two pages in all: the first, and the kiosk's start address (which the app then
    // addresses in its home language, as above).
    assert.deepEqual(loads, ['/de?mode=kiosk&idle=5', '/?mode=kiosk&idle=5']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('hardened for touch: no context menu, no selection, no pointer, no link out, no download', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    const contextMenuBlocked = () =>
      page.evaluate(() => {
        const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
        document.querySelector('main').dispatchEvent(event);
        return event.defaultPrevented;
      });
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);
    assert.equal(await contextMenuBlocked(), false, 'the web keeps the context menu');
    for (const path of ['/de', '/de/event/bw-jiangsu-partnership', '/de/charts', '/de/about', '/zh/event/nanjing-day-2026']) {
      await page.goto(`${exhibit.url}${path}?mode=kiosk`);
      await appReady(page);
      assert.equal(await contextMenuBlocked(), true, path);
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => a.href).filter((href) => !href.startsWith(location.origin)));
      assert.deepEqual(outside, [], `${path} links out`);
      assert.equal(await page.locator('a[download]').count(), 0, path);
      const style = await page.evaluate(() => {
        const html = getComputedStyle(document.documentElement);
        return [html.userSelect || html.webkitUserSelect, getComputedStyle(document.querySelector('main')).cursor];
      });
      assert.deepEqual(style, ['none', 'none'], path);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  // On a portrait kiosk the header stands at the bottom, within reach. In three rows it covered
  // the timeline's zoom controls on the first view; in two they stand clear of it.
  test('portrait kiosk: the timeline and all its controls stand clear of the header, in each language', async () => {
    const { page, context, problems } = await openPage(exhibit, { size: SIZES['kiosk-portrait'], touch: true });
    for (const lang of ['de', 'zh', 'en']) {
      await page.goto(`${exhibit.url}/${lang}?mode=kiosk`);
      await appReady(page);
      const covered = await page.evaluate(() => {
        const header = document.querySelector('.site-header').getBoundingClientRect();
        const parts = [...document.querySelectorAll('.category-filter button, .timeline-controls button, .timeline-track, .timeline-overview')];
        return {
          covered: parts
            .map((el) => ({ name: el.className || el.tagName, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.height > 0 && box.bottom > header.top)
            .map(({ name, box }) => `${name} ends at ${Math.round(box.bottom)}, the header begins at ${Math.round(header.top)}`),
          inView: header.bottom <= window.innerHeight + 1,
        };
      });
      assert.deepEqual(covered.covered, [], lang);
      assert.ok(covered.inView, `${lang}: the header is not at the bottom of the screen`);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `kiosk-portrait-first-view-${lang}.png`) });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const name of ['kiosk-landscape', 'kiosk-portrait']) {
    test(`every control is at least 48 px at ${name}`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size: SIZES[name], touch: true });
      for (const path of ['/de/event/bosch-aftermarket-plant', '/de/charts']) {
        await page.goto(`${exhibit.url}${path}?mode=kiosk`);
        await appReady(page);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('button, a[href], summary')]
            .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.width < 48 || box.height < 48))
            .map(({ el, box }) => `${el.className || el.tagName} "${el.textContent.trim().slice(0, 20)}" ${Math.round(box.width)}x${Math.round(box.height)}`));
        assert.deepEqual(small, [], `${path}: too small to touch`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  // Legible from a metre: no text on a kiosk is smaller than a comfortable reading size at
  // that distance, and a 4K screen gets larger type, not smaller.
  for (const [name, size, smallest] of [
    ['kiosk-landscape', SIZES['kiosk-landscape'], 18],
    ['kiosk-portrait', SIZES['kiosk-portrait'], 18],
    ['kiosk-4k', { width: 3840, height: 2160 }, 28],
  ]) {
    test(`legible from a metre at ${name} (${size.width}x${size.height}): no text under ${smallest} px; screenshot`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size, touch: true });
      for (const path of ['/de/event/stuttgart-nanjing-city-friendship', '/zh/charts']) {
        await page.goto(`${exhibit.url}${path}?mode=kiosk`);
        await appReady(page);
        await page.evaluate(() => document.fonts.ready);
        const tiny = await page.evaluate((limit) => {
          const walker = document.createTreeWalker(document.querySelector('.shell'), NodeFilter.SHOW_TEXT);
          const found = new Set();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || !el || el.closest('svg, .visually-hidden, .skip-link, [hidden]')) continue;
            const box = el.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
            const px = parseFloat(getComputedStyle(el).fontSize);
            if (px < limit) found.add(`${el.className || el.tagName} "${node.textContent.trim().slice(0, 24)}" ${px}px`);
          }
          return [...found];
        }, smallest);
        assert.deepEqual(tiny, [], `${path}: too small to read from a metre`);
        const file = `kiosk-legible${path.replaceAll('/', '-')}-${name}.png`;
        await page.screenshot({ path: join(SCREENSHOT_DIR, file) });
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  // The card beside the timeline: what a visitor sees without touching it, and the cue that
  // there is more below.
  const cardView = (page) =>
    page.evaluate(() => {
      const card = document.querySelector('.event-card');
      const shown = card.getBoundingClientRect();
      const bottom = Math.min(shown.bottom, window.innerHeight);
      const inside = (el) => {
        const box = el.getBoundingClientRect();
        return box.top >= shown.top - 1 && box.bottom <= bottom + 1 && box.height > 0;
      };
      // The first line of the text: a range over its first word.
      const text = card.querySelector('.event-text');
      const range = document.createRange();
      range.setStart(text.firstChild, 0);
      range.setEnd(text.firstChild, 1);
      const line = range.getBoundingClientRect();
      const cue = document.querySelector('.card-more');
      const cueBox = cue?.getBoundingClientRect();
      return {
        title: inside(card.querySelector('h1')),
        picture: inside(card.querySelector('img')),
        firstLine: line.top >= shown.top && line.bottom <= bottom - (cueBox ? cueBox.height : 0),
        scrollTop: card.scrollTop,
        scrolls: card.scrollHeight > card.clientHeight + 1,
        cue: cue ? { visible: cueBox.top >= 0 && cueBox.bottom <= window.innerHeight && cueBox.height > 0, hidden: cue.getAttribute('aria-hidden'), tabindex: cue.getAttribute('tabindex') } : null,
      };
    });

  test('the card at 1920x1080: title, picture and first line at once; "read on" shows more by touch, mouse and keys, then goes', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    for (const [lang, path] of [['de', 'stuttgart-nanjing-city-friendship'], ['zh', 'chinese-garden-iga-1993'], ['en', 'bw-jiangsu-partnership']]) {
      await page.goto(`${exhibit.url}/${lang}/event/${path}?mode=kiosk`);
      await appReady(page);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForSelector('.event-card img');
      await page.waitForFunction(() => document.querySelector('.event-card img').complete);
      await page.waitForTimeout(100);
      const first = await cardView(page);
      assert.deepEqual([first.title, first.picture, first.firstLine], [true, true, true], `${lang}: ${JSON.stringify(first)}`);
      assert.ok(first.scrolls, `${lang}: the card holds more than it shows`);
      assert.deepEqual(first.cue, { visible: true, hidden: 'true', tabindex: '-1' }, lang);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `kiosk-card-${lang}-kiosk-landscape.png`) });
      // A tap on the cue moves the card on, not the page.
      await page.locator('.card-more').tap();
      await page.waitForFunction(() => document.querySelector('.event-card').scrollTop > 100);
      assert.equal(await page.evaluate(() => window.scrollY), 0, `${lang}: the page stayed put`);
      // By keyboard: the card takes the focus, and End goes to its end; the cue is gone there.
      await page.focus('.event-card');
      await page.keyboard.press('End');
      await page.locator('.card-more').waitFor({ state: 'detached' });
      const end = await cardView(page);
      assert.equal(end.cue, null, `${lang}: nothing below, no cue`);
      assert.equal(await page.locator('.event-card-frame.more-below').count(), 0, 'no fade at the end');
      // Back up by the mouse wheel: the cue returns.
      await page.mouse.move(1700, 600);
      await page.mouse.wheel(0, -400);
      await page.locator('.card-more').waitFor();
    }
    // Another event starts at its top.
    await page.click('.event-neighbours a.previous');
    await page.waitForFunction(() => document.querySelector('.event-card').scrollTop === 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [name, size] of [['kiosk-portrait', SIZES['kiosk-portrait']], ['phone', SIZES.phone]]) {
    test(`the card at ${name} stays in the page's flow: no scrolling box, no cue; screenshot`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size, touch: true });
      for (const lang of ['de', 'zh']) {
        await page.goto(`${exhibit.url}/${lang}/event/stuttgart-nanjing-city-friendship${name === 'phone' ? '' : '?mode=kiosk'}`);
        await appReady(page);
        await page.evaluate(() => document.fonts.ready);
        const view = await cardView(page);
        assert.equal(view.scrolls, false, `${lang} at ${name}`);
        assert.equal(view.cue, null);
        assert.equal(await page.getAttribute('.event-card', 'tabindex'), null, 'no extra tab stop');
        await page.locator('.event-card').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOT_DIR, `kiosk-card-${lang}-${name}.png`) });
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('offline: with the network cut, a reload, another view and a fresh start all still work', async () => {
    const { page, context } = await openPage(exhibit, { touch: true });
    await page.goto(`${exhibit.url}/de?mode=kiosk`);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
    await context.setOffline(true);
    const failed = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.reload();
    await appReady(page);
    assert.equal(await page.textContent('main h1'), 'Nanjing und Stuttgart');
    await page.goto(`${exhibit.url}/zh/event/chinese-garden-iga-1993?mode=kiosk`);
    await appReady(page);
    assert.equal(await page.locator('.event-card img').evaluate((img) => img.complete && img.naturalWidth > 0), true, 'the picture from the cache');
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family);
    });
    assert.ok(fonts.some((family) => family.includes('CJK')), `fonts loaded offline: ${fonts}`);
    const restart = await context.newPage();
    await restart.goto(`${exhibit.url}/?mode=kiosk&lang=zh`);
    await restart.waitForURL(`${exhibit.url}/zh?mode=kiosk&lang=zh`);
    await appReady(restart);
    assert.equal(await restart.textContent('main h1'), '南京与斯图加特');
    assert.deepEqual(failed, [], 'nothing the page asked for failed offline');
    await context.close();
  });

  test('take it home: a QR code on every card, chart and source leads to the same view on the public web', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    const kiosk = 'mode=kiosk&public=https%3A%2F%2Fexhibit.example.org';
    await page.goto(`${exhibit.url}/zh/event/bosch-aftermarket-plant?${kiosk}`);
    await appReady(page);
    const card = page.locator('.event-card > .take-home');
    assert.equal(await card.getAttribute('data-address'), 'https://exhibit.example.org/zh/event/bosch-aftermarket-plant');
    assert.equal(await card.locator('figcaption').textContent(), '用手机扫码，回家继续阅读');
    const box = await card.locator('svg').boundingBox();
    assert.ok(box.width >= 150 && Math.abs(box.width - box.height) < 1, `a square code of ${box.width}px`);
    // A phone reads the code back as the same view on the public web.
    assert.equal(await readQr(card.locator('.take-home-code')), 'https://exhibit.example.org/zh/event/bosch-aftermarket-plant');
    assert.ok((await card.locator('svg path, svg rect').count()) >= 1);
    const sources = await page.locator('.event-card .source .take-home').evaluateAll((codes) => codes.map((c) => c.dataset.address));
    assert.ok(sources.length >= 2 && sources.every((a) => a.startsWith('http')), sources.join(' '));
    // The setup survives navigation, so the codes keep the public address.
    await page.click('.event-neighbours a.next');
    await page.waitForURL(/public=https%3A%2F%2Fexhibit\.example\.org/);
    assert.match(await page.locator('.event-card > .take-home').getAttribute('data-address'), /^https:\/\/exhibit\.example\.org\/zh\/event\//);
    await page.goto(`${exhibit.url}/de/charts?year=2016&${kiosk}`);
    await appReady(page);
    assert.equal(
      await page.locator('#germany-china-trade .take-home').getAttribute('data-address'),
      'https://exhibit.example.org/de/charts?year=2016',
    );
    await page.goto(`${exhibit.url}/en/event/bosch-aftermarket-plant`);
    await appReady(page);
    assert.equal(await page.locator('.take-home').count(), 0, 'no codes on the web');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a visitor hammering every view: thousands of taps, drags, wheels, keys, back and forward, no error', async () => {
    const { page, context, problems } = await openPage(exhibit, { size: SIZES['kiosk-portrait'], touch: true });
    const start = `${exhibit.url}/de?mode=kiosk&idle=600&orientation=portrait`;
    // A few entries of the kiosk's own before the visit, so "back" never leaves the exhibit.
    for (let i = 0; i < 4; i += 1) await page.goto(start);
    await appReady(page);
    const client = await context.newCDPSession(page);
    let seed = 20261201;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const x = () => Math.floor(next() * 1080);
    const y = () => Math.floor(next() * 1920);
    const keys = ['Tab', 'Enter', ' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', 'Home', 'End', 'PageUp', 'PageDown', 'Escape'];
    const views = ['nav.main-nav a', '.language-switcher a', '.marker', '.cluster', '.chart-point', '.chart-play', '.event-neighbours a', '.close-card', '.filter-button', '.zoom-in', '.zoom-out', '.zoom-whole', '.event-figure'];
    let depth = 0;
    const actions = 2000;
    for (let action = 0; action < actions; action += 1) {
      const roll = next();
      if (roll < 0.35) {
        await page.touchscreen.tap(x(), y());
      } else if (roll < 0.5) {
        // A one-finger drag in a few steps, sometimes a quick flick that glides on.
        const [x0, y0] = [x(), y()];
        const steps = 2 + Math.floor(next() * 4);
        const points = Array.from({ length: steps }, (_, i) => [x0 + (i * (next() - 0.5) * 200), y0 + i * (next() - 0.5) * 300]);
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: points[0][0], y: points[0][1] }] });
        for (const [px, py] of points.slice(1)) {
          await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: px, y: py }] });
        }
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } else if (roll < 0.58) {
        // Two fingers: a pinch.
        const [cx, cy, d] = [x(), y(), 40 + next() * 200];
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx - d, y: cy, id: 0 }, { x: cx + d, y: cy, id: 1 }] });
        await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx - d * 1.5, y: cy, id: 0 }, { x: cx + d * 1.5, y: cy, id: 1 }] });
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } else if (roll < 0.66) {
        await page.mouse.move(x(), y());
        await page.mouse.wheel((next() - 0.5) * 400, (next() - 0.5) * 800);
      } else if (roll < 0.8) {
        await page.keyboard.press(keys[Math.floor(next() * keys.length)]);
      } else if (roll < 0.95) {
        // Something the visitor can see: a link, a marker, a control of any view.
        const target = page.locator(views[Math.floor(next() * views.length)]);
        const count = await target.count();
        if (count > 0) {
          await target.nth(Math.floor(next() * count)).tap({ timeout: 1000, force: true }).catch(() => {});
          depth += 1;
        }
      } else if (roll < 0.975 && depth > 0) {
        await page.goBack({ waitUntil: 'commit' }).catch(() => {});
        depth -= 1;
      } else {
        await page.goForward({ waitUntil: 'commit' }).catch(() => {});
      }
    }
    await page.waitForTimeout(1500);
    // Still the exhibit, in kiosk mode, with a view, no crash notice, and it still answers.
    assert.match(new URL(page.url()).search, /mode=kiosk/);
    assert.equal(await page.locator('#crash-notice').count(), 0, 'the kiosk never restarted');
    await appReady(page);
    await page.goto(start);
    await appReady(page);
    const marker = page.locator('.timeline-track .marker').first();
    const id = await marker.getAttribute('data-event-id');
    await marker.tap();
    await page.waitForSelector(`.event-card[data-event-id="${id}"]`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a fault shows a short trilingual "restarting" and the kiosk is back at its start within 5 s', async () => {
    const { page, context } = await openPage(exhibit, { touch: true });
    await page.goto(`${exhibit.url}/en/charts?mode=kiosk&idle=30&lang=zh`);
    await appReady(page);
    const started = Date.now();
    await page.evaluate(() => {
      try {
        window.wasmBindings.exhibit_test_fault();
      } catch {
        // The panic surfaces here as a trap: expected.
      }
    });
    const notice = page.locator('#crash-notice');
    await notice.waitFor({ timeout: 2000 });
    const text = await notice.textContent();
    for (const line of ['startet neu', '重新启动', 'restarting']) assert.ok(text.includes(line), text);
    await page.waitForURL(`${exhibit.url}/zh?mode=kiosk&idle=30&lang=zh`, { timeout: 5000 });
    await appReady(page);
    assert.ok(Date.now() - started < 5000, `back after ${Date.now() - started} ms`);
    assert.equal(await page.locator('#crash-notice').count(), 0);
    await context.close();
  });
});
