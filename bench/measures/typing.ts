// Search as the reader types, once the index is loaded: from the last key until the first
// full-text result and the instant answers are painted, in the header box of a code page and on
// the search page.
import { recordFetches, withFreshPage, type Browser, type Page } from '../lib/browser.ts';
import { failedNote, formatMs, paragraph, table } from '../lib/format.ts';
import { failed, type Failure } from '../lib/log.ts';
import { tallyByKind } from '../lib/resources.ts';
import { SEARCH_PAGES, type SearchScope } from '../lib/search-ui.ts';
import { statsOfPresent, type Stats } from '../lib/stats.ts';
import {
  installSearchProbe,
  KEY_INTERVAL_MS,
  openSearch,
  readDebounce,
  retype,
  type TypedQuery,
} from '../lib/typing.ts';

const NETWORK_QUIET_MS = 300;

/** Loads Pagefind's runtime and index before the timed queries. */
export const WARM_UP_QUERY = '486';

/** What readers type: codes, reason phrases, header names, words from a log line. */
export const TYPED_QUERIES = [
  'busy',
  'forbidden',
  'Min-Expires',
  'timeout',
  'unsupported',
  'not found',
  'decline',
  'Retry-After',
  'loop detected',
  'proxy authentication',
];

const SCOPES: Record<SearchScope, string> = {
  header: 'Header box',
  searchPage: 'Search page',
};

/** Medians over the queries typed into one box, from a page where search is loaded. */
export function summarizeQueries(queries: readonly TypedQuery[]) {
  return {
    fullTextMs: statsOfPresent(queries.map((query) => query.fullTextMs)),
    answersAvailable: queries.some((query) => query.answersShown),
    answersMs: statsOfPresent(queries.map((query) => query.answersMs)),
    resultUpdates: statsOfPresent(queries.map((query) => query.resultUpdates)),
    blockingMs: statsOfPresent(queries.map((query) => query.blockingMs)),
  };
}

/**
 * Opens the search in the scope, loads the index with one query, lets `prepare` change the box,
 * then types each query; with the requests and gzip bytes the typed queries fetched.
 */
export async function typeQueries(
  browser: Browser,
  origin: string,
  scope: SearchScope,
  queries: readonly string[],
  prepare: (page: Page) => Promise<void> = async () => {},
) {
  return withFreshPage(browser, async (page) => {
    await page.goto(origin + SEARCH_PAGES[scope], { waitUntil: 'networkidle' });
    await installSearchProbe(page, scope);
    await openSearch(page, scope);
    await retype(page, WARM_UP_QUERY);
    await prepare(page);
    const debounceMs = await readDebounce(page, scope);
    const recording = recordFetches(page);
    const typed: TypedQuery[] = [];
    for (const query of queries) typed.push(await retype(page, query));
    await recording.quiet(NETWORK_QUIET_MS);
    const { total } = tallyByKind(await recording.stop());
    return { debounceMs, typed, fetched: { requests: total.requests, gzip: total.gzip } };
  });
}

export async function measureTyping(browser: Browser, origin: string) {
  const boxes = [];
  for (const scope of Object.keys(SCOPES) as SearchScope[]) {
    const { debounceMs, typed, fetched } = await typeQueries(browser, origin, scope, TYPED_QUERIES);
    const page = SEARCH_PAGES[scope];
    boxes.push({ scope, page, debounceMs, ...summarizeQueries(typed), fetched, typed });
  }
  return { keyIntervalMs: KEY_INTERVAL_MS, queries: TYPED_QUERIES, boxes };
}

export type TypingResults = Awaited<ReturnType<typeof measureTyping>>;

function range(values: Stats | null): string {
  return values ? `${formatMs(values.min)}–${formatMs(values.max)}` : '–';
}

export function typingSection(typing: TypingResults | Failure): string {
  if (failed(typing)) return failedNote(typing);
  const rows = typing.boxes.flatMap((box) => [
    [
      `${SCOPES[box.scope]} (\`${box.page}\`): first full-text result`,
      formatMs(box.debounceMs),
      formatMs(box.fullTextMs?.median),
      range(box.fullTextMs),
    ],
    [
      `${SCOPES[box.scope]}: instant answers`,
      formatMs(box.debounceMs),
      box.answersAvailable ? formatMs(box.answersMs?.median) : 'not available',
      box.answersAvailable ? range(box.answersMs) : '',
    ],
  ]);
  const quoted = typing.queries.map((query) => `"${query}"`).join(', ');
  return [
    paragraph([
      `Each box in a fresh page; once a first query ("${WARM_UP_QUERY}") has loaded the index,`,
      `the reader selects what is in the box and types each of ${typing.queries.length} queries`,
      `(${quoted}), ${typing.keyIntervalMs} ms between keys. Times run from the last key to the`,
      'first frame painted with what the box finally shows (see `bench/lib/probe.ts`).',
    ]),
    '',
    table(['Last key to', 'Debounce', 'Median', 'Range'], rows),
  ].join('\n');
}
