import { expect, headerSearch, test, topResults } from './fixtures.ts';

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
    const results = await headerSearch(page, query);
    await expect(results.first()).toHaveAttribute('href', first);
    test
      .info()
      .annotations.push({ type: 'top three', description: (await topResults(results)).join(' ') });
  });
}

test('/search/?q= opens with the results for the query', async ({ page }) => {
  await page.goto('/search/?q=busy+everywhere');
  const input = page.locator('pagefind-input input');
  await expect(input).toHaveValue('busy everywhere');
  const results = page.locator('pagefind-results a.pf-result-link');
  await expect(results.first()).toHaveAttribute('href', '/600/');
});

test('the search page keeps ?q= in step with the query, so it can be shared', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('pagefind-input input').fill('loop detected');
  await expect(page.locator('pagefind-results a.pf-result-link').first()).toHaveAttribute(
    'href',
    '/482/',
  );
  await expect(page).toHaveURL(/\?q=loop\+detected$/);
});

test('the header search opens the chosen result', async ({ page }) => {
  await page.goto('/4xx/');
  await headerSearch(page, 'busy here');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/486/');
});

test('"/" focuses the search box', async ({ page }) => {
  await page.goto('/486/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-input, pagefind-searchbox input').first()).toBeFocused();
});

test('reading a page loads no script of the search until it is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/486/');
  // Proving that nothing more is fetched needs the network to go quiet; no element says so.
  // eslint-disable-next-line playwright/no-networkidle
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
});
