// What a visit costs with the service worker on, as a reader's browser has it: a code page
// opened from elsewhere, until well after it has loaded, and, for comparison with a worker that
// kept the whole site on every first visit, what keeping the reference on /offline/ downloads.
// Counted by the server (serve.ts), which also sees the worker's script and the worker's own
// fetches.
import { setTimeout as sleep } from 'node:timers/promises';
import { withFreshPage, type Browser } from '../lib/browser.ts';
import { failedNote, formatBytes, formatMs, paragraph, table } from '../lib/format.ts';
import { failed, type Failure } from '../lib/log.ts';
import type { Served, ServedFile } from '../lib/serve.ts';
import { stats, type Stats } from '../lib/stats.ts';
import { SEARCH_PAGES } from '../lib/search-ui.ts';

/** How long after load the first visit is watched, without interaction (as budgets.spec.ts). */
export const AFTER_LOAD_MS = 10_000;
const OFFLINE_PAGE = '/offline/';
/** Keeping the whole reference on a slow shared machine takes a while; beyond this it failed. */
const KEEP_TIMEOUT_MS = 180_000;

/** Requests and gzip bytes of what the server sent, with the paths in the order sent. */
export function tallyServed(files: readonly ServedFile[]) {
  return {
    requests: files.length,
    gzip: files.reduce((total, { gzip }) => total + gzip, 0),
    paths: files.map(({ path }) => path),
  };
}

async function firstVisitOnce(browser: Browser, server: Served) {
  return withFreshPage(
    browser,
    async (page) => {
      const recording = server.record();
      await page.goto(server.origin + SEARCH_PAGES.header, { waitUntil: 'load' });
      // Real time, not the page's clock: the worker, if registered, runs on its own.
      await sleep(AFTER_LOAD_MS);
      const workers = await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistrations()).length,
      );
      return { ...tallyServed(recording.stop()), workers };
    },
    'allow',
  );
}

async function keepOffline(browser: Browser, server: Served) {
  return withFreshPage(
    browser,
    async (page) => {
      await page.goto(server.origin + OFFLINE_PAGE, { waitUntil: 'networkidle' });
      const keep = page.locator('[data-offline-keep]');
      await keep.waitFor();
      const recording = server.record();
      const started = Date.now();
      await keep.click();
      // The control shows "Remove the offline copy" once the worker says every file is kept.
      await page.locator('[data-offline-remove]').waitFor({ timeout: KEEP_TIMEOUT_MS });
      const ms = Date.now() - started;
      const { requests, gzip } = tallyServed(recording.stop());
      return { requests, gzip, ms };
    },
    'allow',
  );
}

export async function measureFirstVisit(browser: Browser, server: Served, loads: number) {
  const visits = [];
  for (let load = 0; load < loads; load++) visits.push(await firstVisitOnce(browser, server));
  return {
    page: SEARCH_PAGES.header,
    loads,
    afterLoadMs: AFTER_LOAD_MS,
    requests: stats(visits.map((visit) => visit.requests)),
    gzip: stats(visits.map((visit) => visit.gzip)),
    workers: Math.max(...visits.map((visit) => visit.workers)),
    paths: visits[0].paths,
    keep: await keepOffline(browser, server),
  };
}

export type FirstVisitResults = Awaited<ReturnType<typeof measureFirstVisit>>;

const range = ({ min, max }: Stats, format: (value: number) => string) =>
  min === max ? format(min) : `${format(min)}–${format(max)}`;

export function firstVisitSection(visit: FirstVisitResults | Failure): string {
  if (failed(visit)) return failedNote(visit);
  const paths = visit.paths.map((path) => `\`${path}\``).join(', ') || 'nothing';
  return [
    paragraph([
      `${visit.loads} fresh loads of \`${visit.page}\` in Chromium with service workers allowed,`,
      `each watched until ${formatMs(visit.afterLoadMs)} after load without interaction.`,
      'Requests and gzip bytes (level 9, each response on its own) as the server counted them, so',
      `that the worker's script and the worker's own fetches count too. Fetched: ${paths};`,
      `${visit.workers === 0 ? 'no service worker registered' : 'a service worker registered'}.`,
      `Keeping the reference on \`${OFFLINE_PAGE}\` ("Keep the reference offline", once) is what`,
      'a worker that kept the whole site used to fetch on every first visit.',
    ]),
    '',
    table(
      ['Visit', 'Requests', 'Gzip', 'Time'],
      [
        [
          `First visit, until ${formatMs(visit.afterLoadMs)} after load`,
          range(visit.requests, String),
          range(visit.gzip, (bytes) => `${bytes.toLocaleString('en-US')} bytes`),
          '',
        ],
        [
          'Keeping the reference offline, until done',
          visit.keep.requests,
          formatBytes(visit.keep.gzip),
          formatMs(visit.keep.ms),
        ],
      ],
    ),
  ].join('\n');
}
