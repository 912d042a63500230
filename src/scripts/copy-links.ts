import { markdownLink, sectionUrl, shareableUrl } from '../lib/links.ts';

/** Button texts for the page and for a section: [page, section]. */
const TEXTS: Record<string, [string, string]> = {
  url: ['Copy link', 'Copy section link'],
  markdown: ['Copy as Markdown', 'Copy section as Markdown'],
};

/** The section heading the address names (#headers), with its text, if it names one. */
function currentSection(): { id: string; title: string } | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const heading = id ? document.getElementById(id) : null;
  if (!heading?.matches('main :is(h2, h3)')) return null;
  const anchor = heading.querySelector('.anchor')?.textContent ?? '';
  return { id, title: heading.textContent!.replace(anchor, '').trim() };
}

/**
 * "Copy link" and "Copy as Markdown" copy the page, or the section the address names when the
 * reader followed or clicked a section's # link; the buttons say which.
 */
export function enhanceCopyLinks(): void {
  if (!navigator.clipboard) return;
  // Several components on one page call this; each host is wired once.
  for (const host of document.querySelectorAll<HTMLElement>(
    '[data-copy-links]:not([data-ready])',
  )) {
    host.dataset.ready = '';
    const status = host.querySelector<HTMLElement>('.status')!;
    // A host with data-text copies that text (a header line); its button keeps its own label.
    const fixedText = host.dataset.text;
    const buttons = host.querySelectorAll<HTMLButtonElement>('button[data-copy]');
    const label = host.dataset.label ?? document.title;
    const show = () => {
      status.textContent = '';
      if (fixedText !== undefined) return;
      const section = Number(currentSection() !== null);
      for (const button of buttons) button.textContent = TEXTS[button.dataset.copy!]![section]!;
    };
    show();
    addEventListener('hashchange', show);
    host.hidden = false;
    host.addEventListener('click', async (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      try {
        if (fixedText !== undefined) {
          await navigator.clipboard.writeText(fixedText);
          status.textContent = 'Copied';
          return;
        }
        const section = currentSection();
        const url = section ? sectionUrl(location, section.id) : shareableUrl(location);
        const markdown = button.dataset.copy === 'markdown';
        const what = section ? ` to “${section.title}”` : '';
        await navigator.clipboard.writeText(
          markdown ? markdownLink(section ? `${label}: ${section.title}` : label, url) : url,
        );
        status.textContent = `Copied ${markdown ? 'Markdown link' : 'link'}${what}`;
      } catch {
        status.textContent = 'Could not copy: copy the address from the address bar';
      }
    });
  }
}
