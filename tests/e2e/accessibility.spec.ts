import AxeBuilder from '@axe-core/playwright';
import { expect, header, headerSearch, searchPage, test } from './fixtures.ts';
import { pageTypes } from './pages-by-type.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const [type, path] of pageTypes) {
      test(`${type} page (${path}) has no axe violations`, async ({ page }) => {
        // A table of every cause: axe needs longer than on the other pages, most on a busy machine.
        test.slow(path === '/causes/', 'long table');
        await page.goto(path);
        if (type === 'search') {
          await expect(page.locator(searchPage.list)).toHaveAttribute('aria-busy', 'false');
          // Answers above results, and the class filter beside them.
          await expect(page.locator(searchPage.answers).first()).toBeVisible();
          await expect(page.locator(searchPage.results).first()).toBeVisible();
        }
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map(
            ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' | ')}`,
          ),
        ).toEqual([]);
      });
    }

    test('the header search with answers and results open has no axe violations', async ({
      page,
    }) => {
      await page.goto('/4xx/');
      await headerSearch(page, '486');
      await expect(page.locator(header.answers).first()).toBeVisible();
      await expect(page.locator(header.results).first()).toBeVisible();
      // One option chosen, as a reader moving through the list sees it.
      await page.keyboard.press('ArrowDown');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' | ')}`),
      ).toEqual([]);
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
