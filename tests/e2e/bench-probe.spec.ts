// The benchmark's search timings (bench/lib/probe.ts) find their way through the contract in
// bench/lib/search-ui.ts. These tests keep the site's search and that contract in step, and check
// the probe on a stand-in search that renders instant answers.
import { expect, test } from './fixtures.ts';
import {
  installSearchProbe,
  openSearch,
  readDebounce,
  retype,
  writeDebounce,
} from '../../bench/lib/typing.ts';

test("the header search keeps the benchmark's contract", async ({ page }) => {
  await page.goto('/486/');
  await installSearchProbe(page, 'header');
  await openSearch(page, 'header');
  const typed = await retype(page, 'busy');
  expect(typed.fullTextMs).not.toBeNull();
  expect(typed.resultUpdates).toBeGreaterThanOrEqual(1);
  const answerElements = await page.locator('[data-answers]').count();
  expect(typed.answersShown).toBe(answerElements > 0);
  expect(await readDebounce(page, 'header')).toEqual(expect.any(Number));
  expect(await writeDebounce(page, 'header', 0)).toBe(true);
});

test("the search page keeps the benchmark's contract", async ({ page }) => {
  await page.goto('/search/');
  await installSearchProbe(page, 'searchPage');
  await openSearch(page, 'searchPage');
  const typed = await retype(page, 'Min-Expires');
  expect(typed.fullTextMs).not.toBeNull();
  expect(await readDebounce(page, 'searchPage')).toEqual(expect.any(Number));
});

/**
 * A search box that answers a bare status code at once and shows full-text results after a
 * debounce it reads from data-search-debounce, as the contract asks.
 */
const STAND_IN = `
  <search data-site-search>
    <input aria-label="Search" data-search-input data-search-debounce="80">
    <div data-answers></div>
    <ul data-results></ul>
  </search>
  <script>
    const input = document.querySelector('input');
    const answers = document.querySelector('[data-answers]');
    const results = document.querySelector('[data-results]');
    let timer;
    input.addEventListener('input', () => {
      const query = input.value.trim();
      const answer = /^\\d{3}$/.test(query) ? '<p data-answer>' + query + ' answer</p>' : '';
      if (answers) answers.innerHTML = answer;
      results.replaceChildren();
      clearTimeout(timer);
      timer = setTimeout(() => {
        const link = Object.assign(document.createElement('a'), { href: '#' + query });
        link.dataset.searchResult = '';
        link.textContent = 'Result for ' + query;
        results.append(link);
      }, Number(input.dataset.searchDebounce));
    });
  </script>`;

test('the probe times instant answers and results on a stand-in search', async ({ page }) => {
  await page.setContent(STAND_IN);
  await installSearchProbe(page, 'header');
  await openSearch(page, 'header');

  const code = await retype(page, '486');
  expect(code.answersShown).toBe(true);
  expect(code.answersMs).not.toBeNull();
  expect(code.fullTextMs).not.toBeNull();
  // The answer for "4" or "48" never existed; the final one is painted before the results.
  expect(code.answersMs!).toBeLessThanOrEqual(code.fullTextMs!);

  const words = await retype(page, 'busy');
  expect(words.answersShown).toBe(true);
  expect(words.answersMs).toBeNull();
  expect(words.fullTextMs).not.toBeNull();

  expect(await readDebounce(page, 'header')).toBe(80);
  expect(await writeDebounce(page, 'header', 0)).toBe(true);
  await expect(page.locator('input')).toHaveAttribute('data-search-debounce', '0');
});

test('the probe says answers are not available without an answer element', async ({ page }) => {
  await page.setContent(STAND_IN.replace('<div data-answers></div>', ''));
  await installSearchProbe(page, 'header');
  await openSearch(page, 'header');
  const typed = await retype(page, '486');
  expect(typed.answersShown).toBe(false);
  expect(typed.answersMs).toBeNull();
});
