// The page people keep open (issue 6): input (paste as HTML, file open and drop, sample),
// exports, cross-highlighting, keyboard and axe-core, phone layout, themes, print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, summarise, runs, waitRun, SEED, ROOT } from './helpers.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Open a fresh page, run `fn(page)`, then check no console errors and nothing from outside. */
async function withPage(fn, contextOptions = {}) {
  const { page, context, errors, outside } = await openPage(browser, server.url, contextOptions);
  try {
    await fn(page, context);
    assert.deepEqual(outside, [], 'no request outside the page origin');
    assert.deepEqual(errors, [], 'no console errors');
  } finally {
    await context.close();
  }
}

const result = (page) => page.evaluate(() => window.dossierResult);

async function clickAndWait(page, locator) {
  const n = await runs(page);
  await locator.click();
  await waitRun(page, n);
}

test('sample article button loads the seed and summarises it', () => withPage(async (page) => {
  await clickAndWait(page, page.getByRole('button', { name: 'Sample article' }));
  assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), SEED);
  assert.ok((await result(page)).summary.length >= 1);
}));

test('open a .txt file, an .html file, and drop a .md file', () => withPage(async (page) => {
  const n0 = await runs(page);
  await page.locator('#file').setInputFiles({
    name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from('Putin spoke in Moscow on Monday.\n'),
  });
  await waitRun(page, n0);
  assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), 'Putin spoke in Moscow on Monday.\n');
  assert.match(await page.getByRole('status').innerText(), /story\.txt/);

  const n1 = await runs(page);
  await page.locator('#file').setInputFiles({
    name: 'page.html', mimeType: 'text/html',
    buffer: Buffer.from('<html><head><script>window.__pwned=1</script><style>p{}</style></head><body><nav>Home | World</nav><p>Trump &amp; Putin spoke on Tuesday.</p><p>Talks go on.</p></body></html>'),
  });
  await waitRun(page, n1);
  const text = await page.getByRole('textbox', { name: 'Article' }).inputValue();
  assert.match(text, /Trump & Putin spoke on Tuesday\./);
  assert.doesNotMatch(text, /__pwned|<p>/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  const n2 = await runs(page);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['# Notes\n\nZelenskyy spoke in Kyiv on 19 May 2025.\n'], 'notes.md', { type: 'text/markdown' }));
    const target = document.querySelector('main');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  });
  await waitRun(page, n2);
  assert.match(await page.getByRole('textbox', { name: 'Article' }).inputValue(), /Zelenskyy spoke in Kyiv/);
  assert.ok(await page.locator('#drop-overlay').isHidden());
  assert.ok((await result(page)).dates.some((d) => d.value === '2025-05-19'));
}));

test('pasting a web page uses the HTML flavour as clean text', () => withPage(async (page) => {
  const box = page.getByRole('textbox', { name: 'Article' });
  await box.focus();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<meta charset="utf-8"><div><h1>Talks</h1><p>Putin &amp; Trump <b>spoke</b>.</p><script>window.__pwned=1</script><p>Second paragraph.</p></div>');
    dt.setData('text/plain', 'Talks Putin & Trump spoke. Second paragraph.');
    document.getElementById('article').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.getElementById('article').value.includes('Second paragraph'));
  const text = await box.inputValue();
  assert.match(text, /Talks\n+Putin & Trump spoke\.\n+Second paragraph\./);
  assert.doesNotMatch(text, /<|__pwned/);
  // Plain-text pastes are left to the browser.
  assert.equal(await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'just text');
    const ev = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    document.getElementById('article').dispatchEvent(ev);
    return ev.defaultPrevented;
  }), false);
}));

async function download(page, name) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Export' }).getByRole('button', { name, exact: true }).click(),
  ]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), body: fs.readFileSync(file, 'utf8') };
}

