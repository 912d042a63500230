import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { registry } from './registry.ts';

/** The code list in `scope` links every code of class `id`, in order, by code and phrase. */
async function expectCodeList(scope: Locator, id: string) {
  const expected = registry.filter(({ code }) => String(code)[0] === id[0]);
  const links = scope.locator('.code-list dt a');
  await expect(links).toHaveText(expected.map(({ code, reason }) => `${code} ${reason}`));
  expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual(
    expected.map(({ code }) => `/${code}/`),
  );
}

test('a code page shows the code, its class, summary, explanation, RFC and see-also', async ({
  page,
}) => {
  await page.goto('/486/');
  await expect(page).toHaveTitle('486 Busy Here · SIP response codes');
  await expect(page.locator('h1')).toHaveText('486 Busy Here');
  await expect(page.getByRole('link', { name: '4xx class' })).toHaveAttribute('href', '/4xx/');
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  await expect(page.locator('.summary')).toHaveText(description!);
  await expect(page.locator('#meaning')).toBeVisible();
  await expect(page.locator('main')).toContainText('Retry-After');
  await expect(
    page.locator('.defined-in').getByRole('link', { name: 'RFC 3261 §21.4.24' }),
  ).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc3261.html#section-21.4.24');
  const seeAlso = page.locator('section:has(> h2#see-also)');
  await expect(seeAlso.getByRole('link', { name: '600 Busy Everywhere' })).toHaveAttribute(
    'href',
    '/600/',
  );
});

test('see-also links lead to the related page and back', async ({ page }) => {
  for (const [from, to] of [
    [486, 600],
    [404, 485],
  ] as const) {
    await page.goto(`/${from}/`);
    await page.locator('section:has(> h2#see-also)').locator(`a[href="/${to}/"]`).click();
    await expect(page).toHaveURL(`/${to}/`);
    await expect(page.locator('h1')).toContainText(String(to));
    await page.locator('section:has(> h2#see-also)').locator(`a[href="/${from}/"]`).click();
    await expect(page).toHaveURL(`/${from}/`);
  }
});

test('the pages for codes 404 and 500 are code pages, not error pages', async ({ page }) => {
  for (const [code, reason] of [
    [404, 'Not Found'],
    [500, 'Server Internal Error'],
  ] as const) {
    const response = await page.goto(`/${code}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(`${code} ${reason}`);
  }
});

test('every class page explains the class and lists its codes', async ({ page }) => {
  for (const id of ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx']) {
    await page.goto(`/${id}/`);
    await expect(page.locator('h1')).toContainText(id);
    await expect(page.locator('main .prose')).toContainText(`${id[0]}00`);
    await expectCodeList(page.locator('main'), id);
  }
});

test('the home page lists every registered code, grouped by class', async ({ page }) => {
  await page.goto('/');
  for (const id of ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx']) {
    await expect(page.locator(`h2#class-${id}`)).toBeVisible();
    await expectCodeList(page.locator('section', { has: page.locator(`h2#class-${id}`) }), id);
  }
  await expect(page.locator('.code-list dd')).toHaveCount(registry.length);
});

test('an unknown address gets a helpful not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('main input[type="search"]')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: 'every code' })).toHaveAttribute(
    'href',
    '/',
  );
});

test('a flow links the other codes in it to their pages', async ({ page }) => {
  await page.goto('/487/');
  await page.locator('section:has(> h2#flow) ol.steps a[href="/180/"]').first().click();
  await expect(page).toHaveURL('/180/');
});
