// Search on the search page: a fresh load, one query typed at once (as pasted), then another
// in the same page. The figures the benchmark has reported from the start; typing.ts measures
// the search as typed, key by key.
import type { Request } from '@playwright/test';
import { withFreshPage, type Browser } from '../lib/browser.ts';
import { failedNote, formatBytes, formatMs, paragraph, table } from '../lib/format.ts';
import { failed, type Failure } from '../lib/log.ts';
import { SEARCH_UI, within } from '../lib/search-ui.ts';
import { stats, sum, type Stats } from '../lib/stats.ts';

export const FIRST_QUERY = '486';
export const WARM_QUERY = 'busy';

/**
 * Runs in the page: puts a query into the field with one input event and resolves once a result
 * that was not there before has its title and has been painted. Pagefind adds empty result
 * placeholders first and fills them as each page's fragment arrives. The times are epoch
 * milliseconds from the page's clock, to compare with Playwright's request timings.
 */
async function timeQuery({
  input,
  result,
  query,
}: {
  input: string;
  result: string;
  query: string;
}) {
  const field = document.querySelector(input) as HTMLInputElement;
  const stale = new Set(document.querySelectorAll(result));
  const shown = () =>
    [...document.querySelectorAll(result)].some(
      (link) => !stale.has(link) && link.textContent?.trim(),
    );
  const begin = performance.now();
  field.value = query;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no result for "${query}" in 30 s`)), 30_000);
    const check = () => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(undefined);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    check();
  });
  // A requestAnimationFrame callback runs just before the next paint; a task queued from it
  // runs after that paint.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const end = performance.now();
  return {
    ms: end - begin,
    begin: performance.timeOrigin + begin,
    end: performance.timeOrigin + end,
  };
}

/**
 * Runs in the page: resolves once the document has not changed for `quietMs`, so that results
 * still arriving for one query are not taken for those of the next.
 */
function settle(quietMs: number): Promise<number> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve(performance.timeOrigin + performance.now());
    };
    let timer = setTimeout(done, quietMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

async function pagefindFetch(request: Request) {
  const timing = request.timing();
  const response = await request.response().catch(() => null);
  const body = await response?.body().catch(() => null);
  return {
    path: new URL(request.url()).pathname,
    bytes: body?.length ?? 0,
    start: timing.startTime,
    end: timing.startTime + timing.responseEnd,
  };
}

/** One fresh load of /search/: the first query, then another with Pagefind already loaded. */
async function searchOnce(browser: Browser, origin: string) {
  return withFreshPage(browser, async (page) => {
    const pending: ReturnType<typeof pagefindFetch>[] = [];
    const collect = (request: Request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/'))
        pending.push(pagefindFetch(request));
    };
    page.on('requestfinished', collect);
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    const selectors = {
      input: within('searchPage', SEARCH_UI.input),
      result: within('searchPage', SEARCH_UI.result),
    };
    await page.locator(selectors.input).waitFor();
    const first = await page.evaluate(timeQuery, { ...selectors, query: FIRST_QUERY });
    const settled = await page.evaluate(settle, 500);
    const warm = await page.evaluate(timeQuery, { ...selectors, query: WARM_QUERY });
    // Fragments for the second query may still arrive; they would outlive the context.
    page.off('requestfinished', collect);
    const fetches = await Promise.all(pending);
    // The network was idle for 500 ms before typing; the allowance only absorbs rounding
    // between the page's clock and the network stack's.
    const typed = first.begin - 50;
    const untilShown = fetches.filter(({ start, end }) => start >= typed && end <= first.end);
    const untilSettled = fetches.filter(({ start }) => start >= typed && start < settled);
    return {
      firstMs: first.ms,
      warmMs: warm.ms,
      firstQueryBytes: sum(untilShown.map(({ bytes }) => bytes)),
      firstQueryAllBytes: sum(untilSettled.map(({ bytes }) => bytes)),
      firstQueryFiles: untilShown.map(({ path, bytes }) => ({ path, bytes })),
      beforeTypingBytes: sum(fetches.filter(({ start }) => start < typed).map((f) => f.bytes)),
    };
  });
}

export async function measureSearch(browser: Browser, origin: string, loads: number) {
  const runs = [];
  for (let load = 0; load < loads; load++) runs.push(await searchOnce(browser, origin));
  return {
    loads,
    firstQuery: FIRST_QUERY,
    warmQuery: WARM_QUERY,
    firstResultMs: stats(runs.map((run) => run.firstMs)),
    warmResultMs: stats(runs.map((run) => run.warmMs)),
    firstQueryBytes: stats(runs.map((run) => run.firstQueryBytes)),
    firstQueryAllBytes: stats(runs.map((run) => run.firstQueryAllBytes)),
    beforeTypingBytes: stats(runs.map((run) => run.beforeTypingBytes)),
    firstQueryFiles: runs[0].firstQueryFiles,
  };
}

export type SearchResults = Awaited<ReturnType<typeof measureSearch>>;

export function searchSection(search: SearchResults | Failure, debounceMs: number | null): string {
  if (failed(search)) return failedNote(search);
  const row = (label: string, values: Stats, format: (value: number) => string) => [
    label,
    format(values.median),
    format(values.min),
    format(values.max),
  ];
  const { firstQuery, warmQuery } = search;
  const files = search.firstQueryFiles.map(
    ({ path, bytes }) => `\`${path}\` ${formatBytes(bytes)}`,
  );
  const debounce = debounceMs === null ? 'the debounce' : `the ${debounceMs} ms debounce`;
  return [
    paragraph([
      `${search.loads} fresh loads of \`/search/\`, each in a new browser context, putting`,
      `"${firstQuery}" in the field at once when the page is idle, then "${warmQuery}" once those`,
      'results have settled. Times run from the input event to the first paint after a new',
      `result shows its title, so they include ${debounce} of the search page's field. Bytes`,
      'count responses under `/pagefind/` that started after typing and finished before that',
      'paint.',
    ]),
    '',
    table(
      ['Measure', 'Median', 'Min', 'Max'],
      [
        row(`First result for "${firstQuery}", fresh load`, search.firstResultMs, formatMs),
        row(`First result for "${warmQuery}", same page`, search.warmResultMs, formatMs),
        row(`Bytes fetched for "${firstQuery}" until shown`, search.firstQueryBytes, formatBytes),
        row(`… until all its results shown`, search.firstQueryAllBytes, formatBytes),
        row('Pagefind bytes loaded with the page', search.beforeTypingBytes, formatBytes),
      ],
    ),
    '',
    paragraph([
      `Files fetched for "${firstQuery}" until shown (first load): ${files.join(', ') || 'none'}.`,
    ]),
  ].join('\n');
}
