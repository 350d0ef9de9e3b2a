#!/usr/bin/env node
// Build www/pkg/dossier.html: the whole page in one file (styles, scripts, the worker, the
// wasm and the sample article inlined) that works when opened from disk (file://).
// Run by `make build` after www/pkg is built.
//
// The page modules are joined by dropping their `import … from './x.js'` lines and the
// `export` keyword (www/*.js keep to that plain form so this stays a few lines). The worker
// runs from a blob URL as a classic script: the wasm-bindgen glue, brief.js, then worker.js. The
// Content-Security-Policy allows exactly the inline script and style by their hashes.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = path.join(root, 'www');
const read = (p) => fs.readFileSync(path.join(www, p), 'utf8');
const out = path.join(www, 'pkg', 'dossier.html');

function fail(msg) {
  console.error(`build-single: ${msg}`);
  process.exit(1);
}

/** A module's text without its local imports and with `export` dropped from declarations. */
function unmodule(src, name) {
  const s = src
    .replace(/^import\s*(?:[\w*\s{},]*?\s+from\s+)?['"]\.\/[^'"]+['"];?\s*$/gms, '')
    .replace(/^export\s+(?=(?:async\s+)?function\b|const\b|let\b|class\b)/gm, '');
  if (/^\s*(import|export)\b/m.test(s)) fail(`${name}: an import or export form this script cannot inline`);
  return s;
}

/** Text safe inside <script>…</script> (the HTML parser ends a script at "</script"). */
function scriptSafe(s, name) {
  if (/<\/script|<!--/i.test(s)) fail(`${name} contains "</script" or "<!--"`);
  return s;
}

const sha = (s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`;

const css = read('style.css');
const app = unmodule(read('brief.js'), 'brief.js') + '\n' + unmodule(read('app.js'), 'app.js');
const glue = read('pkg/dossier.js');
// Chromium runs only classic (not module) workers from a blob made by a file:// page, so
// the glue becomes a classic script: exports dropped, import.meta.url never needed (the
// wasm bytes are passed in).
const classicGlue = unmodule(
  glue.replace(/^export\s*\{[^}]*\};?\s*$/gm, '').replace(/import\.meta\.url/g, 'self.location.href'),
  'pkg/dossier.js',
);
const worker = `${classicGlue}\nconst init = __wbg_init;\n${unmodule(read('brief.js'), 'brief.js')}\n${unmodule(read('worker.js'), 'worker.js')}`;
if (/\bimport\.meta\b|^\s*(import|export)\b/m.test(worker)) fail('the worker is not a classic script');
const wasm = fs.readFileSync(path.join(www, 'pkg', 'dossier_bg.wasm')).toString('base64');
const sample = fs.readFileSync(path.join(www, 'pkg', 'sample.txt'), 'utf8');
const icon = `data:image/svg+xml;base64,${Buffer.from(read('favicon.svg')).toString('base64')}`;

const csp = [
  "default-src 'none'",
  `script-src ${sha(app)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  'img-src data: blob:',
  'worker-src blob:',
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let html = read('index.html');
const swap = (re, to, what) => {
  if (!re.test(html)) fail(`index.html: ${what} not found`);
  html = html.replace(re, () => to);
};
swap(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`, 'the CSP meta tag');
swap(/<link rel="icon" href="favicon\.svg"[^>]*>/, `<link rel="icon" href="${icon}" type="image/svg+xml">`, 'the icon link');
swap(/<link rel="manifest"[^>]*>\n?/, '', 'the manifest link');
swap(/<link rel="stylesheet" href="style\.css">/, `<style>${css}</style>`, 'the stylesheet link');
swap(/<script type="module" src="app\.js"><\/script>/, `<script type="module">${scriptSafe(app, 'app.js')}</script>`, 'the app script');
html = html.replace(/src="favicon\.svg"/g, `src="${icon}"`);
const blocks = [
  `<script type="text/plain" id="dossier-worker-src">${scriptSafe(worker, 'the worker')}</script>`,
  `<script type="application/octet-stream" id="dossier-wasm">${wasm}</script>`,
  `<script type="text/plain" id="dossier-sample">${scriptSafe(sample, 'the sample')}</script>`,
].join('\n');
swap(/<\/body>/, `${blocks}\n</body>`, '</body>');
if (/(?:src|href)="(?!data:|#)[^"]*"/.test(html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, ''))) {
  fail('a reference to another file is left in the page');
}
fs.writeFileSync(out, html);
console.log(`single file: ${path.relative(root, out)} (${fs.statSync(out).size} bytes)`);
