/**
 * Registers the service worker that keeps the site for reading offline (sw.js, written by the
 * build at the site's base, whose address the layout puts on <body data-service-worker>). It
 * waits for the page to finish loading, so the first visit renders as fast as without it; the
 * worker then fetches its copy in the background. No imports, so the script stays inline.
 */
export function registerServiceWorker(): void {
  const script = document.body.dataset.serviceWorker;
  if (!script || !('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const register = () => {
    navigator.serviceWorker
      .register(script)
      // Without a worker (a private window, a host that refuses it) the site works online.
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
