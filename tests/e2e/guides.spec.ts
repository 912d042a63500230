import { expect, test } from './fixtures.ts';

const guides = [
  ['busy-and-rejection', [480, 486, 403, 600, 603, 607, 608]],
  ['not-found', [404, 410, 484, 485, 604]],
  ['authentication', [401, 403, 407, 494]],
  ['media-negotiation', [406, 415, 488, 606, 580]],
  ['timeouts-and-cancellation', [408, 480, 487, 504]],
  ['redirection', [300, 301, 302, 305, 380]],
  ['overload-and-server-failure', [500, 503, 513, 413]],
  ['dialog-and-transaction-state', [481, 482, 483, 491, 440]],
] as const;

test('the guide index lists every guide', async ({ page }) => {
  await page.goto('/guides/');
  for (const [slug] of guides) {
    await expect(page.locator(`main a[href="/guides/${slug}/"]`)).toHaveCount(1);
  }
});

for (const [slug, codes] of guides) {
  test(`guide ${slug}: table, advice for both sides, and links to each code and back`, async ({
    page,
  }) => {
    await page.goto(`/guides/${slug}/`);
    await expect(page.locator('h1')).toContainText('Which code?');
    const rows = page.locator('section, article').locator('table tbody tr');
    await expect(rows).toHaveCount(codes.length);
    for (const heading of ['compare', 'send', 'receive', 'differences']) {
      await expect(page.locator(`h2#${heading}`)).toBeVisible();
    }
    for (const code of codes) {
      await expect(page.locator(`table a[href="/${code}/"]`)).toHaveCount(1);
      await expect(page.locator(`h2#send ~ ul a[href="/${code}/"]`).first()).toBeVisible();
      await expect(page.locator(`h2#receive ~ ul a[href="/${code}/"]`).first()).toBeVisible();
    }
    for (const code of codes) {
      await page.goto(`/${code}/`);
      await expect(
        page.locator(`section:has(> h2#see-also) a[href="/guides/${slug}/"]`),
        `${code} links back to ${slug}`,
      ).toHaveCount(1);
    }
  });
}

test('search finds a guide by "busy vs decline"', async ({ page }) => {
  await page.goto('/search/?q=busy+vs+decline');
  await expect(page.locator('[data-search-page] [data-search-result]').first()).toHaveAttribute(
    'href',
    '/guides/busy-and-rejection/',
  );
});

test('the cheat sheet lists every code and prints on at most two A4 pages without site furniture', async ({
  page,
}) => {
  await page.goto('/cheatsheet/');
  await expect(page.locator('.sheet dt a')).toHaveCount(75);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' },
  });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.length).toBeLessThanOrEqual(2);
});

test('the cheat sheet reads on a phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/cheatsheet/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
