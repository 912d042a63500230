import { markdownLink, shareableUrl } from '../lib/links.ts';

export function enhanceCopyLinks(): void {
  if (!navigator.clipboard) return;
  for (const host of document.querySelectorAll<HTMLElement>('[data-copy-links]')) {
    const status = host.querySelector<HTMLElement>('.status');
    const label = host.dataset.label ?? document.title;
    host.hidden = false;
    host.addEventListener('click', async (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
      if (!button || !status) return;
      const url = shareableUrl(location);
      const markdown = button.dataset.copy === 'markdown';
      try {
        await navigator.clipboard.writeText(markdown ? markdownLink(label, url) : url);
        status.textContent = markdown ? 'Copied Markdown link' : 'Copied link';
      } catch {
        status.textContent = 'Could not copy: copy the address from the address bar';
      }
    });
  }
}
