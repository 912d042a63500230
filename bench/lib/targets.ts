// The speed and size the site aims for, set against this run's figures.
import type { FirstSearchResults } from '../measures/first-search.ts';
import type { FirstVisitResults } from '../measures/first-visit.ts';
import type { InteractionResults } from '../measures/interaction.ts';
import type { TypingResults } from '../measures/typing.ts';
import { formatBytes, formatMs, paragraph, table } from './format.ts';
import { failed, type Failure } from './log.ts';
import type { Stats } from './stats.ts';

export const TARGETS = {
  /** Instant answers painted after the last key, from the first search on. */
  answersMs: 50,
  /** First full-text result painted after the last key, once the index is loaded. */
  fullTextMs: 150,
  /** Everything the first search fetches until its results show, gzip. */
  firstSearchBytes: 100 * 1024,
  /** A code page before any interaction. */
  codePageRequests: 2,
  codePageBytes: 10 * 1024,
  /**
   * A first visit to a code page with service workers on, until 10 s after load: the browser
   * test's budget (tests/e2e/budgets.spec.ts), in its 1 KB = 1000 bytes.
   */
  firstVisitRequests: 2,
  firstVisitBytes: 10_000,
  /** Each key of the first search, key event to next paint (Event Timing, as INP). */
  keyInteractionMs: 50,
};

export interface TargetRow {
  target: string;
  limit: string;
  measured: string;
  /** Null when the figure is missing: not measured, or not available on this site yet. */
  met: boolean | null;
}

function row(
  target: string,
  limit: number,
  value: number | null | undefined,
  format: (value: number) => string,
): TargetRow {
  const present = value !== null && value !== undefined;
  return {
    target,
    limit: format(limit),
    measured: present ? format(value) : 'not available',
    met: present ? value <= limit : null,
  };
}

const median = (values: Stats | null | undefined) => values?.median ?? null;
/** Exact where a budget is near: 9,997 bytes is not 10.0 kB. */
const exactBytes = (bytes: number) => `${bytes.toLocaleString('en-US')} bytes`;
const kib = (bytes: number) => `${formatBytes(bytes)} (${(bytes / 1024).toFixed(1)} KiB)`;

export function targetRows(
  firstSearch: FirstSearchResults | Failure,
  typing: TypingResults | Failure,
  firstVisit?: FirstVisitResults | Failure,
  interaction?: InteractionResults | Failure,
): TargetRow[] {
  const rows: TargetRow[] = [];
  if (firstVisit && !failed(firstVisit)) {
    const { page, requests, gzip } = firstVisit;
    rows.push(
      row(
        `First visit, \`${page}\`, workers on: requests`,
        TARGETS.firstVisitRequests,
        requests.median,
        String,
      ),
      row(
        `First visit, \`${page}\`, workers on: gzip`,
        TARGETS.firstVisitBytes,
        gzip.median,
        exactBytes,
      ),
    );
  }
  for (const box of interaction && !failed(interaction) ? interaction.boxes : []) {
    rows.push(
      row(
        `Worst key of the first search, key to next paint, \`${box.page}\``,
        TARGETS.keyInteractionMs,
        median(box.worstMs),
        formatMs,
      ),
      row(
        `First full-text result, first search, \`${box.page}\``,
        TARGETS.fullTextMs,
        median(box.fullTextMs),
        formatMs,
      ),
    );
  }
  const boxes = failed(typing) ? [] : typing.boxes;
  if (!failed(firstSearch)) {
    const answers = firstSearch.answersAvailable ? median(firstSearch.answersMs) : null;
    rows.push(
      row('Instant answers, first search (header box)', TARGETS.answersMs, answers, formatMs),
    );
  }
  for (const box of boxes) {
    const answers = box.answersAvailable ? median(box.answersMs) : null;
    rows.push(row(`Instant answers, \`${box.page}\``, TARGETS.answersMs, answers, formatMs));
  }
  for (const box of boxes) {
    const label = `First full-text result, index loaded, \`${box.page}\``;
    rows.push(row(label, TARGETS.fullTextMs, median(box.fullTextMs), formatMs));
  }
  if (!failed(firstSearch)) {
    const { untilShown, codePage } = firstSearch;
    rows.push(
      row(
        'First search until results show',
        TARGETS.firstSearchBytes,
        untilShown.total.gzip.median,
        kib,
      ),
      row(
        'Code page before interaction: requests',
        TARGETS.codePageRequests,
        codePage.requests.median,
        String,
      ),
      row('Code page before interaction: gzip', TARGETS.codePageBytes, codePage.gzip.median, kib),
    );
  }
  return rows;
}

export function targetsSection(rows: readonly TargetRow[]): string {
  if (rows.length === 0) return 'No figures: the measurements behind them failed.';
  const verdict = ({ met }: TargetRow) => (met === null ? '–' : met ? 'yes' : 'no');
  return [
    paragraph([
      'Each figure is a median from the sections below; times run from the last key to the first',
      'frame painted with it, except a key to next paint, from each key event to the next frame',
      '(Event Timing, as INP). The code page figures count everything until the network is idle,',
      'the favicon included; the first visit, everything the server sent until 10 s after load,',
      "the service worker's script included.",
    ]),
    '',
    table(
      ['Target', 'At most', 'Measured', 'Met'],
      rows.map((target) => [target.target, target.limit, target.measured, verdict(target)]),
    ),
  ].join('\n');
}
