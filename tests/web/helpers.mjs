// Shared set-up for the page tests: a static server for www/ on 127.0.0.1 (a free port,
// stopped after the tests) and headless Chromium through playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = path.join(ROOT, 'www');
export const SEED = fs.readFileSync(path.join(ROOT, 'tests/data/seed-article.txt'), 'utf8');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.ts': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
};

/** Serve `dir` on 127.0.0.1:<free port>. Returns {url, close, requests}. */
export async function serve(dir = WWW) {
  const requests = [];
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(dir, path.normalize(p));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page that records console errors, page errors and every request outside `origin`
 * (those are aborted). Returns {page, context, errors, outside}.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...contextOptions });
  const origin = url.startsWith('file:') ? 'file://' : new URL(url).origin;
  const errors = [];
  const outside = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    const ours = origin === 'file://' ? u.startsWith('file:') || u.startsWith('blob:') || u.startsWith('data:')
      : u.startsWith(origin + '/') || u.startsWith('blob:' + origin) || u.startsWith('data:');
    if (ours) return route.continue();
    outside.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.goto(url);
  return { page, context, errors, outside };
}

/** Wait until the page has finished run number n+1 (n = runs finished so far). */
export async function waitRun(page, n) {
  await page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) > k, n, { timeout: 60_000 });
}

/** How many runs the page has finished. */
export function runs(page) {
  return page.evaluate(() => Number(document.getElementById('status').dataset.runs || 0));
}

/** Put text into the Article box and summarise; resolves when the results are drawn. */
export async function summarise(page, text, { shortcut = false } = {}) {
  const box = page.getByRole('textbox', { name: 'Article' });
  await box.fill(text);
  const n = await runs(page);
  if (shortcut) {
    await box.focus();
    await page.keyboard.press('Control+Enter');
  } else {
    await page.getByRole('button', { name: 'Summarise', exact: true }).click();
  }
  await waitRun(page, n);
}

/** Paste `text` into the article box as the browser would (a paste event with plain text). */
export function paste(page, text) {
  return page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const box = document.getElementById('article');
    box.focus();
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}
