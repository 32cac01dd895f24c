// What the page does in the seconds after the app marks itself usable, with no input (not part
// of the tests or of bench.mjs), from a trace: the main thread's tasks of --min ms and more (5
// unless told), by when they began after the mark and what they spent their time on; the idle
// callbacks; and the busy time of the page's other threads (the wasm compiled again by V8's
// optimising compiler, raster and picture decoding), which compete for the machine's cores.
// The benchmark's taps begin at the mark, so what still runs then falls on the first taps.
//
//   node bench/after-usable.mjs [--seconds 3] [--min 5] dist
import { startServer } from '../scripts/serve.mjs';
import { commandLine, describeEvent, launch, traceOf } from './tool.mjs';

const { option, rest } = commandLine();
const SECONDS = Number(option('seconds', '3'));
const MIN = Number(option('min', '5'));
const [dist] = rest;

const browser = await launch();
const server = await startServer({ dir: dist, port: 0 });
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE', serviceWorkers: 'block' });
const page = await context.newPage();
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'blink.user_timing', 'loading', 'toplevel'];
const { events } = await traceOf(page, categories, async () => {
  await page.goto(`${server.url}/de`);
  await page.waitForFunction(() => performance.getEntriesByName('exhibit-interactive').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(SECONDS * 1000);
});
// The renderer that ran the exhibit (the first page, about:blank, may have had another).
const mark = events.find((e) => e.name === 'exhibit-interactive');
const usable = mark?.ts;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark?.pid);
const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
// A task is traced as ThreadControllerImpl::RunTask, RunTask or both (one inside the other):
// only the outermost counts.
let until = -Infinity;
const tasks = onMain
  .filter((e) => ['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name) && e.ts >= usable && e.dur >= MIN * 1000)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  .filter((e) => {
    if (e.ts < until) return false;
    until = e.ts + e.dur;
    return true;
  });
const idle = onMain.filter((e) => e.name === 'FireIdleCallback' && e.ts >= usable);
console.log(`idle callbacks after the mark: ${idle.length}, ${(idle.reduce((sum, e) => sum + e.dur, 0) / 1000).toFixed(1)} ms in all`);
console.log(`usable mark found: ${usable != null}; ${tasks.length} tasks of ${MIN} ms or more after it`);
for (const task of tasks) {
  const inside = onMain
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 1000 && !['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name))
    .sort((a, b) => a.ts - b.ts)
    .slice(0, 6)
    .map((e) => `${describeEvent(e)} ${(e.dur / 1000).toFixed(1)}`);
  console.log(`+${((task.ts - usable) / 1000).toFixed(0).padStart(5)} ms  ${(task.dur / 1000).toFixed(1).padStart(6)} ms  ${inside.join('; ')}`);
}
// The renderer's other threads in the same time: what competes with the main thread for the
// machine's cores (the wasm compiled again in the background, pictures decoded, raster).
const names = new Map(events.filter((e) => e.name === 'thread_name' && e.pid === mark?.pid).map((e) => [e.tid, e.args?.name]));
const busy = new Map();
for (const e of events) {
  if (e.pid !== mark?.pid || e.tid === main?.tid || e.ph !== 'X' || e.ts < usable || e.ts > usable + SECONDS * 1e6) continue;
  if (!['ThreadControllerImpl::RunTask', 'RunTask', 'TaskGraphRunner::RunTask'].includes(e.name) && !e.name.startsWith('wasm.') && !e.name.startsWith('V8.Wasm')) continue;
  const thread = names.get(e.tid) ?? String(e.tid);
  const key = `${thread}: ${e.name}`;
  busy.set(key, (busy.get(key) ?? 0) + e.dur / 1000);
}
console.log('other threads of the page after the mark (ms):');
for (const [key, ms] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${key}`);
await context.close();
await browser.close();
server.server.close();
