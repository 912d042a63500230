// Performance budgets that bytes make exact. Sizes are gzip level 9 of each response body, as a
// static host would send them, so the figures do not depend on the test server.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, headerSearchAnswer, test } from './fixtures.ts';

/** A code page before any interaction (issue budget: 15 KB and 4 requests; tightened). */
const CODE_PAGE_MAX_BYTES = 12 * 1024;
const CODE_PAGE_MAX_REQUESTS = 4;
/** Everything the first search for "486" fetches. */
const FIRST_SEARCH_MAX_BYTES = 150 * 1024;

/**
 * Records every response from now on. Reading a body takes a round trip to the browser, so the
 * sizes are collected as promises, and `settled` waits for all that have arrived so far.
 */
function recordResponses(page: Page) {
  const pending: Promise<{ path: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => ({
          path: new URL(response.url()).pathname,
          gzip: gzipSync(body, { level: 9 }).length,
        })),
    );
  });
  return { settled: () => Promise.all(pending) };
}

const total = (responses: { gzip: number }[]) => responses.reduce((sum, { gzip }) => sum + gzip, 0);

test('a code page loads in at most 4 requests and 12 KB, with no search code', async ({ page }) => {
  const recorder = recordResponses(page);
  // A budget counts everything the page fetches, also after load; only quiet says it is done.
  // eslint-disable-next-line playwright/no-networkidle
  await page.goto('/486/', { waitUntil: 'networkidle' });
  const responses = await recorder.settled();
  const summary = responses.map(({ path, gzip }) => `${path} ${gzip}`).join('\n');
  expect(responses.length, summary).toBeLessThanOrEqual(CODE_PAGE_MAX_REQUESTS);
  expect(total(responses), summary).toBeLessThanOrEqual(CODE_PAGE_MAX_BYTES);
  expect(
    responses.filter(({ path }) => path.startsWith('/pagefind/')),
    summary,
  ).toEqual([]);
  test.info().annotations.push({
    type: 'code page',
    description: `${responses.length} requests, ${total(responses)} bytes gzip`,
  });
});

test('the first search for "486" fetches at most 150 KB', async ({ page }) => {
  // The search's bytes start counting once the page has stopped fetching for itself.
  // eslint-disable-next-line playwright/no-networkidle
  await page.goto('/486/', { waitUntil: 'networkidle' });
  const recorder = recordResponses(page);
  await page.locator('#site-search-input').click();
  await page.locator('pagefind-searchbox input').fill('486');
  // Every result shown has fetched its fragment once the box has answered.
  await headerSearchAnswer(page, '486');
  await expect(page.locator('pagefind-searchbox a.pf-searchbox-result').first()).toHaveAttribute(
    'href',
    '/486/',
  );
  const responses = await recorder.settled();
  const summary = responses.map(({ path, gzip }) => `${path} ${gzip}`).join('\n');
  expect(total(responses), summary).toBeLessThanOrEqual(FIRST_SEARCH_MAX_BYTES);
  test
    .info()
    .annotations.push({ type: 'first search', description: `${total(responses)} bytes gzip` });
});
