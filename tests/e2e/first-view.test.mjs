// The visitor's first minute: the story is on screen at once, at every size and in every
// language; titles stand whole; no tap target covers another; and the page drawn at build
// time already has the timeline's final layout, so nothing jumps when the app arrives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_VIEW_SIZES, SCREENSHOT_DIR, appReady, holdWasm, openPage, overlappingTargets, sidewaysOverflow, startExhibit } from './harness.mjs';

const EVENTS = 'assets/content/events';
/** The highlights, as the curators set them, with their titles. */
const HIGHLIGHTS = readdirSync(EVENTS)
  .map((file) => readFileSync(join(EVENTS, file), 'utf8'))
  .filter((text) => /^highlight\s*=\s*true\s*$/m.test(text))
  .map((text) => ({
    id: text.match(/^id\s*=\s*"([^"]+)"/m)[1],
    titles: Object.fromEntries(
      ['de', 'zh', 'en'].map((lang) => [lang, text.split('[title]')[1].match(new RegExp(`^${lang}\\s*=\\s*"([^"]+)"`, 'm'))[1]]),
    ),
  }));

/** The eras as the curators wrote them (eras.toml): id, whole name and short name per language. */
const ERAS = readFileSync('assets/content/eras.toml', 'utf8').split('[[era]]').slice(1).map((block) => {
  const field = (key) => block.match(new RegExp(`^${key.replace('.', '\\.')}\\s*=\\s*"([^"]+)"`, 'm'))[1];
  const texts = (key) => Object.fromEntries(['de', 'zh', 'en'].map((lang) => [lang, field(`${key}.${lang}`)]));
  return { id: field('id'), name: texts('name'), short: texts('short') };
});

/** Every marker shown: its id, box, whether its title shows, and how it sits in its marker. */
async function markers(page) {
  return page.$$eval('.timeline-track .marker', (elements) =>
    elements
      .filter((marker) => getComputedStyle(marker).display !== 'none')
      .map((marker) => {
        const title = marker.querySelector('.marker-title');
        const box = marker.getBoundingClientRect();
        const titleBox = title.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
        const shown = getComputedStyle(title).display !== 'none';
        return {
          id: marker.dataset.eventId,
          box: { x: box.x, y: box.y, width: box.width, height: box.height },
          titleShown: shown,
          title: title.textContent,
          // All it says, hidden parts too (a screen reader's name), and its icon.
          said: marker.textContent,
          icon: marker.querySelector('.marker-icon path')?.getAttribute('d') ?? null,
          lines: Math.round(titleBox.height / lineHeight),
          cut: marker.scrollHeight > marker.clientHeight + 1 || marker.scrollWidth > marker.clientWidth + 1
            || (shown && (titleBox.bottom > box.bottom + 1 || titleBox.right > box.right + 1 || titleBox.left < box.left - 1)),
        };
      }));
}

/** What each cluster badge shown says, hidden parts too. */
async function badges(page) {
  return page.$$eval('.timeline-track .cluster', (elements) =>
    elements
      .filter((badge) => getComputedStyle(badge).display !== 'none')
      .map((badge) => badge.textContent)
      .sort());
}

/** Where an era's name is under a marker or a cluster badge: the name's text (not its strip),
 * each as "era × what covers it". */
async function eraNamesCovered(page) {
  return page.evaluate(() => {
    const found = [];
    const covers = [...document.querySelectorAll('.timeline-track .marker, .timeline-track .cluster')]
      .filter((element) => getComputedStyle(element).display !== 'none');
    for (const name of document.querySelectorAll('.timeline-track .era-name')) {
      const range = document.createRange();
      range.selectNodeContents(name);
      // The text as far as it shows: the strip clips it (with an ellipsis).
      const strip = name.getBoundingClientRect();
      for (const whole of range.getClientRects()) {
        const text = {
          left: Math.max(whole.left, strip.left),
          right: Math.min(whole.right, strip.right),
          top: Math.max(whole.top, strip.top),
          bottom: Math.min(whole.bottom, strip.bottom),
        };
        for (const element of covers) {
          const box = element.getBoundingClientRect();
          const across = Math.min(text.right, box.right) - Math.max(text.left, box.left);
          const down = Math.min(text.bottom, box.bottom) - Math.max(text.top, box.top);
          if (across > 1 && down > 1) {
            found.push(`${name.innerText} × ${element.dataset.eventId ?? element.textContent.trim().slice(0, 4)}`);
          }
        }
      }
    }
    return [...new Set(found)];
  });
}

