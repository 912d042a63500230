// The search's data, requested by the boot script the moment a box is reached for, so that it
// travels alongside the live search's own file instead of after it. Each loads once, however
// many boxes ask.
import { sitePath } from '../../lib/paths.ts';
import type { PagefindResultData } from '../../lib/search-results.ts';

/** Pagefind's JavaScript API, as far as the search uses it. */
export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{
    results: { id: string; data(): Promise<PagefindResultData> }[];
    /** Per filter, per value: how many results remain with that value chosen. */
    filters: Record<string, Record<string, number>>;
  } | null>;
}

/**
 * Pagefind also matches queries against page meta. A code's title ("400 Bad Request") is what
 * people type, so it counts as much as the page's best-weighted text; code pages put the header
 * fields they must carry in meta "headers", so that "Unsupported" also finds 420 and not only
 * the codes with the word in their phrase. Code pages also carry their reason phrase as meta
 * "phrase" (default weight), which puts the code that owns a phrase above the cause pages that
 * share its words (600 Busy Everywhere before FreeSWITCH's BUSY_EVERYWHERE). Tuned against the
 * searches in tests/e2e.
 */
const RANKING = { metaWeights: { title: 10, headers: 10 } };

let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind from the index's own folder, where the build writes it in step with the index. It
 * searches on the main thread: its worker would add a 12 KB script to the first search, and a
 * query over this index takes a few milliseconds.
 */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ sitePath('/pagefind/pagefind.js'))) as Pagefind;
    await api.options({
      basePath: sitePath('/pagefind/'),
      baseUrl: sitePath('/'),
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
export function loadAnswerData(): Promise<unknown> {
  answerData ??= fetch(sitePath('/answers.json')).then((response) => {
    if (!response.ok) throw new Error(`answers.json: ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  return answerData;
}

/** What the live search is handed: the loads this script started, shared by every box. */
export const loaders = { pagefind: loadPagefind, answerData: loadAnswerData };
export type Loaders = typeof loaders;
