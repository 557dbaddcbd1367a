// The public reader's service worker (served by the hub at /sw.js; the app and web mode never
// register it). It keeps the app shell (the page, its scripts, styles, every locale's strings,
// the icons) so the reader opens without a connection; the content for offline reading is the
// page's own per-language bundle (ui/src/offline.ts), not this file's concern. The build fills
// in VERSION and SHELL (vite.config.ts), so a new build is a new worker and a new cache.

const VERSION = '__VERSION__';
const SHELL = [] /* __SHELL__ */;
const CACHE = `peerguide-shell-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(['/', ...SHELL]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('peerguide-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The network first, so a shared link gets its server-rendered page and preview; without
    // one, the shell, which reads the route from the address itself.
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE }).then((hit) => hit ?? Response.error())));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
  // Everything else (the API, the bundles) goes to the network as if there were no worker.
});