/** Each era's name as it shows, lying down or upright: its text (none where hidden), its band's
 * content box along the axis in rem (what its container queries measure), the rungs it carries
 * (`whole`, `short`: the band size from which each form fits), whether it reads whole, its
 * number of lines lying down, and its broken words. */
function eraBands(page) {
  return page.evaluate(() => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const track = document.querySelector('.timeline-track');
    const lines = track.getAttribute('data-era-lines');
    const upright = lines !== null;
    const rung = (attribute) => Number(upright ? attribute.split(' ').find((r) => r.startsWith(`${lines}-`)).split('-')[1] : attribute);
    return [...track.querySelectorAll('.era-name')].map((name) => {
      const band = name.parentElement;
      const style = getComputedStyle(band);
      const sides = upright ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
        : ['borderLeftWidth', 'borderRightWidth', 'paddingLeft', 'paddingRight'];
      const outer = band.getBoundingClientRect()[upright ? 'height' : 'width'];
      const box = name.getBoundingClientRect();
      const broken = [];
      let inside = true;
      for (const part of name.children) {
        if (getComputedStyle(part).display === 'none' || getComputedStyle(name).visibility === 'hidden') continue;
        const text = part.firstChild;
        const range = document.createRange();
        range.selectNodeContents(part);
        inside &&= [...range.getClientRects()].every((line) => line.left >= box.left - 1 && line.right <= box.right + 1
          && line.top >= box.top - 1 && line.bottom <= box.bottom + 1);
        // Words of Latin letters and digits must not break; Chinese type breaks between
        // any two characters.
        for (const word of text.data.matchAll(/[\p{Script=Latin}\p{Nd}]+/gu)) {
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          const rows = new Set([...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
            .map((r) => Math.round(upright ? r.left : r.top)));
          if (rows.size > 1) broken.push(word[0]);
        }
      }
      return {
        era: band.dataset.era,
        text: name.innerText.trim(),
        band: (outer - sides.reduce((sum, side) => sum + parseFloat(style[side]), 0)) / rem,
        whole: rung(upright ? name.dataset.uprightFrom : name.dataset.wholeFrom),
        short: rung(upright ? name.dataset.uprightShortFrom : name.dataset.shortFrom),
        reads: inside && name.scrollHeight <= name.clientHeight + 1 && name.scrollWidth <= name.clientWidth + 1,
        lines: Math.round(box.height / parseFloat(getComputedStyle(name).lineHeight)),
        broken,
      };
    });
  });
}

/** The eras' names as they show: the track's `data-era-lines`, and for each name its text,
 * its box, and whether it reads whole (every line of its text inside its box: a name cut with
 * an ellipsis, or clamped after its last line, runs out of it). */
async function eraNames(page) {
  return page.evaluate(() => ({
    lines: document.querySelector('.timeline-track').getAttribute('data-era-lines'),
    names: [...document.querySelectorAll('.timeline-track .era-name')].map((name) => {
      const box = name.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(name);
      const inside = [...range.getClientRects()].every((line) => line.left >= box.left - 1 && line.right <= box.right + 1
        && line.top >= box.top - 1 && line.bottom <= box.bottom + 1);
      return {
        text: name.innerText,
        box: [box.x, box.y, box.width, box.height].map(Math.round),
        whole: inside && name.scrollHeight <= name.clientHeight + 1 && name.scrollWidth <= name.clientWidth + 1,
      };
    }),
  }));
}

