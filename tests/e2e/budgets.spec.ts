// Performance budgets that bytes make exact. Sizes are gzip level 9 of each response body, as a
// static host would send them, so the figures do not depend on the test server.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, header, headerSearch, test } from './fixtures.ts';

// 1 KB = 1000 bytes, as in the benchmark's figures.
/** A code page before any interaction: the page and at most one script. */
const CODE_PAGE_MAX_BYTES = 10_000;
const CODE_PAGE_MAX_REQUESTS = 2;
/**
 * Everything the first search for "486" fetches, UI, Pagefind and answers' data included. Raised
 * from 100 KB when the answers learnt to read any log line: that reader is 4.3 KB gzip of the
 * live search's script (README, Performance).
 */
const FIRST_SEARCH_MAX_BYTES = 105_000;
/**
 * The live search's script, Pagefind's runtime, entry, metadata and WebAssembly, the answers'
 * data, the index chunks the query reads (one or two) and its five results.
 */
const FIRST_SEARCH_MAX_REQUESTS = 13;

/** Records every response, and tells when nothing is in flight any more. */
function recordResponses(page: Page) {
  const responses: { path: string; gzip: number }[] = [];
  let pending = 0;
  // A data: address (the inline icon) is not a request to the host.
  const fetched = (url: string) => !url.startsWith('data:');
  page.on('request', (request) => fetched(request.url()) && pending++);
  page.on('requestfailed', (request) => fetched(request.url()) && pending--);
  page.on('requestfinished', async (request) => {
    if (!fetched(request.url())) return;
    const response = await request.response();
    const body = (await response?.body().catch(() => null)) ?? Buffer.alloc(0);
    responses.push({
      path: new URL(request.url()).pathname,
      gzip: gzipSync(body, { level: 9 }).length,
    });
    pending--;
  });
  return { responses, settled: () => expect.poll(() => pending).toBe(0) };
}

const total = (responses: { gzip: number }[]) => responses.reduce((sum, { gzip }) => sum + gzip, 0);
const list = (responses: { path: string; gzip: number }[]) =>
  responses.map(({ path, gzip }) => `${path} ${gzip}`).join('\n');

test.describe('a first visit', () => {
  // As a reader's browser has it: service workers run.
  test.use({ serviceWorkers: 'allow' });

  test('a code page loads in at most 2 requests and 10 KB until 10 s after load, with no search code, data or worker', async ({
    page,
  }) => {
    // The page's clock, so that "10 s after load" runs every timer the page set, without waiting.
    await page.clock.install();
    const { responses, settled } = recordResponses(page);
    await page.goto('/486/', { waitUntil: 'load' });
    await page.clock.runFor(10_000);
    await settled();
    const summary = list(responses);
    expect(responses.length, summary).toBeLessThanOrEqual(CODE_PAGE_MAX_REQUESTS);
    expect(total(responses), summary).toBeLessThanOrEqual(CODE_PAGE_MAX_BYTES);
    expect(
      responses.filter(({ path }) =>
        /^\/(pagefind\/|answers\.json|sw\.js|offline\.json)/.test(path),
      ),
      summary,
    ).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toEqual([]);
    test.info().annotations.push({
      type: 'code page',
      description: `${responses.length} requests, ${total(responses)} bytes gzip`,
    });
  });
});

test('the first search for "486" fetches at most 100 KB, answers included', async ({ page }) => {
  // The search's bytes start counting once the page has stopped fetching for itself.
  // eslint-disable-next-line playwright/no-networkidle
  await page.goto('/486/', { waitUntil: 'networkidle' });
  const { responses, settled } = recordResponses(page);
  const options = await headerSearch(page, '486');
  await expect(page.locator(header.answers).first()).toHaveAttribute('href', '/486/');
  await expect(options.first()).toHaveAttribute('href', '/486/');
  await expect(page.locator(header.results).first()).toBeVisible();
  await settled();
  const summary = list(responses);
  expect(responses.map(({ path }) => path)).toContain('/answers.json');
  expect(responses.length, summary).toBeLessThanOrEqual(FIRST_SEARCH_MAX_REQUESTS);
  expect(total(responses), summary).toBeLessThanOrEqual(FIRST_SEARCH_MAX_BYTES);
  test.info().annotations.push({
    type: 'first search',
    description: `${responses.length} requests, ${total(responses)} bytes gzip`,
  });
});
