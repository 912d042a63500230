// The copy buttons' first step, part of every page's inline script: it shows them and loads
// their code (copy-links.ts) only when a reader reaches for one, or when the address names a
// section (the buttons then say "Copy section link"), so a first visit does not fetch it.
// Bundled on its own and imported by address, as the live search is (see search/boot.ts): a
// plain dynamic import would take this script out of the page into a file of its own.
import copyLinksUrl from './copy-live.ts?worker&url';

let loading: Promise<unknown> | undefined;

const load = () => (loading ??= import(/* @vite-ignore */ copyLinksUrl));

export function bootCopyLinks(): void {
  if (!navigator.clipboard) return;
  const hosts = document.querySelectorAll<HTMLElement>('[data-copy-links]');
  for (const host of hosts) {
    host.hidden = false;
    host.addEventListener('pointerenter', () => void load(), { once: true });
    host.addEventListener('focusin', () => void load(), { once: true });
    // A click that came before the code: copy once it is here (the click still counts as the
    // reader's gesture for the clipboard).
    host.addEventListener('click', (event) => {
      if (host.dataset.ready !== undefined) return;
      const button = (event.target as HTMLElement).closest('button');
      if (button) void load().then(() => button.click());
    });
  }
  if (hosts.length > 0 && location.hash) void load();
}