describe('the first view', () => {
  let exhibit;
  before(async () => {
    exhibit = await startExhibit();
  });
  after(async () => exhibit?.stop());

  test('the curators have set highlights, the city friendship of 1995 among them', () => {
    assert.ok(HIGHLIGHTS.some((h) => h.id === 'stuttgart-nanjing-city-friendship'), JSON.stringify(HIGHLIGHTS));
  });

  for (const [name, size] of Object.entries(FIRST_VIEW_SIZES)) {
    for (const lang of ['de', 'zh', 'en']) {
      test(`${name}, ${lang}: the highlights stand named, titles whole, no tap target on another`, async () => {
        const { page, context, problems } = await openPage(exhibit, { size, touch: true });
        await page.goto(`${exhibit.url}/${lang}`);
        await appReady(page);
        const shown = await markers(page);
        for (const highlight of HIGHLIGHTS) {
          const marker = shown.find((m) => m.id === highlight.id);
          assert.ok(marker, `${highlight.id} is not on the first view`);
          assert.ok(marker.titleShown, `${highlight.id} shows no title`);
          assert.equal(marker.title, highlight.titles[lang]);
        }
        const kiosk = size.width >= 1000;
        for (const marker of shown) {
          assert.ok(!marker.cut, `${marker.id}: its title "${marker.title}" is cut (${JSON.stringify(marker.box)})`);
          if (marker.titleShown && kiosk && !HIGHLIGHTS.some((h) => h.id === marker.id)) {
            assert.ok(marker.lines <= 2, `${marker.id}: "${marker.title}" takes ${marker.lines} lines`);
          }
        }
        // Titles a visitor reads without a tap: the highlights on a phone, more on larger screens.
        const titled = shown.filter((m) => m.titleShown).length;
        const enough = size.width < 800 ? HIGHLIGHTS.length : size.width < 1500 ? 6 : 8;
        assert.ok(titled >= enough, `only ${titled} titles among ${shown.length} markers`);
        assert.deepEqual(await overlappingTargets(page), [], `tap targets overlap at ${name} in ${lang}`);
        assert.deepEqual(await eraNamesCovered(page), [], `eras' names under markers or badges at ${name} in ${lang}`);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `first-view-${lang}-${name}.png`) });
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  for (const [name, size] of Object.entries({ phone: FIRST_VIEW_SIZES.phone, 'kiosk-portrait': FIRST_VIEW_SIZES['kiosk-portrait'], laptop: FIRST_VIEW_SIZES.laptop, 'kiosk-landscape': FIRST_VIEW_SIZES['kiosk-landscape'] })) {
    for (const lang of ['de', 'zh']) {
      test(`${name}, ${lang}: the timeline drawn before the WebAssembly is the one after it`, async () => {
        const { page, context, problems } = await openPage(exhibit, { size });
        // The WebAssembly is held back until the page drawn at build time has been measured.
        const release = await holdWasm(context);
        await page.goto(`${exhibit.url}/${lang}`);
        await page.waitForSelector('.timeline-track[data-class]');
        const early = await markers(page);
        const earlyBadges = await badges(page);
        const earlyEras = await eraNames(page);
        assert.equal(await page.evaluate(() => performance.getEntriesByName('exhibit-interactive').length), 0, 'the app ran too early');
        assert.ok(early.length >= 5, `only ${early.length} markers before the app`);
        assert.deepEqual(await overlappingTargets(page), [], 'tap targets overlap before the app');
        await page.screenshot({ path: join(SCREENSHOT_DIR, `first-paint-${lang}-${name}.png`) });
        release();
        await appReady(page);
        const late = await markers(page);
        // Each cluster badge says its count and what a tap does, before the app as after it.
        assert.deepEqual(await badges(page), earlyBadges, 'the cluster badges say something else before the app');
        assert.ok(earlyBadges.every((said) => /^\+\d+ \S/.test(said)), JSON.stringify(earlyBadges));
        assert.deepEqual(late.map((m) => m.id).sort(), early.map((m) => m.id).sort(), 'the app shows other markers');
        for (const marker of late) {
          const before = early.find((m) => m.id === marker.id);
          for (const key of ['x', 'y', 'width', 'height']) {
            assert.ok(Math.abs(marker.box[key] - before.box[key]) <= 3, `${marker.id} moved: ${key} ${before.box[key]} → ${marker.box[key]}`);
          }
          assert.equal(marker.titleShown, before.titleShown, `${marker.id} changed its form`);
          // What a screen reader hears from a marker, and its icon, are the same before the app
          // (the page drawn at build time) as after it.
          assert.equal(before.said, marker.said, `${marker.id} said something else before the app`);
          assert.equal(before.icon, marker.icon, `${marker.id} had another icon before the app`);
          assert.ok(marker.icon, `${marker.id} has no icon`);
        }
        assert.deepEqual(early.filter((m) => !m.title), [], 'markers without a title before the app');
        // The eras' names take as many lines, and read as whole, before the app as after it.
        assert.deepEqual(await eraNames(page), earlyEras, 'the eras\' names changed when the app arrived');
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  // On a phone the header and the topic chips took 610 of 844 px, so the first screen showed two
  // events. Now the name and the languages share a row, the navigation takes one, and the chips
  // one row that scrolls sideways.
  const PHONES = { phone: FIRST_VIEW_SIZES.phone, 'small phone': { width: 360, height: 740 } };
  const LANGUAGES = [['Deutsch', 'DE'], ['中文', '中文'], ['English', 'EN']];
  for (const [name, size] of Object.entries(PHONES)) {
    for (const lang of ['de', 'zh', 'en']) {
      test(`${name}, ${lang}: the timeline begins in the upper half, header in two rows, every topic a swipe away`, async () => {
        const { page, context, problems } = await openPage(exhibit, { size, touch: true });
        await page.goto(`${exhibit.url}/${lang}`);
        await appReady(page);
        const layout = await page.evaluate(() => {
          const box = (element) => element.getBoundingClientRect();
          const visible = (element) => {
            const b = box(element);
            return b.left >= 0 && b.right <= window.innerWidth && b.top >= 0 && b.bottom <= window.innerHeight;
          };
          return {
            track: box(document.querySelector('.timeline-track')).top,
            title: box(document.querySelector('.site-title')),
            languages: [...document.querySelectorAll('.language-switcher a')].map((a) => ({ top: box(a).top, visible: visible(a), // What shows: the text whose box is larger than the 1 px of a visually hidden one.
              shown: [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || box(n).width > 1).map((n) => n.textContent).join('').trim() })),
            nav: [...document.querySelectorAll('.main-nav a')].map((a) => ({ top: box(a).top, visible: visible(a), text: a.innerText.trim() })),
          };
        });
        assert.ok(layout.track <= size.height * 0.42, `the timeline begins ${layout.track} px down of ${size.height}`);
        assert.deepEqual(layout.languages.map((l) => l.shown), LANGUAGES.map(([, short]) => short));
        for (const link of [...layout.languages, ...layout.nav]) assert.ok(link.visible, JSON.stringify(link));
        // A label that runs long takes two lines inside its pill: never cut, never taller than a control.
        const cutOrTall = await page.$$eval('.main-nav a', (links) => links
          .filter((a) => a.scrollWidth > a.clientWidth + 1 || a.getBoundingClientRect().height > Math.max(48, 2.25 * parseFloat(getComputedStyle(document.documentElement).fontSize)) + 1)
          .map((a) => a.textContent));
        assert.deepEqual(cutOrTall, []);
        // The languages beside the name, the navigation in one row below them.
        for (const link of layout.languages) assert.ok(link.top < layout.title.bottom, JSON.stringify([link, layout.title]));
        assert.equal(new Set(layout.nav.map((l) => Math.round(l.top))).size, 1, JSON.stringify(layout.nav));
        assert.ok(layout.nav[0].top >= layout.title.bottom - 1, JSON.stringify([layout.nav, layout.title]));
        // A screen reader still reads each language's whole name.
        const switcher = page.getByRole('navigation', { name: await page.getAttribute('.language-switcher', 'aria-label') });
        for (const [whole] of LANGUAGES) assert.equal(await switcher.getByRole('link', { name: whole, exact: true }).count(), 1, whole);
        // The chips scroll within their row, not the page.
        const row = await page.$eval('.category-filter', (element) => ({ scrolls: element.scrollWidth > element.clientWidth, height: element.getBoundingClientRect().height }));
        assert.ok(row.scrolls, 'the chips fit; the test expects a row that scrolls');
        assert.ok(row.height < 70, `the chips take ${row.height} px: more than one row`);
        assert.equal(await sidewaysOverflow(page), 0);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `first-view-${lang}-${name.replace(' ', '-')}-header.png`) });
        // The last topic, swiped to and tapped, hides its events; the whole view follows.
        const chips = page.locator('.category-filter .filter-button');
        const last = chips.last();
        const category = await last.getAttribute('data-category');
        // What the timeline shows: the events with a marker, and how many each badge gathers.
        const represented = () => page.evaluate(() => {
          const shown = (element) => getComputedStyle(element).display !== 'none';
          const markers = [...document.querySelectorAll('.timeline-track .marker')].filter(shown).map((m) => m.dataset.eventId);
          const gathered = [...document.querySelectorAll('.timeline-track .cluster')].filter(shown).map((b) => Number(b.textContent.match(/\+(\d+)/)[1]));
          return { markers: markers.sort(), total: markers.length + gathered.reduce((a, b) => a + b, 0) };
        });
        const before = await represented();
        const ofCategory = await page.$$eval(`.event-index li[data-category="${category}"] a`, (links) => links.map((a) => a.getAttribute('href').split('/').pop().split('?')[0]));
        assert.equal(before.total, await page.locator('.event-index li').count(), 'the first view shows every event, as a marker or in a badge');
        await last.scrollIntoViewIfNeeded();
        await last.tap();
        await page.waitForSelector(`.filter-button[data-category="${category}"][aria-pressed="false"]`);
        assert.deepEqual(await chips.evaluateAll((all) => all.map((chip) => chip.getAttribute('aria-pressed'))), [...Array(await chips.count() - 1).fill('true'), 'false']);
        // The timeline redraws after the tap: wait until it shows the total without that topic.
        let hidden = await represented();
        for (let tries = 0; hidden.total !== before.total - ofCategory.length && tries < 100; tries++) {
          await page.waitForTimeout(50);
          hidden = await represented();
        }
        assert.equal(hidden.total, before.total - ofCategory.length, JSON.stringify(hidden));
        assert.ok(!hidden.markers.some((id) => ofCategory.includes(id)), JSON.stringify(hidden.markers));
        // "Show all" comes at the row's end and brings every topic back.
        const all = page.locator('.category-filter .filter-all');
        await all.scrollIntoViewIfNeeded();
        assert.ok(await all.isVisible());
        await all.tap();
        await page.waitForFunction(() => [...document.querySelectorAll('.filter-button')].every((chip) => chip.getAttribute('aria-pressed') === 'true'));
        await page.waitForFunction((n) => document.querySelectorAll('.timeline-track .marker').length === n, before.markers.length);
        assert.deepEqual(await represented(), before);
        // The navigation keeps to one row on the other views too, the current one marked.
        for (const view of ['/charts', '/about']) {
          await page.locator(`.main-nav a[href^="/${lang}${view}"]`).tap();
          await page.waitForSelector(`.main-nav a[href^="/${lang}${view}"][aria-current="page"]`);
          const tops = await page.$$eval('.main-nav a', (links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
          // One row: the tops within a few pixels (a link just tapped sits 1 px lower while pressed).
          assert.ok(Math.max(...tops) - Math.min(...tops) < 4, `${view}: the navigation takes more than one row (tops ${tops})`);
        }
        assert.equal(await sidewaysOverflow(page), 0);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  // Lying down, an era's name takes two lines where one would cut it. With the real content the
  // first era's band (1986-1994) is too narrow for the whole German and English name even in two
  // lines at the landscape kiosk: the band then shows the era's short name (eras.toml, `short`),
  // and the whole name comes back when a zoom makes the band wide enough.
  for (const [name, size] of Object.entries({ laptop: FIRST_VIEW_SIZES.laptop, 'kiosk-landscape': FIRST_VIEW_SIZES['kiosk-landscape'], 'kiosk-4k': FIRST_VIEW_SIZES['kiosk-4k'] })) {
    test(`${name}: the eras' names read whole, in two lines, short where the band is narrow`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size });
      const shown = () => eraBands(page);
      // What a band of that width should say: the whole name where it fits, else the short one
      // where that fits, else none.
      const expected = (n, lang) => {
        const era = ERAS.find((e) => e.id === n.era);
        return n.band >= n.whole ? era.name[lang] : n.band >= n.short ? era.short[lang] : '';
      };
      for (const lang of ['de', 'zh', 'en']) {
        await page.goto(`${exhibit.url}/${lang}`);
        await appReady(page);
        const names = await shown();
        assert.deepEqual(names.map((n) => n.era), ERAS.map((e) => e.id), lang);
        assert.deepEqual(names.filter((n) => !n.reads || n.lines > 2), [], `${lang}: names cut`);
        assert.deepEqual(names.map((n) => n.text), names.map((n) => expected(n, lang)), lang);
        // At the whole span every era is named, in full or short.
        assert.deepEqual(names.filter((n) => n.text === ''), [], `${lang}: an era without a name`);
        if (name === 'kiosk-landscape') {
          // The German and English first era is too narrow there; the Chinese one is not.
          assert.equal(names[0].text, lang === 'zh' ? ERAS[0].name.zh : ERAS[0].short[lang], lang);
          assert.deepEqual(names.slice(1).map((n) => n.text), ERAS.slice(1).map((e) => e.name[lang]), lang);
        }
        assert.deepEqual(await eraNamesCovered(page), [], `${name}, ${lang}`);
      }
      await page.screenshot({ path: join(SCREENSHOT_DIR, `first-view-en-${name}-eras.png`) });
      // Zoomed in twice, the bands in view are wider: every name shown whole again, none cut.
      await page.click('.zoom-in');
      await page.click('.zoom-in');
      await page.waitForFunction(() => document.querySelector('.timeline-range').textContent !== '1986 – 2026');
      const zoomed = await shown();
      assert.ok(zoomed.length >= 1);
      assert.deepEqual(zoomed.filter((n) => !n.reads || n.lines > 2), [], 'zoomed: names cut');
      assert.deepEqual(zoomed.map((n) => n.text), zoomed.map((n) => expected(n, 'en')), 'zoomed');
      assert.ok(zoomed.some((n) => n.text === ERAS.find((e) => e.id === n.era).name.en), JSON.stringify(zoomed));
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  // Upright, the eras are named in a strip beside the clusters' column. A portrait kiosk's track
  // (34.6 rem at 1080 px) is wider than its layout class (33 rem): the strip then has room for
  // three lines, and every name reads whole. A phone's track is as wide as its class: one line,
  // and a band too short for the whole name in it (the first two eras in German) shows the
  // era's short name instead of a name cut with an ellipsis.
  test('upright, the eras\' names read whole: in up to three lines on a portrait kiosk, short where a phone\'s band is short', async () => {
    const { page, context, problems } = await openPage(exhibit, { size: FIRST_VIEW_SIZES['kiosk-portrait'] });
    const upright = () => eraBands(page);
    const expected = (names, lang) => names.map((n) => {
      const era = ERAS.find((e) => e.id === n.era);
      return n.band >= n.whole ? era.name[lang] : n.band >= n.short ? era.short[lang] : '';
    });
    for (const lang of ['de', 'zh', 'en']) {
      await page.goto(`${exhibit.url}/${lang}?mode=kiosk&orientation=portrait`);
      await appReady(page);
      const eras = await eraNames(page);
      assert.equal(eras.lines, '3', lang);
      assert.equal(eras.names.length, 4, lang);
      assert.deepEqual(eras.names.filter((n) => !n.whole), [], `${lang}: names cut`);
      // Three lines leave room for every whole name.
      assert.deepEqual(eras.names.map((n) => n.text), ERAS.map((e) => e.name[lang]), lang);
      assert.deepEqual(await eraNamesCovered(page), [], `portrait kiosk, ${lang}`);
      if (lang === 'zh') await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-view-zh-kiosk-portrait-eras.png') });
    }
    await page.setViewportSize(FIRST_VIEW_SIZES.phone);
    for (const lang of ['de', 'zh', 'en']) {
      await page.goto(`${exhibit.url}/${lang}`);
      await appReady(page);
      const phone = await eraNames(page);
      assert.equal(phone.lines, '1', lang);
      assert.ok(phone.names.every((n) => n.box[2] < 24), JSON.stringify(phone.names));
      assert.deepEqual(phone.names.filter((n) => !n.whole), [], `phone, ${lang}: names cut`);
      const names = await upright();
      assert.deepEqual(names.map((n) => n.text), expected(names, lang), `phone, ${lang}`);
      // At the whole span every era is named, in full or short.
      assert.deepEqual(names.filter((n) => n.text === ''), [], `phone, ${lang}: an era without a name`);
      assert.deepEqual(await eraNamesCovered(page), [], `phone, ${lang}`);
      if (lang === 'de') {
        // The German names are too long for the first bands in one line: short there.
        assert.equal(names[0].text, ERAS[0].short.de);
        await page.screenshot({ path: join(SCREENSHOT_DIR, 'first-view-de-phone-eras.png') });
      }
    }
    // Zoomed in, the bands are taller: the names in view read whole again, none cut.
    await page.click('.zoom-in');
    await page.click('.zoom-in');
    await page.waitForFunction(() => document.querySelector('.timeline-range').textContent !== '1986 – 2026');
    const zoomed = await upright();
    assert.ok(zoomed.length >= 1);
    assert.deepEqual(zoomed.map((n) => n.text), expected(zoomed, 'en'), 'zoomed');
    assert.deepEqual((await eraNames(page)).names.filter((n) => !n.whole), [], 'zoomed: names cut');
    assert.deepEqual(problems, []);
    await context.close();
  });

  // Zoomed in, the band at the window's edge is a sliver of its era. Each name shows whole where
  // its band has room for it, short where it has room for the short one, and not at all in a
  // band too small for either: never a word broken across lines ("30 Jahre Freundschaf / t",
  // "3 / 0"), never a name clamped or running out of its band. Checked at every step of a pan
  // across the whole span, at two zoom levels, lying down and upright, in every language.
  for (const [name, size, query] of [
    ['kiosk-landscape', FIRST_VIEW_SIZES['kiosk-landscape'], ''],
    ['kiosk-portrait', FIRST_VIEW_SIZES['kiosk-portrait'], '?mode=kiosk&orientation=portrait'],
    ['phone', FIRST_VIEW_SIZES.phone, ''],
  ]) {
    test(`${name}: at the edges of a zoomed window the eras' names show whole, short or not at all, no word broken`, async () => {
      const { page, context, problems } = await openPage(exhibit, { size });
      const names = () => eraBands(page);
      const range = () => page.textContent('.timeline-range');
      let windows = 0;
      let hidden = 0;
      let shortened = 0;
      for (const lang of ['de', 'zh', 'en']) {
        await page.goto(`${exhibit.url}/${lang}${query}`);
        await appReady(page);
        await page.focus('.timeline-track');
        for (const zooms of [3, 2]) {
          // Zoom in from the whole span, then pan from its start to its end a tenth at a time.
          if ((await page.$('.zoom-whole:not([disabled])')) !== null) await page.click('.zoom-whole');
          await page.focus('.timeline-track');
          for (let step = 0; step < zooms; step += 1) {
            const before = await range();
            await page.keyboard.press('+');
            await page.waitForFunction((text) => document.querySelector('.timeline-range').textContent !== text, before);
          }
          const middle = await range();
          await page.keyboard.press('Home');
          await page.waitForFunction((text) => document.querySelector('.timeline-range').textContent !== text, middle);
          for (let step = 0; step < 40; step += 1) {
            const shown = await names();
            const where = `${lang}, ${await range()}`;
            windows += 1;
            for (const n of shown) {
              const era = ERAS.find((e) => e.id === n.era);
              const expected = n.band >= n.whole ? era.name[lang] : n.band >= n.short ? era.short[lang] : '';
              assert.equal(n.text, expected, `${where}: ${n.era} in a band of ${n.band.toFixed(2)} rem (${JSON.stringify(n)})`);
              assert.deepEqual(n.broken, [], `${where}: words broken in ${n.era}`);
              assert.ok(n.reads || n.text === '', `${where}: ${n.era} cut (${JSON.stringify(n)})`);
              if (n.text === '') hidden += 1;
              else if (n.text !== era.name[lang]) shortened += 1;
            }
            assert.deepEqual(await eraNamesCovered(page), [], where);
            const before = await range();
            await page.keyboard.press('ArrowRight');
            const moved = await page.waitForFunction((text) => document.querySelector('.timeline-range').textContent !== text, before, { timeout: 1000 })
              .then(() => true, () => false);
            if (!moved) break;
          }
        }
        if (lang === 'de') await page.screenshot({ path: join(SCREENSHOT_DIR, `first-view-de-${name}-eras-zoomed.png`) });
      }
      // The pans passed bands too small for any name and bands showing the short one.
      assert.ok(windows >= 30, `${windows} windows`);
      assert.ok(hidden > 0 && shortened > 0, `${hidden} hidden, ${shortened} short`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  // The topic chips' colours come with the stylesheet (the build adds them from
  // categories.toml), so the first paint has them. Before, only the data-style script gave them,
  // after the first paint: white names stood on no colour, then faded in.
  test('the topic chips stand in their colours before any script runs, and keep them', async () => {
    const colours = Object.fromEntries([...readFileSync('assets/content/categories.toml', 'utf8')
      .matchAll(/^id = "([^"]+)"\s*\n(?:[^\n[]*\n)*?colour = "#([0-9a-f]{6})"/gm)]
      .map(([, id, hex]) => [id, `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`]));
    assert.ok(Object.keys(colours).length >= 5, JSON.stringify(colours));
    const chips = (page) => page.$$eval('.filter-button', (all) => all.map((chip) => [
      chip.dataset.category, getComputedStyle(chip).backgroundColor, getComputedStyle(chip).color]));
    const expected = Object.entries(colours).map(([id, rgb]) => [id, rgb, 'rgb(255, 255, 255)']);

    const noScript = await exhibit.browser.newContext({ javaScriptEnabled: false, viewport: FIRST_VIEW_SIZES.laptop });
    const still = await noScript.newPage();
    await still.goto(`${exhibit.url}/zh`);
    assert.deepEqual(await chips(still), expected, 'without scripts');
    await noScript.close();

    // With scripts: the colour each chip has when the page is parsed is the one it keeps.
    const { page, context, problems } = await openPage(exhibit, { size: FIRST_VIEW_SIZES.laptop });
    await page.addInitScript(() => {
      addEventListener('DOMContentLoaded', () => {
        window.parsedChips = [...document.querySelectorAll('.filter-button')].map((chip) => getComputedStyle(chip).backgroundColor);
      });
    });
    await page.goto(`${exhibit.url}/de`);
    await appReady(page);
    assert.deepEqual(await page.evaluate(() => window.parsedChips), expected.map(([, rgb]) => rgb), 'when the page was parsed');
    assert.deepEqual(await chips(page), expected, 'with the app');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the Latin faces are preloaded and never swapped in front of a visitor', async () => {
    const { page, context, problems } = await openPage(exhibit);
    await page.goto(`${exhibit.url}/de`);
    const preloaded = await page.$$eval('link[rel="preload"][as="font"]', (links) => links.map((l) => [l.getAttribute('href'), l.hasAttribute('crossorigin')]));
    assert.deepEqual(preloaded, [['/fonts/latin-400.woff2', true], ['/fonts/latin-700.woff2', true]]);
    await appReady(page);
    const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Exhibit Latin')).map((f) => [f.display, f.status]));
    assert.deepEqual(faces, [['optional', 'loaded'], ['optional', 'loaded']]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the footer', () => {
  let exhibit;
  before(async () => {
    exhibit = await startExhibit();
  });
  after(async () => exhibit?.stop());

  test('every web view has the four pages and the date; a kiosk has none', async () => {
    const { page, context, problems } = await openPage(exhibit, { size: FIRST_VIEW_SIZES.phone });
    const dates = {
      de: /^Stand: \d{1,2}\. \S+ \d{4}$/,
      zh: /^更新日期：\d{4}年\d{1,2}月\d{1,2}日$/,
      en: /^As of \d{1,2} \S+ \d{4}$/,
    };
    for (const lang of ['de', 'zh', 'en']) {
      for (const path of ['', '/charts', '/about', '/event/stuttgart-nanjing-city-friendship']) {
        await page.goto(`${exhibit.url}/${lang}${path}`);
        await appReady(page);
        const links = await page.$$eval('.site-footer a', (as) => as.map((a) => [a.textContent.trim(), new URL(a.href).pathname]));
        assert.equal(links.length, 4, `${lang}${path}: ${JSON.stringify(links)}`);
        assert.deepEqual(links.map(([, href]) => href), ['imprint', 'privacy', 'accessibility', 'contact'].map((p) => `/${lang}/${p}`));
        for (const [text] of links) assert.ok(text.length >= 2, `${lang}${path}: an empty link`);
        assert.match((await page.textContent('.footer-updated')).trim().replace(/\s+/g, ' '), dates[lang]);
      }
    }
    await page.goto(`${exhibit.url}/de/privacy`);
    await appReady(page);
    assert.ok((await page.textContent('main h1')).length > 5);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'legal-de-privacy-phone.png'), fullPage: true });
    await page.goto(`${exhibit.url}/de?mode=kiosk`);
    await appReady(page);
    assert.equal(await page.locator('.site-footer').count(), 0, 'a kiosk shows no footer');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
