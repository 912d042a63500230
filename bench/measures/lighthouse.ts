// Lighthouse scores with its default (mobile) settings, in a Chromium of its own.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { paragraph, table } from '../lib/format.ts';
import { failed, log, messageOf, type Failure } from '../lib/log.ts';

type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export const LIGHTHOUSE_PATHS = ['/', '/486/', '/search/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** The audits that cost points in each category, so that a score below 100 says why. */
function shortfalls(lhr: LighthouseReport): Record<string, { audit: string; score: number }[]> {
  const byCategory = CATEGORIES.map((id) => [
    id,
    (lhr.categories[id]?.auditRefs ?? [])
      .filter(({ id: audit, weight }) => weight > 0 && (lhr.audits[audit]?.score ?? 1) < 1)
      .map(({ id: audit }) => ({ audit, score: lhr.audits[audit].score ?? 0 })),
  ]);
  return Object.fromEntries(byCategory);
}

async function lighthouseOnce(url: string, port: number) {
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]);
    const metrics = METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]);
    return {
      formFactor: lhr.configSettings.formFactor,
      scores: Object.fromEntries(scores) as Record<string, number | null>,
      metrics: Object.fromEntries(metrics) as Record<string, number | null>,
      shortfalls: shortfalls(lhr),
      warnings: lhr.runWarnings,
    };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

export type LighthouseResults = Record<string, Awaited<ReturnType<typeof lighthouseOnce>>>;

/**
 * Scores each page. Errors are recorded per page rather than failing the run. `debuggingPort`
 * 0 lets Chromium take any free port.
 */
export async function measureLighthouse(origin: string, debuggingPort: number) {
  const pages: LighthouseResults = {};
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
      ...(debuggingPort ? { port: debuggingPort } : {}),
    });
  } catch (error) {
    for (const path of LIGHTHOUSE_PATHS) pages[path] = { error: messageOf(error) };
    return pages;
  }
  try {
    for (const path of LIGHTHOUSE_PATHS) {
      log(`lighthouse ${path}`);
      pages[path] = await lighthouseOnce(origin + path, chrome.port);
    }
  } finally {
    chrome.kill();
  }
  return pages;
}

export function lighthouseSection(pages: LighthouseResults): string {
  const entries = Object.entries(pages);
  const rows = entries.map(([path, result]) =>
    failed(result)
      ? [`\`${path}\``, `error: ${result.error.split('\n')[0]}`, '', '', '']
      : [
          `\`${path}\``,
          ...CATEGORIES.map((id) => {
            const score = result.scores[id];
            return score === null ? '–' : Math.round(score * 100);
          }),
        ],
  );
  const lost = entries.flatMap(([path, result]: [string, LighthouseResults[string] | Failure]) =>
    failed(result)
      ? []
      : Object.entries(result.shortfalls)
          .filter(([, audits]) => audits.length > 0)
          .map(([category, audits]) => {
            const named = audits.map(({ audit, score }) => `${audit} ${Math.round(score * 100)}`);
            return `\`${path}\` ${category}: ${named.join(', ')}`;
          }),
  );
  return [
    "Lighthouse's default mobile profile (simulated slow 4G and 4× CPU slowdown) in headless",
    'Chromium.',
    '',
    table(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO'], rows),
    '',
    paragraph([`Audits short of full marks: ${lost.join('; ') || 'none'}.`]),
  ].join('\n');
}
