// Link previews (og:image) as a chat fetches them: every prerendered page names a picture the
// build holds, which decodes as a 1200×630 JPEG and is that page's own (its preview page shows
// the page's title in the page's language, and photographing that page again gives the same
// picture); a page's picture differs from its other languages'; the service worker never
// keeps a preview. (A sub-path build's addresses: tests/e2e/subpath.test.mjs.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { walk } from '../../scripts/files.mjs';
import { CHROMIUM_ARGS, HEIGHT, WIDTH, settle } from '../../scripts/draw-previews.mjs';
import { serveExhibit } from './common.mjs';

// The exhibit's name as each language writes it (the band of every preview).
const SITE = { de: 'Nanjing – Stuttgart', zh: '南京 – 斯图加特', en: 'Nanjing – Stuttgart' };
// The preview pages the prerenderer wrote for scripts/build.sh.
const WORK = join(process.env.CARGO_TARGET_DIR ?? 'target', 'previews');

/** Every prerendered page: its path, og:title, og:image path, og:image:alt and <html lang>. */
function prerenderedPages() {
  const attr = (html, key) => html.match(new RegExp(`<meta property="${key}" content="([^"]*)"`))?.[1];
  const unescape = (text) => text?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return walk('dist')
    .filter((file) => file.endsWith('/index.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return {
        file,
        lang: html.match(/<html lang="([^"]+)"/)?.[1],
        title: unescape(attr(html, 'og:title')),
        image: attr(html, 'og:image'),
        alt: unescape(attr(html, 'og:image:alt')),
        width: attr(html, 'og:image:width'),
        height: attr(html, 'og:image:height'),
      };
    });
}

