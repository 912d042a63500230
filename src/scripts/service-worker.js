// The service worker, published as sw.js at the site's base with its build's settings in front
// of it (src/lib/offline.ts writes `self.OFFLINE`). Nothing is downloaded that the reader did
// not ask for:
// - pages and files the reader opens are kept as they are used, in a bounded cache of this build;
// - pages and unversioned files come from the network while there is one, and from a cache only
//   when the network fails, so a page is never older than what the host serves;
// - files whose names carry a content hash never change, so they come from a cache first;
// - the whole reference is kept only when the reader asks for it (the /offline/ page sends
//   "keep"); once kept, a new build fetches its own whole copy before it takes over, and the
//   copies of earlier builds are then deleted.

const { build, base, fallbacks, manifest } = /** @type {any} */ (self).OFFLINE;
// Several copies of the site can share an origin (/sip/ and /sip-test/): each only touches its
// own caches.
const CACHE_PREFIX = `sip-response-codes ${base} `;
/** The whole reference, kept by the reader's choice. */
const KEPT = `${CACHE_PREFIX}${build}`;
/** What the reader opened, as it was opened. */
const USED = `${CACHE_PREFIX}used ${build}`;
const USED_LIMIT = 150;
/** Stored in the kept copy once every file is in it. */
const COMPLETE = `${base}__offline-complete__`;
const IMMUTABLE = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/)/;
const STATUS_CODE_PAGE = /^[1-6]\d\d\/?$/;

const address = (path) => `${base}${path.slice(1)}`;
const isKeptCopy = (name) => name.startsWith(CACHE_PREFIX) && !name.includes(' used ');

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const used = await caches.open(USED);
      // Revalidated with the host, so that an HTTP cache cannot slip an old copy in.
      await used.add(new Request(address(fallbacks.notKept), { cache: 'no-cache' }));
      // A reader who kept an earlier build's copy gets this build's whole copy before it serves.
      const earlier = (await caches.keys()).filter((name) => isKeptCopy(name) && name !== KEPT);
      if (earlier.length > 0) await keepAll();
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
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== KEPT && name !== USED)
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

self.addEventListener('message', (event) => {
  const type = event.data?.type;
  if (type === 'keep')
    event.waitUntil(keepAll().catch((error) => tell({ type: 'failed', message: String(error) })));
  else if (type === 'remove') event.waitUntil(removeKept());
  else if (type === 'status') event.waitUntil(report());
});

/** Whether this build's whole copy is complete. */
async function isKept() {
  return (await caches.has(KEPT)) && Boolean(await (await caches.open(KEPT)).match(COMPLETE));
}

/** What the reader chose, and how far keeping it has come. */
async function report() {
  tell({ type: 'status', kept: await isKept() });
}

/** Fetches every file of this build into the kept copy, telling the pages how far it is. */
async function keepAll() {
  const response = await fetch(address(manifest), { cache: 'no-cache' });
  const { files } = await response.json();
  const cache = await caches.open(KEPT);
  let done = 0;
  const queue = [...files];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await cache.add(new Request(address(path), { cache: 'no-cache' }));
      done++;
      if (done % 10 === 0 || done === files.length)
        tell({ type: 'progress', done, total: files.length });
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  await cache.put(COMPLETE, new Response(build));
  tell({ type: 'kept', files: files.length });
}

async function removeKept() {
  const names = (await caches.keys()).filter(isKeptCopy);
  await Promise.all(names.map((name) => caches.delete(name)));
  tell({ type: 'status', kept: false });
}

async function tell(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
    client.postMessage(message);
}

/** A file from the kept copy or the used files; queries never change a file (Pagefind adds ?ts=). */
async function cached(url) {
  for (const name of [KEPT, USED]) {
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    const found = await cache.match(url, { ignoreSearch: true });
    if (found) return found;
    // "/486" reaches the same page as "/486/", as on the host.
    if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) {
      const page = await cache.match(`${url.pathname}/`);
      if (page) return page;
    }
  }
  return undefined;
}

/** Keeps a copy of what was just fetched, dropping the oldest beyond the limit. */
async function remember(request, response) {
  if (!response.ok || response.type !== 'basic') return;
  const cache = await caches.open(USED);
  await cache.put(request, response.clone());
  const keys = await cache.keys();
  const notKept = address(fallbacks.notKept);
  const old = keys.filter((key) => key.url !== new URL(notKept, self.location.href).href);
  await Promise.all(
    old.slice(0, Math.max(0, old.length - USED_LIMIT)).map((key) => cache.delete(key)),
  );
}

async function cacheFirst(request) {
  const found = await cached(new URL(request.url));
  if (found) return found;
  const response = await fetch(request);
  await remember(request, response);
  return response;
}

async function networkFirst(request, path) {
  try {
    const response = await fetch(request);
    await remember(request, response);
    return response;
  } catch (error) {
    const found = await cached(new URL(request.url));
    if (found) return found;
    if (request.mode !== 'navigate') throw error;
    return fallback(path);
  }
}

/** A page for an address no copy holds, with the status the host would send. */
async function fallback(path) {
  if (await isKept()) {
    const cache = await caches.open(KEPT);
    if (STATUS_CODE_PAGE.test(path)) {
      const page = await cache.match(address(fallbacks.unregisteredCode));
      if (page) return page;
    }
    const notFound = await cache.match(address(fallbacks.notFound));
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
  // Not kept: say so, and how to keep the whole reference, rather than a browser error.
  const notKept = await caches.open(USED).then((cache) => cache.match(address(fallbacks.notKept)));
  if (!notKept) return Response.error();
  return new Response(notKept.body, { status: 503, headers: notKept.headers });
}
