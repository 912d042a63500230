// Full-text search through Pagefind's JavaScript API, shaped into results the UI can draw.
import { resultView, type PagefindFilters, type ResultView } from '../../lib/search-results.ts';
import type { FilterCounts, Pagefind } from './load.ts';

/** One full-text search: how many pages match, and the shown ones on request. */
export interface PageSearch {
  total: number;
  /**
   * Results of the query per value of each filter, whatever is chosen, for the filter's labels;
   * null when the filter index had not arrived before the search (see `countResults`).
   */
  counts: FilterCounts | null;
  /** Whether these results' text is already here, so drawing them fetches nothing. */
  loaded(start: number, count: number): boolean;
  /** Loads the results from `start`: one small fragment file each, unless already loaded. */
  load(start: number, count: number): Promise<ResultView[]>;
}

/**
 * Resolves once the frame after this task has been painted: what a keystroke drew (the instant
 * answers) shows first, and Pagefind's work on the main thread (parsing the query, searching the
 * loaded index) starts in a task of its own instead of delaying that frame. A hidden page paints
 * no frames, so it goes on at once.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Pages whose fragment has been fetched; Pagefind keeps them, so they cost nothing again. */
const fetched = new Set<string>();

let filterIndex: Promise<unknown> | undefined;
let filterIndexLoaded = false;

/**
 * Pagefind counts results per filter value only once the filter index is loaded, and a search
 * loads only the filters it is given: without this, a search with no box ticked counts nothing.
 * One small file, fetched once, and only by the search page (the header box shows no counts).
 * The search page asks for it as soon as Pagefind is there; a search never waits for it, so the
 * first results are not held back by a file that only the counts need.
 */
export function loadFilterIndex(api: Pagefind): Promise<unknown> {
  filterIndex ??= api.filters().then(() => (filterIndexLoaded = true));
  return filterIndex;
}

/** The counts of a query once the filter index is here: a second search, after the results. */
export async function countResults(
  pagefind: Promise<Pagefind>,
  query: string,
  filters: PagefindFilters,
): Promise<FilterCounts> {
  const api = await pagefind;
  await loadFilterIndex(api);
  return (await api.search(query, { filters }))?.totalFilters ?? {};
}

export async function searchPages(
  pagefind: Promise<Pagefind>,
  query: string,
  { filters = {} }: { filters?: PagefindFilters } = {},
): Promise<PageSearch> {
  const api = await pagefind;
  const counted = filterIndexLoaded;
  const response = await api.search(query, { filters });
  const results = response?.results ?? [];
  const slice = (start: number, count: number) => results.slice(start, start + count);
  return {
    total: results.length,
    counts: counted ? (response?.totalFilters ?? {}) : null,
    loaded: (start, count) => slice(start, count).every(({ id }) => fetched.has(id)),
    async load(start, count) {
      const shown = slice(start, count);
      const data = await Promise.all(shown.map((result) => result.data()));
      for (const { id } of shown) fetched.add(id);
      return data.map(resultView).filter((view) => view !== null);
    },
  };
}

/**
 * Waits until `delay` ms after `since` (a keystroke's time), unless the results are already
 * here. The index lookup runs at every keystroke; only the text of the results, a few KB per
 * query, waits for a pause in typing, so the words typed on the way are not fetched for nothing.
 */
export function pauseBeforeFetching(
  search: PageSearch,
  shown: number,
  since: number,
  delay: number,
) {
  const wait = since + delay - performance.now();
  if (wait <= 0 || search.loaded(0, shown)) return Promise.resolve();
  return new Promise<void>((resolve) => setTimeout(resolve, wait));
}