/** Parse RFC 4180 CSV. */
function parseCSV(s) {
  const rows = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r') { /* skip */ } else if (c === '\n') {
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('exports: JSON, Markdown brief, claims and dates CSV, copy to the clipboard', () => withPage(async (page, context) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.slice(0, -1) });
  await page.getByLabel('Reference date').fill('2025-05-20');
  await summarise(page, SEED);
  const r = await result(page);

  const json = await download(page, 'JSON');
  assert.equal(json.name, 'dossier.json');
  assert.deepEqual(JSON.parse(json.body), r);
  assert.equal(JSON.parse(json.body).reference_date, '2025-05-20');

  const md = await download(page, 'Markdown brief');
  assert.equal(md.name, 'dossier-brief.md');
  assert.match(md.body, /^# Dossier brief\n/);
  assert.match(md.body, /Reference date: 2025-05-20 \(set by you\)/);
  for (const h of ['## Gist', '## Actors', '## Timeline', '## Claims']) assert.ok(md.body.includes(h), h);
  assert.ok(md.body.includes(`1. ${r.summary[0].text.slice(0, 40)}`), 'the gist leads the brief');
  for (const a of r.actors.slice(0, 3)) assert.ok(md.body.includes(`**${a.name}**`), a.name);
  if (r.dates.some((d) => d.value === '2025-05-19')) assert.match(md.body, /\*\*2025-05-19\*\* \(Monday 19 May 2025\)/);

  const dates = parseCSV((await download(page, 'Dates CSV')).body);
  assert.deepEqual(dates[0], ['text', 'type', 'value', 'start', 'end', 'context']);
  assert.equal(dates.length - 1, r.dates.length);
  dates.slice(1).forEach((row, i) => {
    assert.equal(row[0], r.dates[i].text);
    assert.equal(row[2], r.dates[i].value);
    assert.equal(r.text.slice(Number(row[3]), Number(row[4])), row[0]);
  });

  const claims = parseCSV((await download(page, 'Claims CSV')).body);
  assert.deepEqual(claims[0], ['speaker_id', 'speaker', 'source', 'cue', 'direct', 'score', 'content', 'start', 'end']);
  assert.equal(claims.length - 1, r.claims.length);
  claims.slice(1).forEach((row, i) => {
    assert.equal(row[4], String(r.claims[i].direct));
    assert.equal(Number(row[7]), r.claims[i].content.start);
  });

  await page.getByRole('button', { name: 'Copy brief' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), md.body);
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('{')));
  assert.deepEqual(JSON.parse(await page.evaluate(() => navigator.clipboard.readText())), r);
}));

test('CSV cells cannot become spreadsheet formulas', () => withPage(async (page) => {
  await summarise(page, '=HYPERLINK("http://x") was said on 19 May 2025, "quoted, with commas".');
  const rows = parseCSV((await download(page, 'Dates CSV')).body);
  for (const row of rows.slice(1)) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@]/);
}));

test('cross-highlighting: a panel entry lights its words, and words select their entry', () => withPage(async (page) => {
  await page.getByLabel('Reference date').fill('2025-05-20');
  await summarise(page, SEED);
  const r = await result(page);
  // Dates: choose "May 19" in the timeline, its words light up; choose the words, the entry is selected.
  const i = r.dates.findIndex((d) => d.text === 'May 19');
  assert.ok(i >= 0, 'May 19 is a date');
  const entry = page.locator(`[data-select="d${i}"]`);
  await entry.click();
  assert.equal(await entry.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await page.locator('#text .lit').allTextContents(), ['May 19']);
  assert.ok(await page.locator('#text .lit').first().isVisible());
  await page.locator('#text .lit').first().evaluate((el) => el.scrollIntoView());
  await page.getByRole('region', { name: 'Dates', exact: true }).evaluate((el) => el.querySelector('.panel, ol').scrollTo?.(0, 0));
  // Clicking another date's words selects that entry.
  const j = r.dates.findIndex((d, k) => k !== i && d.value !== r.dates[i].value);
  await page.locator('#text [data-pick="d' + j + '"]').first().click();
  assert.ok(await page.locator(`#date-d${j}`).evaluate((el) => el.classList.contains('selected') || !!el.closest('.selected')));
  assert.equal(await page.locator('#text .lit').first().textContent(), r.dates[j].text);
  // Actors: each mention of the chosen actor lights up, and Next steps through them.
  if (r.actors.length) {
    const a = r.actors[0];
    await page.locator(`[data-select="${a.id}"]`).first().click();
    const lit = await page.locator('#text .lit').allTextContents();
    assert.equal(lit.join(''), a.mentions.map((m) => m.text).join(''));
    if (a.mentions.length > 1) {
      await page.getByRole('button', { name: `Next mention of ${a.name}`, exact: true }).click();
      assert.equal(await page.locator('#text .current').count(), 1);
    }
    // Words of a mention select the actor's card.
    await page.locator(`#text [data-pick="${a.id}"]`).last().click();
    assert.ok(await page.locator(`#card-${a.id}`).evaluate((el) => el.classList.contains('selected')));
  }
  // Claims: choosing one lights its content.
  if (r.claims.length) {
    await page.locator('[data-select="c0"]').click();
    assert.ok((await page.locator('#text .lit').count()) >= 1);
  }
  // Escape clears the selection.
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#text .lit').count(), 0);
}));

