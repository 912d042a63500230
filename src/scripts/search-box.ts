import { loadPagefindUi, typeInto } from './pagefind-ui.ts';
import { SEARCHBOX_RESULT, withTemplate } from './templates.ts';
import { codePath } from '../lib/paths.ts';

interface SearchboxElement extends HTMLElement {
  inputEl?: HTMLInputElement | null;
}

const STATUS_CODE = /^\s*([1-6]\d\d)\s*$/;

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
      await loadPagefindUi();
      const box = withTemplate(
        document.createElement('pagefind-searchbox') as SearchboxElement,
        SEARCHBOX_RESULT,
      );
      box.setAttribute('instance', 'header');
      box.setAttribute('placeholder', input.placeholder);
      box.setAttribute('hide-shortcut', '');
      // Each shown result fetches its own fragment; five fit the dropdown without scrolling.
      box.setAttribute('max-results', '5');
      const hadFocus = document.activeElement === input;
      form.replaceWith(box);
      if (input.value) typeInto(box.inputEl, input.value);
      if (hadFocus) box.inputEl?.focus();
    };

    input.addEventListener('focus', upgrade);
    // Focused before this script ran (a quick click or autofocus): upgrade now.
    if (document.activeElement === input) void upgrade();
    // Start fetching while the pointer approaches, so the box is live by the time it is clicked.
    input.addEventListener('pointerenter', () => void loadPagefindUi(), { once: true });
  }

  document.addEventListener('keydown', jumpToCode, { capture: true });
  document.addEventListener('keydown', focusOnSlash);
}

/** Enter on a bare status code opens its page (every /100/ … /699/ exists) instead of a result. */
function jumpToCode(event: KeyboardEvent): void {
  const target = event.target;
  if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
  if (!target.closest('pagefind-searchbox, pagefind-input, [data-site-search]')) return;
  const code = STATUS_CODE.exec(target.value)?.[1];
  if (!code) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  location.assign(codePath(Number(code)));
}

/** "/" is the usual shortcut for a site's search box. */
function focusOnSlash(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable]');
  if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const input = document.querySelector<HTMLInputElement>(
    '[data-site-search] input, pagefind-searchbox input',
  );
  if (!input) return;
  event.preventDefault();
  input.focus();
}
