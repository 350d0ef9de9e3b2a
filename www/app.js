// The Dossier page. The wasm core runs in a module worker (worker.js); this module only
// handles the page. Article text is only ever put into the page with textContent and DOM
// nodes, never parsed as HTML.
import {
  localToday, referenceWords, oneLine, quoted, clip, contextOf, actorIndex, claimsBySpeaker, timeline,
  valueWords, layout, primaryItem, DRAW_LIMITS,
} from './brief.js';

const $ = (id) => document.getElementById(id);
const els = {
  article: $('article'), summarise: $('summarise'), open: $('open'), file: $('file'),
  sample: $('sample'), clear: $('clear'), refdate: $('refdate'), refnote: $('refnote'),
  status: $('status'), statusText: $('status-text'), progress: $('progress'), cancel: $('cancel'),
  results: $('results'), gist: $('gist'), refline: $('refline'), actors: $('actors'),
  dates: $('dates'), claims: $('claims'), text: $('text'), textNote: $('text-note'),
  drop: $('drop-overlay'), copyBuffer: $('copy-buffer'), version: $('version'), elapsed: $('elapsed'),
};

// Limits on what is drawn (exports always carry everything): the worker sends a result
// over these limits trimmed to them (brief.js trimResult).
const MAX_TEXT_DRAWN = DRAW_LIMITS.text; // UTF-16 units of article drawn with highlights (layout cost)
const MAX_CARDS = DRAW_LIMITS.actors;
const MAX_DATES = DRAW_LIMITS.dates;
const MAX_CLAIMS = DRAW_LIMITS.claims;
const MAX_FILE_BYTES = 32 * 1024 * 1024;
const TEXT_BLOCK = 4000; // UTF-16 units per drawn block of the article (see renderText)
// Longer articles are kept out of the text box (a browser text box with megabytes in it
// freezes the page on every layout): the box shows the beginning, read-only.
const BIG_TEXT = 400_000;
const BIG_PREVIEW = 20_000;

// ---------------------------------------------------------------- element helpers

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'id' ||
      k === 'title' || k === 'type' || k === 'datetime' || k === 'tabindex' || k === 'lang') el.setAttribute(k, String(v));
    else el[k] = v;
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function setStatus(text, { busy = false, error = false } = {}) {
  els.statusText.textContent = text;
  els.status.classList.toggle('error', error);
  els.progress.hidden = !busy;
  els.cancel.hidden = !busy;
  if (!busy) els.elapsed.textContent = '';
}

// ---------------------------------------------------------------- the worker

let worker = null;
let workerReady = null;
let nextId = 1;
const pending = new Map();
const exportWaiters = new Map(); // summarise request id -> {resolve, reject} for its exports

function makeWorker() {
  const single = document.getElementById('dossier-worker-src');
  if (single) {
    // The single-file build: the worker's source and the wasm travel inside this page.
    const wasm = document.getElementById('dossier-wasm').textContent.trim();
    const src = `self.DOSSIER_WASM = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));\n` +
      single.textContent;
    const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
    return new Worker(url); // classic: file:// pages cannot start module workers from blobs
  }
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}

function startWorker() {
  worker = makeWorker();
  workerReady = new Promise((resolve, reject) => {
    worker.addEventListener('message', (ev) => {
      const m = ev.data || {};
      if (m.type === 'ready') {
        els.version.textContent = m.version ? `v${m.version}` : '';
        resolve();
        return;
      }
      if (m.type === 'fatal') {
        reject(new Error(m.error));
        return;
      }
      if (m.type === 'exports') {
        const w = exportWaiters.get(m.id);
        exportWaiters.delete(m.id);
        if (w && m.exports) w.resolve(m.exports);
        else if (w) w.reject(new Error(m.error || 'the exports could not be made'));
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) p.resolve(m);
      else p.reject(new Error(m.error));
    });
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      reject(new Error(ev.message || 'the summariser could not start'));
    });
  });
  workerReady.catch((e) => setStatus(`The summariser could not start: ${e.message}`, { error: true }));
}

function request(msg) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ ...msg, id });
  });
}

