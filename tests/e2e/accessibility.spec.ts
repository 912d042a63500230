import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
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
          await expect(page.locator('[data-search-page] pagefind-results a').first()).toBeVisible();
        }
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map(
            ({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' | ')}`,
          ),
        ).toEqual([]);
      });
    }

    test('the header search with its results open has no axe violations', async ({ page }) => {
      await page.goto('/486/');
      await page.locator('#site-search-input').click();
      await page.locator('pagefind-searchbox input').fill('busy');
      await expect(page.locator('pagefind-searchbox a.pf-searchbox-result').first()).toBeVisible();
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
