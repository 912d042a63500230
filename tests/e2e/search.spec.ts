import {
  expect,
  header,
  headerSearch,
  searchPage,
  searchPageSearch,
  test,
  topResults,
} from './fixtures.ts';
import { pasted } from './pasted.ts';

const expectations = [
  ['486', '/486/'],
  ['busy here', '/486/'],
  ['busy everywhere', '/600/'],
  ['proxy authentication', '/407/'],
  ['loop detected', '/482/'],
] as const;

for (const [query, first] of expectations) {
  test(`searching "${query}" lists ${first} first`, async ({ page }) => {
    await page.goto('/');
    const options = await headerSearch(page, query);
    await expect(options.first()).toHaveAttribute('href', first);
    test
      .info()
      .annotations.push({ type: 'top three', description: (await topResults(options)).join(' ') });
  });
}

test('/search/?q= opens with the results for the query', async ({ page }) => {
  await page.goto('/search/?q=busy+everywhere');
  await expect(page.locator(searchPage.input)).toHaveValue('busy everywhere');
  await expect(page.locator(searchPage.input)).toBeFocused();
  await expect(page.locator(searchPage.results).first()).toHaveAttribute('href', '/600/');
});

test('the search page keeps ?q= in step with the query, so it can be shared', async ({ page }) => {
  await page.goto('/search/');
  const results = await searchPageSearch(page, 'loop detected');
  await expect(results.first()).toHaveAttribute('href', '/482/');
  await expect(page).toHaveURL(/\?q=loop\+detected$/);
});

test('the header search opens the chosen result', async ({ page }) => {
  await page.goto('/4xx/');
  const options = await headerSearch(page, 'busy here');
  const chosen = await options.first().getAttribute('href');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(chosen!);
});

test('Enter without a chosen option and without an exact answer opens the search page', async ({
  page,
}) => {
  await page.goto('/486/');
  await headerSearch(page, 'proxy authentication');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=proxy+authentication');
  await expect(page.locator(searchPage.results).first()).toHaveAttribute('href', '/407/');
});

test('a code typed and entered at once, before the search has loaded, opens its page', async ({
  page,
}) => {
  await page.goto('/486/');
  // Typed and submitted in one go: the live search may not be there yet.
  await page.locator(header.field).fill('499');
  await page.locator(header.field).press('Enter');
  await expect(page).toHaveURL('/499/');
});

test('"/" focuses the search box', async ({ page }) => {
  await page.goto('/486/');
  await page.keyboard.press('/');
  await expect(page.locator(header.field)).toBeFocused();
});

test('reading a page loads no search code or data until the search is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/486/');
  // Proving that nothing more is fetched needs the network to go quiet; no element says so.
  // eslint-disable-next-line playwright/no-networkidle
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => /^\/(pagefind\/|answers\.json)/.test(path))).toEqual([]);
  // The page's own script is inline: the page is one request.
  expect(requested.filter((path) => path !== '/486/')).toEqual([]);

  await page.locator(header.field).focus();
  // Focus alone fetches the answers' data and Pagefind, before the first key.
  await expect.poll(() => requested).toContain('/answers.json');
  await expect.poll(() => requested).toContain('/pagefind/wasm.en.pagefind');
});

// The pasted examples, typed into the real header box: the right page is the first option, and
// Enter opens it when the answer is exact; otherwise the reader first moves to the option.
const ENTER = ['Enter'];
const CHOOSE_THEN_ENTER = ['ArrowDown', 'Enter'];

for (const { query, url, keys } of pasted.map((example) => ({
  ...example,
  keys: example.exact ? ENTER : CHOOSE_THEN_ENTER,
}))) {
  test(`"${query}" in the header box lands on ${url}`, async ({ page }) => {
    await page.goto('/');
    const options = await headerSearch(page, query);
    await expect(options.first()).toHaveAttribute('href', url);
    await expect(page.locator(header.answers).first()).toHaveAttribute('href', url);
    for (const key of keys) await page.keyboard.press(key);
    await expect(page).toHaveURL(url);
  });
}

test('a busy cause also offers the code its stacks send, and a normal one says it is not a failure', async ({
  page,
}) => {
  await page.goto('/');
  await headerSearch(page, 'USER_BUSY');
  await expect(page.locator(header.answers)).toContainText(['Cause 17', '486 Busy Here']);
  await headerSearch(page, 'NORMAL_CLEARING');
  await expect(page.locator(header.answers).first()).toContainText('Not a failure');
});

test('"4O4" + Enter opens no code page: it offers "did you mean 404" on the search page', async ({
  page,
}) => {
  await page.goto('/4xx/');
  const options = await headerSearch(page, '4O4');
  await expect(options.first()).toHaveAttribute('href', '/404/');
  await expect(options.first()).toContainText('Did you mean 404 Not Found?');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=4O4');
  await expect(page.locator(searchPage.list)).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator(searchPage.answers).first()).toHaveAttribute('href', '/404/');
  await expect(page.locator(searchPage.answers).first()).toContainText('Did you mean');
});

test('/search/?q= shows the answers above the full-text results', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('Reason: Q.850;cause=34')}`);
  await expect(page.locator(searchPage.list)).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator(searchPage.answers)).toHaveCount(2);
  await expect(page.locator(searchPage.answers).first()).toHaveAttribute('href', '/causes/34/');
  const [answersBox, resultsBox] = await Promise.all(
    [searchPage.answers, searchPage.results].map((selector) =>
      page.locator(selector).first().boundingBox(),
    ),
  );
  expect(answersBox!.y).toBeLessThan(resultsBox!.y);
});

test('on a wide screen the header search lists its results under the field, as wide as it', async ({
  page,
}) => {
  await page.goto('/486/');
  await headerSearch(page, 'busy');
  const popup = page.locator('[data-site-search] .search-popup');
  await expect(popup).toBeVisible();
  const [field, list] = await Promise.all([
    page.locator(header.field).boundingBox(),
    popup.boundingBox(),
  ]);
  expect(list!.x).toBeCloseTo(field!.x, 0);
  expect(list!.width).toBeCloseTo(field!.width, 0);
  expect(list!.y).toBeGreaterThanOrEqual(field!.y + field!.height);
});
