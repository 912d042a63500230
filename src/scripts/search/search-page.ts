// The search page: answers above the full-text results, a class filter, more results on
// request, and ?q= kept in step with the field so the address can be shared.
import { codePath } from '../../lib/paths.ts';
import {
  classFilter,
  enterDestination,
  pauseAfter,
  searchStatus,
  TYPING_PAUSE_MS,
  wantsFullText,
} from '../../lib/search-results.ts';
import { fullTextQuery } from '../../lib/answers/full-text.ts';
import { loadAnswers, type FindAnswers } from './answers.ts';
import {
  afterNextPaint,
  countResults,
  loadFilterIndex,
  pauseBeforeFetching,
  searchPages,
  type PageSearch,
} from './engine.ts';
import type { Loaders } from './load.ts';
import { answerLink, element, resultLink } from './render.ts';

/** Results per page: each costs one small fragment file. */
const PAGE_SIZE = 10;

export function startSearchPage(root: HTMLElement, loaders: Loaders): void {
  const form = root.querySelector('form');
  const input = form?.querySelector('input');
  const answerList = root.querySelector<HTMLElement>('[data-answers]');
  const summary = root.querySelector<HTMLElement>('[data-search-summary]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const filter = root.querySelector<HTMLElement>('[data-search-filter]');
  if (!form || !input || !answerList || !summary || !list || !more || !filter) return;

  root.querySelector('[data-needs-js]')?.remove();
  for (const part of root.querySelectorAll<HTMLElement>('[data-live]')) part.hidden = false;
  input.dataset.searchInput = '';
  input.dataset.searchDebounce ??= String(TYPING_PAUSE_MS);

  let findAnswers: FindAnswers | null = null;
  let search: PageSearch | null = null;
  let shown = 0;
  let searchId = 0;

  const checked = () =>
    classFilter(
      [...filter.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value),
    );

  const drawAnswers = () => {
    const found = findAnswers?.(input.value) ?? [];
    answerList.replaceChildren(
      ...found.map((answer) => {
        const item = element('li', '');
        item.append(answerLink(answer));
        return item;
      }),
    );
    answerList.hidden = found.length === 0;
    return found;
  };

  const drawCounts = (counts: Record<string, number>) => {
    for (const box of filter.querySelectorAll<HTMLInputElement>('input')) {
      const count = box.closest('label')?.querySelector('[data-count]');
      if (count) count.textContent = `(${counts[box.value] ?? 0})`;
    }
  };

  const showMore = async (id: number) => {
    if (!search) return;
    const results = await search.load(shown, PAGE_SIZE);
    if (id !== searchId) return;
    list.append(
      ...results.map((result) => {
        const item = element('li', '');
        item.append(resultLink(result));
        return item;
      }),
    );
    shown += PAGE_SIZE;
    more.hidden = shown >= search.total;
  };

  /** Busy until both layers have answered the query: tests and assistive technology wait on it. */
  let searched = false;
  const busy = () => list.setAttribute('aria-busy', String(!searched || findAnswers === null));

  /**
   * Searches for what the field holds. `inputType`: how the field changed, null when it was not
   * typed into (the address, the filter), so nothing waits for a next key (see pauseAfter).
   */
  const update = async (inputType: string | null) => {
    const query = input.value.trim();
    const id = ++searchId;
    const typedAt = performance.now();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    const answers = drawAnswers();
    const typing = Number(input.dataset.searchDebounce) || 0;
    const pause = inputType === null ? 0 : pauseAfter(inputType, answers, typing);
    searched = !wantsFullText(query);
    busy();
    if (searched) {
      search = null;
      list.replaceChildren();
      summary.textContent = '';
      more.hidden = true;
      return;
    }
    // The answers just drawn are painted before Pagefind takes the main thread.
    await afterNextPaint();
    if (id !== searchId) return;
    const fullText = fullTextQuery(query, answers);
    const filters = checked();
    const found = await searchPages(loaders.pagefind(), fullText, { filters });
    if (id !== searchId) return;
    await pauseBeforeFetching(found, PAGE_SIZE, typedAt, pause);
    if (id !== searchId) return;
    search = found;
    shown = 0;
    list.replaceChildren();
    await showMore(id);
    if (id !== searchId) return;
    const counts = found.counts ?? (await countResults(loaders.pagefind(), fullText, filters));
    if (id !== searchId) return;
    drawCounts(counts.class ?? {});
    const status = searchStatus(query, answers.length, found.total);
    summary.textContent = status === 'No results' ? `No results for “${query}”` : status;
    searched = true;
    busy();
  };

  input.addEventListener('input', (event) => void update((event as InputEvent).inputType));
  filter.addEventListener('change', () => void update(null));
  more.addEventListener('click', () => void showMore(searchId));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const target = enterDestination(input.value, findAnswers?.(input.value) ?? [], codePath);
    if (target) location.assign(target);
  });

  input.value = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.focus();
  void loaders.pagefind().then(loadFilterIndex);
  void loadAnswers(loaders).then((find) => {
    findAnswers = find;
    drawAnswers();
    busy();
  });
  void update(null);
}
