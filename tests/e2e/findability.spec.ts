import {
  builtFor,
  expect,
  header,
  headerSearch,
  searchPage,
  searchPageSearch,
  test,
} from './fixtures.ts';
import type { Page } from '@playwright/test';
import { registry } from './registry.ts';

const pageResults = searchPage.results;
/** Every link the search page shows, answers first, in page order. */
const shown = `${searchPage.answers}, ${searchPage.results}`;

/** Codes that share a reason phrase (406 and 606 are both "Not Acceptable"). */
function codesWithPhrase(reason: string) {
  return registry.filter((row) => row.reason === reason).map(({ code }) => `/${code}/`);
}

// One test per code: each is a search and a page load, so a failure names its code and no
// test's deadline has to cover dozens of searches on a busy machine.
for (const { code, reason } of registry) {
  test(`${code}: typed in the header search, it is the first option, and Enter opens it`, async ({
    page,
  }) => {
    await page.goto('/');
    const options = await headerSearch(page, String(code));
    await expect(options.first()).toHaveAttribute('href', `/${code}/`);
    await page.locator(header.live).press('Enter');
    await expect(page).toHaveURL(`/${code}/`);
  });

  test(`${code}: its reason phrase "${reason}", searched as typed, lists it first, as an answer and in full-text search`, async ({
    page,
  }) => {
    await page.goto('/search/');
    await searchPageSearch(page, reason);
    // 406 and 606 are both "Not Acceptable": a shared phrase lists all its codes first.
    const expected = codesWithPhrase(reason);
    // What the reader sees first: the answer for the phrase.
    await expect(page.locator(shown).first()).toHaveAttribute(
      'href',
      new RegExp(`^(${expected.join('|')})$`),
    );
    // Full-text search on its own ranks it first too (all of them, for a shared phrase).
    const top = await hrefs(page, pageResults, expected.length);
    expect(top.sort()).toEqual([...expected].sort());
  });
}

/** The addresses of the first `count` links that match `selector`, in page order. */
function hrefs(page: Page, selector: string, count: number) {
  return page
    .locator(selector)
    .evaluateAll(
      (links, n) => links.slice(0, n).map((link) => link.getAttribute('href') ?? ''),
      count,
    );
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
  for (const [query, href, within] of cases) {
    await searchPageSearch(page, query);
    const top = await hrefs(page, shown, within);
    expect(top, `"${query}" → ${href} in the top ${within}`).toContain(href);
  }
});

test('results show code, phrase, summary and a marked excerpt, and can be narrowed to a class', async ({
  page,
}) => {
  await page.goto('/search/?q=busy');
  const busyHere = page
    .locator(pageResults)
    .filter({ has: page.locator('.search-title', { hasText: /^486 Busy Here$/ }) });
  await expect(busyHere).toHaveCount(1);
  await expect(busyHere.locator('.search-title')).toHaveText('486 Busy Here');
  await expect(busyHere.locator('.search-summary')).toHaveText(/^The callee's device was reached/);
  await expect(busyHere.locator('.search-excerpt mark').first()).toHaveText(/^busy$/i);

  const sixes = page.locator('[data-search-filter]').getByRole('checkbox', { name: /^6xx/ });
  await expect(sixes).toHaveAccessibleName(/^6xx \(\d+\)$/);
  await sixes.check();
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

test('the header search works from the keyboard, as an ARIA combobox', async ({ page }) => {
  await page.goto('/486/');
  await page.keyboard.press('/');
  const input = page.locator(header.live);
  await expect(input).toBeFocused();
  await input.pressSequentially('busy');
  await expect(page.locator(header.listbox)).toHaveAttribute('aria-busy', 'false');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(input).toHaveAttribute(
    'aria-controls',
    (await page.locator(header.listbox).getAttribute('id')) ?? '',
  );
  const options = page.locator(header.options);
  const count = await options.count();
  expect(count).toBeGreaterThan(2);
  // Nothing is chosen until the reader moves into the list, so Enter alone searches.
  await expect(page.locator(`${header.options}[aria-selected="true"]`)).toHaveCount(0);
  const chosen = async (index: number) => {
    const option = options.nth(index);
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute(
      'aria-activedescendant',
      (await option.getAttribute('id'))!,
    );
    await expect(page.locator(`${header.options}[aria-selected="true"]`)).toHaveCount(1);
  };
  await page.keyboard.press('ArrowDown');
  await chosen(0);
  await page.keyboard.press('ArrowDown');
  await chosen(1);
  await page.keyboard.press('End');
  await chosen(count - 1);
  await page.keyboard.press('Home');
  await chosen(0);
  await page.keyboard.press('ArrowUp');
  await chosen(count - 1);
  await page.keyboard.press('Escape');
  await expect(options.first()).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).not.toHaveAttribute('aria-activedescendant');
  await expect(input).toHaveValue('busy');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await chosen(1);
  const target = await options.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target!);
});

test('the header search tells screen readers how much it found', async ({ page }) => {
  await page.goto('/486/');
  await headerSearch(page, 'busy');
  await expect(page.locator(header.status)).toHaveText(/^(\d+ answers?, )?\d+ results?$/);
  await headerSearch(page, 'xylophonist');
  await expect(page.locator(header.status)).toHaveText('No results');
  await expect(page.locator('[data-site-search] .search-message')).toHaveText(
    'No results for “xylophonist”',
  );
});

test('the search page: Enter on a code opens it', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator(searchPage.input);
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
