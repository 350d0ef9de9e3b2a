// Offline (issue 6): after one visit the service worker serves the page with the server
// gone, the worker and wasm load from its cache, and the manifest describes the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, runs, waitRun } from './helpers.mjs';

test('works offline after the first visit; the manifest names the app', async () => {
  const server = await serve();
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    // The manifest: relative start URL and scope, an icon, a name.
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      return (await fetch(link.href)).json();
    });
    assert.equal(manifest.short_name, 'Dossier');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.length >= 1);
    // Wait for the service worker to install (it caches the page's files) and take control.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const c = await caches.open(keys[0]);
      return (await c.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const f of ['/', '/app.js', '/worker.js', '/pkg/dossier.js', '/pkg/dossier_bg.wasm', '/pkg/sample.txt']) {
      assert.ok(cached.includes(f), `${f} cached (${cached.join(' ')})`);
    }
    // Cut the network: the server goes away entirely.
    await server.close();
    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.title(), 'Dossier: who, when and what was claimed');
    const n = await runs(page);
    await page.getByRole('button', { name: 'Sample article' }).click();
    await waitRun(page, n);
    assert.match(await page.getByRole('status').innerText(), /[Dd]one in/);
    const r = await page.evaluate(() => window.dossierResult);
    assert.ok(r.summary.length >= 1 && r.actors.length >= 1, 'summarised offline');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});
