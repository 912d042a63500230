// The search page's class filter: beside each class, how many results of the query are in it,
// and ticking classes lists the results of any of them.
import type { Page } from '@playwright/test';
import { CLASS_IDS } from '../../src/lib/codes.ts';
import { expect, searchPage, test } from './fixtures.ts';

const CLASSES: readonly string[] = CLASS_IDS;
/** Results the page lists before "More results". */
const PAGE_SIZE = 10;

const box = (page: Page, id: string) =>
  page.locator('[data-search-filter] label').filter({ hasText: id }).locator('input');

/** The count shown beside each class, e.g. { '4xx': 2 }. */
async function shownCounts(page: Page) {
  const labels = await page.locator('[data-search-filter] label').allTextContents();
  return Object.fromEntries(
    labels.map((label) => {
      const [, id, count] = /(\dxx)\s*\((\d+)\)/.exec(label) ?? [];
      return [id, Number(count)];
    }),
  );
}

/** Waits until the results for what the field and the filter hold are drawn. */
async function answered(page: Page) {
  await expect(page.locator(searchPage.list)).toHaveAttribute('aria-busy', 'false');
}

test('/search/?q=busy counts the results of each class, and each count is what the class lists', async ({
  page,
}) => {
  await page.goto('/search/?q=busy');
  await answered(page);
  const counts = await shownCounts(page);
  expect(Object.keys(counts).sort()).toEqual(CLASSES);
  expect(counts['4xx'], '4xx').toBeGreaterThan(0);
  expect(counts['6xx'], '6xx').toBeGreaterThan(0);

  for (const id of CLASSES) {
    await box(page, id).check();
    await answered(page);
    // Each class fits in one page of results here, so every one of them is listed.
    expect(counts[id]!).toBeLessThanOrEqual(PAGE_SIZE);
    await expect(page.locator(searchPage.results), id).toHaveCount(counts[id]!);
    // The counts stay those of the query, whichever classes are ticked.
    expect(await shownCounts(page), `counts with ${id} ticked`).toEqual(counts);
    await box(page, id).uncheck();
    await answered(page);
  }
});

test('ticking two classes lists the results of either', async ({ page }) => {
  await page.goto('/search/?q=busy');
  await answered(page);
  const counts = await shownCounts(page);
  await box(page, '4xx').check();
  await answered(page);
  await box(page, '6xx').check();
  await answered(page);
  await expect(page.locator(searchPage.results)).toHaveCount(counts['4xx']! + counts['6xx']!);
  const hrefs = await page
    .locator(searchPage.results)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(/^\/[46](\d\d|xx)\/$/);
});
