// Build time: the project's own build, a few rounds of each step.
import { failedNote, formatMs, paragraph, table } from '../lib/format.ts';
import { failed, log, type Failure } from '../lib/log.ts';
import { timeTool } from '../lib/processes.ts';
import { stats, type Stats } from '../lib/stats.ts';

export const BUILD_RUNS = 3;

type Timed = { ms: number; reportedMs: number | null };

/** Wall times, with the times the tool reported for its own work alongside. */
export function summarizeTimes(times: readonly Timed[]) {
  return {
    ...stats(times.map(({ ms }) => ms)),
    reported: stats(times.map(({ reportedMs }) => reportedMs ?? NaN)),
  };
}

export async function measureBuilds(root: string) {
  const astro: Timed[] = [];
  const pagefind: Timed[] = [];
  for (let round = 1; round <= BUILD_RUNS; round++) {
    log(`build ${round}/${BUILD_RUNS}`);
    astro.push(await timeTool(['astro', 'build'], root));
    // Each index is built from the pages just written, as `npm run build` does.
    pagefind.push(await timeTool(['pagefind', '--site', 'dist'], root));
  }
  return {
    runs: BUILD_RUNS,
    astroBuildMs: summarizeTimes(astro),
    pagefindMs: summarizeTimes(pagefind),
  };
}

export type BuildResults = Awaited<ReturnType<typeof measureBuilds>>;

export function buildSection(builds: BuildResults | Failure, initialBuildMs: number | null) {
  if (failed(builds)) return failedNote(builds);
  const row = (label: string, values: Stats & { reported: Stats }) => [
    label,
    formatMs(values.median),
    formatMs(values.min),
    formatMs(values.max),
    values.runs.map(formatMs).join(', '),
    formatMs(values.reported.median),
  ];
  const initial = initialBuildMs === null ? 'skipped' : formatMs(initialBuildMs);
  return [
    paragraph([
      `Wall time of the project's own build, ${builds.runs} rounds of \`npx astro build\` then`,
      '`npx pagefind --site dist`. The last column is the time each tool reports for its own',
      `work, without npx's start-up. The first \`npm run build\` of this run: ${initial}.`,
    ]),
    '',
    table(
      ['Step', 'Median', 'Min', 'Max', 'Runs', 'Own timer (median)'],
      [row('`astro build`', builds.astroBuildMs), row('`pagefind --site dist`', builds.pagefindMs)],
    ),
  ].join('\n');
}
