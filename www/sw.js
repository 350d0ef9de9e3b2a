// Offline support: keep the page's own files in a cache and serve them when the network
// is gone. Network first, so a new build is picked up as soon as it is online; the cache
// only answers when fetching fails. Only this site's own GET requests are touched.
const CACHE = 'dossier-v1';
const SHELL = [
  './', 'index.html', 'style.css', 'app.js', 'brief.js', 'worker.js', 'favicon.svg',
  'manifest.webmanifest', 'pkg/dossier.js', 'pkg/dossier_bg.wasm', 'pkg/sample.txt',
];

self.addEventListener('install', (ev) => {
  ev.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (ev) => {
  ev.waitUntil((async () => {
    for (const k of await caches.keys()) if (k !== CACHE) await caches.delete(k);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (ev) => {
  const req = ev.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  ev.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const res = await fetch(req);
      if (res.ok && res.type === 'basic') await cache.put(req, res.clone());
      return res;
    } catch (err) {
      const hit = await cache.match(req, { ignoreSearch: true }) ||
        (req.mode === 'navigate' ? await cache.match('./') : undefined);
      if (hit) return hit;
      throw err;
    }
  })());
});
