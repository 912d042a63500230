// Measures the site the way visitors and maintainers meet it: page weight, the first search and
// search as typed, build time, how build and index grow with the number of pages, Lighthouse.
//
//   npm run bench                     build, then measure everything (scaling: 75, 750, 7500)
//   npm run bench -- --no-build       measure the dist/ that is already there
//   npm run bench -- --sizes 75,750   a quicker scaling run
//   npm run bench -- --port 4421      serve on a fixed port (default: any free one; BENCH_PORT)
//
// Writes bench/results/results.json (every raw number), summary.md and scaling.svg.
import { readFile, stat } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, type Browser } from './lib/browser.ts';
import { formatDuration } from './lib/format.ts';
import { attempt, elapsedMs, failures, log, messageOf } from './lib/log.ts';
import { parseOptions, type Options } from './lib/options.ts';
import { cleanUp, cleanUpOnExit, run } from './lib/processes.ts';
import { writeReports, type BenchResults } from './lib/report.ts';
import { serve } from './lib/serve.ts';
import { targetRows } from './lib/targets.ts';
import { measureBuilds } from './measures/build.ts';
import { measureCapture } from './measures/capture.ts';
import { measureDebounce } from './measures/debounce.ts';
import { measureFirstSearch } from './measures/first-search.ts';
import { measureFirstVisit } from './measures/first-visit.ts';
import { measureInteractions } from './measures/interaction.ts';
import { measureLighthouse } from './measures/lighthouse.ts';
import { measurePageWeights } from './measures/page-weight.ts';
import { measureScaling } from './measures/scaling.ts';
import { measureSearch } from './measures/search.ts';
import { measureTyping } from './measures/typing.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'bench', 'results');
const SEARCH_LOADS = 10;
const FIRST_SEARCH_LOADS = 5;
/** Interaction latencies vary from load to load more than bytes do. */
const INTERACTION_LOADS = 9;
/** Requests and bytes barely vary; each visit is watched for 10 s. */
const FIRST_VISIT_LOADS = 3;

async function packageVersion(name: string): Promise<string> {
  const manifest = join(ROOT, 'node_modules', name, 'package.json');
  return JSON.parse(await readFile(manifest, 'utf8')).version;
}

/** The measurements that need the site served. */
async function measureServedSite(browser: Browser, port: number) {
  const server = await serve(join(ROOT, 'dist'), port);
  const { origin } = server;
  try {
    return {
      origin,
      pageWeight: await attempt('page weight', () => measurePageWeights(browser, origin)),
      firstVisit: await attempt('first visit', () =>
        measureFirstVisit(browser, server, FIRST_VISIT_LOADS),
      ),
      firstSearch: await attempt('first search', () =>
        measureFirstSearch(browser, origin, FIRST_SEARCH_LOADS),
      ),
      search: await attempt('search', () => measureSearch(browser, origin, SEARCH_LOADS)),
      typing: await attempt('typing', () => measureTyping(browser, origin)),
      interaction: await attempt('interaction', () =>
        measureInteractions(browser, origin, INTERACTION_LOADS),
      ),
      debounce: await attempt('debounce', () => measureDebounce(browser, origin)),
      capture: await attempt('capture', () => measureCapture(browser, origin)),
      lighthouse: await measureLighthouse(origin, port ? port + 1 : 0),
    };
  } finally {
    await server.close();
  }
}

async function main(options: Options) {
  let initialBuildMs: number | null = null;
  if (options.build) {
    log('npm run build');
    initialBuildMs = (await run('npm', ['run', 'build'], ROOT)).ms;
  }
  await stat(join(ROOT, 'dist', 'pagefind', 'pagefind-entry.json')).catch(() => {
    throw new Error('dist/ has no Pagefind index: run without --no-build, or `npm run build`');
  });
  const date = new Date().toISOString();
  const loadAtStart = loadavg();
  const browser = await launchBrowser();
  const versions = {
    node: process.version,
    chromium: browser.version(),
    astro: await packageVersion('astro'),
    pagefind: await packageVersion('pagefind'),
    lighthouse: await packageVersion('lighthouse'),
    playwright: await packageVersion('@playwright/test'),
  };
  try {
    const served = await measureServedSite(browser, options.port);
    const builds = await attempt('build time', () => measureBuilds(ROOT));
    const scaling = await attempt('scaling', () =>
      measureScaling(browser, ROOT, options.port, options.sizes),
    );
    const results: BenchResults = {
      date,
      options,
      versions,
      machine: { platform: process.platform, arch: process.arch, cpus: cpus().length },
      loadAverage: { start: loadAtStart, end: loadavg() },
      initialBuildMs,
      targets: targetRows(served.firstSearch, served.typing, served.firstVisit, served.interaction),
      ...served,
      builds,
      scaling,
      failures,
      durationMs: elapsedMs(),
    };
    await writeReports(OUT_DIR, results);
  } finally {
    await browser.close();
  }
  log(`done in ${formatDuration(elapsedMs())}: bench/results/`);
  if (failures.length > 0) process.exitCode = 1;
}

cleanUpOnExit();
try {
  await main(parseOptions(process.argv.slice(2), process.env));
} catch (error) {
  log(messageOf(error));
  cleanUp();
  process.exitCode = 1;
}
