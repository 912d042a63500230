/**
 * Registers the service worker (sw.js at the site's base, whose address the layout puts on
 * <body data-service-worker>) only for a reader who goes on reading: a page opened from a
 * ticket or a wiki registers nothing and downloads nothing more. From the second page on, the
 * worker keeps the pages and files the reader opens (src/scripts/service-worker.js); the whole
 * reference is kept only when asked for on /offline/. No imports, so the script stays inline.
 */
export function registerServiceWorker(): void {
  const script = document.body.dataset.serviceWorker;
  if (!script || !('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  // Once registered, the browser itself checks for a new worker on each visit.
  if (navigator.serviceWorker.controller) return;
  const site = new URL('.', new URL(script, location.href)).href;
  if (!document.referrer.startsWith(site)) return;
  const register = () => {
    navigator.serviceWorker
      .register(script)
      // Without a worker (a private window, a host that refuses it) the site works online.
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
