// Size budget (issue 7): fails `make test` when the page outgrows what any host can serve.
// Size is deterministic, so it is tested; speed is not, so it is benchmarked, never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, extname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const www = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'www');
const KB = 1024;
// The page transfer (gzip) and the wasm module alone (gzip), models included.
const PAGE_BUDGET_GZ = 600 * KB;
const WASM_BUDGET_GZ = 560 * KB;

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Files a visitor's browser fetches: the page, its scripts, styles, icons, manifest, wasm.
// Other HTML files (the single-file build) are alternatives to the page, not part of it.
function pageFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { out.push(...pageFiles(p)); continue; }
    const ext = extname(name);
    if (ext === '.html' && !(dir === www && name === 'index.html')) continue;
    if (['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.png', '.ico', '.webmanifest', '.json'].includes(ext)
        && !name.endsWith('.d.ts') && name !== 'package.json') out.push(p);
  }
  return out;
}

test('the wasm module fits its budget', () => {
  const wasm = readFileSync(join(www, 'pkg', 'dossier_bg.wasm'));
  const g = gz(wasm);
  console.log(`wasm: ${wasm.length} bytes raw, ${g} gzip, ${br(wasm)} brotli`);
  assert.ok(g <= WASM_BUDGET_GZ, `wasm is ${g} bytes gzipped; the budget is ${WASM_BUDGET_GZ}`);
});

test('the whole page transfer fits 600 KB gzipped', () => {
  const files = pageFiles(www);
  assert.ok(files.some((f) => basename(f) === 'index.html'), 'www/index.html is missing');
  let total = 0;
  for (const f of files) total += gz(readFileSync(f));
  console.log(`page: ${files.length} files, ${total} bytes gzipped`);
  assert.ok(total <= PAGE_BUDGET_GZ, `the page is ${total} bytes gzipped; the budget is ${PAGE_BUDGET_GZ}`);
});
