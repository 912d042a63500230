// What the search's debounce costs and what a shorter one would: the header box with its own
// delay, then with shorter ones set from the benchmark (see search-ui.ts), the same queries
// typed at the same pace each time. A shorter delay shows results sooner after the last key but
// searches, fetches and paints for queries the reader has not finished typing.
import type { Browser } from '../lib/browser.ts';
import { failedNote, formatBytes, formatMs, paragraph, table } from '../lib/format.ts';
import { failed, type Failure } from '../lib/log.ts';
import { KEY_INTERVAL_MS, writeDebounce } from '../lib/typing.ts';
import { summarizeQueries, typeQueries, TYPED_QUERIES } from './typing.ts';

/** Delays tried besides the box's own, where shorter than it. */
export const SHORTER_DEBOUNCES_MS = [100, 50, 0];
/** Fewer queries than typing.ts: each delay needs a fresh page and the same set. */
const QUERIES = TYPED_QUERIES.slice(0, 5);

/** The box's own delay first, then each shorter one. */
export function debouncesToTry(current: number): number[] {
  return [current, ...SHORTER_DEBOUNCES_MS.filter((ms) => ms < current)];
}

async function tryDebounce(browser: Browser, origin: string, ms: number | null) {
  let configured = true;
  const { debounceMs, typed, fetched } = await typeQueries(
    browser,
    origin,
    'header',
    QUERIES,
    async (page) => {
      if (ms !== null) configured = await writeDebounce(page, 'header', ms);
    },
  );
  if (!configured) return null;
  const perQuery = (value: number) => value / QUERIES.length;
  return {
    debounceMs,
    ...summarizeQueries(typed),
    requestsPerQuery: perQuery(fetched.requests),
    gzipPerQuery: perQuery(fetched.gzip),
  };
}

export async function measureDebounce(browser: Browser, origin: string) {
  const own = await tryDebounce(browser, origin, null);
  if (!own || own.debounceMs === null) {
    return { keyIntervalMs: KEY_INTERVAL_MS, queries: QUERIES, configurable: false, runs: [own] };
  }
  const runs = [own];
  for (const ms of debouncesToTry(own.debounceMs).slice(1)) {
    const run = await tryDebounce(browser, origin, ms);
    if (!run)
      return { keyIntervalMs: KEY_INTERVAL_MS, queries: QUERIES, configurable: false, runs };
    runs.push(run);
  }
  return { keyIntervalMs: KEY_INTERVAL_MS, queries: QUERIES, configurable: true, runs };
}

export type DebounceResults = Awaited<ReturnType<typeof measureDebounce>>;

export function debounceSection(debounce: DebounceResults | Failure): string {
  if (failed(debounce)) return failedNote(debounce);
  const runs = debounce.runs.filter((run) => run !== null);
  const rows = runs.map((run, index) => [
    `${formatMs(run.debounceMs)}${index === 0 ? ' (its own)' : ''}`,
    formatMs(run.fullTextMs?.median),
    run.resultUpdates ? String(run.resultUpdates.median) : '–',
    run.requestsPerQuery.toFixed(1),
    formatBytes(run.gzipPerQuery),
    formatMs(run.blockingMs?.median),
  ]);
  const quoted = debounce.queries.map((query) => `"${query}"`).join(', ');
  const text = paragraph([
    'The header box of `/486/` in a fresh page for each delay: after a first query loads the',
    `index, ${debounce.queries.length} queries (${quoted}) typed ${debounce.keyIntervalMs} ms`,
    'between keys. Result updates are the times the first result changed while a query was',
    'typed, the final one included; requests and bytes (gzip) are what the typed queries',
    'fetched, per query; blocking is main-thread time beyond 50 ms per long task.',
    debounce.configurable
      ? ''
      : "The box's delay could not be changed from the benchmark (see `bench/lib/search-ui.ts`).",
  ]);
  const headers = ['Debounce', 'Last key to first result', 'Result updates', 'Requests', 'Gzip'];
  return [text, '', table([...headers, 'Blocking'], rows)].join('\n');
}
