// The run's results, and the reports written from them: results.json (every raw number),
// summary.md and scaling.svg.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format as formatWithPrettier, resolveConfig as resolvePrettierConfig } from 'prettier';
import { buildSection, type BuildResults } from '../measures/build.ts';
import { captureSection, type CaptureResults } from '../measures/capture.ts';
import { debounceSection, type DebounceResults } from '../measures/debounce.ts';
import { firstSearchSection, type FirstSearchResults } from '../measures/first-search.ts';
import { firstVisitSection, type FirstVisitResults } from '../measures/first-visit.ts';
import { interactionSection, type InteractionResults } from '../measures/interaction.ts';
import { lighthouseSection, type LighthouseResults } from '../measures/lighthouse.ts';
import { pageWeightSection, type PageWeights } from '../measures/page-weight.ts';
import { scalingSection, type ScalingResults } from '../measures/scaling.ts';
import { searchSection, type SearchResults } from '../measures/search.ts';
import { typingSection, type TypingResults } from '../measures/typing.ts';
import { scalingSvg } from './chart.ts';
import { firstLine, formatDuration, formatLoad, paragraph } from './format.ts';
import { failed, type Failure } from './log.ts';
import type { Options } from './options.ts';
import { targetsSection, type TargetRow } from './targets.ts';

export interface BenchResults {
  date: string;
  options: Options;
  versions: Record<
    'node' | 'chromium' | 'astro' | 'pagefind' | 'lighthouse' | 'playwright',
    string
  >;
  machine: { platform: string; arch: string; cpus: number };
  /** Other work on the machine slows builds and searches; the load average shows how much. */
  loadAverage: { start: number[]; end: number[] };
  initialBuildMs: number | null;
  origin: string;
  targets: TargetRow[];
  pageWeight: PageWeights | Failure;
  /** Absent from runs made before it was measured. */
  firstVisit?: FirstVisitResults | Failure;
  firstSearch: FirstSearchResults | Failure;
  search: SearchResults | Failure;
  typing: TypingResults | Failure;
  interaction?: InteractionResults | Failure;
  debounce: DebounceResults | Failure;
  capture: CaptureResults | Failure;
  lighthouse: LighthouseResults;
  builds: BuildResults | Failure;
  scaling: ScalingResults | Failure;
  failures: { section: string; error: string }[];
  durationMs: number;
}

/** The debounce of the search page's field, which the search section's times include. */
function searchPageDebounce(typing: TypingResults | Failure): number | null {
  if (failed(typing)) return null;
  return typing.boxes.find((box) => box.scope === 'searchPage')?.debounceMs ?? null;
}

export function summary(results: BenchResults): string {
  const { versions } = results;
  const errors = results.failures.map(({ section, error }) => `- ${section}: ${firstLine(error)}`);
  const sections: [string, string][] = [
    ['Targets', targetsSection(results.targets)],
    ['Page weight', pageWeightSection(results.pageWeight)],
    ['First visit', firstVisitSection(results.firstVisit ?? { error: 'not measured' })],
    ['First search', firstSearchSection(results.firstSearch)],
    ['Search', searchSection(results.search, searchPageDebounce(results.typing))],
    ['Typing', typingSection(results.typing)],
    ['Keystrokes', interactionSection(results.interaction ?? { error: 'not measured' })],
    ['Debounce', debounceSection(results.debounce)],
    ['Reading a capture', captureSection(results.capture)],
    ['Build time', buildSection(results.builds, results.initialBuildMs)],
    ['Scaling', scalingSection(results.scaling)],
    ['Lighthouse', lighthouseSection(results.lighthouse)],
  ];
  if (errors.length > 0) sections.push(['Failures', errors.join('\n')]);
  const lines = [
    '# Benchmark',
    '',
    paragraph([
      `Run ${results.date} on ${results.machine.cpus} CPUs: Node ${versions.node}, Chromium`,
      `${versions.chromium}, Astro ${versions.astro}, Pagefind ${versions.pagefind},`,
      `Lighthouse ${versions.lighthouse}. The run took ${formatDuration(results.durationMs)}.`,
      `Load average (1, 5, 15 min) at the start ${formatLoad(results.loadAverage.start)}, at the`,
      `end ${formatLoad(results.loadAverage.end)}: timings grow with other work on the machine.`,
      'Rerun with `npm run bench` (the code is in `bench/`); every raw number is in',
      '`results.json`. 1 kB = 1000 bytes; KiB = 1024 bytes.',
    ]),
    ...sections.flatMap(([title, text]) => ['', `## ${title}`, '', text]),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Writes a report as `npm run format` would leave it, so that formatting the repository does not
 * rewrite the committed results.
 */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = await resolvePrettierConfig(file);
  await writeFile(file, await formatWithPrettier(text, { ...options, filepath: file }));
}

export async function writeReports(dir: string, results: BenchResults): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFormatted(join(dir, 'results.json'), JSON.stringify(results));
  await writeFormatted(join(dir, 'summary.md'), summary(results));
  await writeFile(join(dir, 'scaling.svg'), scalingSvg(results.scaling));
}
