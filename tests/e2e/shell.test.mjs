// The app shell end to end: every view loads cleanly, navigation and history work, unknown
// addresses get the not-found view, and the layout fits a kiosk and a phone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HEADINGS } from './common.mjs';
import { SCREENSHOT_DIR, SIZES, appReady, holdWasm, openPage, sidewaysOverflow, startExhibit } from './harness.mjs';

let exhibit;
before(async () => {
  exhibit = await startExhibit();
});
after(async () => {
  await exhibit?.stop();
});

describe('every view', () => {
  test('loads in each language with its heading and no console error', async () => {
    const { page, context, problems } = await openPage(exhibit);
    for (const [lang, views] of Object.entries(HEADINGS)) {
      for (const [path, heading] of Object.entries(views)) {
        await page.goto(`${exhibit.url}/${lang}${path}`);
        await appReady(page);
        assert.equal(await page.textContent('main h1'), heading, `/${lang}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-Hans' : lang);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('/ moves on to the configured language, else the browser language, else German', async () => {
    for (const [locale, query, expected] of [['zh-CN', '', '/zh'], ['en-GB', '', '/en'], ['fr-FR', '', '/de'], ['en-GB', '?lang=zh', '/zh']]) {
      const { page, context, problems } = await openPage(exhibit, { locale });
      await page.goto(`${exhibit.url}/${query}`);
      await page.waitForURL(`${exhibit.url}${expected}`);
      await appReady(page);
      assert.deepEqual(problems, [], locale);
      await context.close();
    }
  });

  test('an unknown address shows the not-found view with a way back', async () => {
    const { page, context, problems } = await openPage(exhibit);
    for (const path of ['/fr', '/de/nowhere', '/de/event', '/%E2%98%83', '/de/%3Cscript%3E']) {
      await page.goto(`${exhibit.url}${path}`);
      await appReady(page);
      assert.equal(await page.textContent('main h1'), 'Seite nicht gefunden', path);
    }
    // An address that names a language is answered in it, the whole page.
    for (const [path, heading, lang, back] of [['/zh/charts/2099/x', '找不到该页面', 'zh-Hans', '时间轴'], ['/en/nowhere', 'Page not found', 'en', 'Timeline']]) {
      await page.goto(`${exhibit.url}${path}`);
      await appReady(page);
      assert.equal(await page.textContent('main h1'), heading, path);
      assert.equal(await page.getAttribute('html', 'lang'), lang, path);
      assert.equal((await page.locator('.main-nav a').first().textContent()).trim(), back, `the header of ${path}`);
    }
    // An odd query string is ignored: the view still shows, and nothing of it is rendered.
    await page.goto(`${exhibit.url}/zh/about?x=<script>alert(1)</script>&lang=fr`);
    await appReady(page);
    assert.equal(await page.textContent('main h1'), '关于本展览');
    assert.equal(await page.locator('text=alert(1)').count(), 0);
    await page.goto(`${exhibit.url}/de/nowhere`);
    await appReady(page);
    await page.click('main a.control.primary');
    await page.waitForURL(`${exhibit.url}/de`);
    assert.equal(await page.textContent('main h1'), 'Nanjing und Stuttgart');
    // The server says 404 for an unknown address (search engines must not keep it); nothing
    // else went wrong.
    const unexpected = problems.filter((p) => !/^HTTP 404: /.test(p) && !/status of 404/.test(p));
    assert.deepEqual(unexpected, []);
    await context.close();
  });
});

describe('an address the build did not draw', () => {
  test("shows the exhibit's name in three languages until the app draws the view, never an empty page", async () => {
    const { page, context, problems } = await openPage(exhibit, { size: SIZES.phone });
    const release = await holdWasm(context);
    await page.goto(`${exhibit.url}/zh/nowhere`);
    const cover = page.locator('.shell-cover');
    assert.ok(await cover.isVisible(), 'the shell is empty before the app');
    const said = await cover.innerText();
    for (const words of ['Nanjing – Stuttgart', 'Zwei Städte und ihre Verbindungen', '南京 – 斯图加特', '两座城市和它们之间的纽带', 'Two cities and the ties between them']) {
      assert.ok(said.includes(words), `${words} is not on the cover: ${said}`);
    }
    const box = await cover.boundingBox();
    assert.ok(box.width >= 380 && box.height >= 100, JSON.stringify(box));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'shell-before-app-phone.png') });
    release();
    await appReady(page);
    assert.ok(!(await cover.isVisible()), 'the cover stays after the app has drawn its view');
    assert.equal(await page.textContent('main h1'), '找不到该页面');
    const unexpected = problems.filter((p) => !/^HTTP 404: /.test(p) && !/status of 404/.test(p));
    assert.deepEqual(unexpected, []);
    await context.close();
  });
});

describe('navigation', () => {
  test('links, the language switcher and the back and forward buttons restore each view', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);

    await page.click('nav.main-nav >> text=Handel & Investitionen');
    await page.waitForURL(`${exhibit.url}/de/charts`);
    assert.equal(await page.textContent('main h1'), 'Handel und Investitionen');
    assert.equal(await page.getAttribute('nav.main-nav a[href="/de/charts"]', 'aria-current'), 'page');

    await page.click('.language-switcher a[hreflang="zh-Hans"]');
    await page.waitForURL(`${exhibit.url}/zh/charts`);
    assert.equal(await page.textContent('main h1'), '贸易与投资');

    await page.click('nav.main-nav a[href="/zh/about"]');
    await page.waitForURL(`${exhibit.url}/zh/about`);
    assert.equal(await page.textContent('main h1'), '关于本展览');

    await page.goBack();
    await page.waitForURL(`${exhibit.url}/zh/charts`);
    assert.equal(await page.textContent('main h1'), '贸易与投资');
    await page.goBack();
    await page.waitForURL(`${exhibit.url}/de/charts`);
    assert.equal(await page.textContent('main h1'), 'Handel und Investitionen');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await page.goForward();
    await page.waitForURL(`${exhibit.url}/zh/charts`);
    assert.equal(await page.textContent('main h1'), '贸易与投资');

    assert.deepEqual(problems, []);
    await context.close();
  });

  test('switching language keeps the event, the zoom and the filter', async () => {
    const { page, context, problems } = await openPage(exhibit);
    // Opening the card marks its year (the year cursor); the event's address implies it, so
    // the address written back leaves it out.
    const query = '?from=2010&to=2016&cat=business';
    await page.goto(`${exhibit.url}/de/event/bosch-aftermarket-plant${query}&year=2013`);
    await appReady(page);
    assert.equal(await page.textContent('.event-card h1'), 'Bosch eröffnet ein neues Werk in Nanjing');
    await page.click('.language-switcher a[hreflang="zh-Hans"]');
    await page.waitForURL(`${exhibit.url}/zh/event/bosch-aftermarket-plant${query}`);
    assert.equal(await page.textContent('.event-card h1'), '博世在南京开设新工厂');
    assert.ok((await page.textContent('.event-card .event-date')).includes('2013年3月20日'));
    assert.match(await page.textContent('.timeline-range'), /2010.*2015/);
    assert.equal(await page.getAttribute('.filter-button[data-category="partnership"]', 'aria-pressed'), 'false');
    await page.click('.language-switcher a[hreflang="en"]');
    await page.waitForURL(`${exhibit.url}/en/event/bosch-aftermarket-plant${query}`);
    assert.equal(await page.textContent('.event-card h1'), 'Bosch opens a new plant in Nanjing');
    assert.ok((await page.textContent('.event-card .event-date')).includes('20 March 2013'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('key figures read as each reader expects them', async () => {
    const { page, context, problems } = await openPage(exhibit);
    const expected = {
      de: ['mehr als', '4,2\u00a0Mrd.\u00a0US-$', '2,22\u00a0Mrd.\u00a0US-$', '315'],
      zh: ['超过', '42亿美元', '22.2亿美元', '315'],
      en: ['more than', 'US$4.2bn', 'US$2.22bn', '315'],
    };
    for (const [lang, parts] of Object.entries(expected)) {
      await page.goto(`${exhibit.url}/${lang}/charts`);
      await appReady(page);
      const tiles = (await page.locator('.figure-tile').allTextContents()).join(' | ');
      for (const part of parts) assert.ok(tiles.includes(part), `${lang}: «${part}» not in ${tiles}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a view reached by navigation survives a reload', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/en`);
    await appReady(page);
    await page.click('nav.main-nav a[href="/en/about"]');
    await page.waitForURL(`${exhibit.url}/en/about`);
    await page.reload();
    await appReady(page);
    assert.equal(await page.textContent('main h1'), 'About this exhibition');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('layout', () => {
  // What a visitor sees of every control in view: its box and the shape it draws.
  const controlsInView = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.control')]
        .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
        .map((el) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return {
            name: `${el.className} «${el.textContent.trim().slice(0, 24)}»`,
            width: box.width,
            height: box.height,
            radius: style.borderTopLeftRadius,
            border: style.borderTopWidth,
            weight: style.fontWeight,
            // The width its label and icon ask for, as a control is sized (the play control's only).
            natural: el.classList.contains('chart-play') && (() => {
              const width = el.style.width;
              el.style.width = 'max-content';
              const natural = el.getBoundingClientRect().width;
              el.style.width = width;
              return natural;
            })(),
          };
        })
        .filter((c) => c.width > 0 && !c.name.includes('kiosk-keep')),
    );

  for (const [name, size] of [...Object.entries(SIZES), ['kiosk-4k', { width: 3840, height: 2160 }]]) {
    test(`one family of controls at ${name}: one height, one shape; the play control is one of them`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size, touch: true });
      const root = async () => parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize));
      for (const lang of ['de', 'zh']) {
        for (const path of [`/${lang}/event/stuttgart-nanjing-city-friendship?mode=kiosk`, `/${lang}/charts?mode=kiosk`, `/${lang}/charts`]) {
          await page.goto(`${exhibit.url}${path}`);
          await appReady(page);
          await page.evaluate(() => document.fonts.ready);
          const controls = await controlsInView(page);
          assert.ok(controls.length >= 8, `${path}: ${controls.length} controls`);
          const expected = Math.max(48, 2.25 * (await root()));
          for (const c of controls) {
            assert.ok(Math.abs(c.height - expected) < 1.5, `${path} at ${name}: ${c.name} is ${c.height}px tall, the family ${expected}px`);
            assert.equal(c.radius, '999px', `${path}: ${c.name}`);
            assert.equal(c.border, '2px', `${path}: ${c.name}`);
          }
          if (path.includes('charts')) {
            const play = controls.filter((c) => c.name.includes('chart-play'));
            assert.equal(play.length, 6, 'a play control on every chart');
            // Sized by its label like every other control, not stretched into a bar.
            for (const p of play) assert.ok(Math.abs(p.width - p.natural) < 1 && p.width < 6 * p.height, `play is ${p.width}x${p.height}, its label asks for ${p.natural}`);
          }
        }
      }
      // Pressed and disabled read the same way everywhere: filled, and faded.
      await page.goto(`${exhibit.url}/de?mode=kiosk`);
      await appReady(page);
      const states = await page.evaluate(() => {
        const look = (el) => ({ background: getComputedStyle(el).backgroundColor, opacity: getComputedStyle(el).opacity });
        return { pressed: look(document.querySelector('.filter-button[aria-pressed="true"]')), disabled: look(document.querySelector('.zoom-whole:disabled')) };
      });
      assert.notEqual(states.pressed.background, 'rgb(255, 255, 255)');
      assert.ok(Number(states.disabled.opacity) < 0.6, JSON.stringify(states));
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  for (const [name, size] of Object.entries(SIZES)) {
    test(`fits ${name} (${size.width}x${size.height}) without sideways scrolling; screenshots written`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size, touch: true });
      for (const path of ['/de', '/zh', '/en/about', '/de/charts', '/zh/event/no-such-event', '/de/nowhere']) {
        await page.goto(`${exhibit.url}${path}`);
        await appReady(page);
        assert.ok((await sidewaysOverflow(page)) <= 0, `${path} scrolls sideways at ${name}`);
        const file = `${path.slice(1).replaceAll('/', '_')}-${name}.png`;
        await page.screenshot({ path: join(SCREENSHOT_DIR, file) });
      }
      const targets = await page.$$eval('header a', (links) =>
        links.map((a) => ({ text: a.textContent, height: a.getBoundingClientRect().height })),
      );
      for (const target of targets) {
        assert.ok(target.height >= 44, `"${target.text}" is only ${target.height}px tall at ${name}`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
