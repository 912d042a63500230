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

/** Types into the header search and returns its result links, best first. */
export async function headerSearch(page: Page, query: string) {
  await page.locator('#site-search-input').click();
  const input = page.locator('pagefind-searchbox input');
  await expect(input).toBeFocused();
  await input.fill(query);
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
