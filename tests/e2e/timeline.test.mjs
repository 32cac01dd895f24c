// The timeline end to end: touch, mouse and keyboard, deep links, the filter, and screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SCREENSHOT_DIR, SIZES, appReady, holdWasm, openPage, overlappingTargets, sidewaysOverflow, startExhibit } from './harness.mjs';

let exhibit;
before(async () => {
  exhibit = await startExhibit();
});
after(async () => {
  await exhibit?.stop();
});

/** The visible years as the range label shows them, e.g. [1986, 2026]. */
async function range(page) {
  const text = await page.textContent('.timeline-range');
  return text.match(/\d{4}/g).map(Number);
}

/** The visible years once easing, inertia and the address's update (after a 400 ms pause) have
 * come to rest. */
async function settledRange(page) {
  let last = await range(page);
  for (let tries = 0; tries < 10; tries += 1) {
    await page.waitForTimeout(600);
    const now = await range(page);
    if (now.join() === last.join()) return now;
    last = now;
  }
  return last;
}

/** Markers and badges on the track that overlap another (by more than a pixel each way). */
const overlappingMarkers = (page) => overlappingTargets(page, '.timeline-track .marker, .timeline-track .cluster');

async function trackBox(page) {
  return page.locator('.timeline-track').boundingBox();
}

/** Touch points through the DevTools protocol, as a touch screen sends them. */
async function touch(page, client, type, points) {
  await client.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 5, radiusY: 5, force: 1 })),
  });
}

