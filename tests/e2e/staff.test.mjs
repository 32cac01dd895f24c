// The staff panel on a kiosk: the corner-hold gesture and the PIN from the start address, the
// panel's view of the kiosk, the anonymous counts of a visit (kept on the device only, across
// a reload), the CSV export, "reset counts", closing itself, a full storage, and nothing of
// it without a PIN or on the public web.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR, SIZES, appReady, openPage, startExhibit } from './harness.mjs';

let exhibit;
before(async () => {
  exhibit = await startExhibit();
});
after(async () => {
  await exhibit?.stop();
});

const HOLD_MS = 5000;

/** A finger on the touch screen (touch events through the DevTools protocol, as a kiosk's
 * screen sends them), put down at (x, y), moved along `path`, lifted after `ms`. */
async function hold(page, x, y, ms, path = []) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (const [toX, toY] of path) {
    await page.waitForTimeout(50);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: toX, y: toY }] });
  }
  await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The gesture, then the PIN typed on the pad's keys. */
async function openPanel(page, pin = '0417') {
  await hold(page, 20, 20, HOLD_MS + 400);
  await page.locator('.pin-pad').waitFor({ timeout: 3000 });
  for (const digit of pin) await page.click(`.pin-key:text-is("${digit}")`);
  await page.click('.pin-key.primary');
  await page.locator('.staff-panel').waitFor({ timeout: 3000 });
}

/** What the panel shows in a row of its lists (`data-row`). */
const row = (page, name) => page.locator(`.staff-row[data-row="${name}"] dd`).textContent();

