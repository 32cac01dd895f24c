// Embeds for the press: a host page on another origin (another port of 127.0.0.1) frames a
// chart and an event; they show their text, numbers and source line as a reader sees them,
// post their height, and their link opens the exhibit in a new tab while the host stays put.
// Every other page refuses the frame; a build whose allow-list (EXHIBIT_EMBED_ORIGINS) does
// not name the host refuses it too. The "copy embed code" control copies a snippet that works
// in a host page, falls back to a selected field, and is absent on kiosks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { SCREENSHOT_DIR, SIZES, openPage, startExhibit } from './harness.mjs';

const CHART = 'bw-china-trade';
const EVENT = 'bosch-aftermarket-plant';

/** A host website on its own port: `/?src=<address>&width=<px>` is an article that frames the
 * address and records the height messages it hears (`window.heights`). */
async function startHost() {
  const server = createServer((request, response) => {
    const query = new URL(request.url, 'http://localhost').searchParams;
    const frame = query.get('snippet') ?? `<iframe src="${query.get('src')}" title="Embed" width="800" height="600" style="display:block;width:100%;border:0"></iframe>`;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Zeitung</title>
<style>body{margin:0;font:16px Georgia,serif;background:#f4f1ea}article{max-width:${query.get('width') ?? 800}px;margin:0 auto;padding:8px}</style></head>
<body><article><h1>Die Zeitung</h1><p>Ein Artikel über Nanjing und Stuttgart, mit einer Grafik der Ausstellung:</p>${frame}<p>Weiter im Text.</p></article>
<script>window.heights=[];addEventListener('message',(e)=>{if(e.data&&e.data.type==='exhibit-embed-height'){window.heights.push(e.data);for(const f of document.querySelectorAll('iframe'))if(f.contentWindow===e.source)f.style.height=e.data.height+'px';}});</script>
</body></html>`);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** The host page framing `src`; resolves to the page and the frame (null when none loaded). */
async function framed(exhibit, host, src, { width = 800, snippet } = {}) {
  const opened = await openPage(exhibit, { size: { width, height: 900 } });
  const query = new URLSearchParams(snippet ? { snippet, width: String(width) } : { src, width: String(width) });
  await opened.page.goto(`${host.url}/?${query}`);
  const handle = await opened.page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  return { ...opened, frame };
}

/** Whether the frame holds the exhibit's embed once it has had time to load. */
async function showsExhibit(frame) {
  try {
    await frame.waitForSelector('.embed-shell', { timeout: 4000 });
    return true;
  } catch {
    return false;
  }
}

let exhibit;
let host;
before(async () => {
  exhibit = await startExhibit();
  host = await startHost();
});
after(async () => {
  await exhibit?.stop();
  await new Promise((done) => (host ? host.server.close(done) : done()));
});

/** Problems a visitor of the host page met, minus the host's own requests and the refusals a
 * test expects. */
const exhibitProblems = (problems) => problems.filter((p) => !p.includes(host.url) && !/Refused to frame|HTTP 404: .*no-such/.test(p));

describe('embeds framed by another website', () => {
  test('a chart embed in German shows the chart, its words, table and source line, and tells its height', async () => {
    const { page, frame, context, problems } = await framed(exhibit, host, `${exhibit.url}/embed/de/chart/${CHART}`);
    assert.ok(await showsExhibit(frame), 'the embed shows in the frame');
    await frame.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0);
    assert.match(await frame.textContent('h1'), /Exporte.*Importe|Importe.*Exporte|Baden-Württemberg/);
    assert.ok((await frame.textContent('.chart-summary')).length > 40);
    const meta = await frame.textContent('.chart-meta');
    assert.match(meta, /Quellen: .*Statistisches Landesamt Baden-Württemberg/);
    assert.equal(await frame.locator('.chart-table table').count(), 2, 'both series as tables');
    assert.equal(await frame.locator('.site-header, .site-footer, .embed-code, .chart-download').count(), 0);
    // German numbers in the table (thousands with a dot or a narrow space, decimals with a comma).
    assert.match(await frame.textContent('.chart-table'), /\d,\d/);
    // The height message sized the frame to the content.
    await page.waitForFunction(() => window.heights.length > 0);
    const { height, path } = await page.evaluate(() => window.heights.at(-1));
    assert.equal(path, `/embed/de/chart/${CHART}`);
    assert.ok(height > 300 && height < 1600, `height ${height}`);
    const frameHeight = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    assert.ok(Math.abs(frameHeight - height) <= 1, `${frameHeight} vs ${height}`);
    // No service worker from inside a frame (asked before the exhibit opens in a tab of its
    // own, which installs one).
    assert.equal(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    // The text does not grow with the frame the host fits to it.
    const fontSize = await frame.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    assert.ok(parseFloat(fontSize) <= 18, fontSize);
    // The link opens the chart in the exhibit in a new tab; the host page stays.
    const link = frame.locator('a.embed-open');
    assert.equal(await link.textContent(), 'In der Ausstellung öffnen (öffnet in einem neuen Tab)');
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await opened.waitForSelector('main#content h1');
    assert.equal(opened.url(), `${exhibit.url}/de/charts#${CHART}`);
    assert.equal(await opened.textContent('main#content h1'), 'Handel und Investitionen');
    assert.equal(page.url().startsWith(host.url), true, 'the host page did not move');
    assert.deepEqual(exhibitProblems(problems), []);
    await context.close();
  });

  test('an event embed in Chinese shows the card with Chinese numbers and its sources', async () => {
    const { frame, context, problems } = await framed(exhibit, host, `${exhibit.url}/embed/zh/event/${EVENT}`, { width: 400 });
    assert.ok(await showsExhibit(frame));
    await frame.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0);
    const card = await frame.textContent('.event-card');
    assert.match(await frame.textContent('.event-card h1'), /博世/);
    assert.match(card, /2013年/);
    assert.match(await frame.textContent('.event-figure-value'), /^1\.2亿欧元$|^1\.2 亿欧元$|亿欧元/);
    assert.match(card, /来源/);
    assert.ok(await frame.locator('.source-list li').count() >= 1);
    assert.equal(await frame.locator('.event-neighbours, .close-card, .site-header').count(), 0);
    // Every link leaves the frame for a new tab.
    const targets = await frame.$$eval('a[href]', (links) => links.map((a) => a.target));
    assert.ok(targets.length > 0 && targets.every((t) => t === '_blank'), targets.join());
    assert.equal(await frame.textContent('a.embed-open'), '在展览中打开（在新标签页中打开）');
    // Nothing wider than the frame at 400 px.
    assert.equal(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
    assert.deepEqual(exhibitProblems(problems), []);
    await context.close();
  });

  test('an embed of an unknown chart says so in its language instead of a blank frame', async () => {
    const { frame, context } = await framed(exhibit, host, `${exhibit.url}/embed/en/chart/no-such-chart`);
    assert.ok(await showsExhibit(frame));
    await frame.waitForSelector('.embed-missing h1');
    assert.equal(await frame.textContent('.embed-missing h1'), 'No such chart here');
    await context.close();
  });

  test('every other page refuses to be framed', async () => {
    for (const path of ['/de', '/zh/charts', `/de/event/${EVENT}`, '/no-such-page']) {
      const { frame, context } = await framed(exhibit, host, `${exhibit.url}${path}`);
      assert.equal(await showsExhibit(frame), false, path);
      assert.equal(await frame.locator('main#content').count(), 0, `${path}: the frame's document is not the exhibit`);
      await context.close();
    }
  });

  test('headers: embeds allow any website by default, every other address none', async () => {
    const policy = async (path) => (await fetch(`${exhibit.url}${path}`)).headers.get('content-security-policy');
    assert.match(await policy(`/embed/de/chart/${CHART}`), /; frame-ancestors \*$/);
    assert.match(await policy('/embed/de/event/no-such-event'), /; frame-ancestors \*$/);
    // Also an address that only starts like an embed's and leads elsewhere.
    for (const path of ['/de', '/de/charts', '/app.html', '/sw.js', '/no-such-page', '/de/embed/chart/x', '/embed/..%2Fde', '/embed/%2e%2e/de/charts']) {
      assert.match(await policy(path), /; frame-ancestors 'none'$/, path);
    }
    const missing = await fetch(`${exhibit.url}/embed/de/event/no-such-event`);
    assert.equal(missing.status, 404);
    // Embeds are prerendered, not indexed, and name their full view.
    const html = await (await fetch(`${exhibit.url}/embed/zh/event/${EVENT}`)).text();
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, new RegExp(`<link rel="canonical" href="[^"]*/zh/event/${EVENT}">`));
    assert.match(html, /在展览中打开/);
    const sitemap = await (await fetch(`${exhibit.url}/sitemap.xml`)).text();
    assert.ok(!sitemap.includes('/embed/'));
  });
});

