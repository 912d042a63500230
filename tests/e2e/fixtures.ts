// Every end-to-end test runs under these guards: a console error, an uncaught exception or a
// request to another origin fails the test that caused it.
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ guard: void; expectedConsoleErrors: RegExp[] }>({
  // Console errors a test provokes on purpose (e.g. a CSP violation it injects).
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      // A page served with status 404 on purpose logs that status; tests assert it themselves.
      const notFoundPages = new Set<string>();
      page.on('response', (response) => {
        if (response.request().isNavigationRequest() && response.status() === 404) {
          notFoundPages.add(response.url());
        }
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (notFoundPages.has(message.location().url) && /status of 404/.test(message.text()))
          return;
        if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
        problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          new URL(url).origin !== origin
        ) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use();
      expect(problems, 'problems seen while the test ran').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The address the site was built for (SITE_URL, as astro.config.mjs reads it), without the
 * trailing slash: canonical links, the sitemap and OpenSearch name it, whichever port the tests
 * serve the build on.
 */
export const builtFor = (process.env.SITE_URL ?? 'http://127.0.0.1:4321/').replace(/\/$/, '');

const SEARCH_PAGE = '[data-search-page]';

/**
 * Waits until the search page has answered exactly `value`, the text its field holds: the
 * summary reads "N results for VALUE" or "No results for VALUE" (for an empty field, nothing),
 * the list holds N entries, and every entry in view has its content. Pagefind first lists a
 * placeholder per result and fills each from its fragment once it scrolls into view. Returns N.
 */
export async function searchPageAnswer(page: Page, value: string): Promise<number> {
  const summary = page.locator(`${SEARCH_PAGE} pagefind-summary`);
  let count = 0;
  await expect
    .poll(
      async () => {
        const text = (await summary.textContent()) ?? '';
        const answer = /^(No|\d+) results? for ([^]*)$/.exec(text);
        count = Number(answer?.[1]) || 0;
        return answer ? answer[2] === value : text === value;
      },
      { message: `the search page answers ${JSON.stringify(value.slice(0, 40))}` },
    )
    .toBe(true);
  await expect(page.locator(`${SEARCH_PAGE} pagefind-results ul.pf-results > li`)).toHaveCount(
    count,
  );
  await expect
    .poll(
      () =>
        page.locator(`${SEARCH_PAGE} pagefind-results li[aria-hidden="true"]`).evaluateAll(
          (placeholders) =>
            placeholders.filter((placeholder) => {
              const { top, bottom } = placeholder.getBoundingClientRect();
              return bottom > 0 && top < innerHeight;
            }).length,
        ),
      { message: 'results in view still waiting for their content' },
    )
    .toBe(0);
  return count;
}

/**
 * Waits until the header search box has answered what its field holds: either it says "No
 * results for VALUE", or it is no longer searching and every result it lists has its content.
 */
export async function headerSearchAnswer(page: Page, value: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.locator('pagefind-searchbox').evaluate((box) => {
          const results = box.querySelector('.pf-searchbox-results');
          const status = box.querySelector<HTMLElement>('.pf-searchbox-status');
          if (results?.getAttribute('aria-busy') === 'true') return 'searching';
          if (status && !status.hidden) return status.textContent;
          if (box.querySelector('.pf-searchbox-placeholder')) return 'filling results';
          return `${box.querySelectorAll('a.pf-searchbox-result').length} results`;
        }),
      { message: `the header search answers ${JSON.stringify(value.slice(0, 40))}` },
    )
    .toMatch(
      value.trim()
        ? new RegExp(`^(No results for ${RegExp.escape(value)}|[1-9]\\d* results)$`)
        : new RegExp(`^No results for ${RegExp.escape(value)}$`),
    );
}

/** Types into the header search and returns its result links, best first, once all are shown. */
export async function headerSearch(page: Page, query: string) {
  await page.locator('#site-search-input').click();
  const input = page.locator('pagefind-searchbox input');
  await expect(input).toBeFocused();
  await input.fill(query);
  await headerSearchAnswer(page, query);
  const results = page.locator('pagefind-searchbox a.pf-searchbox-result');
  await expect(results.first()).toBeVisible();
  return results;
}

/** The hrefs of the first `count` results. */
export async function topResults(results: Locator, count = 3) {
  const hrefs = await results.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  );
  return hrefs.slice(0, count);
}
