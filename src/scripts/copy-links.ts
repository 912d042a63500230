import { markdownLink, shareableUrl } from '../lib/links.ts';

export function enhanceCopyLinks(): void {
  if (!navigator.clipboard) return;
  // Several components on one page call this; each host is wired once.
  for (const host of document.querySelectorAll<HTMLElement>(
    '[data-copy-links]:not([data-ready])',
  )) {
    host.dataset.ready = '';
    const status = host.querySelector<HTMLElement>('.status');
    const label = host.dataset.label ?? document.title;
    host.hidden = false;
    host.addEventListener('click', async (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
      if (!button || !status) return;
      const url = shareableUrl(location);
      const kind = button.dataset.copy;
      // A host with data-text copies that text (a header line) instead of the page's link.
      const [text, done] =
        kind === 'text' && host.dataset.text !== undefined
          ? [host.dataset.text, 'Copied']
          : kind === 'markdown'
            ? [markdownLink(label, url), 'Copied Markdown link']
            : [url, 'Copied link'];
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = done;
      } catch {
        status.textContent = 'Could not copy: copy the address from the address bar';
      }
    });
  }
}
