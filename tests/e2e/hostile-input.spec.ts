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

test.describe('hostile search input', () => {
  test.describe.configure({ timeout: 120_000 });

  test(`${queries.length} hostile queries in the search page: no dialog, no script, a clear answer`, async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto('/search/');
    for (const query of queries) {
      await searchPageSearch(page, query);
      const answered = await page.evaluate(() => {
        const results = document.querySelectorAll('[data-search-page] [data-search-result]').length;
        const summary =
          document.querySelector('[data-search-page] [data-search-summary]')?.textContent ?? '';
        return results > 0 || /\bresults?\b/i.test(summary) || summary.trim() === '';
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

  test('hostile ?q= values load safely and show results or "no results"', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const query of queries.filter((q) => q.length < 500)) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator(searchPage.input)).toHaveValue(query.trim() ? query.trim() : '');
      await expect(page.locator(searchPage.list)).toHaveAttribute('aria-busy', 'false');
      await expect(page.locator(`[data-search-page] :is(${INJECTED})`)).toHaveCount(0);
    }
    expect(dialogs).toEqual([]);
  });

  test('hostile text in the header search does not run', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto('/486/');
    for (const query of queries.slice(0, 12)) {
      await headerSearch(page, query);
      await expect(page.locator(`[data-site-search] :is(${INJECTED})`)).toHaveCount(0);
    }
    expect(dialogs).toEqual([]);
  });
});
