// Does a big paste freeze the page? Pastes an article of N characters (default 10 million:
// the seed repeated) into the page in headless Chromium, summarises it, and reports the
// main thread's long tasks (over 50 ms, PerformanceObserver 'longtask') from the click on
// Summarise until the results are drawn. The summariser itself runs in the worker, so what
// this measures is what the page does with the answer.
//
//   node benches/web/responsive.mjs [chars] [www dir]     (`make bench-page` runs it)
import path from 'node:path';
import { serve, launch, openPage, runs, paste, SEED, WWW } from '../../tests/web/helpers.mjs';

const chars = Number(process.argv[2] || 10_000_000);
const dir = path.resolve(process.argv[3] || WWW);
const server = await serve(dir);
const browser = await launch();
try {
  const { page, context } = await openPage(browser, server.url);
  const text = (SEED + '\n\n').repeat(Math.ceil(chars / (SEED.length + 2)));
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
  await paste(page, text);
  const n = await runs(page);
  const clickAt = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Summarise', exact: true }).click();
  await page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) > k, n, { timeout: 300_000 });
  const wall = Date.now() - t0;
  await page.waitForTimeout(500); // let the last long task be reported
  const tasks = (await page.evaluate(() => window.longTasks)).filter(([start]) => start >= clickAt);
  const longest = Math.max(0, ...tasks.map(([, d]) => d));
  const total = tasks.reduce((s, [, d]) => s + d, 0);
  console.log(`article: ${text.length.toLocaleString('en')} characters`);
  console.log(`summarise to drawn: ${(wall / 1000).toFixed(1)} s (${await page.getByRole('status').innerText()})`);
  console.log(`main-thread long tasks after Summarise: ${tasks.length}, longest ${longest.toFixed(0)} ms, ` +
    `total ${total.toFixed(0)} ms`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
