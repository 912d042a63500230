import { markdownLink, sectionUrl, shareableUrl } from '../lib/links.ts';

/** The section the address names (#headers), by its id and heading text, if it names one. */
function currentSection(): { id: string; title: string } | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const heading = id ? document.getElementById(id) : null;
  if (!heading || !/^H[2-6]$/.test(heading.tagName) || !heading.closest('main')) return null;
  const copy = heading.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.anchor').forEach((anchor) => anchor.remove());
  return { id, title: copy.textContent?.replace(/\s+/g, ' ').trim() ?? id };
}

/**
 * "Copy link" and "Copy as Markdown" copy the page, or the section the address names when the
 * reader followed or clicked a section's # link; the buttons say which.
 */
export function enhanceCopyLinks(): void {
  if (!navigator.clipboard) return;
  for (const host of document.querySelectorAll<HTMLElement>('[data-copy-links]')) {
    const status = host.querySelector<HTMLElement>('.status');
    const buttons = host.querySelectorAll<HTMLButtonElement>('button[data-copy]');
    const label = host.dataset.label ?? document.title;
    const show = () => {
      const section = currentSection() !== null;
      for (const button of buttons) {
        const markdown = button.dataset.copy === 'markdown';
        button.textContent = section
          ? markdown
            ? 'Copy section as Markdown'
            : 'Copy section link'
          : markdown
            ? 'Copy as Markdown'
            : 'Copy link';
      }
      if (status) status.textContent = '';
    };
    show();
    addEventListener('hashchange', show);
    host.hidden = false;
    host.addEventListener('click', async (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
      if (!button || !status) return;
      const section = currentSection();
      const url = section ? sectionUrl(location, section.id) : shareableUrl(location);
      const text = section ? `${label}: ${section.title}` : label;
      const markdown = button.dataset.copy === 'markdown';
      const what = section ? ` to “${section.title}”` : '';
      try {
        await navigator.clipboard.writeText(markdown ? markdownLink(text, url) : url);
        status.textContent = markdown ? `Copied Markdown link${what}` : `Copied link${what}`;
      } catch {
        status.textContent = 'Could not copy: copy the address from the address bar';
      }
    });
  }
}
