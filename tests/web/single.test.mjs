// The single-file build (issue 6): www/pkg/dossier.html, made by `make build`, works when
// opened from disk: no server, no other file, nothing fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, summarise, runs, waitRun, WWW } from './helpers.mjs';

const FILE = path.join(WWW, 'pkg', 'dossier.html');

test('the single-file page works from file://', async () => {
  const html = fs.readFileSync(FILE, 'utf8');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/, 'everything inlined');
  const browser = await launch();
  try {
    const { page, context, errors, outside } = await openPage(browser, pathToFileURL(FILE).href);
    const n = await runs(page);
    await page.getByRole('button', { name: 'Sample article' }).click();
    await waitRun(page, n);
    assert.match(await page.getByRole('status').innerText(), /done in/);
    const r = await page.evaluate(() => window.dossierResult);
    assert.ok(r.actors.some((a) => a.name.includes('Putin')), 'Putin among actors');
    assert.ok(await page.getByRole('region', { name: 'Actors', exact: true }).getByRole('button', { name: /Trump/ }).first().isVisible());
    // Hostile markup stays text here too.
    await page.evaluate(() => {
      window.__pwned = 0;
    });
    await summarise(page, 'Putin said <img src=x onerror="window.__pwned=1"> on Monday.');
    assert.equal(await page.evaluate(() => window.__pwned), 0);
    assert.equal(await page.locator('#results img').count(), 0);
    // Exports work without a server.
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'JSON', exact: true }).click(),
    ]);
    const saved = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
    assert.equal(saved.text, (await page.evaluate(() => window.dossierResult)).text);
    assert.deepEqual(outside, [], 'nothing fetched from anywhere');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
  }
});
