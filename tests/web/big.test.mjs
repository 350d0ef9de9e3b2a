// Big input (issue 6): a 10 MB paste is kept out of the text box, summarising shows
// progress and can be cancelled, and a long article's results are drawn in part with a note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, runs, waitRun, paste, SEED } from './helpers.mjs';

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

const repeat = (chars) => (SEED + '\n\n').repeat(Math.ceil(chars / (SEED.length + 2)));

test('a 10 MB paste: progress, cancel, and the page keeps working', async () => {
  const { page, context, errors, outside } = await openPage(browser, server.url);
  try {
    await paste(page, repeat(10_000_000));
    const box = page.getByRole('textbox', { name: 'Article' });
    assert.ok(await box.evaluate((el) => el.readOnly), 'the box shows a read-only preview');
    assert.ok((await box.inputValue()).length < 30_000);
    assert.match(await page.getByRole('status').innerText(), /Pasted a long article \(10\.\d million characters\)/);
    const n = await runs(page);
    await page.getByRole('button', { name: 'Summarise', exact: true }).click();
    const progress = page.getByRole('progressbar', { name: 'Summarising' });
    await progress.waitFor();
    assert.match(await page.getByRole('status').innerText(), /Summarising \(10\.\d million characters\)/);
    // The page answers while the worker runs: the date control still takes input.
    await page.getByLabel('Reference date').fill('2025-05-20');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitRun(page, n);
    assert.match(await page.getByRole('status').innerText(), /Cancelled/);
    assert.ok(await progress.isHidden());
    assert.ok(await page.getByRole('button', { name: 'Cancel' }).isHidden());
    // A fresh worker takes the next article.
    await page.getByRole('button', { name: 'Clear' }).click();
    assert.equal(await box.evaluate((el) => el.readOnly), false);
    await box.fill('Putin spoke on Monday.');
    const m = await runs(page);
    await page.getByRole('button', { name: 'Summarise', exact: true }).click();
    await waitRun(page, m);
    assert.match(await page.getByRole('status').innerText(), /[Dd]one in/);
    assert.equal((await page.evaluate(() => window.dossierResult)).text, 'Putin spoke on Monday.');
    // Escape cancels too.
    await paste(page, repeat(3_000_000));
    const k = await runs(page);
    await page.getByRole('button', { name: 'Summarise', exact: true }).click();
    await progress.waitFor();
    await page.keyboard.press('Escape');
    await waitRun(page, k);
    assert.match(await page.getByRole('status').innerText(), /Cancelled/);
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a long article is summarised whole and drawn in part, with a note', async () => {
  const { page, context, errors } = await openPage(browser, server.url);
  try {
    const text = repeat(450_000);
    await paste(page, text);
    const n = await runs(page);
    await page.getByRole('button', { name: 'Summarise', exact: true }).click();
    await waitRun(page, n);
    const r = await page.evaluate(() => window.dossierResult);
    assert.equal(r.text.length, text.length, 'the whole article was summarised');
    const note = page.locator('#text-note');
    assert.ok(await note.isVisible());
    assert.match(await note.innerText(), /Showing the first [\d,]+ of [\d,]+ characters/);
    const drawn = (await page.locator('#text').textContent()).length;
    assert.ok(drawn < text.length && drawn > 100_000, `drew ${drawn} characters`);
    // What crossed to the page is trimmed to what it draws; the totals come with it.
    assert.ok(r.counts, 'a trimmed result carries the whole counts');
    assert.ok(r.counts.dates > r.dates.length, `${r.counts.dates} dates in all, ${r.dates.length} sent`);
    assert.ok(r.counts.claims > r.claims.length, `${r.counts.claims} claims in all, ${r.claims.length} sent`);
    assert.ok(await page.locator('#dates .mentions > li').count() <= 400);
    assert.ok(await page.locator('#text.long .block').count() > 10, 'a long article is drawn in blocks');
    assert.match(await page.getByRole('status').innerText(), new RegExp(`${r.counts.dates} dates, ${r.counts.claims} claims`));
    // The JSON export is the whole result, made in the worker.
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'JSON', exact: true }).click(),
    ]);
    const whole = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
    assert.equal(whole.text, text);
    assert.equal(whole.dates.length, r.counts.dates);
    assert.equal(whole.claims.length, r.counts.claims);
    assert.equal(whole.actors.length, r.counts.actors);
    assert.equal(whole.counts, undefined);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
