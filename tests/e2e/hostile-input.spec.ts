import type { Page } from '@playwright/test';
import { expect, headerSearch, searchPage, searchPageSearch, test } from './fixtures.ts';

// Input meant to break a search UI: markup and script injection, huge and empty strings,
// unusual Unicode, regular-expression and SQL syntax.
const queries = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  '<iframe src="javascript:alert(1)"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '</pagefind-results><script>alert(1)</script>',
  '<mark>486</mark>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  'x'.repeat(10_000),
  '486 '.repeat(2_500),
  ' ',
  '          ',
  '\t\n',
  '📞🔥💥',
  '486 📵',
  'مشغول هنا',
  'עסוק כאן 486',
  'B\u0301u\u0308s\u0327y\u0303 h\u0300e\u0301r\u0302e\u0303',
  'Z̷̧̛̗͓a̵͚̐l̶̞̏g̴̰̈o̷̝͑',
  '\u202Eereh ysub',
  '.*',
  '(a+)+$',
  '[^\\]]*\\',
  '^$|?*+(){}[]',
  "' OR '1'='1",
  '486; DROP TABLE codes;--',
  '%00%27%22',
  '\u0000\u0001\u0002',
  '../../../etc/passwd',
];

/** Elements an injection would add; the search draws only links, spans, marks and lists. */
const INJECTED = 'script, iframe, img, svg, object, embed, [onerror], [onload], [onclick], [style]';

/** The queries numbered from 1, in runs of `size`: a few searches in one page per test. */
function runs(items: string[], size: number) {
  const numbered = items.map((query, index) => ({ number: index + 1, query }));
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    numbered.slice(index * size, (index + 1) * size),
  );
}

const range = (run: { number: number }[]) => `${run[0]!.number}–${run.at(-1)!.number}`;

/** Collects the dialogs a page opens (an injected alert would open one). */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

test.describe('hostile search input', () => {
  for (const run of runs(queries, 8)) {
    test(`hostile queries ${range(run)} in the search page: no dialog, no script, a clear answer`, async ({
      page,
    }) => {
      const dialogs = recordDialogs(page);
      await page.goto('/search/');
      for (const { query } of run) {
        await searchPageSearch(page, query);
        // A clear answer: results, a count or "no results", or nothing for a blank query.
        const answered = await page.evaluate(() => {
          const results = document.querySelectorAll('[data-search-page] [data-search-result]');
          const summary =
            document.querySelector('[data-search-page] [data-search-summary]')?.textContent ?? '';
          return results.length > 0 || /\bresults?\b/i.test(summary) || summary.trim() === '';
        });
        expect(answered, JSON.stringify(query.slice(0, 40))).toBe(true);
        // Still responsive: the page answers a script call at once.
        expect(await page.evaluate(() => 1 + 1)).toBe(2);
        await expect(page.locator(`[data-search-page] :is(${INJECTED})`)).toHaveCount(0);
      }
      expect(dialogs).toEqual([]);
      // A real search still works afterwards.
      const results = await searchPageSearch(page, 'busy here');
      await expect(results.first()).toHaveAttribute('href', '/486/');
    });
  }

  // One page load each, so that no test's deadline has to cover thirty of them.
  for (const { number, query } of runs(queries, 1)
    .flat()
    .filter(({ query }) => query.length < 500)) {
    test(`hostile ?q= #${number} ${JSON.stringify(query)} loads safely and shows results or "no results"`, async ({
      page,
    }) => {
      const dialogs = recordDialogs(page);
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator(searchPage.input)).toHaveValue(query.trim());
      await expect(page.locator(searchPage.list)).toHaveAttribute('aria-busy', 'false');
      await expect(page.locator(`[data-search-page] :is(${INJECTED})`)).toHaveCount(0);
      expect(dialogs).toEqual([]);
    });
  }

  for (const run of runs(queries.slice(0, 12), 4)) {
    test(`hostile queries ${range(run)} in the header search do not run`, async ({ page }) => {
      const dialogs = recordDialogs(page);
      await page.goto('/486/');
      for (const { query } of run) {
        await headerSearch(page, query);
        await expect(page.locator(`[data-site-search] :is(${INJECTED})`)).toHaveCount(0);
      }
      expect(dialogs).toEqual([]);
    });
  }
});
