// Page weight: what each kind of page costs a first visit, before any interaction.
import { recordFetches, withFreshPage, type Browser } from '../lib/browser.ts';
import { failedNote, formatBytes, paragraph, table } from '../lib/format.ts';
import { failed, type Failure } from '../lib/log.ts';
import { RESOURCE_TYPES, tally, type Resource, type Tally } from '../lib/resources.ts';

export const WEIGHT_PATHS = ['/', '/4xx/', '/486/', '/guides/', '/search/'];

/**
 * Loads one page in a fresh context (empty cache) and weighs every response until the network
 * has been idle for 500 ms.
 */
async function measurePage(browser: Browser, origin: string, path: string) {
  return withFreshPage(browser, async (page) => {
    const recording = recordFetches(page);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const resources: Resource[] = (await recording.stop()).map(
      ({ url, type, raw, gzip, wire }) => ({ url, type, raw, gzip, wire }),
    );
    return { path, ...tally(resources), resources };
  });
}

export async function measurePageWeights(browser: Browser, origin: string) {
  const pages = [];
  for (const path of WEIGHT_PATHS) pages.push(await measurePage(browser, origin, path));
  return pages;
}

export type PageWeights = Awaited<ReturnType<typeof measurePageWeights>>;

function tallyCell(counts: Tally): string {
  if (counts.requests === 0) return '–';
  return `${counts.requests} · ${formatBytes(counts.raw)} / ${formatBytes(counts.gzip)}`;
}

export function pageWeightSection(pages: PageWeights | Failure): string {
  if (failed(pages)) return failedNote(pages);
  const totals = pages.map(({ path, total }) => [
    `\`${path}\``,
    total.requests,
    formatBytes(total.raw),
    formatBytes(total.gzip),
    formatBytes(total.wire),
  ]);
  const byType = pages.map(({ path, byType }) => [
    `\`${path}\``,
    ...RESOURCE_TYPES.map((type) => tallyCell(byType[type])),
  ]);
  return [
    paragraph([
      'Each page in a fresh browser context, every response until the network was idle for',
      "500 ms. Raw is each response body uncompressed (Playwright's `response.body()`); gzip",
      "compresses each body on its own at level 9. Wire is what the benchmark's server sent:",
      'like a static host, it gzips HTML, CSS, JavaScript, JSON, SVG and WebAssembly (level 9)',
      "and sends Pagefind's own files, already compressed, as they are.",
    ]),
    '',
    table(['Page', 'Requests', 'Raw', 'Gzip', 'Wire'], totals),
    '',
    'By type (requests · raw / gzip):',
    '',
    table(['Page', ...RESOURCE_TYPES], byType),
  ].join('\n');
}
