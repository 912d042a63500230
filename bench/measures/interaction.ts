// The first search's keystrokes as the browser reports them (Event Timing, as INP measures an
// interaction): from each key event to the next frame painted. A fresh load per run; the reader
// reaches for the box, the live search loads, then "486" is typed key by key. The same typing's
// probe gives the first full-text result after the last key.
import { recordFetches, withFreshPage, type Browser } from '../lib/browser.ts';
import { failedNote, formatMs, paragraph, table } from '../lib/format.ts';
import {
  armEventTiming,
  DURATION_THRESHOLD_MS,
  installEventTiming,
  keyInteractions,
  latencyBound,
  readEventTiming,
  worstKey,
  type KeyInteraction,
} from '../lib/interaction.ts';
import { failed, type Failure } from '../lib/log.ts';
import { SEARCH_PAGES, type SearchScope } from '../lib/search-ui.ts';
import { statsOfPresent, type Stats } from '../lib/stats.ts';
import {
  armSearchProbe,
  installSearchProbe,
  KEY_GAP_MS,
  KEY_HOLD_MS,
  openSearch,
  pressKeys,
  settleTyped,
} from '../lib/typing.ts';

export const INTERACTION_QUERY = '486';
/** The live search has loaded when nothing has been fetched for this long. */
const NETWORK_QUIET_MS = 300;

const SCOPES: Record<SearchScope, string> = { header: 'Header box', searchPage: 'Search page' };

async function typeOnce(browser: Browser, origin: string, scope: SearchScope) {
  return withFreshPage(browser, async (page) => {
    await page.goto(origin + SEARCH_PAGES[scope], { waitUntil: 'networkidle' });
    await page.evaluate(installEventTiming, DURATION_THRESHOLD_MS);
    await installSearchProbe(page, scope);
    const loading = recordFetches(page);
    await openSearch(page, scope);
    // A reader's first key comes a moment after the box is reached for; by then the live
    // search, its answers' data and Pagefind have arrived. Their first search is still to come.
    await loading.quiet(NETWORK_QUIET_MS);
    await loading.stop();
    await armSearchProbe(page);
    await page.evaluate(armEventTiming);
    await pressKeys(page, INTERACTION_QUERY);
    const typed = await settleTyped(page, INTERACTION_QUERY);
    const keys = keyInteractions(await page.evaluate(readEventTiming));
    return {
      keys,
      worstMs: worstKey(keys),
      fullTextMs: typed.fullTextMs,
      answersMs: typed.answersMs,
    };
  });
}

/** Medians over the loads: each key's latency (at most the threshold when unreported), the worst. */
export function summarizeInteractions(
  runs: readonly { keys: KeyInteraction[]; worstMs: number | null; fullTextMs: number | null }[],
) {
  const keyCount = Math.max(0, ...runs.map((run) => run.keys.length));
  const perKey = Array.from({ length: keyCount }, (_, index) => ({
    key: runs.find((run) => run.keys[index])?.keys[index].key ?? '',
    latencyMs: statsOfPresent(
      runs.map((run) => (run.keys[index] ? latencyBound(run.keys[index]) : null)),
    ),
    belowThreshold: runs.filter((run) => run.keys[index] && run.keys[index].latencyMs === null)
      .length,
  }));
  return {
    perKey,
    worstMs: statsOfPresent(runs.map((run) => run.worstMs)),
    fullTextMs: statsOfPresent(runs.map((run) => run.fullTextMs)),
  };
}

export async function measureInteractions(browser: Browser, origin: string, loads: number) {
  const boxes = [];
  for (const scope of Object.keys(SCOPES) as SearchScope[]) {
    const runs = [];
    for (let load = 0; load < loads; load++) runs.push(await typeOnce(browser, origin, scope));
    boxes.push({ scope, page: SEARCH_PAGES[scope], ...summarizeInteractions(runs), runs });
  }
  return {
    loads,
    query: INTERACTION_QUERY,
    thresholdMs: DURATION_THRESHOLD_MS,
    keyHoldMs: KEY_HOLD_MS,
    keyGapMs: KEY_GAP_MS,
    boxes,
  };
}

export type InteractionResults = Awaited<ReturnType<typeof measureInteractions>>;

function cell(values: Stats | null, threshold: number): string {
  if (!values) return '–';
  const shown = (ms: number) => (ms <= threshold ? `≤ ${threshold} ms` : formatMs(ms));
  const range = values.min === values.max ? '' : ` (${shown(values.min)}–${shown(values.max)})`;
  return `${shown(values.median)}${range}`;
}

export function interactionSection(results: InteractionResults | Failure): string {
  if (failed(results)) return failedNote(results);
  const { thresholdMs } = results;
  const keys = [...results.query];
  const rows = results.boxes.map((box) => [
    `${SCOPES[box.scope]} (\`${box.page}\`)`,
    ...keys.map((_, index) => cell(box.perKey[index]?.latencyMs ?? null, thresholdMs)),
    cell(box.worstMs, thresholdMs),
    formatMs(box.fullTextMs?.median),
  ]);
  return [
    paragraph([
      `${results.loads} fresh loads per box. The reader reaches for the box; once the live search`,
      `has loaded, "${results.query}" is typed key by key (each held ${results.keyHoldMs} ms,`,
      `${results.keyGapMs} ms before the next): the first search of the visit. Each key's`,
      'interaction is the longest of its events as Event Timing reports them (the measure behind',
      'INP): from the key event to the next frame painted, handlers and what they left for the',
      `microtasks included. Entries under ${thresholdMs} ms are not reported; such a key counts as`,
      `${thresholdMs} ms. Medians (range); the worst key of each load, as INP takes the worst`,
      'interaction; and, from the same typing, the last key to the first full-text result painted.',
    ]),
    '',
    table(['Box', ...keys.map((key) => `Key "${key}"`), 'Worst key', 'Full-text result'], rows),
  ].join('\n');
}