test('keyboard only: reach the box, summarise, reach the results', () => withPage(async (page) => {
  // Tab from the top of the page: skip link, then the Article box.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to results');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  await page.keyboard.insertText('Putin met Trump in Helsinki on 16 July 2018.');
  const n = await runs(page);
  await page.keyboard.press('Control+Enter');
  await waitRun(page, n);
  // Every control in the results is reachable with Tab and shows a visible focus ring.
  const seen = new Set();
  for (let k = 0; k < 60; k++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const cs = getComputedStyle(el);
      return { id: el.id, text: el.textContent.trim().slice(0, 40), outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0, inResults: !!el.closest('#results') };
    });
    if (info.inResults) {
      assert.ok(info.outline, `focus is visible on ${info.text || info.id}`);
      seen.add(info.text || info.id);
    }
  }
  assert.ok(seen.has('JSON') && seen.has('Markdown brief'), [...seen].join(' | '));
  assert.ok([...seen].some((t) => t.includes('16 July 2018')), 'a timeline entry is reachable');
}));

test('axe-core finds no serious or critical violations, before and after summarising', () => withPage(async (page) => {
  const axe = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const check = async (when) => {
    await page.evaluate(axe);
    const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], when);
  };
  await check('empty page');
  await summarise(page, SEED);
  await page.locator('[data-select]').first().click();
  await check('with results');
  await page.emulateMedia({ colorScheme: 'dark' });
  await check('dark theme');
}, { bypassCSP: true }));

test('phone layout: one column, no sideways scrolling', () => withPage(async (page) => {
  await summarise(page, SEED);
  const m = await page.evaluate(() => {
    const box = (id) => document.getElementById(id).getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width: innerWidth,
      actors: box('actors-section'), dates: box('dates-section'), claims: box('claims-section'),
    };
  });
  assert.ok(m.scrollWidth <= m.width, `page is ${m.scrollWidth}px wide in a ${m.width}px viewport`);
  assert.ok(m.dates.top >= m.actors.bottom && m.claims.top >= m.dates.bottom, 'panels stacked');
  assert.ok(m.actors.width > m.width * 0.85);
  const btn = await page.getByRole('button', { name: 'Summarise', exact: true }).boundingBox();
  assert.ok(btn.height >= 36, 'touch-sized buttons');
}, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }));

test('light and dark themes follow the system', async () => {
  const bg = async (colorScheme) => {
    let out;
    await withPage(async (page) => {
      out = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    }, { colorScheme });
    return out;
  };
  const lum = (c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
  assert.ok(lum(await bg('light')) > 600, 'light background');
  assert.ok(lum(await bg('dark')) < 150, 'dark background');
});

test('print stylesheet prints the brief, not the controls', () => withPage(async (page) => {
  await summarise(page, SEED);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['#article', '#summarise', '#export', '#text']) {
    assert.ok(await page.locator(sel).isHidden(), `${sel} hidden in print`);
  }
  for (const name of ['Gist', 'Actors', 'Dates', 'Claims']) {
    assert.ok(await page.getByRole('region', { name, exact: true }).isVisible(), `${name} printed`);
  }
  const overflow = await page.locator('#dates-section').evaluate((el) => getComputedStyle(el).overflowY);
  assert.equal(overflow, 'visible', 'no scroll boxes on paper');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
}));

test('privacy: nothing is stored unless local history is on; history can be cleared and turned off', () => withPage(async (page) => {
  const stored = () => page.evaluate(() => ({ local: { ...localStorage }, session: sessionStorage.length, cookie: document.cookie }));
  await summarise(page, 'Putin spoke on Monday.');
  assert.deepEqual(await stored(), { local: {}, session: 0, cookie: '' }, 'nothing stored by default');
  await page.getByText('History', { exact: true }).click();
  await page.getByLabel('Keep a local history').check();
  assert.match(await page.getByRole('status').innerText(), /history is on/);
  await summarise(page, 'Trump answered on Tuesday.');
  const list = page.getByRole('list', { name: 'Saved articles' });
  assert.deepEqual(await list.getByRole('button').allInnerTexts(), ['Trump answered on Tuesday.', 'Putin spoke on Monday.']);
  // It survives a reload, and an entry opens again.
  await page.reload();
  await page.getByText('History', { exact: true }).click();
  assert.ok(await page.getByLabel('Keep a local history').isChecked());
  const n = await runs(page);
  await list.getByRole('button', { name: 'Putin spoke on Monday.' }).click();
  await waitRun(page, n);
  assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), 'Putin spoke on Monday.');
  await page.getByRole('button', { name: 'Clear history' }).click();
  assert.equal(await list.getByRole('button').count(), 0);
  await page.getByLabel('Keep a local history').uncheck();
  assert.deepEqual(await stored(), { local: {}, session: 0, cookie: '' }, 'turning history off deletes it');
}));
