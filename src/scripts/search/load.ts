// The search's data, requested by the page script the moment a box is reached for, so that it
// travels alongside the live search's own file instead of after it. Each loads once, however
// many boxes ask. The addresses come from the page (SearchBox.astro writes them with
// src/lib/paths.ts): importing paths.ts here would share it with other pages' scripts, and the
// bundler would then split it into a file of its own that every page has to fetch.
import type { PagefindFilters, PagefindResultData } from '../../lib/search-results.ts';

/** Per filter, per value: a number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Pagefind's JavaScript API, as far as the search uses it. */
export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  /** Loads the filter index (a search loads only the filters it is given) and counts pages. */
  filters(): Promise<FilterCounts>;
  search(
    term: string,
    options?: { filters?: PagefindFilters },
  ): Promise<{
    results: { id: string; data(): Promise<PagefindResultData> }[];
    /** Per value: how many results would remain with that value added to the chosen ones. */
    filters: FilterCounts;
    /** Per value: how many results of the query carry it, whatever is chosen. */
    totalFilters: FilterCounts;
  } | null>;
}

/** The addresses SearchBox.astro puts on the header search, under the site's base path. */
function address(name: 'searchRuntime' | 'searchBundle' | 'siteRoot' | 'answerData'): string {
  const value = document.querySelector<HTMLElement>('[data-site-search]')?.dataset[name];
  if (!value) throw new Error(`the page gives no address for ${name}`);
  return value;
}

/**
 * Pagefind also matches queries against page meta. A code's title ("400 Bad Request") is what
 * people type, so it counts as much as the page's best-weighted text; code pages put the header
 * fields they must carry in meta "headers", so that "Unsupported" also finds 420 and not only
 * the codes with the word in their phrase. Tuned against the searches in tests/e2e.
 */
const RANKING = { metaWeights: { title: 10, headers: 10 } };

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind from the index's own folder, where the build writes it in step with the index. It
 * searches on the main thread: its worker would add a 12 KB script to the first search, and a
 * query over this index takes a few milliseconds.
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ address('searchRuntime'))) as Pagefind;
    await api.options({
      basePath: address('searchBundle'),
      baseUrl: address('siteRoot'),
      noWorker: true,
      ranking: RANKING,
      excerptLength: 24,
    });
    await api.init();
    return api;
  })();
  return pagefind;
}

let answerData: Promise<unknown> | undefined;

/** The instant answers' data: a few KB built from the content. */
function loadAnswerData(): Promise<unknown> {
  answerData ??= fetch(address('answerData')).then((response) => {
    if (!response.ok) throw new Error(`answers.json: ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  return answerData;
}

/** What the live search is handed: the loads this script started, shared by every box. */
export const loaders = { pagefind: loadPagefind, answerData: loadAnswerData };
export type Loaders = typeof loaders;
