// The admin app's service worker (hand-written): the app shell loads offline once visited, so an
// inspector who loses the connection on the spot can reopen the visit and keep recording findings
// (they wait in IndexedDB, see src/lib/offline-outbox.ts).
// - install: caches the shell ("/"), the assets it names, and the chunks the main script imports
//   (the lazily loaded pages), so a page visited once opens offline;
// - navigations: network first (the shell is refreshed when online), the cached shell offline;
// - /assets/*: cache first (their names carry a content hash);
// - never cached: /graphql, /files, /visits (minutes), /calendar, /reports, /templates, /healthz,
//   /readyz: answers with data are always asked of the server.
const CACHE = 'cchc-shell-v1';
const NEVER = /^\/(graphql|files|visits|calendar|reports\/|templates|healthz|readyz)(\/|$|\?)/;
const ASSET = /^\/assets\//;

async function precache() {
  const cache = await caches.open(CACHE);
  const shell = await fetch('/', { cache: 'no-store' });
  if (!shell.ok) return;
  const html = await shell.clone().text();
  await cache.put('/', shell);
  const named = new Set(html.match(/\/assets\/[\w.-]+\.(?:js|css)/g) ?? []);
  const scripts = [...named].filter((u) => u.endsWith('.js'));
  for (const script of scripts) {
    try {
      const body = await (await fetch(script)).text();
      for (const m of body.matchAll(/["'`](?:\.\/|\/assets\/|assets\/)([\w.-]+\.(?:js|css))["'`]/g)) {
        named.add(`/assets/${m[1]}`);
      }
    } catch {
      // offline while installing: what was named is cached, the rest when first used
    }
  }
  await Promise.all(
    [...named].map(async (url) => {
      try {
        const res = await fetch(url);
        if (res.ok) await cache.put(url, res);
      } catch {
        // skipped
      }
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NEVER.test(url.pathname)) return;

  if (request.mode === 'navigate') {
    // a download (a path with an extension) is not the app
    if (/\.[a-z0-9]{2,5}$/i.test(url.pathname)) return;
    event.respondWith(
      fetch(request)
        .then((response) => {
          const type = response.headers.get('content-type') ?? '';
          if (response.ok && type.includes('text/html')) {
            const copy = response.clone();
            void caches.open(CACHE).then((cache) => cache.put('/', copy));
          }
          return response;
        })
        .catch(async () => (await caches.match('/')) ?? Response.error()),
    );
    return;
  }

  if (ASSET.test(url.pathname)) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