describe('staff panel', () => {
  test('taps and a short press on the corner open nothing; without staff= no gesture opens a PIN pad', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    await page.goto(`${exhibit.url}/de?mode=kiosk&idle=600&staff=0417`);
    await appReady(page);
    for (let i = 0; i < 8; i += 1) await page.touchscreen.tap(15 + i, 15 + i);
    await hold(page, 20, 20, 2000);
    // Held long enough, but dragged along the way.
    await hold(page, 20, 20, HOLD_MS + 300, [[32, 28], [44, 36], [56, 44], [68, 52], [80, 60]]);
    // Held long enough, but not on the corner.
    await hold(page, 960, 540, HOLD_MS + 300);
    assert.equal(await page.locator('.pin-pad, .staff-panel').count(), 0);

    await page.goto(`${exhibit.url}/de?mode=kiosk&idle=600`);
    await appReady(page);
    await hold(page, 20, 20, HOLD_MS + 500);
    assert.equal(await page.locator('.pin-pad, .staff-panel').count(), 0, 'no PIN, no pad');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the gesture shows the PIN pad; a wrong PIN says so and three pause the pad; the right one opens the panel', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    await page.goto(`${exhibit.url}/de?mode=kiosk&idle=600&staff=0417`);
    await appReady(page);
    await hold(page, 20, 20, HOLD_MS + 400);
    const pad = page.locator('.pin-pad');
    await pad.waitFor({ timeout: 3000 });
    assert.equal(await pad.locator('h2').textContent(), 'PIN für das Ausstellungsteam');
    // By keyboard: digits, Backspace, Enter.
    await page.keyboard.type('12345');
    await page.keyboard.press('Backspace');
    assert.equal(await page.locator('.pin-dot').count(), 4);
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('.pin-message'), 'Falsche PIN. Noch 2 Versuche.');
    assert.equal(await page.locator('.pin-dot').count(), 0, 'the digits are cleared');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'staff-pin-kiosk-landscape.png') });
    await page.setViewportSize(SIZES['kiosk-portrait']);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'staff-pin-kiosk-portrait.png') });
    await page.setViewportSize(SIZES['kiosk-landscape']);
    // Every key is large enough to touch.
    const small = await page.locator('.pin-key').evaluateAll((keys) =>
      keys.map((k) => k.getBoundingClientRect()).filter((b) => b.width < 64 || b.height < 64).length);
    assert.equal(small, 0);
    await page.keyboard.type('9999');
    await page.keyboard.press('Enter');
    await page.keyboard.type('8888');
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('.pin-message'), 'Zu viele falsche Eingaben. Bitte 60 Sekunden warten.');
    // Paused: even the right PIN waits.
    await page.keyboard.type('0417');
    await page.keyboard.press('Enter');
    assert.match(await page.textContent('.pin-message'), /Bitte \d+ Sekunden warten/);
    assert.equal(await page.locator('.staff-panel').count(), 0);
    // Escape closes the pad; the exhibit is as it was.
    await page.keyboard.press('Escape');
    await pad.waitFor({ state: 'detached' });
    assert.match(await page.textContent('main h1'), /Nanjing und Stuttgart/);

    // Another kiosk start: the right PIN by touch opens the panel.
    await page.goto(`${exhibit.url}/zh?mode=kiosk&idle=600&lang=zh&staff=20261201`);
    await appReady(page);
    await openPanel(page, '20261201');
    assert.equal(await page.textContent('.staff-panel h2'), '工作人员面板');
    assert.equal(await row(page, 'network'), '在线');
    assert.match(await row(page, 'build'), /^0\.1\.0 · [0-9a-f]{7,} · \d{4}-\d{2}-\d{2}$/);
    assert.match(await row(page, 'content'), /^[0-9a-f]{16} · 2026年/);
    assert.equal(await row(page, 'errors'), '0');
    assert.equal(await row(page, 'restarts'), '0');
    assert.equal(await page.textContent('.staff-empty'), '尚无统计。');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a visit is counted on the device: shown in the panel, kept across a reload, exported as CSV, reset', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    const start = `${exhibit.url}/de?mode=kiosk&idle=5&staff=0417`;
    await page.goto(start);
    await appReady(page);
    // The visit: two events, a language, a chart played; every card and chart shows its QR code.
    const first = page.locator('.timeline-track .marker').first();
    const firstId = await first.getAttribute('data-event-id');
    await first.tap();
    await page.waitForSelector(`.event-card[data-event-id="${firstId}"]`);
    await page.click('.event-neighbours a.next');
    await page.waitForFunction((id) => document.querySelector('.event-card')?.dataset.eventId !== id, firstId);
    const secondId = await page.getAttribute('.event-card', 'data-event-id');
    await page.click('.language-switcher a[href^="/zh"]');
    await page.waitForURL(/\/zh\/event\//);
    await page.click('nav.main-nav a[href^="/zh/charts"]');
    await page.waitForURL(/\/zh\/charts/);
    await page.waitForSelector('.chart-play');
    // Each chart's own code (a source's code is not counted).
    const charts = await page.locator('.chart-actions .take-home').count();
    assert.ok(charts >= 1);
    await page.locator('.chart-play').first().click();
    // Left alone: "still there?", the reset, the attract loop.
    await page.locator('.kiosk-overlay.attract').waitFor({ timeout: 25000 });
    assert.equal(await page.evaluate(() => document.cookie), '', 'no cookies');

    await openPanel(page);
    const titles = await page.locator('.staff-top-events li').evaluateAll((items) =>
      items.map((li) => [li.dataset.eventId, li.textContent]));
    assert.equal(titles.length, 2);
    assert.deepEqual(titles.map(([id]) => id).sort(), [firstId, secondId].sort());
    for (const [id, shown] of titles) assert.ok(shown.endsWith('1') && !shown.includes(id) && shown.length > 10, `a title and its count: ${shown}`);
    assert.equal(await row(page, 'visits'), '1');
    assert.equal(await row(page, 'charts'), '1');
    assert.equal(await row(page, 'qr'), String(2 + charts));
    assert.equal(await row(page, 'languages'), 'Deutsch 0 · 中文 1 · English 0');
    assert.match(await row(page, 'median'), /^\d+ s$|^\d+ Min\./);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const day = await page.locator(`.staff-days tr[data-date="${today}"] td`).allTextContents();
    assert.deepEqual(day, ['1', '2', '1', String(2 + charts)]);
    // The panel sums the offline cache's files as it opens ("…" until then).
    await page.waitForFunction(() => document.querySelector('.staff-row[data-row="cache"] dd')?.textContent !== '…', null, { timeout: 30000 });
    assert.match(await row(page, 'cache'), /^\d+ Dateien, [\d,]+ MB · exhibit-[0-9a-f]{16}$/);
    assert.match(await row(page, 'uptime'), /^\d+ (s|Min\.)/);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'staff-panel-kiosk-landscape.png') });
    await page.setViewportSize(SIZES['kiosk-portrait']);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'staff-panel-kiosk-portrait.png') });
    await page.setViewportSize(SIZES['kiosk-landscape']);

    // A reload (and so a restart) keeps the counts.
    await page.goto(`${exhibit.url}/de?mode=kiosk&idle=600&staff=0417`);
    await appReady(page);
    await openPanel(page);
    assert.equal(await row(page, 'visits'), '1');
    assert.equal(await page.locator('.staff-top-events li').count(), 2);

    // The CSV: a header, one row per day and kind.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.staff-export')]);
    assert.equal(download.suggestedFilename(), `exhibit-counts-${today}.csv`);
    const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
    assert.equal(csv[0], 'date,kind,item,count');
    for (const line of [
      `${today},visits,,1`,
      `${today},event_opened,${firstId},1`,
      `${today},event_opened,${secondId},1`,
      `${today},language_chosen,zh,1`,
      `${today},charts_played,,1`,
      `${today},qr_codes_shown,,${2 + charts}`,
    ]) assert.ok(csv.includes(line), `${line} in\n${csv.join('\n')}`);

    // Reset asks first; "cancel" keeps everything.
    await page.click('.staff-reset');
    assert.match(await page.textContent('.staff-confirm'), /Alle Zählungen dieses Geräts löschen\?/);
    await page.click('.staff-reset-no');
    assert.equal(await page.locator('.staff-confirm').count(), 0);
    assert.equal(await row(page, 'visits'), '1');
    await page.click('.staff-reset');
    await page.click('.staff-reset-yes');
    assert.equal(await page.textContent('.staff-done'), 'Die Zählungen wurden gelöscht.');
    assert.equal(await page.textContent('.staff-empty'), 'Noch keine Zählungen.');
    await page.click('.staff-close');
    await page.locator('.staff-panel').waitFor({ state: 'detached' });
    await page.reload();
    await appReady(page);
    await openPanel(page);
    assert.equal(await page.textContent('.staff-empty'), 'Noch keine Zählungen.');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the panel closes itself after a minute left alone, and at the idle reset', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    await page.goto(`${exhibit.url}/de?mode=kiosk&idle=600&staff=0417`);
    await appReady(page);
    await openPanel(page);
    await page.waitForTimeout(50000);
    assert.equal(await page.locator('.staff-panel').count(), 1, 'still open after 50 s');
    await page.locator('.staff-panel').waitFor({ state: 'detached', timeout: 15000 });
    assert.match(await page.textContent('main h1'), /Nanjing und Stuttgart/);

    await page.goto(`${exhibit.url}/de?mode=kiosk&idle=5&staff=0417`);
    await appReady(page);
    await openPanel(page);
    // 5 s idle and 10 s countdown: the reset closes it.
    await page.locator('.staff-panel').waitFor({ state: 'detached', timeout: 20000 });
    await page.locator('.kiosk-overlay.attract').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a full storage never breaks the kiosk: counts last until the reload, and the panel says so', async () => {
    const { page, context, problems } = await openPage(exhibit, { touch: true });
    await context.addInitScript(() => {
      Storage.prototype.setItem = function full() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(`${exhibit.url}/de?mode=kiosk&idle=600&staff=0417`);
    await appReady(page);
    const marker = page.locator('.timeline-track .marker').first();
    const id = await marker.getAttribute('data-event-id');
    await marker.tap();
    await page.waitForSelector(`.event-card[data-event-id="${id}"]`);
    await page.click('.event-neighbours a.next');
    await page.waitForFunction((first) => document.querySelector('.event-card')?.dataset.eventId !== first, id);
    await openPanel(page);
    assert.match(await page.textContent('.staff-warning'), /nimmt die Zählungen nicht an/);
    assert.equal(await page.locator('.staff-top-events li').count(), 2);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await page.click('.staff-close');
    await page.click('.event-neighbours a.next');
    assert.equal(await page.locator('#crash-notice').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the public web keeps nothing: no counts, no cookies, no storage', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);
    await page.locator('.timeline-track .marker').first().click();
    await page.waitForSelector('.event-card');
    await page.click('.language-switcher a[href^="/en"]');
    await page.waitForURL(/\/en\//);
    await page.click('nav.main-nav a[href^="/en/charts"]');
    await page.waitForSelector('.chart-play');
    await page.locator('.chart-play').first().click();
    await page.waitForTimeout(500);
    await hold(page, 20, 20, HOLD_MS + 300);
    assert.equal(await page.locator('.pin-pad, .staff-panel').count(), 0);
    const kept = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
    assert.deepEqual(kept, [0, 0, '']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
