// The first search of a visit, from a code page: what the page costs before any interaction,
// then everything fetched from the moment the reader reaches for the search box until the
// results show, by what the bytes are for, and how long the reader waited.
import { recordFetches, withFreshPage, type Browser, type Fetched } from '../lib/browser.ts';
import { failedNote, formatBytes, formatMs, paragraph, table } from '../lib/format.ts';
import { failed, type Failure } from '../lib/log.ts';
import { BYTE_KINDS, tallyByKind, type ByteKind, type Tally } from '../lib/resources.ts';
import { SEARCH_PAGES, SEARCH_UI } from '../lib/search-ui.ts';
import { stats, statsOfPresent, type Stats } from '../lib/stats.ts';
import {
  armSearchProbe,
  installSearchProbe,
  KEY_INTERVAL_MS,
  typeAndSettle,
} from '../lib/typing.ts';

export const FIRST_SEARCH_QUERY = '486';
/** Nothing fetched for this long after the results settled: the search is complete. */
const NETWORK_QUIET_MS = 500;

/**
 * The files fetched from arming the probe (the network was idle) until the results were
 * painted, and all of them until the search was complete.
 */
export function splitAtPaint(fetched: readonly Fetched[], armedAt: number, paintedAt: number) {
  // The allowance absorbs rounding between the page's clock and the network stack's.
  const since = fetched.filter(({ start }) => start >= armedAt - 50);
  return { untilShown: since.filter(({ end }) => end <= paintedAt), untilSettled: since };
}

async function firstSearchOnce(browser: Browser, origin: string) {
  return withFreshPage(browser, async (page) => {
    const pageLoad = recordFetches(page);
    await page.goto(origin + SEARCH_PAGES.header, { waitUntil: 'networkidle' });
    const codePage = tallyByKind(await pageLoad.stop()).total;

    await installSearchProbe(page, 'header');
    await armSearchProbe(page);
    const search = recordFetches(page);
    // The reader clicks and types straight away: keys typed while the search loads count.
    await page.click(SEARCH_UI.headerStart);
    const typed = await typeAndSettle(page, FIRST_SEARCH_QUERY);
    await search.quiet(NETWORK_QUIET_MS);
    const fetched = await search.stop();
    if (typed.resultsPaintedAtEpoch === null) throw new Error('the first search showed nothing');
    const { untilShown, untilSettled } = splitAtPaint(
      fetched,
      typed.armedAtEpoch,
      typed.resultsPaintedAtEpoch,
    );
    return {
      codePage,
      typed,
      untilShown: tallyByKind(untilShown),
      untilSettled: tallyByKind(untilSettled),
      files: untilShown.map(({ url, kind, gzip }) => ({ path: url, kind, gzip })),
    };
  });
}

type Run = Awaited<ReturnType<typeof firstSearchOnce>>;

/** Medians of gzip bytes and requests, in total and per kind. */
function bytesByKind(runs: readonly Run[], pick: (run: Run) => ReturnType<typeof tallyByKind>) {
  const of = (tallies: Tally[]) => ({
    requests: stats(tallies.map((counts) => counts.requests)),
    gzip: stats(tallies.map((counts) => counts.gzip)),
  });
  const byKind = Object.fromEntries(
    BYTE_KINDS.map((kind) => [kind, of(runs.map((run) => pick(run).byKind[kind]))]),
  ) as Record<ByteKind, { requests: Stats; gzip: Stats }>;
  return { total: of(runs.map((run) => pick(run).total)), byKind };
}

export async function measureFirstSearch(browser: Browser, origin: string, loads: number) {
  const runs: Run[] = [];
  for (let load = 0; load < loads; load++) runs.push(await firstSearchOnce(browser, origin));
  return {
    loads,
    page: SEARCH_PAGES.header,
    query: FIRST_SEARCH_QUERY,
    keyIntervalMs: KEY_INTERVAL_MS,
    codePage: {
      requests: stats(runs.map((run) => run.codePage.requests)),
      gzip: stats(runs.map((run) => run.codePage.gzip)),
    },
    interactionToResultMs: statsOfPresent(runs.map((run) => run.typed.interactionToResultMs)),
    fullTextMs: statsOfPresent(runs.map((run) => run.typed.fullTextMs)),
    answersAvailable: runs.some((run) => run.typed.answersShown),
    answersMs: statsOfPresent(runs.map((run) => run.typed.answersMs)),
    untilShown: bytesByKind(runs, (run) => run.untilShown),
    untilSettled: bytesByKind(runs, (run) => run.untilSettled),
    files: runs[0].files,
  };
}

export type FirstSearchResults = Awaited<ReturnType<typeof measureFirstSearch>>;

function kindCell({ requests, gzip }: { requests: Stats; gzip: Stats }): string {
  return requests.median === 0 ? '–' : `${requests.median} · ${formatBytes(gzip.median)}`;
}

export function firstSearchSection(first: FirstSearchResults | Failure): string {
  if (failed(first)) return failedNote(first);
  const stages = [
    ['Until the results show', first.untilShown],
    ['Until the search is complete', first.untilSettled],
  ] as const;
  const rows = stages.map(([label, bytes]) => [
    label,
    ...BYTE_KINDS.map((kind) => kindCell(bytes.byKind[kind])),
    kindCell(bytes.total),
  ]);
  const answers = first.answersAvailable ? formatMs(first.answersMs?.median) : 'not available';
  const files = first.files.map(({ path, gzip }) => `\`${path}\` ${formatBytes(gzip)}`);
  return [
    paragraph([
      `${first.loads} fresh loads of \`${first.page}\`. Before any interaction the page took`,
      `${first.codePage.requests.median} requests and ${formatBytes(first.codePage.gzip.median)}`,
      'gzip. Then the pointer goes to the header search box, clicks it and types',
      `"${first.query}" at once, ${first.keyIntervalMs} ms between keys. Medians of requests ·`,
      'gzip bytes (level 9, each response on its own) fetched from that first interaction; the',
      `search is complete when nothing has been fetched for ${NETWORK_QUIET_MS} ms after the`,
      'results settled.',
    ]),
    '',
    table(['Fetched', ...BYTE_KINDS, 'total'], rows),
    '',
    table(
      ['Wait (median)', 'Time'],
      [
        [
          'First interaction to first result painted',
          formatMs(first.interactionToResultMs?.median),
        ],
        ['Last key to first result painted', formatMs(first.fullTextMs?.median)],
        ['Last key to instant answers painted', answers],
      ],
    ),
    '',
    paragraph([
      `Files fetched until the results showed (first load): ${files.join(', ') || 'none'}.`,
    ]),
  ].join('\n');
}
