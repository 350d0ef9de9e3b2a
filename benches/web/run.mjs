// `make bench-web`: Dossier's wasm build vs compromise 14 + compromise-dates, same run,
// same articles, headless Chromium. Prints ms per article, MB/s and the ratio.
// DOSSIER_ONLY=1 skips compromise (quicker, for comparing builds of Dossier).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.SHARED || join(root, '..', 'shared');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json', '.css': 'text/css' };

function articles() {
  const seed = readFileSync(join(root, 'tests', 'data', 'seed-article.txt'), 'utf8');
  let pool = seed;
  const polnear = join(shared, 'data', 'claims', 'polnear_dev.jsonl');
  if (existsSync(polnear)) {
    pool = readFileSync(polnear, 'utf8').split('\n').filter(Boolean)
      .map((l) => JSON.parse(l).text).join('\n\n');
  }
  const build = (n) => { let s = ''; while (s.length < n) s += pool + '\n\n'; return s.slice(0, n); };
  return [
    { name: 'seed', text: seed },
    { name: '100 KB', text: build(100_000) },
    { name: '1 MB', text: build(1_000_000) },
    { name: '10 MB', text: build(10_000_000) },
  ];
}

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/benches/web/bench.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const r = await page.evaluate((arg) => window.runBench(arg), {
    articles: articles(), compromiseMaxBytes: process.env.DOSSIER_ONLY ? 0 : 120_000,
  });
  const mbps = (bytes, ms) => (bytes / 1e6 / (ms / 1000));
  console.log(`cold start to first result (seed): Dossier ${r.coldDossier.toFixed(1)} ms ` +
    `(wasm load + init + run), compromise ${r.coldCompromise.toFixed(1)} ms (first run, script already parsed)`);
  console.log('| article | bytes | Dossier ms | Dossier MB/s | compromise ms | compromise MB/s | ratio |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of r.rows) {
    const d = mbps(row.bytes, row.dossierMs);
    const c = row.compromiseMs == null ? null : mbps(row.bytes, row.compromiseMs);
    console.log(`| ${row.name} | ${row.bytes} | ${row.dossierMs.toFixed(2)} | ${d.toFixed(2)} | ` +
      `${c == null ? 'not run' : row.compromiseMs.toFixed(1)} | ${c == null ? '' : c.toFixed(3)} | ` +
      `${c == null ? '' : (d / c).toFixed(0) + '×'} |`);
  }
} finally {
  await browser.close();
  server.close();
}
