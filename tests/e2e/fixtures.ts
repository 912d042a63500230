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

/** The header search once it is live: the field, its options, answers first, then pages. */
export const header = {
  field: '#site-search-input',
  live: '#site-search-input[role="combobox"]',
  listbox: '[data-site-search] [role="listbox"]',
  options: '[data-site-search] [role="option"]',
  answers: '[data-site-search] [data-answer]',
  results: '[data-site-search] [data-search-result]',
  status: '[data-site-search] [role="status"]',
};

/** The search page: its field, answers and full-text results. */
export const searchPage = {
  input: '[data-search-page] input[type="search"]',
  answers: '[data-search-page] [data-answer]',
  results: '[data-search-page] [data-search-result]',
  list: '[data-search-page] [data-search-results]',
  summary: '[data-search-page] [data-search-summary]',
};

/**
 * Types into the header search and waits until both answers and results for the query are
 * drawn (the listbox stops being busy); returns the options, best first.
 */
export async function headerSearch(page: Page, query: string) {
  await page.locator(header.field).click();
  const input = page.locator(header.live);
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(page.locator(header.listbox)).toHaveAttribute('aria-busy', 'false');
  return page.locator(header.options);
}

/** Types into the search page's field and waits until its answers and results are drawn. */
export async function searchPageSearch(page: Page, query: string) {
  await page.locator(searchPage.input).fill(query);
  await expect(page.locator(searchPage.list)).toHaveAttribute('aria-busy', 'false');
  return page.locator(searchPage.results);
}

/** The hrefs of the first `count` links. */
export async function topResults(results: Locator, count = 3) {
  const hrefs = await results.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  );
  return hrefs.slice(0, count);
}
