import { loadPagefindUi, typeInto } from './pagefind-ui.ts';
import { RESULTS_RESULT, withTemplate } from './templates.ts';

interface InputElement extends HTMLElement {
  inputEl?: HTMLInputElement | null;
}

/** Runs the search named in ?q= and keeps ?q= in step with what the user types, for sharing. */
export async function startSearchPage(): Promise<void> {
  document.querySelector('[data-needs-js]')?.remove();
  const results = document.querySelector('[data-search-page] pagefind-results');
  // The template must be in place before the element upgrades when the script loads.
  if (results) withTemplate(results as HTMLElement, RESULTS_RESULT);
  await loadPagefindUi();
  const field = document.querySelector<InputElement>('[data-search-page] pagefind-input');
  const input = field?.inputEl;
  if (!input) return;

  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (query) typeInto(input, query);
  input.focus();

  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
