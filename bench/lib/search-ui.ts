/**
 * How the benchmark finds its way around the site's search, whatever draws it. Each role is a
 * list of selectors: a data attribute that any search UI can carry comes first, then what
 * Pagefind's Component UI renders today. A rebuilt search keeps the benchmark working by putting
 * these attributes on its elements:
 *
 * - `[data-site-search]` (header) and `[data-search-page]` (the search page) hold a search box
 *   and everything it shows. Focusing the header's `input` is the first interaction: the search
 *   may load its code then, and swap that input for its own.
 * - `[data-search-input]` on the field the reader types into, once the search is live.
 * - `[data-search-result]` on each full-text result, with no text until its title is known (a
 *   placeholder stays empty). The first visible one with text is "the first result".
 * - `[data-answers]` on the element the instant answers render into, one per search box, inside
 *   its scope or anywhere on the page if the page has one box; present (even empty) whenever the
 *   answer layer is active. Each answer is a `[data-answer]` inside it with text. Answers count
 *   as painted at the first frame after they are in the document and visible. Without a
 *   `[data-answers]` element the answer timings read "not available".
 * - Answer data is JSON fetched from outside /pagefind/; that is how the first search's bytes
 *   are told apart from the index (see resources.ts).
 * - `[data-search-debounce]` on the element that delays the search after a keystroke, its value
 *   the delay in milliseconds, read again at each keystroke: the benchmark writes it to measure
 *   other delays. Pagefind's components keep it in their `debounce` property.
 */

export const SEARCH_UI = {
  scopes: { header: '[data-site-search]', searchPage: '[data-search-page]' },
  /** The header's plain form field, which works without JavaScript. */
  headerStart: '[data-site-search] input',
  input: ['[data-search-input]', 'pagefind-searchbox input', 'pagefind-input input'],
  result: ['[data-search-result]', 'a.pf-searchbox-result', 'a.pf-result-link'],
  answers: '[data-answers]',
  answer: '[data-answer]',
  debounce: ['[data-search-debounce]', 'pagefind-searchbox', 'pagefind-input'],
} as const;

export type SearchScope = keyof typeof SEARCH_UI.scopes;

/** Where each kind of search lives: the header box on a code page, or the search page. */
export const SEARCH_PAGES: Record<SearchScope, string> = {
  header: '/486/',
  searchPage: '/search/',
};

/** What the in-page probe looks for (see probe.ts). */
export interface ProbeSelectors {
  scope: string;
  result: string;
  answers: string;
  answer: string;
}

/** One selector for any of several, inside the scope. */
export function within(scope: SearchScope, selectors: readonly string[]): string {
  return `${SEARCH_UI.scopes[scope]} :is(${selectors.join(', ')})`;
}

export function probeSelectors(scope: SearchScope): ProbeSelectors {
  return {
    scope: SEARCH_UI.scopes[scope],
    result: `:is(${SEARCH_UI.result.join(', ')})`,
    answers: SEARCH_UI.answers,
    answer: SEARCH_UI.answer,
  };
}

/**
 * Runs in the page: the search delay of the box in the scope, in milliseconds, or null when
 * nothing there says.
 */
export function readDebounceInPage(selector: string): number | null {
  const element = document.querySelector(selector) as (HTMLElement & { debounce?: unknown }) | null;
  if (!element) return null;
  const value = element.dataset.searchDebounce ?? element.debounce;
  const ms = Number(value);
  return value === undefined || value === null || Number.isNaN(ms) ? null : ms;
}

/**
 * Runs in the page: sets the search delay of the box in the scope. Pagefind's components read
 * their `debounce` property at each keystroke; changing the attribute instead would redraw the
 * searchbox and leave its new field deaf to typing.
 */
export function writeDebounceInPage({ selector, ms }: { selector: string; ms: number }): void {
  const element = document.querySelector(selector) as (HTMLElement & { debounce?: unknown }) | null;
  if (!element) return;
  if (element.hasAttribute('data-search-debounce')) element.dataset.searchDebounce = String(ms);
  else if ('debounce' in element) element.debounce = ms;
}
