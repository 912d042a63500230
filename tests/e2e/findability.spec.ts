import {
  builtFor,
  expect,
  headerSearch,
  headerSearchAnswer,
  searchPageAnswer,
  test,
  topResults,
} from './fixtures.ts';
import { registry } from './registry.ts';

const pageResults = '[data-search-page] pagefind-results a.pf-result-link';

/** Codes that share a reason phrase (406 and 606 are both "Not Acceptable"). */
function codesWithPhrase(reason: string) {
  return registry.filter((row) => row.reason === reason).map(({ code }) => `/${code}/`);
}

// One test per code: each is a search and a page load, so a failure names its code and no
// test's deadline has to cover dozens of searches on a busy machine.
for (const { code, reason } of registry) {
  test(`${code}: typed in the header search, it is the first result, and Enter opens it`, async ({
    page,
  }) => {
    await page.goto('/');
    const results = await headerSearch(page, String(code));
    await expect(results.first()).toHaveAttribute('href', `/${code}/`);
    await page.locator('pagefind-searchbox input').press('Enter');
    await expect(page).toHaveURL(`/${code}/`);
  });

  test(`${code}: its reason phrase "${reason}", typed in the search page, lists it first`, async ({
    page,
  }) => {
    await page.goto('/search/');
    await page.locator('[data-search-page] pagefind-input input').fill(reason);
    await searchPageAnswer(page, reason);
    // 406 and 606 are both "Not Acceptable": a shared phrase lists all its codes first.
    const expected = codesWithPhrase(reason);
    expect((await topResults(page.locator(pageResults), expected.length)).sort()).toEqual(
      [...expected].sort(),
    );
  });
}

test('header names, Q.850 cause names and former phrases find their codes', async ({ page }) => {
  const cases: [string, string, number][] = [
    ['Min-Expires', '/423/', 1],
    ['WWW-Authenticate', '/401/', 1],
    ['Proxy-Authenticate', '/407/', 1],
    ['Unsupported', '/420/', 3],
    ['user busy', '/486/', 3],
    ['Unsupported Certificate', '/437/', 1],
    ['Bad Identity-Info', '/436/', 1],
  ];
  await page.goto('/search/');
  const input = page.locator('[data-search-page] pagefind-input input');
  for (const [query, href, within] of cases) {
    await input.fill(query);
    await searchPageAnswer(page, query);
    expect(
      await topResults(page.locator(pageResults), within),
      `"${query}" → ${href} in the top ${within}`,
    ).toContain(href);
  }
});

test('results show code, phrase and summary, and can be narrowed to a class', async ({ page }) => {
  await page.goto('/search/?q=busy');
  const busyHere = page
    .locator('[data-search-page] pagefind-results li')
    .filter({ has: page.locator('a.pf-result-link', { hasText: '486 Busy Here' }) });
  await expect(busyHere.locator('.pf-result-summary')).toHaveText(
    /^The callee's device was reached/,
  );
  await expect(page.locator(pageResults).filter({ hasText: '486 Busy Here' })).toHaveCount(1);

  await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /^6xx/ }).check();
  const hrefs = () =>
    page
      .locator(pageResults)
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  await expect
    .poll(
      async () => {
        const shown = await hrefs();
        return shown.length > 0 && shown.every((href) => /^\/6(\d\d|xx)\/$/.test(href ?? ''));
      },
      { message: 'only 6xx pages remain' },
    )
    .toBe(true);
  expect(await hrefs()).toContain('/600/');
});

test('the header search works from the keyboard', async ({ page }) => {
  await page.goto('/486/');
  await page.keyboard.press('/');
  const input = page.locator('pagefind-searchbox input');
  await expect(input).toBeFocused();
  // One input event, as a paste or an input method sends: typed key by key, a search for a
  // prefix could answer after the last key and change the list under the arrow keys.
  await page.keyboard.insertText('busy');
  await headerSearchAnswer(page, 'busy');
  const options = page.locator('pagefind-searchbox a.pf-searchbox-result');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const target = await options.nth(1).getAttribute('href');
  await page.keyboard.press('Escape');
  await expect(options.first()).toBeHidden();
  await input.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target!);
});

test('the search page: Enter on a code opens it', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator('[data-search-page] pagefind-input input');
  await input.fill('503');
  await input.press('Enter');
  await expect(page).toHaveURL('/503/');
});

test('an OpenSearch description is linked from every page and points at /search/?q=', async ({
  page,
  baseURL,
}) => {
  for (const path of ['/', '/486/', '/4xx/', '/search/', '/499/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="search"]')).toHaveAttribute('href', '/opensearch.xml');
  }
  const xml = await (await page.request.get('/opensearch.xml')).text();
  const template = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return 'parse error';
    const root = doc.documentElement;
    return root.namespaceURI + ' ' + root.querySelector('Url')?.getAttribute('template');
  }, xml);
  expect(template).toBe(`http://a9.com/-/spec/opensearch/1.1/ ${builtFor}/search/?q={searchTerms}`);
  await page.goto(`${baseURL}/search/?q=${encodeURIComponent('loop detected')}`);
  await expect(page.locator(pageResults).first()).toHaveAttribute('href', '/482/');
});
