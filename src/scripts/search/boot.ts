// The only search code a page loads before it is used: it waits for the reader to reach for a
// search box, then fetches the live search (answers, Pagefind) and hands the box over to it.
// Until then the box is the plain form to the search page, which works without JavaScript.
import { GO_LIVE, type GoLive } from './handoff.ts';
import { loaders } from './load.ts';
// The live search is bundled on its own, imports included: Vite's `?worker&url` does that for
// any module and gives its address (it runs here as an ordinary module, not as a worker).
// Imported by address, it spares every page Vite's module-preload helper, 0.7 KB gzip.
import liveSearchUrl from './live.ts?worker&url';

let live: Promise<unknown> | undefined;

/** Fetches the live search and its data at once, then hands it the box. */
async function goLive(box: HTMLElement, submitted = false): Promise<void> {
  void loaders.answerData();
  void loaders.pagefind();
  live ??= import(/* @vite-ignore */ liveSearchUrl);
  await live;
  const detail: GoLive = { loaders, submitted };
  box.dispatchEvent(new CustomEvent(GO_LIVE, { bubbles: true, detail }));
}

export function bootSearch(): void {
  for (const host of document.querySelectorAll<HTMLElement>('[data-site-search]')) {
    const form = host.querySelector('form');
    const input = form?.querySelector('input');
    if (!form || !input) continue;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void goLive(host);
    };
    input.addEventListener('focus', start, { once: true });
    // The pointer is on its way to the box: start fetching now, so it is live when clicked.
    input.addEventListener('pointerenter', start, { once: true });
    if (document.activeElement === input) start();
    // Enter before the live search has taken the box: it decides once it arrives (a bare code
    // still opens its page). Without it, the form goes to the search page as without JavaScript.
    form.addEventListener('submit', (event) => {
      if (input.dataset.searchInput !== undefined) return;
      event.preventDefault();
      started = true;
      goLive(host, true).catch(() => form.submit());
    });
  }

  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (page) void goLive(page);

  document.addEventListener('keydown', focusOnSlash);
}

/** "/" is the usual shortcut for a site's search box. */
function focusOnSlash(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable]');
  if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const input = document.querySelector<HTMLInputElement>('[data-site-search] input');
  if (!input) return;
  event.preventDefault();
  input.focus();
}