/** The exports (Blobs) the worker makes from the whole result after answering request `id`. */
function exportsFor(id) {
  const p = new Promise((resolve, reject) => exportWaiters.set(id, { resolve, reject }));
  p.catch(() => {}); // an unused promise is not an error; the export buttons report failures
  return p;
}

/** Stop whatever the worker is doing: end it and start a fresh one. */
function cancelWork() {
  worker.terminate();
  for (const p of pending.values()) p.reject(Object.assign(new Error('Cancelled'), { cancelled: true }));
  pending.clear();
  for (const w of exportWaiters.values()) w.reject(new Error('the run that made them was cancelled; summarise again'));
  exportWaiters.clear();
  startWorker();
}

// ---------------------------------------------------------------- running

let current = null; // {result, reference}
let articleLabel = ''; // where the text came from (a file name, the sample), for the status line
let bigText = null; // the whole article when it is too long for the text box

function articleText() {
  return bigText ?? els.article.value;
}
let running = false;
let dateFromUser = false;

async function run() {
  if (running) return;
  const text = articleText();
  if (!text.trim()) {
    setStatus('Paste an article first, open a file, or try the sample article.');
    els.article.focus();
    return;
  }
  running = true;
  els.summarise.disabled = true;
  const t0 = performance.now();
  const size = text.length > 200_000 ? ` (${(text.length / 1e6).toFixed(1)} million characters)` : '';
  setStatus(`Summarising${size}…`, { busy: true });
  // The seconds tick outside the live region, so screen readers are not told every second.
  const tick = setInterval(() => {
    els.elapsed.textContent = `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  }, 1000);
  try {
    const referenceDate = dateFromUser && els.refdate.value ? els.refdate.value : null;
    const exports = exportsFor(nextId); // the id the request below takes
    const reply = await request({ type: 'summarise', text, referenceDate, today: localToday() });
    clearInterval(tick);
    setStatus('Drawing the results…', { busy: true });
    await nextFrame();
    current = { result: reply.result, reference: reply.reference, exports };
    await render(current);
    remember(text, referenceDate);
    const ms = performance.now() - t0;
    const n = totals(reply.result);
    setStatus(`${articleLabel ? `${articleLabel}: done` : 'Done'} in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}: ` +
      `${n.actors} actors, ${n.dates} dates, ${n.claims} claims.`);
  } catch (e) {
    clearInterval(tick);
    if (e.cancelled) setStatus('Cancelled.');
    else setStatus(`Could not summarise: ${e.message}`, { error: true });
  } finally {
    running = false;
    els.summarise.disabled = false;
    // How many runs have finished (done, failed or cancelled): tests wait on it.
    els.status.dataset.runs = String(Number(els.status.dataset.runs || 0) + 1);
  }
}

// ---------------------------------------------------------------- rendering

/** How many actors, dates and claims the whole result has (a trimmed one says in `counts`). */
function totals(result) {
  return result.counts ?? { actors: result.actors.length, dates: result.dates.length, claims: result.claims.length };
}

let segEls = new Map(); // item key -> [elements]
let segStarts = new Map(); // item key -> [first element of each occurrence]
let selected = null;
let renderGen = 0; // each render's number; a newer one stops an older one between frames

async function render({ result, reference }) {
  const big = result.text.length > BIG_TEXT;
  els.results.hidden = false;
  // The date control shows the date used, and says where it came from.
  if (!dateFromUser && reference.date) els.refdate.value = reference.date;
  els.refnote.textContent = reference.date ? referenceWords(reference.source) : 'none';
  els.refline.textContent = reference.date
    ? `Relative dates resolved against ${reference.date} (${valueWords(reference.date)}), ${referenceWords(reference.source)}.`
    : '';
  // Long results are drawn a panel at a time, so the page keeps answering in between.
  const gen = ++renderGen;
  for (const step of [renderGist, renderActors, renderDates, renderClaims, renderText]) {
    await step(result, big ? gen : 0);
    if (big) await nextFrame();
    if (gen !== renderGen) return;
  }
  selected = null;
}

/** Let the browser paint and take input between long steps. */
function nextFrame() {
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

function panelState(listEl, n, shown, what) {
  const sec = listEl.closest('section');
  sec.querySelector('.empty').hidden = n > 0;
  const more = sec.querySelector('.more');
  more.hidden = shown >= n;
  more.textContent = shown < n ? `Showing ${shown} of ${n} ${what}; the exports carry all of them.` : '';
}

function renderGist(result) {
  els.gist.replaceChildren(...result.summary.map((s) =>
    h('li', {}, h('button', { type: 'button', class: 'linkish', 'data-goto': s.start, title: 'Show in the article' }, oneLine(s.text)))));
  if (!result.summary.length) els.gist.replaceChildren(h('li', { class: 'hint' }, 'Nothing to summarise.'));
}

function kindChip(kind) {
  return h('span', { class: `chip k-${kind}` }, kind);
}

function renderActors(result) {
  const max = result.actors.reduce((m, a) => Math.max(m, a.salience || 0), 0) || 1;
  const shown = result.actors.slice(0, MAX_CARDS);
  els.actors.replaceChildren(...shown.map((a) => {
    const n = a.mention_count ?? a.mentions.length;
    return h('li', { class: `card k-${a.kind}`, id: `card-${a.id}`, 'data-key': a.id },
      h('h3', {},
        h('button', { type: 'button', class: 'pick', 'data-select': a.id, 'aria-pressed': 'false' }, a.name)),
      h('p', { class: 'meta' }, kindChip(a.kind),
        a.roles.length ? h('span', { class: 'roles' }, a.roles.map(oneLine).join(', ')) : null),
      a.aliases.length ? h('p', { class: 'aliases' }, 'Also: ', a.aliases.map(oneLine).join(', ')) : null,
      h('p', { class: 'count' },
        h('meter', { min: 0, max: 1, value: (a.salience || 0) / max, 'aria-label': `Salience of ${a.name}` }),
        ` ${n} mention${n === 1 ? '' : 's'}`,
        n > 1 ? h('button', { type: 'button', class: 'next', 'data-next': a.id, 'aria-label': `Next mention of ${a.name}` }, 'Next ›') : null));
  }));
  panelState(els.actors, totals(result).actors, shown.length, 'actors');
}

function renderDates(result) {
  const t = timeline(result);
  const items = [];
  let count = 0;
  for (const g of t.groups) {
    if (count >= MAX_DATES) break;
    const shown = g.entries.slice(0, MAX_DATES - count); // one date can be mentioned thousands of times
    count += shown.length;
    const first = g.entries[0];
    items.push(h('li', { class: 'tl', id: `date-d${first.index}`, 'data-key': g.entries.map((e) => `d${e.index}`).join(' ') },
      h('time', { datetime: /^\d{4}-\d{2}-\d{2}$/.test(g.value) ? g.value : null }, valueWords(g.value)),
      h('span', { class: `type t-${first.date.type}` }, first.date.type.toLowerCase()),
      h('span', { class: 'value' }, g.value),
      h('ul', { class: 'mentions' }, shown.map((e) => h('li', { id: `date-d${e.index}` },
        h('button', { type: 'button', class: 'pick', 'data-select': `d${e.index}`, 'aria-pressed': 'false' }, `“${oneLine(e.date.text)}”`),
        h('span', { class: 'ctx' }, contextOf(result, e.date, 160))))),
      shown.length < g.entries.length
        ? h('p', { class: 'hint' }, `and ${(g.entries.length - shown.length).toLocaleString('en')} more mentions (in the exports)`)
        : null));
  }
  if (t.other.length && count < MAX_DATES) {
    items.push(h('li', { class: 'tl other' },
      h('span', { class: 'value' }, 'Durations, repeats and vague times'),
      h('ul', { class: 'mentions' }, t.other.slice(0, MAX_DATES - count).map((e) => h('li', { id: `date-d${e.index}` },
        h('button', { type: 'button', class: 'pick', 'data-select': `d${e.index}`, 'aria-pressed': 'false' }, `“${oneLine(e.date.text)}”`),
        h('span', { class: `type t-${e.date.type}` }, e.date.type.toLowerCase()),
        h('span', { class: 'value', title: e.date.value }, valueWords(e.date.value, e.date.type)),
        h('span', { class: 'ctx' }, contextOf(result, e.date, 160)))))));
  }
  els.dates.replaceChildren(...items);
  panelState(els.dates, totals(result).dates, Math.min(result.dates.length, MAX_DATES), 'dates');
}

function renderClaims(result) {
  let left = MAX_CLAIMS;
  const groups = claimsBySpeaker(result);
  const out = [];
  for (const g of groups) {
    if (left <= 0) break;
    const list = g.claims.slice(0, left);
    left -= list.length;
    out.push(h('div', { class: 'speaker' },
      h('h3', {}, g.actor
        ? h('button', { type: 'button', class: 'linkish', 'data-select': g.actor.id }, g.name)
        : g.name,
      g.actor ? h('span', { class: 'hint' }, ` (${g.actor.kind})`) : null),
      h('ul', { class: 'claim-list' }, list.map(({ claim, index }) => h('li', { id: `claim-c${index}`, class: claim.direct ? 'direct' : 'indirect' },
        h('button', { type: 'button', class: 'pick claim-text', 'data-select': `c${index}`, 'aria-pressed': 'false' },
          claim.direct ? quoted(claim.content.text) : oneLine(claim.content.text)),
        h('span', { class: 'how' }, claim.direct ? 'quote' : 'paraphrase',
          claim.cue ? ` · ${oneLine(claim.cue.text)}` : '',
          claim.source && g.actor && oneLine(claim.source.text) !== g.name ? ` · as “${oneLine(claim.source.text)}”` : ''))))));
  }
  els.claims.replaceChildren(...out);
  panelState(els.claims, totals(result).claims, Math.min(result.claims.length, MAX_CLAIMS), 'claims');
}

function itemTitle(result, it, actors) {
  switch (it.kind) {
    case 'actor': {
      const a = result.actors[it.ref];
      return `${a.name}: ${a.kind}${a.roles.length ? `, ${a.roles.join(', ')}` : ''}`;
    }
    case 'date': {
      const d = result.dates[it.ref];
      return `${d.type.toLowerCase()}: ${d.value} (${valueWords(d.value, d.type)})`;
    }
    case 'claim': case 'cue': case 'source': {
      const c = result.claims[it.ref];
      const who = c.speaker && actors.has(c.speaker) ? actors.get(c.speaker).name : c.source ? oneLine(c.source.text) : 'unattributed';
      return `${it.kind === 'cue' ? 'reporting verb' : it.kind === 'source' ? 'speaker' : 'claim'} (${c.direct ? 'quote' : 'paraphrase'}) by ${who}`;
    }
    case 'skip': return 'skipped line (not read)';
    default: return '';
  }
}

/**
 * Draw the article with its highlights. With `gen` (a long article) the blocks are added a
 * frame at a time, so the page answers while they are built; a newer render stops this one.
 */
async function renderText(result, gen = 0) {
  const text = result.text;
  const limit = Math.min(text.length, MAX_TEXT_DRAWN);
  const { segments } = layout(result, limit);
  const actors = actorIndex(result);
  // The article is drawn in blocks of a few thousand characters, cut after a line break
  // between highlights; on a long article `content-visibility: auto` (style.css, `.long`)
  // lets the browser skip the layout of blocks out of view, which is most of the cost.
  const frag = document.createDocumentFragment();
  let block = h('div', { class: 'block' });
  let blockLen = 0;
  const put = (node, len) => {
    block.append(node);
    blockLen += len;
  };
  const putGap = (gap) => {
    let rest = gap;
    while (rest) {
      let cut = -1;
      if (blockLen + rest.length >= TEXT_BLOCK) {
        const nl = rest.indexOf('\n', Math.max(0, TEXT_BLOCK - blockLen - 1));
        cut = nl >= 0 ? nl + 1 : -1;
        if (cut < 0 && blockLen + rest.length >= 4 * TEXT_BLOCK) {
          const sp = rest.indexOf(' ', Math.max(0, 4 * TEXT_BLOCK - blockLen - 1));
          cut = sp >= 0 ? sp + 1 : -1;
        }
      }
      if (cut < 0 || cut >= rest.length) {
        put(rest, rest.length);
        if (cut === rest.length) newBlock();
        return;
      }
      put(rest.slice(0, cut), cut);
      newBlock();
      rest = rest.slice(cut);
    }
  };
  let drawn = false; // whether els.text holds this render's first blocks yet
  let sliceStart = performance.now();
  const flush = () => {
    if (drawn) els.text.append(frag);
    else els.text.replaceChildren(frag);
    drawn = true;
  };
  const newBlock = () => {
    frag.append(block);
    block = h('div', { class: 'block' });
    blockLen = 0;
  };
  segEls = new Map();
  segStarts = new Map();
  const seen = new Set();
  let pos = 0;
  for (const seg of segments) {
    if (seg.start > pos) putGap(text.slice(pos, seg.start));
    const classes = [];
    const titles = [];
    for (const it of seg.items) {
      if (it.kind === 'actor') classes.push('m', `k-${result.actors[it.ref].kind}`);
      else if (it.kind === 'date') classes.push('d');
      else if (it.kind === 'claim') classes.push('c');
      else if (it.kind === 'cue') classes.push('cue');
      else if (it.kind === 'source') classes.push('src');
      else if (it.kind === 'skip') classes.push('skip-line');
    }
    const main = primaryItem(seg.items);
    const tag = seg.items.some((i) => i.kind === 'actor' || i.kind === 'date') ? 'mark' : 'span';
    for (const it of seg.items) if (it.kind !== 'claim' || it === main) titles.push(itemTitle(result, it, actors));
    const el = h(tag, { class: [...new Set(classes)].join(' '), title: [...new Set(titles)].join('\n'), 'data-pick': main.key }, text.slice(seg.start, seg.end));
    for (const it of seg.items) {
      if (!segEls.has(it.key)) segEls.set(it.key, []);
      segEls.get(it.key).push(el);
      if (!seen.has(it)) {
        seen.add(it);
        if (!segStarts.has(it.key)) segStarts.set(it.key, []);
        segStarts.get(it.key).push(el);
      }
    }
    put(el, seg.end - seg.start);
    pos = seg.end;
    if (gen && frag.childNodes.length && performance.now() - sliceStart > 30) {
      flush();
      await nextFrame();
      if (gen !== renderGen) return;
      sliceStart = performance.now();
    }
  }
  if (limit > pos) putGap(text.slice(pos, limit));
  if (blockLen) frag.append(block);
  flush();
  els.text.classList.toggle('long', limit > 4 * TEXT_BLOCK);
  els.textNote.hidden = limit >= text.length;
  els.textNote.textContent = limit < text.length
    ? `Showing the first ${limit.toLocaleString('en')} of ${text.length.toLocaleString('en')} characters with highlights; the exports carry everything.`
    : '';
}

// ---------------------------------------------------------------- selection and cross-links

const cursor = new Map(); // key -> index of the mention last shown

function panelElementFor(key) {
  if (/^a\d+$/.test(key)) return $(`card-${key}`);
  if (/^d\d+$/.test(key)) return $(`date-${key}`);
  if (/^c\d+$/.test(key)) return $(`claim-${key}`);
  return null;
}

function select(key, { scrollText = true, scrollPanel = true, step = 0 } = {}) {
  for (const el of els.text.querySelectorAll('.lit')) el.classList.remove('lit');
  for (const el of document.querySelectorAll('.selected')) el.classList.remove('selected');
  for (const el of document.querySelectorAll('[aria-pressed="true"]')) el.setAttribute('aria-pressed', 'false');
  if (!key || (selected === key && !step && scrollText)) {
    selected = null;
    return;
  }
  selected = key;
  const marks = segEls.get(key) || [];
  for (const el of marks) el.classList.add('lit');
  const panel = panelElementFor(key);
  if (panel) {
    panel.classList.add('selected');
    for (const b of panel.querySelectorAll(`[data-select="${key}"]`)) b.setAttribute('aria-pressed', 'true');
    if (scrollPanel) panel.scrollIntoView({ block: 'nearest' });
  }
  if (scrollText && marks.length) {
    // Step through the occurrences (a mention may be cut into several segments).
    const starts = segStarts.get(key) || marks;
    const i = step ? ((cursor.get(key) ?? 0) + step) % starts.length : 0;
    cursor.set(key, i);
    for (const el of els.text.querySelectorAll('.current')) el.classList.remove('current');
    starts[i].classList.add('current');
    starts[i].scrollIntoView({ block: 'center' });
  }
}

function gotoOffset(at) {
  // Scroll the article to a UTF-16 offset (used by the gist).
  let pos = 0;
  let nodes = els.text.childNodes;
  for (const block of els.text.children) {
    const len = block.textContent.length;
    if (pos + len > at) {
      nodes = block.childNodes;
      break;
    }
    pos += len;
  }
  for (const node of nodes) {
    const len = node.textContent.length;
    if (pos + len > at) {
      const el = node.nodeType === 1 ? node : node.previousElementSibling || node.nextElementSibling || node.parentElement || els.text;
      el.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      if (node.nodeType === 3) {
        range.setStart(node, at - pos);
        range.setEnd(node, at - pos);
        const sel = getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
      }
      return;
    }
    pos += len;
  }
}

document.addEventListener('click', (ev) => {
  const t = ev.target instanceof Element ? ev.target : null;
  if (!t) return;
  const sel = t.closest('[data-select]');
  if (sel) {
    select(sel.dataset.select, { scrollPanel: false });
    return;
  }
  const next = t.closest('[data-next]');
  if (next) {
    if (selected !== next.dataset.next) select(next.dataset.next, { scrollPanel: false });
    else select(next.dataset.next, { scrollPanel: false, step: 1 });
    return;
  }
  const go = t.closest('[data-goto]');
  if (go) {
    gotoOffset(Number(go.dataset.goto));
    return;
  }
  const pick = t.closest('#text [data-pick]');
  if (pick && !String(getSelection() || '')) {
    const key = pick.dataset.pick;
    if (key.startsWith('s')) return;
    select(key, { scrollText: false });
    for (const el of els.text.querySelectorAll('.current')) el.classList.remove('current');
    pick.classList.add('current');
  }
});

// ---------------------------------------------------------------- exports

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'vh' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const EXPORT_NAMES = {
  json: 'dossier.json', markdown: 'dossier-brief.md', 'claims-csv': 'dossier-claims.csv', 'dates-csv': 'dossier-dates.csv',
};

/** [file name, Blob] of an export of the whole current result (made by the worker). */
async function exportBody(kind) {
  const all = await current.exports;
  if (!all[kind]) throw new Error(`no export called ${kind}`);
  return [EXPORT_NAMES[kind], all[kind]];
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    els.copyBuffer.value = text;
    els.copyBuffer.select();
    const ok = document.execCommand('copy');
    els.copyBuffer.value = '';
    return ok;
  }
}

$('export').addEventListener('click', async (ev) => {
  const b = ev.target instanceof Element ? ev.target.closest('button') : null;
  if (!b || !current) return;
  try {
    if (b.dataset.export) {
      const [name, blob] = await exportBody(b.dataset.export);
      download(name, blob);
      setStatus(`Saved ${name}.`);
    } else if (b.dataset.copy) {
      const [, blob] = await exportBody(b.dataset.copy);
      const ok = await copyText(await blob.text());
      setStatus(ok ? `Copied the ${b.dataset.copy === 'json' ? 'JSON' : 'brief'} to the clipboard.` : 'Could not copy: the browser refused.', { error: !ok });
    }
  } catch (e) {
    setStatus(`Could not export: ${e.message}`, { error: true });
  }
  if (b.id === 'print') {
    window.print();
  }
});

// ---------------------------------------------------------------- input: files, paste, sample

function setArticle(text, how, label = '') {
  if (text.length > BIG_TEXT) {
    bigText = text;
    els.article.value = `${text.slice(0, BIG_PREVIEW)}\n\n[… and ${(text.length - BIG_PREVIEW).toLocaleString('en')} more characters, not shown here. The whole article is summarised. Clear to start again.]`;
    els.article.readOnly = true;
  } else {
    bigText = null;
    els.article.value = text;
    els.article.readOnly = false;
  }
  articleLabel = label;
  dateFromUser = false;
  els.refdate.value = '';
  els.refnote.textContent = 'detected from the article, or today';
  setStatus(how);
}

async function htmlToText(html) {
  await workerReady;
  const r = await request({ type: 'htmlToText', html });
  return r.text;
}

async function openFile(file) {
  if (!file) return;
  if (file.size > MAX_FILE_BYTES) {
    setStatus(`${file.name} is too large (${(file.size / 1e6).toFixed(1)} MB; the limit is 32 MB).`, { error: true });
    return;
  }
  try {
    let text = await file.text();
    const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
    if (isHtml) text = await htmlToText(text);
    setArticle(text, `Opened ${file.name}${isHtml ? ' (web page, read as text)' : ''}.`, file.name);
    await run();
  } catch (e) {
    setStatus(`Could not open ${file.name}: ${e.message}`, { error: true });
  }
}

els.open.addEventListener('click', () => els.file.click());
els.file.addEventListener('change', () => {
  openFile(els.file.files[0]);
  els.file.value = '';
});

els.sample.addEventListener('click', async () => {
  try {
    const inline = document.getElementById('dossier-sample');
    const text = inline ? inline.textContent : await (await fetch(new URL('./pkg/sample.txt', import.meta.url))).text();
    setArticle(text, 'Loaded the sample article.', 'Sample article');
    await run();
  } catch (e) {
    setStatus(`Could not load the sample: ${e.message}`, { error: true });
  }
});

els.clear.addEventListener('click', () => {
  setArticle('', 'Cleared.');
  current = null;
  els.results.hidden = true;
  els.article.focus();
});

// Pasting a web page: use the clipboard's HTML flavour, read as clean text by the core.
els.article.addEventListener('paste', async (ev) => {
  const plain = ev.clipboardData?.getData('text/plain') || '';
  if (bigText !== null || plain.length > BIG_TEXT) {
    // Too long for the text box: keep it aside (replacing what was there).
    ev.preventDefault();
    if (plain) setArticle(plain, `Pasted a long article (${(plain.length / 1e6).toFixed(1)} million characters).`, 'Pasted article');
    return;
  }
  const html = ev.clipboardData?.getData('text/html');
  if (!html || !/<(p|div|br|h\d|article|li|section|span|a)\b/i.test(html)) return;
  ev.preventDefault();
  const { selectionStart: s, selectionEnd: e } = els.article;
  try {
    const text = (await htmlToText(html)).trim();
    if (text.length + els.article.value.length > BIG_TEXT) {
      setArticle(text, 'Pasted a long web page as text.', 'Pasted web page');
      return;
    }
    els.article.setRangeText(text, s, e, 'end');
    setStatus('Pasted the web page as text.');
  } catch {
    els.article.setRangeText(ev.clipboardData.getData('text/plain'), s, e, 'end');
  }
  els.article.dispatchEvent(new Event('input'));
});

// Files dropped anywhere on the page.
let dragDepth = 0;
const hasFiles = (ev) => [...(ev.dataTransfer?.types || [])].includes('Files');
document.addEventListener('dragenter', (ev) => {
  if (!hasFiles(ev)) return;
  ev.preventDefault();
  dragDepth++;
  els.drop.hidden = false;
});
document.addEventListener('dragleave', (ev) => {
  if (!hasFiles(ev)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) els.drop.hidden = true;
});
document.addEventListener('dragover', (ev) => {
  if (hasFiles(ev)) ev.preventDefault();
});
document.addEventListener('drop', (ev) => {
  if (!hasFiles(ev)) return;
  ev.preventDefault();
  dragDepth = 0;
  els.drop.hidden = true;
  openFile(ev.dataTransfer.files[0]);
});

// ---------------------------------------------------------------- local history (opt-in)

// Nothing is stored unless the user turns history on; turning it off deletes it all.
const HISTORY_KEY = 'dossier.history';
const HISTORY_MAX_ENTRIES = 20;
const HISTORY_MAX_CHARS = 1_500_000; // all entries together, well inside localStorage limits
const historyEls = { on: $('history-on'), list: $('history-list'), clear: $('history-clear') };

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage refused (file://, private modes)
  }
}

function loadHistory() {
  try {
    const v = JSON.parse(storage()?.getItem(HISTORY_KEY) || 'null');
    return v && Array.isArray(v.entries) ? v : null;
  } catch {
    return null;
  }
}

function saveHistory(h) {
  try {
    storage()?.setItem(HISTORY_KEY, JSON.stringify(h));
    return true;
  } catch {
    setStatus('The history could not be saved: the browser storage is full or refused.', { error: true });
    return false;
  }
}

function renderHistory() {
  const hist = loadHistory();
  historyEls.on.checked = Boolean(hist);
  const entries = hist ? hist.entries : [];
  historyEls.clear.hidden = !entries.length;
  historyEls.list.replaceChildren(...entries.map((e, i) => h('li', {},
    h('button', { type: 'button', class: 'linkish', 'data-history': i }, e.title),
    h('span', { class: 'hint' }, ` ${e.savedAt.slice(0, 16).replace('T', ' ')}, ${e.text.length.toLocaleString('en')} characters`))));
}

function remember(text, referenceDate) {
  const hist = loadHistory();
  if (!hist || text.length > HISTORY_MAX_CHARS) return;
  const title = clip(text.split('\n').find((l) => l.trim()) || 'Untitled', 90);
  const entries = [{ title, text, referenceDate, savedAt: new Date().toISOString() },
    ...hist.entries.filter((e) => e.text !== text)];
  let total = 0;
  hist.entries = entries.slice(0, HISTORY_MAX_ENTRIES).filter((e) => (total += e.text.length) <= HISTORY_MAX_CHARS);
  saveHistory(hist);
  renderHistory();
}

historyEls.on.addEventListener('change', () => {
  if (historyEls.on.checked) {
    saveHistory({ entries: [] });
    if (current) remember(articleText(), dateFromUser ? els.refdate.value : null);
    setStatus('Local history is on: articles you summarise are kept in this browser.');
  } else {
    storage()?.removeItem(HISTORY_KEY);
    setStatus('Local history is off and deleted.');
  }
  renderHistory();
});
historyEls.clear.addEventListener('click', () => {
  if (loadHistory()) saveHistory({ entries: [] });
  renderHistory();
  setStatus('History cleared.');
});
historyEls.list.addEventListener('click', async (ev) => {
  const b = ev.target instanceof Element ? ev.target.closest('[data-history]') : null;
  const e = b && loadHistory()?.entries[Number(b.dataset.history)];
  if (!e) return;
  setArticle(e.text, 'Loaded from the history.', e.title);
  if (e.referenceDate) {
    els.refdate.value = e.referenceDate;
    dateFromUser = true;
  }
  await run();
});

// ---------------------------------------------------------------- keys and controls

els.summarise.addEventListener('click', run);
els.cancel.addEventListener('click', () => {
  cancelWork();
  els.summarise.focus();
});
els.article.addEventListener('input', () => {
  articleLabel = '';
  if (els.article.value.length > BIG_TEXT) setArticle(els.article.value, 'The article is long: it is kept aside and the box shows its beginning.');
});
els.refdate.addEventListener('input', () => {
  dateFromUser = Boolean(els.refdate.value);
  els.refnote.textContent = dateFromUser ? 'set by you' : 'detected from the article, or today';
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
    ev.preventDefault();
    run();
  } else if (ev.key === 'Escape') {
    if (running) cancelWork();
    else if (selected) select(null);
  }
});

// ---------------------------------------------------------------- start

startWorker();
renderHistory();
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && !document.getElementById('dossier-worker-src')) {
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch(() => {});
}
// For tests and the curious: the last result.
Object.defineProperty(window, 'dossierResult', { get: () => current && current.result });
