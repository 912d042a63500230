import { loadPagefindUi, typeInto } from './pagefind-ui.ts';

interface SearchboxElement extends HTMLElement {
  inputEl?: HTMLInputElement | null;
}

/**
 * The header search is a plain form that works without JavaScript (it submits to /search/).
 * The first time it is used, it is swapped for Pagefind's searchbox, carrying over what was typed.
 */
export function enhanceSearchBoxes(): void {
  for (const host of document.querySelectorAll<HTMLElement>('[data-site-search]')) {
    const form = host.querySelector('form');
    const input = form?.querySelector('input');
    if (!form || !input) continue;

    const upgrade = async () => {
      input.removeEventListener('focus', upgrade);
      input.removeEventListener('pointerenter', preload);
      await loadPagefindUi();
      const box = document.createElement('pagefind-searchbox') as SearchboxElement;
      box.setAttribute('instance', 'header');
      box.setAttribute('placeholder', input.placeholder);
      box.setAttribute('hide-shortcut', '');
      const hadFocus = document.activeElement === input;
      form.replaceWith(box);
      if (input.value) typeInto(box.inputEl, input.value);
      if (hadFocus) box.inputEl?.focus();
    };
    const preload = () => void loadPagefindUi();

    input.addEventListener('focus', upgrade);
    input.addEventListener('pointerenter', preload, { once: true });
  }

  // "/" is the usual shortcut for a site's search box.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable]');
    if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const input = document.querySelector<HTMLInputElement>(
      '[data-site-search] input, [data-site-search] pagefind-searchbox input',
    );
    if (!input) return;
    event.preventDefault();
    input.focus();
  });
}