describe('timeline', () => {
  test('keyboard: + zooms in, arrows move, Home and End reach the ends, - zooms out', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);
    assert.deepEqual(await range(page), [1986, 2026]);
    await page.focus('.timeline-track');
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    const zoomed = await range(page);
    assert.ok(zoomed[1] - zoomed[0] < 12, `zoomed to ${zoomed}`);
    await page.keyboard.press('Home');
    assert.equal((await range(page))[0], 1986);
    await page.keyboard.press('End');
    assert.equal((await range(page))[1], 2026);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.ok((await range(page))[1] < 2026);
    for (let i = 0; i < 10; i++) await page.keyboard.press('-');
    assert.deepEqual(await range(page), [1986, 2026]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('mouse: the wheel zooms, a drag pans, and the address keeps the window, as do the list\'s links', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/en`);
    await appReady(page);
    // The list of every event below the timeline: its links follow the address, and the list
    // itself is not written again for it (with 500 events that is 120 KB of markup).
    await page.evaluate(() => { document.querySelector('a.event-link').kept = true; });
    const linksCarry = (query) => page.waitForFunction(
      (q) => [...document.querySelectorAll('a.event-link')].every((a) => new URL(a.href).search === q && a.pathname.startsWith('/en/event/')),
      query,
      { timeout: 3000 },
    );
    const box = await trackBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    const zoomed = await range(page);
    assert.ok(zoomed[1] - zoomed[0] < 30, `wheel zoomed to ${zoomed}`);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(1500); // a flick glides on, then the address follows
    const panned = await range(page);
    assert.ok(panned[0] < zoomed[0], `dragging right shows earlier years: ${zoomed} -> ${panned}`);
    await page.waitForURL(/from=.*&to=/);
    const query = new URL(page.url()).search;
    await linksCarry(query);
    assert.equal(await page.evaluate(() => document.querySelector('a.event-link').kept), true, 'the list was kept');
    await page.reload();
    await appReady(page);
    assert.deepEqual(await range(page), panned, 'a reload restores the window');
    await linksCarry(query);
    // Back to the whole span: the address and every link lose the window again.
    await page.focus('.timeline-track');
    for (let i = 0; i < 10; i++) await page.keyboard.press('-');
    assert.deepEqual(await range(page), [1986, 2026]);
    await page.waitForURL((url) => !url.search.includes('from='));
    await linksCarry(new URL(page.url()).search);
    assert.deepEqual(problems, []);
    await context.close();
  });

  // A wheel zoom that goes on keeps the markers' packing while it zooms in: they only move, and
  // no marker or badge is made or split until the wheel rests; then the markers are packed for
  // the window once, exactly as a reload of that window (a shared link) packs them.
  test('mouse: a wheel zoom moves the markers while it goes on and packs them once it rests, as a shared link shows', async () => {
    const { page, context, problems } = await openPage(exhibit);
    const view = () => page.evaluate(() => ({
      range: document.querySelector('.timeline-range').textContent,
      markers: [...document.querySelectorAll('.timeline-track .marker')].map((m) => m.dataset.eventId).sort(),
      clusters: [...document.querySelectorAll('.timeline-track .cluster')].map((c) => c.textContent.trim()).sort(),
    }));
    for (const at of [0.25, 0.5, 0.8]) {
      await page.goto(`${exhibit.url}/en`);
      await appReady(page);
      const box = await trackBox(page);
      const [x, y] = [box.x + box.width * at, box.y + box.height / 2];
      // Five turns of the wheel a frame apart, as a spinning wheel sends them; what the track
      // made meanwhile is counted.
      const during = await page.evaluate(async ([x, y]) => {
        const track = document.querySelector('.timeline-track');
        const made = [];
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node.nodeType === 1 && node.matches('.marker, .cluster')) made.push(node.dataset.eventId ?? node.textContent);
            }
          }
        });
        observer.observe(track, { childList: true, subtree: true });
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        for (let turn = 0; turn < 5; turn += 1) {
          track.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, clientX: x, clientY: y, bubbles: true, cancelable: true }));
          await frame();
        }
        await frame();
        observer.disconnect();
        return { made, range: document.querySelector('.timeline-range').textContent };
      }, [x, y]);
      assert.notEqual(during.range, '1986 – 2026', 'the wheel zoomed');
      assert.deepEqual(during.made, [], `zooming in at ${at}, nothing made while the wheel turns`);
      assert.deepEqual(await overlappingMarkers(page), [], `zooming in at ${at}`);
      // At rest, packed for the window: clusters part into markers.
      await page.waitForTimeout(400);
      const rested = await view();
      assert.equal(rested.range, during.range);
      assert.deepEqual(await overlappingMarkers(page), [], `at rest at ${at}`);
      await page.waitForURL(/from=.*&to=/);
      await page.waitForTimeout(600);
      await page.reload();
      await appReady(page);
      assert.deepEqual(await view(), rested, `a reload of the window zoomed at ${at}`);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'timeline-wheel-rested.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('touch: a swipe pans, a pinch zooms, a third finger changes nothing', async () => {
    const { page, context, problems } = await openPage(exhibit, { size: SIZES['kiosk-landscape'], touch: true });
    await page.goto(`${exhibit.url}/de?from=2000&to=2010`);
    await appReady(page);
    const client = await context.newCDPSession(page);
    const box = await trackBox(page);
    const cy = box.y + box.height / 2;
    const before = await range(page);
    await touch(page, client, 'touchStart', [[box.x + 600, cy]]);
    for (let step = 1; step <= 10; step++) await touch(page, client, 'touchMove', [[box.x + 600 - step * 30, cy]]);
    await touch(page, client, 'touchEnd', []);
    await page.waitForTimeout(600);
    const swiped = await range(page);
    assert.ok(swiped[0] > before[0], `swiping left shows later years: ${before} -> ${swiped}`);

    const wide = await range(page);
    await touch(page, client, 'touchStart', [[box.x + 500, cy], [box.x + 700, cy]]);
    for (let step = 1; step <= 10; step++) {
      await touch(page, client, 'touchMove', [[box.x + 500 - step * 15, cy], [box.x + 700 + step * 15, cy]]);
    }
    const pinched = await settledRange(page);
    assert.ok(pinched[1] - pinched[0] < wide[1] - wide[0], `pinch zoomed in: ${wide} -> ${pinched}`);
    // A third finger lands and moves: nothing jumps.
    await touch(page, client, 'touchMove', [[box.x + 350, cy], [box.x + 850, cy], [box.x + 100, cy + 50]]);
    await touch(page, client, 'touchMove', [[box.x + 350, cy], [box.x + 850, cy], [box.x + 400, cy + 50]]);
    await page.waitForTimeout(300);
    assert.deepEqual(await range(page), pinched, 'the third finger moved nothing');
    await touch(page, client, 'touchEnd', []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a tap in the first frame the app answers, on a marker served with the page, opens its card', async () => {
    // The app takes the served markers over without hydrating them and draws its own one render
    // later; a tap in between (here in the first animation frame after the app's first render)
    // must not be lost.
    const { page, context, problems } = await openPage(exhibit);
    await page.addInitScript(() => {
      // The earliest a tap can come: right after the app marks itself usable, before anything
      // else the browser runs.
      const mark = performance.mark.bind(performance);
      performance.mark = (name, ...rest) => {
        const entry = mark(name, ...rest);
        if (name === 'exhibit-interactive') {
          queueMicrotask(() => {
            const marker = document.querySelector('.timeline-track .marker');
            window.__tapped = { id: marker.dataset.eventId };
            marker.click();
          });
        }
        return entry;
      };
    });
    await page.goto(`${exhibit.url}/de`);
    await page.waitForFunction(() => window.__tapped !== undefined);
    const { id } = await page.evaluate(() => window.__tapped);
    await page.waitForSelector(`.event-card[data-event-id="${id}"]`, { timeout: 5000 });
    await page.waitForURL(`${exhibit.url}/de/event/${id}`);
    assert.equal(await page.locator(`.timeline-track .marker.selected[data-event-id="${id}"]`).count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('selecting a marker opens its card; back and forward restore the view; a deep link opens it', async () => {
    const { page, context, problems } = await openPage(exhibit);
    // The card marks its year (the year cursor shared with the charts); the event's address
    // implies it, so the address keeps only the window.
    const window = '?from=1990&to=2000';
    const marked = window;
    await page.goto(`${exhibit.url}/de${window}`);
    await appReady(page);
    await page.evaluate(() => {
      document.querySelector('.timeline-track').dataset.probe = 'the same track';
      // Rewriting <html lang>, even unchanged, restyles the whole page: only a language switch may.
      window.langWrites = 0;
      new MutationObserver((records) => { window.langWrites += records.length; })
        .observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    });
    await page.focus('.marker[data-event-id="bw-jiangsu-partnership"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${exhibit.url}/de/event/bw-jiangsu-partnership${marked}`);
    assert.equal(await page.textContent('.event-card h1'), 'Baden-Württemberg und Jiangsu werden Partner');
    assert.equal(await page.getAttribute('.marker[data-event-id="bw-jiangsu-partnership"]', 'aria-pressed'), 'true');
    assert.equal(await page.textContent('.year-cursor-label'), '1994');
    // The timeline stays as it was (not built anew), so a keyboard user is still on the marker.
    assert.equal(await page.getAttribute('.timeline-track', 'data-probe'), 'the same track');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.eventId), 'bw-jiangsu-partnership');
    await page.goBack();
    await page.waitForURL(`${exhibit.url}/de${window}`);
    assert.equal(await page.locator('.event-card').count(), 0);
    await page.goForward();
    await page.waitForURL(`${exhibit.url}/de/event/bw-jiangsu-partnership${marked}`);
    assert.equal(await page.evaluate(() => window.langWrites), 0, 'opening, back and forward leave <html lang> alone');
    await page.click('.language-switcher a[hreflang="zh-Hans"]');
    await page.waitForURL(`${exhibit.url}/zh/event/bw-jiangsu-partnership${marked}`);
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    assert.equal(await page.evaluate(() => window.langWrites), 1);
    assert.equal(await page.textContent('.event-card h1'), '巴登-符腾堡州与江苏省建立友好省州关系');
    assert.ok((await page.textContent('.event-card .event-date')).includes('1994年'));

    const fresh = await openPage(exhibit);
    await fresh.page.goto(`${exhibit.url}/en/event/bw-jiangsu-partnership?from=1990&to=2000`);
    await appReady(fresh.page);
    assert.equal(await fresh.page.textContent('.event-card h1'), 'Baden-Württemberg and Jiangsu become partners');
    assert.deepEqual(await range(fresh.page), [1990, 1999]);
    assert.deepEqual([...problems, ...fresh.problems], []);
    await fresh.context.close();
    await context.close();
  });

  for (const [name, size] of Object.entries(SIZES)) {
    test(`the whole span at ${name}: markers inside the track, clusters only of close events, each opening on tap`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size, touch: true });
      await page.goto(`${exhibit.url}/de`);
      await appReady(page);
      const track = await trackBox(page);
      const markers = await page.locator('.timeline-track .marker').all();
      const enough = size.width < 800 ? 6 : 10;
      assert.ok(markers.length >= enough, `only ${markers.length} markers at ${name}`);
      for (const marker of markers) {
        const box = await marker.boundingBox();
        const id = await marker.getAttribute('data-event-id');
        assert.ok(box.x >= track.x - 1 && box.x + box.width <= track.x + track.width + 1, `${id} sticks out sideways`);
        assert.ok(box.y >= track.y - 1 && box.y + box.height <= track.y + track.height + 1, `${id} sticks out`);
      }
      // Every event is shown: as a marker or counted in a cluster.
      const clustered = (await page.locator('.timeline-track .cluster').allTextContents())
        .reduce((sum, text) => sum + Number(text.match(/\d+/)[0]), 0);
      const total = (await page.locator('.filter-button').allTextContents())
        .reduce((sum, text) => sum + Number(text.match(/(\d+)\s*$/)[1]), 0);
      assert.ok(total >= 30);
      assert.equal(markers.length + clustered, total, `${markers.length} markers + ${clustered} in clusters`);
      // A cluster opens onto its events: after a tap, the window is narrower and shows more markers.
      const cluster = page.locator('.timeline-track .cluster').first();
      if (await cluster.count()) {
        const before = await range(page);
        await cluster.tap();
        const after = await range(page);
        assert.ok(after[1] - after[0] < before[1] - before[0], `${after} is not narrower than ${before}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const [name, size] of Object.entries(SIZES)) {
    test(`${name}: the marked year's label stands clear of the year ticks, on the page served and in the app`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size });
      const covered = () => page.evaluate(() => {
        const label = document.querySelector('.year-cursor-label')?.getBoundingClientRect();
        if (!label) return ['no label'];
        const shown = [...document.querySelectorAll('.timeline-track .tick')].filter((tick) => getComputedStyle(tick).display !== 'none');
        const under = shown.filter((tick) => {
          const box = tick.getBoundingClientRect();
          return Math.min(box.right, label.right) - Math.max(box.left, label.left) > 1
            && Math.min(box.bottom, label.bottom) - Math.max(box.top, label.top) > 1;
        });
        return shown.length < 3 ? [`only ${shown.length} ticks`] : under.map((tick) => tick.textContent);
      });
      // 1995 and 2016 fall on a tick at every size; 2001 between two.
      for (const [lang, id] of [['de', 'stuttgart-nanjing-city-friendship'], ['zh', 'china-top-trading-partner-2016'], ['en', 'basf-ypc-verbund-site']]) {
        const release = await holdWasm(context);
        await page.goto(`${exhibit.url}/${lang}/event/${id}`);
        await page.waitForSelector('.timeline-track[data-class]');
        assert.deepEqual(await covered(), [], `${lang} ${id}, served`);
        release();
        await appReady(page);
        assert.deepEqual(await covered(), [], `${lang} ${id}, in the app`);
        await context.unroute(/\.wasm$/);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test("an event's figures lead to its data with the year marked, in view", async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de/event/bosch-aftermarket-plant`);
    await appReady(page);
    const figure = page.locator('.event-figures li[data-series="german-investments-nanjing-eur"] a');
    assert.ok((await figure.textContent()).includes('120\u00a0Mio.\u00a0€'));
    await figure.click();
    await page.waitForURL(/\/de\/charts\?.*year=2013/);
    const chart = page.locator('#german-investments-nanjing-eur');
    assert.equal(await chart.locator('.chart-point.marked').getAttribute('data-year'), '2013');
    assert.equal(await chart.locator('tr.marked').getAttribute('data-year'), '2013');
    assert.ok((await chart.locator('tr.marked').textContent()).includes('Bosch'));
    await page.waitForTimeout(300);
    const box = await chart.locator('.chart-point.marked').boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 1080, `the marked value is out of view at ${box.y}`);
    // Back returns to the card.
    await page.goBack();
    await page.waitForURL(`${exhibit.url}/de/event/bosch-aftermarket-plant`);
    assert.equal(await page.textContent('.event-card h1'), 'Bosch eröffnet ein neues Werk in Nanjing');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('on a kiosk, sources are text with their address, never links, on every card', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    await page.goto(`${exhibit.url}/de/event/bw-jiangsu-partnership?mode=kiosk`);
    await appReady(page);
    assert.equal(await page.locator('.event-card .source-list a').count(), 0);
    const addresses = await page.locator('.event-card .source-address').allTextContents();
    assert.ok(addresses.some((a) => a.includes('stuttgart.de')), addresses.join(' '));
    await page.click('.event-neighbours a.next');
    await page.waitForURL(/\/de\/event\/.*mode=kiosk/);
    assert.equal(await page.locator('.event-card .source-list a').count(), 0);
    assert.ok((await page.locator('.event-card .source-address').count()) > 0);
    // On the web the same card links its sources.
    await page.goto(`${exhibit.url}/de/event/bw-jiangsu-partnership`);
    await appReady(page);
    assert.ok((await page.locator('.event-card .source-list a').count()) > 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('marker and card stay in step: the open event is marked, on its own or on its cluster', async () => {
    const { page, context, problems } = await openPage(exhibit);
    for (const id of ['stuttgart-nanjing-city-friendship', 'bosch-aftermarket-plant', 'nanjing-day-2026']) {
      await page.goto(`${exhibit.url}/de/event/${id}`);
      await appReady(page);
      const own = await page.locator(`.timeline-track .marker[data-event-id="${id}"]`).count();
      if (own) {
        assert.equal(await page.getAttribute(`.marker[data-event-id="${id}"]`, 'aria-pressed'), 'true', id);
        assert.equal(await page.locator('.cluster.holds-selected').count(), 0, id);
      } else {
        assert.equal(await page.locator('.cluster.holds-selected').count(), 1, `${id} is in no marked cluster`);
      }
      assert.equal(await page.locator('.timeline-track .marker.selected').count(), own, id);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the category filter hides markers, counts events, and lives in the address', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);
    const markers = await page.locator('.marker[style*="#1d3557"]').count();
    assert.ok(markers > 0);
    await page.click('.filter-button[data-category="partnership"]');
    assert.equal(await page.getAttribute('.filter-button[data-category="partnership"]', 'aria-pressed'), 'false');
    assert.equal(await page.locator('.marker[style*="#1d3557"]').count(), 0);
    await page.waitForURL(/cat=/);
    await page.reload();
    await appReady(page);
    assert.equal(await page.getAttribute('.filter-button[data-category="partnership"]', 'aria-pressed'), 'false');
    await page.click('.filter-all');
    assert.equal(await page.getAttribute('.filter-button[data-category="partnership"]', 'aria-pressed'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [name, size] of Object.entries(SIZES)) {
    test(`an open card at ${name}: screenshot, nothing sideways`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size, touch: true });
      for (const lang of ['de', 'zh']) {
        await page.goto(`${exhibit.url}/${lang}/event/bw-jiangsu-partnership`);
        await appReady(page);
        assert.ok((await sidewaysOverflow(page)) <= 0);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `timeline-${lang}-${name}.png`) });
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