let server;
let browser;
let pages;
// A blank page to compare pictures in.
let blank;
before(async () => {
  server = await serveExhibit();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  pages = prerenderedPages();
  blank = await browser.newPage();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page of a 1200×630 context in which /previews/…/x.html is the preview page the build photographed. */
async function previewContext() {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  await context.route(/\/previews\/.*\.html$/, (route) => {
    const file = join(WORK, new URL(route.request().url()).pathname);
    if (existsSync(file)) route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
    else route.fulfill({ status: 404, body: `no preview page ${file}: run bash scripts/build.sh` });
  });
  return context;
}

/** How far the preview at `path` (drawn at build time) is from its page photographed again in
 * `page`, as the mean difference per channel (JPEG leaves a little noise: about 1). */
async function redrawn(page, path) {
  await page.goto(`${server.url}${path.replace(/\.jpg$/, '.html')}`);
  assert.equal(await settle(page), null, path);
  const fresh = await page.screenshot({ type: 'png' });
  const built = readFileSync(join('dist', path));
  // Both decoded in a blank page (the exhibit's policy allows no data: pictures), pixel by pixel.
  return blank.evaluate(async ([a, b]) => {
    const pixels = async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const [x, y] = [await pixels(a), await pixels(b)];
    let sum = 0;
    for (let i = 0; i < x.length; i += 1) sum += Math.abs(x[i] - y[i]);
    return sum / x.length;
  }, [`data:image/png;base64,${fresh.toString('base64')}`, `data:image/jpeg;base64,${built.toString('base64')}`]);
}

describe('link previews', () => {
  test('every prerendered page names its own preview, which decodes as a 1200×630 JPEG', async () => {
    assert.ok(pages.length > 100, `${pages.length} prerendered pages`);
    const context = await previewContext();
    const page = await context.newPage();
    const problems = [];
    const checked = new Map();
    for (const { file, lang, title, image, alt, width, height } of pages) {
      if (!image) {
        problems.push(`${file}: no og:image`);
        continue;
      }
      assert.equal(width, '1200', file);
      assert.equal(height, '630', file);
      assert.ok(alt && alt.length > 10, `${file}: og:image:alt`);
      const path = new URL(image).pathname;
      assert.match(path, /^\/previews\/(de|zh|en)\/.+\.jpg$/, file);
      assert.ok(existsSync(join('dist', path)), `${file}: ${path} is not in the build`);
      const previewLang = path.split('/')[2];
      assert.equal(lang.slice(0, 2), previewLang, `${file}: a preview in the page's language`);
      // The picture as a browser decodes it.
      if (!checked.has(path)) {
        const size = await page.evaluate(async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          return [image.naturalWidth, image.naturalHeight];
        }, `${server.url}${path}`);
        assert.deepEqual(size, [1200, 630], path);
        // Its preview page, as the build photographed it: the text a chat reader sees.
        await page.goto(`${server.url}${path.replace(/\.jpg$/, '.html')}`);
        checked.set(path, await page.locator('main.preview').innerText());
      }
      const shown = checked.get(path);
      // The page's own words: an event's or view's title, or (a view without a picture of its
      // own, such as the imprint) the exhibit's name on its view's preview.
      const site = SITE[previewLang];
      const heading = title.endsWith(` – ${site}`) ? title.slice(0, -` – ${site}`.length) : title;
      const expected = path.endsWith('/home.jpg') ? site : heading;
      if (!shown.includes(expected)) problems.push(`${file}: ${path} does not show "${expected}"`);
      if (/\/event\//.test(path) && !alt.includes(heading)) problems.push(`${file}: og:image:alt does not name "${heading}": ${alt}`);
    }
    await context.close();
    assert.deepEqual(problems, []);
    assert.ok(checked.size > 100, `${checked.size} previews checked`);
  });

  test('a preview is the photograph of its page: drawn again, it looks the same', async () => {
    // One of each kind, in German and Chinese (a picture, none, a chart, a view).
    const withPicture = pages.find((p) => /\/event\//.test(p.image) && existsSync(join(WORK, new URL(p.image).pathname.replace('.jpg', '.html'))) && readFileSync(join(WORK, new URL(p.image).pathname.replace('.jpg', '.html')), 'utf8').includes('preview-picture'));
    const withoutPicture = pages.find((p) => /\/event\//.test(p.image) && readFileSync(join(WORK, new URL(p.image).pathname.replace('.jpg', '.html')), 'utf8').includes('preview-emblem'));
    const samples = [];
    for (const found of [withPicture, withoutPicture]) {
      assert.ok(found, 'an event with and one without a picture');
      const path = new URL(found.image).pathname;
      samples.push(path, path.replace('/de/', '/zh/'));
    }
    const chart = walk(join('dist', 'previews', 'de', 'chart'))[0].slice('dist'.length);
    samples.push(chart, chart.replace('/de/', '/zh/'), '/previews/de/home.jpg', '/previews/zh/charts.jpg');
    const context = await previewContext();
    const page = await context.newPage();
    for (const path of samples) {
      const difference = await redrawn(page, path);
      assert.ok(difference < 3, `${path}: differs from its page by ${difference.toFixed(2)} per channel`);
    }
    await context.close();
  });

  test('a preview whose fonts come late still shows the exhibit\'s fonts, not the fallback', async () => {
    // The Latin faces are "font-display: optional": on a busy machine they may arrive after
    // the page is laid out, which once photographed the fallback font (CI, 2026-12-07).
    const context = await previewContext();
    await context.route(/\/fonts\//, async (route) => {
      await new Promise((done) => setTimeout(done, 600));
      await route.continue();
    });
    const page = await context.newPage();
    const chart = walk(join('dist', 'previews', 'de', 'chart'))[0].slice('dist'.length);
    for (const path of [chart, '/previews/zh/charts.jpg', '/previews/en/home.jpg']) {
      const difference = await redrawn(page, path);
      assert.ok(difference < 3, `${path}: with its fonts 600 ms late, differs from its picture by ${difference.toFixed(2)} per channel`);
    }
    await context.close();
  });

  test("a page's preview differs from its other languages'", () => {
    const byView = new Map();
    for (const file of walk(join('dist', 'previews')).filter((f) => f.endsWith('.jpg'))) {
      const [lang, ...rest] = file.slice(join('dist', 'previews').length + 1).split('/');
      const key = rest.join('/');
      byView.set(key, [...(byView.get(key) ?? []), [lang, readFileSync(file)]]);
    }
    assert.ok(byView.size > 40, `${byView.size} previews per language`);
    for (const [key, versions] of byView) {
      assert.equal(versions.length, 3, `${key} in three languages`);
      for (let i = 0; i < versions.length; i += 1) {
        for (let j = i + 1; j < versions.length; j += 1) {
          assert.ok(!versions[i][1].equals(versions[j][1]), `${key}: ${versions[i][0]} and ${versions[j][0]} are the same picture`);
        }
      }
    }
  });

  test('the service worker keeps no preview, for a visitor or a kiosk', () => {
    const worker = readFileSync(join('dist', 'sw.js'), 'utf8');
    const list = (name) => JSON.parse(worker.match(new RegExp(`const ${name} = (\\[[\\s\\S]*?\\]);`))[1]);
    const kept = [...list('CORE'), ...list('EXTRA')];
    assert.ok(kept.length > 10, `${kept.length} files precached`);
    assert.deepEqual(kept.filter((file) => file.includes('/previews/')), []);
    assert.ok(kept.some((file) => /\/pictures\//.test(file)), 'the pictures are still kept');
  });
});