describe('a build with a restricted allow-list', () => {
  let dir;
  let restricted;
  let listed;
  before(async () => {
    listed = await startHost();
    dir = mkdtempSync(join(tmpdir(), 'exhibit-embed-'));
    cpSync('dist', dir, { recursive: true });
    // Only the headers file changes: no rebuild.
    execFileSync('node', ['scripts/embed-origins.mjs', dir], {
      env: { ...process.env, EXHIBIT_EMBED_ORIGINS: `${listed.url} https://www.zeitung.example` },
    });
    restricted = await startServer({ dir, port: 0 });
  });
  after(async () => {
    await new Promise((done) => (restricted ? restricted.server.close(done) : done()));
    await new Promise((done) => (listed ? listed.server.close(done) : done()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('a listed website frames the embed; one not listed is refused', async () => {
    const target = { ...exhibit, url: restricted.url };
    const src = `${restricted.url}/embed/de/chart/${CHART}`;
    const yes = await framed(target, listed, src);
    assert.ok(await showsExhibit(yes.frame), 'the listed host shows the embed');
    await yes.context.close();
    const no = await framed(target, host, src);
    assert.equal(await showsExhibit(no.frame), false, 'a host not listed is refused');
    await no.context.close();
    const header = (await fetch(src)).headers.get('content-security-policy');
    assert.ok(header.endsWith(`frame-ancestors ${listed.url} https://www.zeitung.example`), header);
  });

  test('a malformed origin stops the build with a message saying how to write it', () => {
    const run = spawnSync('node', ['scripts/embed-origins.mjs', dir], {
      env: { ...process.env, EXHIBIT_EMBED_ORIGINS: 'https://www.zeitung.example/politik' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /"https:\/\/www\.zeitung\.example\/politik" is not a website's origin \(an origin has no path\)/);
    assert.match(run.stderr, /such as https:\/\/www\.example\.org/);
    assert.match(readFileSync(join(dir, 'embed-origins.conf'), 'utf8'), /www\.zeitung\.example"/, 'the last good file stays');
  });
});

describe('the copy embed code control', () => {
  test('copies a snippet that works in a host page and says so', async () => {
    const { page, context, problems } = await openPage(exhibit, { size: SIZES.phone, touch: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: exhibit.url });
    await page.goto(`${exhibit.url}/de/event/${EVENT}`);
    await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0);
    const control = page.locator('.event-card .embed-code-copy');
    assert.equal(await control.textContent(), 'Einbettungscode kopieren');
    await control.click();
    await page.waitForSelector('.embed-code-status:has-text("kopiert")');
    assert.equal(await page.textContent('.embed-code-status'), 'Einbettungscode in die Zwischenablage kopiert.');
    assert.equal(await page.getAttribute('.embed-code-status', 'role'), 'status');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(await page.inputValue('.embed-code-field'), snippet);
    assert.match(snippet, new RegExp(`^<iframe src="${exhibit.url}/embed/de/event/${EVENT}" title="[^"]*Bosch[^"]*" width="800" height="\\d+" loading="lazy"`));
    await page.locator('.embed-code').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'embed-code-phone-de.png') });
    assert.deepEqual(problems, []);
    // The copied snippet, pasted into a host page, shows the event.
    const pasted = await framed(exhibit, host, null, { snippet });
    assert.ok(await showsExhibit(pasted.frame));
    assert.match(await pasted.frame.textContent('.event-card h1'), /Bosch/);
    await pasted.context.close();
    await context.close();
  });

  test('without a clipboard the code stands selected in a read-only field', async () => {
    const { page, context } = await openPage(exhibit, { size: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto(`${exhibit.url}/zh/charts`);
    await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0);
    const chart = page.locator(`figure#${CHART}`);
    await chart.locator('.embed-code-copy').click();
    const field = chart.locator('.embed-code-field');
    await field.waitFor();
    assert.equal(await field.evaluate((f) => f.readOnly), true);
    assert.equal(await chart.locator('.embed-code-status').textContent(), '无法自动复制。代码已选中，请按 Ctrl+C（Mac：Cmd+C）复制。');
    const selected = await page.evaluate(() => {
      const f = document.activeElement;
      return f.classList.contains('embed-code-field') && f.selectionStart === 0 && f.selectionEnd === f.value.length;
    });
    assert.ok(selected, 'the field has the focus and its whole text is selected');
    // Pressed again after the selection was lost: selected again.
    await page.evaluate(() => { const f = document.activeElement; f.setSelectionRange(0, 0); f.blur(); });
    await chart.locator('.embed-code-copy').click();
    await page.waitForFunction(() => {
      const f = document.activeElement;
      return f?.classList.contains('embed-code-field') && f.selectionEnd === f.value.length && f.selectionEnd > 0;
    });
    assert.match(await field.inputValue(), new RegExp(`src="${exhibit.url}/embed/zh/chart/${CHART}"`));
    await context.close();
  });

  test('is absent on kiosks', async () => {
    const { page, context } = await openPage(exhibit);
    for (const path of [`/de/event/${EVENT}?mode=kiosk`, '/zh/charts?mode=kiosk']) {
      await page.goto(`${exhibit.url}${path}`);
      await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0);
      assert.ok((await page.locator('.take-home').count()) > 0, `${path} is a kiosk`);
      assert.equal(await page.locator('.embed-code').count(), 0, path);
    }
    await context.close();
  });
});

describe('narrow and wide frames', () => {
  test('at 300 px nothing is wider than the frame, at 1200 px the embed fills it', async () => {
    for (const lang of ['de', 'zh']) {
      for (const [kind, id] of [['chart', CHART], ['event', EVENT]]) {
        for (const width of [316, 1216]) {
          const { frame, context, problems } = await framed(exhibit, host, `${exhibit.url}/embed/${lang}/${kind}/${id}`, { width });
          assert.ok(await showsExhibit(frame));
          await frame.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0);
          const { inner, scroll, embed } = await frame.evaluate(() => ({
            inner: innerWidth,
            scroll: document.documentElement.scrollWidth,
            embed: document.querySelector('.embed').getBoundingClientRect().width,
          }));
          assert.equal(inner, width - 16, `${kind} ${lang} at ${width}: the frame's width`);
          assert.ok(scroll <= inner, `${kind} ${lang} at ${inner} px: ${scroll} px wide`);
          assert.ok(embed > inner - 40, `${kind} ${lang} at ${inner} px: the embed is ${embed} px wide`);
          assert.deepEqual(exhibitProblems(problems), []);
          await context.close();
        }
      }
    }
  });
});

describe('screenshots of embeds in a host page', () => {
  test('a chart and an event at 400 and 800 px in German and Chinese', async () => {
    for (const lang of ['de', 'zh']) {
      for (const [kind, id] of [['chart', CHART], ['event', EVENT]]) {
        for (const width of [400, 800]) {
          const { page, frame, context } = await framed(exhibit, host, `${exhibit.url}/embed/${lang}/${kind}/${id}`, { width });
          assert.ok(await showsExhibit(frame));
          await frame.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0);
          await page.waitForFunction(() => window.heights.length > 0);
          await page.waitForTimeout(300);
          await page.screenshot({ path: join(SCREENSHOT_DIR, `embed-${kind}-${lang}-${width}.png`), fullPage: true });
          await context.close();
        }
      }
    }
  });
});
