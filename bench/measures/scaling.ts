// Scaling: how build times, the search index and search cost grow with the number of pages,
// on temporary copies of the project padded with synthetic guides.
import { join } from 'node:path';
import type { Browser } from '../lib/browser.ts';
import {
  formatBytes,
  formatFactor,
  formatMs,
  paragraph,
  table,
  failedNote,
} from '../lib/format.ts';
import { attempt, failed, log, type Failure } from '../lib/log.ts';
import { timeTool } from '../lib/processes.ts';
import {
  indexSize,
  listFiles,
  makeScaledProject,
  readCodePages,
  SCALED_CONFIG,
} from '../lib/scaled-project.ts';
import { serve } from '../lib/serve.ts';
import { GUIDE_WORDS, type CodePage } from '../lib/synthetic.ts';
import { FIRST_QUERY, measureSearch } from './search.ts';

export const DEFAULT_SIZES = [75, 750, 7500];
// Each scaled build is searched too; fewer loads keep the 7,500-page run affordable.
const SCALING_SEARCH_LOADS = 3;

/** Builds, indexes and searches one scaled copy, then removes it. */
async function measureSize(
  browser: Browser,
  root: string,
  port: number,
  size: number,
  codes: readonly CodePage[],
) {
  // Every copy keeps all the real code pages and adds guides; it cannot have fewer pages.
  if (size < codes.length) throw new Error(`the smallest size is ${codes.length}, the code pages`);
  const project = await makeScaledProject(root, size, codes);
  try {
    log(`scaling ${size}: astro build`);
    const astro = await timeTool(['astro', 'build', '--config', SCALED_CONFIG], project.dir);
    log(`scaling ${size}: pagefind`);
    const pagefind = await timeTool(['pagefind', '--site', 'dist'], project.dir);
    const dist = join(project.dir, 'dist');
    const htmlPages = (await listFiles(dist)).filter((file) => file.endsWith('.html')).length;
    const server = await serve(dist, port);
    let search;
    try {
      log(`scaling ${size}: search`);
      search = await measureSearch(browser, server.origin, SCALING_SEARCH_LOADS);
    } finally {
      await server.close();
    }
    return {
      contentPages: size,
      codePages: codes.length,
      guidePages: size - codes.length,
      htmlPages,
      indexedPages: Number(/Indexed (\d+) pages?/.exec(pagefind.output)?.[1] ?? NaN),
      astroBuildMs: astro.ms,
      astroReportedMs: astro.reportedMs,
      pagefindMs: pagefind.ms,
      pagefindReportedMs: pagefind.reportedMs,
      index: await indexSize(dist),
      search,
    };
  } finally {
    await project.remove();
  }
}

export type SizeResult = Awaited<ReturnType<typeof measureSize>>;

/** The figures growth() compares, of one size. */
type Growing = Pick<SizeResult, 'contentPages' | 'astroBuildMs' | 'pagefindMs'> & {
  index: { bytes: number };
  search: { firstQueryBytes: { median: number } };
};

/** How much each measure grew from one size to the next; failed sizes are skipped. */
export function growth(sizes: readonly (Growing | Failure)[]) {
  const factors = [];
  for (let index = 1; index < sizes.length; index++) {
    const [from, to] = [sizes[index - 1], sizes[index]];
    if (failed(from) || failed(to)) continue;
    factors.push({
      from: from.contentPages,
      to: to.contentPages,
      pages: to.contentPages / from.contentPages,
      astroBuild: to.astroBuildMs / from.astroBuildMs,
      pagefind: to.pagefindMs / from.pagefindMs,
      indexBytes: to.index.bytes / from.index.bytes,
      firstQueryBytes: to.search.firstQueryBytes.median / from.search.firstQueryBytes.median,
    });
  }
  return factors;
}

export async function measureScaling(
  browser: Browser,
  root: string,
  port: number,
  sizeList: readonly number[],
) {
  const codes = await readCodePages(root);
  const sizes: (SizeResult | Failure)[] = [];
  for (const size of sizeList) {
    const measure = () => measureSize(browser, root, port, size, codes);
    sizes.push(await attempt(`scaling ${size}`, measure));
  }
  return { sizes, growth: growth(sizes) };
}

export type ScalingResults = Awaited<ReturnType<typeof measureScaling>>;

function scalingRow(size: SizeResult | Failure) {
  if (failed(size)) return ['failed', size.error.split('\n')[0], ...Array(8).fill('')];
  return [
    size.contentPages,
    `${size.codePages} + ${size.guidePages}`,
    size.htmlPages,
    size.indexedPages,
    `${formatMs(size.astroBuildMs)} (${formatMs(size.astroReportedMs)})`,
    `${formatMs(size.pagefindMs)} (${formatMs(size.pagefindReportedMs)})`,
    `${formatBytes(size.index.bytes)} (${size.index.files} files)`,
    formatBytes(size.index.fragmentBytes),
    formatBytes(size.search.firstQueryBytes.median),
    formatMs(size.search.firstResultMs.median),
  ];
}

export function scalingSection(scaling: ScalingResults | Failure): string {
  if (failed(scaling)) return failedNote(scaling);
  const growthRows = scaling.growth.map((factors) => [
    `${factors.from} → ${factors.to}`,
    `×${factors.pages.toFixed(1)}`,
    formatFactor(factors.astroBuild),
    formatFactor(factors.pagefind),
    formatFactor(factors.indexBytes),
    formatFactor(factors.firstQueryBytes),
  ]);
  const headers = ['Content pages', 'Codes + guides', 'HTML pages', 'Indexed', 'astro build'];
  headers.push('pagefind', 'Index size', 'Of which fragments', `Bytes for "${FIRST_QUERY}"`);
  return [
    paragraph([
      "Temporary copies of the project: the project's real code pages plus synthetic guides of",
      `about ${GUIDE_WORDS} words each, generated from a fixed word list with a seeded PRNG.`,
      'HTML pages also count the pages for unregistered codes and the other fixed pages;',
      'Pagefind indexes the code, class and guide pages and the guide list. One build per size,',
      "wall time with the tool's own timer in brackets; search figures are medians of",
      `${SCALING_SEARCH_LOADS} fresh loads of the search page (see Search).`,
    ]),
    '',
    table([...headers, 'First result'], scaling.sizes.map(scalingRow)),
    '',
    'Growth between consecutive sizes:',
    '',
    table(
      ['Sizes', 'Pages', 'astro build', 'pagefind', 'Index size', `Bytes for "${FIRST_QUERY}"`],
      growthRows,
    ),
    '',
    '![Build time and index size against page count](scaling.svg)',
  ].join('\n');
}
