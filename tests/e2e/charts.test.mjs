// The charts end to end: tooltips, keyboard, the year cursor shared with the timeline, the
// table, downloads, playing through the years, and screenshots.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SCREENSHOT_DIR, SIZES, appReady, openPage, sidewaysOverflow, startExhibit } from './harness.mjs';

let exhibit;
before(async () => {
  exhibit = await startExhibit();
});
after(async () => {
  await exhibit?.stop();
});

const TRADE = '#germany-china-trade';
/** The total's value of a year in the trade chart (it shares the chart with exports and imports). */
const TOTAL = (lang, year) => `${TRADE} .chart-point[aria-label^="${{ de: 'Warenhandel Deutschland–China', en: 'Germany–China trade in goods' }[lang]} · ${year} "]`;

describe('charts', () => {
  test('every chart is drawn with its summary, unit and sources', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de/charts`);
    await appReady(page);
    const charts = page.locator('figure.chart');
    assert.equal(await charts.count(), 6);
    for (const chart of await charts.all()) {
      assert.equal(await chart.locator('.chart-frame > svg').count(), 1);
      assert.ok((await chart.locator('.chart-summary').textContent()).length > 40);
      assert.match(await chart.locator('.chart-meta').textContent(), /Einheit: .* · Quellen: \S/);
    }
    assert.match(await page.textContent(`${TRADE} .chart-summary`), /Warenhandel Deutschland–China: .* Für 2011–2014 gibt es keinen belastbaren Wert/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a value shows its tooltip on hover and on focus; arrow keys move from value to value', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de/charts`);
    await appReady(page);
    await page.hover(TOTAL('de', 2023));
    const tip = await page.textContent(`${TRADE} .chart-tooltip`);
    for (const part of ['2023', '254,5\u00a0Mrd.\u00a0€', 'korrigiert', 'Destatis', '253,1']) {
      assert.ok(tip.includes(part), `«${part}» not in ${tip}`);
    }
    await page.focus(TOTAL('de', 2023));
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.year), '2024');
    assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Warenhandel Deutschland–China · 2024 · 246,3/);
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.year), '2025');
    assert.ok((await page.textContent(`${TRADE} .chart-tooltip`)).includes('251,8'));
    await page.keyboard.press('Home');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.year), '1993');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('one year cursor: a value picks the year on the timeline, an event picks it in the charts', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/en/charts`);
    await appReady(page);
    await page.click(TOTAL('en', 2021));
    assert.equal(await page.locator(`${TRADE} .chart-point.marked`).first().getAttribute('data-year'), '2021');
    await page.waitForURL(/year=2021/);
    await page.click('nav.main-nav a[href^="/en?"], nav.main-nav a[href="/en"]');
    await page.waitForSelector('.year-cursor');
    assert.equal(await page.textContent('.year-cursor-label'), '2021');

    await page.goto(`${exhibit.url}/en/event/thyssenkrupp-crankshaft-plant`);
    await appReady(page);
    await page.waitForSelector('.year-cursor');
    assert.equal(await page.textContent('.year-cursor-label'), '2013');
    await page.click('nav.main-nav a[href^="/en/charts"]');
    await page.waitForURL(/\/en\/charts\?.*year=2013/);
    assert.equal(await page.locator('#german-investments-nanjing-usd .chart-point.marked').getAttribute('data-year'), '2013');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the table shows the same data; the web offers CSV and SVG, a kiosk does not', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/en/charts`);
    await appReady(page);
    await page.click(`${TRADE} .chart-table summary`);
    const rows = page.locator(`${TRADE} #data-germany-china-trade-eur tbody tr`);
    assert.equal(await rows.count(), 13);
    assert.equal(await rows.first().getAttribute('data-year'), '2009');
    const csvHref = await page.getAttribute(`${TRADE} a.chart-download[download$=".csv"]`, 'href');
    const csv = decodeURIComponent(csvHref.split(',').slice(1).join(','));
    assert.ok(csv.startsWith('series,year,value,unit,status,source,url\n'), csv);
    assert.ok(csv.includes('germany-china-trade-eur,2023,254500000000,EUR,revised,Statistisches Bundesamt (Destatis),https://'), csv);
    assert.ok(csv.includes('germany-china-exports-eur,1993,4900000000,EUR,'), csv);
    const svgHref = await page.getAttribute(`${TRADE} a.chart-download[download$=".svg"]`, 'href');
    const svg = decodeURIComponent(svgHref.split(',').slice(1).join(','));
    assert.ok(svg.includes('<title>German exports to China\u00a0· German imports from China\u00a0· Germany–China trade in goods</title>'), svg.slice(0, 300));

    await page.goto(`${exhibit.url}/en/charts?mode=kiosk`);
    await appReady(page);
    assert.equal(await page.locator('a.chart-download').count(), 0);
    assert.equal(await page.locator('a[download]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('play steps through the years while the axes stay put', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de/charts`);
    await appReady(page);
    const axis = async () => (await page.locator(`${TRADE} .chart-frame > svg text`).allTextContents()).join('|');
    const before = await axis();
    await page.click(`${TRADE} .chart-play`);
    await page.waitForSelector(`${TRADE} .chart-point.marked[data-year="1993"]`);
    await page.waitForSelector(`${TRADE} .chart-point.marked[data-year="2003"]`, { timeout: 5000 });
    assert.equal(await axis(), before);
    await page.click(`${TRADE} .chart-play`);
    assert.equal(await page.getAttribute(`${TRADE} .chart-play`, 'aria-pressed'), 'false');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [name, size] of Object.entries(SIZES)) {
    test(`charts at ${name}: drawn to the width, nothing sideways; screenshot`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size, touch: true });
      await page.goto(`${exhibit.url}/zh/charts?year=2019`);
      await appReady(page);
      await page.waitForTimeout(200);
      const frame = await page.locator(`${TRADE} .chart-frame`).boundingBox();
      const svgWidth = await page.locator(`${TRADE} .chart-frame > svg`).evaluate((svg) => svg.getBoundingClientRect().width);
      assert.ok(Math.abs(svgWidth - frame.width) < 2, `svg ${svgWidth} in a frame of ${frame.width}`);
      assert.ok((await sidewaysOverflow(page)) <= 0);
      await page.locator(TRADE).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOT_DIR, `charts-zh-${name}.png`) });
      // Baden-Württemberg's few values: a lower chart than the full trade series, not an
      // empty frame.
      const height = (chart) => page.locator(`${chart} .chart-frame > svg`).evaluate((svg) => svg.getBoundingClientRect().height);
      assert.ok((await height('#bw-china-trade')) < await height(TRADE), 'the sparse chart is lower');
      await page.locator('#bw-china-trade .chart-frame').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOT_DIR, `charts-bw-zh-${name}.png`) });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
