// The service worker, published as sw.js at the site's base with the build's manifest in front
// of it (src/lib/offline.ts writes `self.OFFLINE`). It keeps one copy of the site per build:
// - installing a build fetches every file in the manifest into a cache named after the build,
//   and the worker takes over as soon as that copy is complete;
// - activating it deletes the caches of earlier builds of the same copy of the site;
// - pages and unversioned files come from the network while there is one, and from the cache
//   only when the network fails, so a page is never older than what the host serves;
// - files whose names carry a content hash never change, so they come from the cache first.

const { build, base, files, fallbacks } = /** @type {any} */ (self).OFFLINE;
// Several copies of the site can share an origin (/sip/ and /sip-test/): each only touches its
// own caches.
const CACHE_PREFIX = `sip-response-codes ${base} `;
const CACHE = `${CACHE_PREFIX}${build}`;
const IMMUTABLE = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/)/;
const STATUS_CODE_PAGE = /^[1-6]\d\d\/?$/;

const address = (path) => `${base}${path.slice(1)}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Revalidated with the host, so that an HTTP cache cannot slip an old copy in.
      await cache.addAll(files.map((path) => new Request(address(path), { cache: 'no-cache' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  const path = url.pathname.slice(base.length);
  event.respondWith(IMMUTABLE.test(path) ? cacheFirst(request) : networkFirst(request, path));
});

/** The copy of this build; queries never change a file (Pagefind adds ?ts= to one). */
async function cached(url) {
  const cache = await caches.open(CACHE);
  const found = await cache.match(url, { ignoreSearch: true });
  if (found || url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return found;
  // "/486" reaches the same page as "/486/", as on the host.
  return cache.match(`${url.pathname}/`);
}

async function cacheFirst(request) {
  return (await cached(new URL(request.url))) ?? fetch(request);
}

async function networkFirst(request, path) {
  try {
    return await fetch(request);
  } catch (error) {
    const found = await cached(new URL(request.url));
    if (found) return found;
    if (request.mode !== 'navigate') throw error;
    return fallback(path);
  }
}

/** A page for an address this copy does not hold, with the status the host would send. */
async function fallback(path) {
  const cache = await caches.open(CACHE);
  if (STATUS_CODE_PAGE.test(path)) {
    const page = await cache.match(address(fallbacks.unregisteredCode));
    if (page) return page;
  }
  const notFound = await cache.match(address(fallbacks.notFound));
  if (!notFound) return Response.error();
  return new Response(notFound.body, { status: 404, headers: notFound.headers });
}
