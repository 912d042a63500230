// What the search index holds: the facts on the pages, not where they were read from. The
// repository, file, function, commit and branch behind a mapping table are for checking it; in
// the index they would tie a pasted log line to every cause page that cites the same file.
import type { Page } from '@playwright/test';
import { expect, searchPageSearch, test } from './fixtures.ts';

/** Text only the sources of the tables hold: function and file names, commits and branches. */
const provenance = [
  'hangup_sip2cause',
  'chan_sip.c',
  'res_pjsip.c',
  'mod_sofia.c',
  'sofia_glue_sip_cause_to_freeswitch',
  'err2reason_phrase',
  'error.c',
  // Asterisk's chan_sip table is read on this release branch, and its commit.
  '(branch 20)',
  '516d2c60ac',
  // Named only in the note on chan_sip's default branch, shown on every cause it reaches.
  'sip_hangup',
];

/**
 * Pages whose indexed text contains `text`, among those Pagefind finds for it. Pagefind also
 * matches parts and stems of words ("chan_sip.c" finds the stack chan_sip, "hangup" finds
 * "hanging"), so the text of every result is read, through the same runtime the site loads.
 */
async function indexedWith(page: Page, text: string) {
  return page.evaluate(async (text) => {
    const runtime =
      document.querySelector<HTMLElement>('[data-site-search]')!.dataset.searchRuntime!;
    const pagefind = (await import(runtime)) as {
      options(options: object): Promise<void>;
      search(
        term: string,
      ): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
    };
    await pagefind.options({ noWorker: true });
    const { results } = await pagefind.search(text);
    const pages = await Promise.all(results.map((result) => result.data()));
    return pages
      .filter(({ content }) => content.toLowerCase().includes(text.toLowerCase()))
      .map(({ url }) => url);
  }, text);
}

test('no indexed page holds where a mapping was read from', async ({ page }) => {
  await page.goto('/causes/17/');
  for (const text of provenance) {
    expect(await indexedWith(page, text), text).toEqual([]);
  }
  // The page still shows its sources: they are kept out of the index only.
  await expect(page.locator('main')).toContainText('hangup_sip2cause() in chan_sip.c');
});

const values = [
  // A FreeSWITCH cause name and Asterisk defines, from the names on cause pages.
  ['USER_BUSY', '/causes/17/'],
  ['AST_CAUSE_BUSY', '/causes/17/'],
  // The internal error a proxy builds its phrase from, on the page of the code it sends.
  ['E_BAD_URI', '/475/'],
  // A row's own note stays: the channel variable that decides FreeSWITCH's cause for a 488.
  ['ignore_q850_reason', '/causes/88/'],
] as const;

for (const [value, target] of values) {
  test(`mapping values stay searchable: "${value}" finds ${target}`, async ({ page }) => {
    await page.goto('/search/');
    const results = await searchPageSearch(page, value);
    const hrefs = await results.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(hrefs).toContain(target);
  });
}
