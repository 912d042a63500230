import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, header, headerSearch, searchPage, test } from './fixtures.ts';
import { pageTypes } from './pages-by-type.ts';

/** Axe's findings on the page as it is now, one line each. */
async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' | ')}`,
  );
}

// Axe injects half a megabyte of script and reads the computed style of every element: CPU
// work that took up to 57 s for the home page with both cores busy and a load average of 40.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const [type, path] of pageTypes.filter(([type]) => type !== 'search')) {
      test(`${type} page (${path}) has no axe violations`, async ({ page }) => {
        // A table of every cause: axe needs longer than on the other pages, most on a busy machine.
        test.slow(path === '/causes/', 'long table');
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }

    test('search page with answers and results shown has no axe violations', async ({ page }) => {
      await page.goto('/search/?q=486');
      await expect(page.locator(searchPage.list)).toHaveAttribute('aria-busy', 'false');
      // Answers above results, and the class filter beside them.
      await expect(page.locator(searchPage.answers).first()).toBeVisible();
      await expect(page.locator(searchPage.results).first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('the header search with answers and results open has no axe violations', async ({
      page,
    }) => {
      await page.goto('/4xx/');
      await headerSearch(page, '486');
      await expect(page.locator(header.answers).first()).toBeVisible();
      await expect(page.locator(header.results).first()).toBeVisible();
      // One option chosen, as a reader moving through the list sees it.
      await page.keyboard.press('ArrowDown');
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('axe does report a violation when there is one', async ({ page }) => {
  await page.goto('/486/');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    document.querySelector('main')!.append(image);
  });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id }) => id)).toContain('image-alt');
});
