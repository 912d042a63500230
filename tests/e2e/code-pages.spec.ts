// What every code page must show, one test per code: one page load serves all the checks, a
// failure names its code, and no test's deadline has to cover seventy-five page loads.
import { expect, test } from './fixtures.ts';
import { registry } from './registry.ts';

for (const { code, reason } of registry) {
  test(`/${code}/: in-page links resolve; who sends it, what next, a wire example, its call flow`, async ({
    page,
  }) => {
    await page.goto(`/${code}/`);

    await test.step('every in-page link points at an element that exists', async () => {
      const missing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
          .filter((link) => link.pathname === location.pathname && link.origin === location.origin)
          .map((link) => decodeURIComponent(link.hash.slice(1)))
          .filter((id) => !document.getElementById(id)),
      );
      expect(missing).toEqual([]);
    });

    await test.step('who sends it, what to do next and a wire example', async () => {
      await expect(page.locator('h2#who-sends')).toBeVisible();
      await expect(page.locator('h2#next')).toBeVisible();
      await expect(page.locator('section:has(#example) pre')).toContainText(
        `SIP/2.0 ${code} ${reason.replace(' (Deprecated)', '')}`,
      );
    });

    await test.step('the call flow as a diagram and as text', async () => {
      const diagram = page.locator('section:has(> h2#flow) svg[role="img"]');
      await expect(diagram).toBeVisible();
      await expect(diagram.locator('title')).toHaveText(`Call flow showing ${code} ${reason}`);
      expect(
        await diagram.locator('g.arrow.own').count(),
        `${code} highlights its own arrow`,
      ).toBeGreaterThan(0);
      const steps = page.locator('section:has(> h2#flow) ol.steps li');
      await expect(steps).toHaveCount(await diagram.locator('g.arrow').count());
    });
  });
}
