import { expect, headerSearchAnswer, searchPageAnswer, test } from './fixtures.ts';

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

/** The queries numbered from 1, in runs of `size`: a few searches in one page per test. */
function runs(items: string[], size: number) {
  const numbered = items.map((query, index) => ({ number: index + 1, query }));
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    numbered.slice(index * size, (index + 1) * size),
  );
}

const range = (run: { number: number }[]) => `${run[0]!.number}–${run.at(-1)!.number}`;

test.describe('hostile search input', () => {
  for (const run of runs(queries, 8)) {
    test(`hostile queries ${range(run)} in the search page: no dialog, no script, a clear answer`, async ({
      page,
    }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto('/search/');
      const input = page.locator('[data-search-page] pagefind-input input');
      for (const { query } of run) {
        await input.fill(query);
        // The answer must be for what the field holds (a search field drops line breaks): a count
        // of results, or "no results", with every result in view filled in.
        await searchPageAnswer(page, await input.inputValue());
        // Still responsive: the page answers a script call at once.
        expect(await page.evaluate(() => 1 + 1)).toBe(2);
      }
      expect(dialogs).toEqual([]);
      await expect(
        page.locator(
          '[data-search-page] script:not([type="text/pagefind-template"]), [data-search-page] iframe, [data-search-page] [onerror], [data-search-page] [onload]',
        ),
      ).toHaveCount(0);
      // A real search still works afterwards.
      await input.fill('busy here');
      await expect(
        page.locator('[data-search-page] pagefind-results a.pf-result-link').first(),
      ).toHaveAttribute('href', '/486/');
    });
  }

  // One page load each, so that no test's deadline has to cover thirty of them.
  for (const { number, query } of runs(queries, 1)
    .flat()
    .filter(({ query }) => query.length < 500)) {
    test(`hostile ?q= #${number} ${JSON.stringify(query)} loads safely and shows results or "no results"`, async ({
      page,
    }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('[data-search-page] pagefind-input input')).toHaveValue(
        query.trim(),
      );
      await searchPageAnswer(page, query.trim());
      expect(dialogs).toEqual([]);
    });
  }

  for (const run of runs(queries.slice(0, 12), 4)) {
    test(`hostile queries ${range(run)} in the header search do not run`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto('/486/');
      await page.locator('#site-search-input').click();
      const input = page.locator('pagefind-searchbox input');
      for (const { query } of run) {
        await input.fill(query);
        await headerSearchAnswer(page, await input.inputValue());
      }
      expect(dialogs).toEqual([]);
    });
  }
});
