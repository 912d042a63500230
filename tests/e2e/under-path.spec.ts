// The site built with SITE_URL=https://example.org/sip/ (npm run build:under-path) and served
// under /sip/ by a host that serves nothing outside that path: pages, search, the jump to a
// code and the not-found page all work, and no request leaves the path. (Every link and
// fragment of every page is checked without a browser, in tests/dist/links.test.ts.)
import type { Page } from '@playwright/test';
import { header, headerSearch, searchPage } from './fixtures.ts';
import { expect, test } from './hosting.ts';
import { pageTypes } from './pages-by-type.ts';

test.use({ build: 'dist-sip' });

/** Every request the page makes to a host, as paths (the inline data: icon is not one). */
function recordPaths(page: Page) {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:') paths.push(url.pathname);
  });
  return paths;
}

test('every page type loads with its styles and scripts from under /sip/', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = recordPaths(page);
  for (const [type, path] of pageTypes) {
    const response = await page.goto(path.slice(1));
    expect(response?.status(), type).toBe(type === 'not found' ? 404 : 200);
    await expect(page.locator('h1'), type).toBeVisible();
    // The header's class links, styled by the inlined stylesheet, go to pages under /sip/.
    await expect(page.locator('.site-header nav a').first(), type).toHaveAttribute(
      'href',
      '/sip/1xx/',
    );
    await page.waitForLoadState('load');
  }
  expect(paths.filter((path) => !path.startsWith('/sip/'))).toEqual([]);
});

test('the links on a code page lead to pages that exist', async ({ page, site }) => {
  await page.goto('486/');
  const hrefs = await page
    .locator('main a[href^="/"], .site-header a[href^="/"], .site-footer a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(15);
  for (const href of new Set(hrefs)) {
    expect(href, 'stays under /sip/').toMatch(/^\/sip\//);
    const response = await page.request.get(new URL(href, site.url).href);
    expect(response.status(), href).toBe(200);
  }
  // A link written in the page's MDX body (content/codes/486.mdx links to 600).
  await expect(
    page.locator('#meaning ~ * a[href="/sip/600/"], .prose a[href="/sip/600/"]').first(),
  ).toBeVisible();
});

test('search finds a code and opens it under /sip/', async ({ page }) => {
  const paths = recordPaths(page);
  await page.goto('');
  // The phrase is answered: 600 is the first option, above the full-text results.
  const first = (await headerSearch(page, 'busy everywhere')).first();
  await expect(first).toHaveAttribute('href', '/sip/600/');
  await first.click();
  await expect(page).toHaveURL(/\/sip\/600\/$/);
  expect(paths.filter((path) => !path.startsWith('/sip/'))).toEqual([]);
  expect(paths.some((path) => path.startsWith('/sip/pagefind/'))).toBe(true);
});

test('Enter on a code in the header search opens its page under /sip/', async ({ page }) => {
  await page.goto('4xx/');
  await page.locator(header.field).click();
  await page.locator(header.field).fill('486');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sip\/486\/$/);
  await expect(page.locator('h1')).toContainText('486 Busy Here');
});

test('the search page and its form work under /sip/', async ({ page }) => {
  await page.goto('search/?q=loop+detected');
  await expect(page.locator(searchPage.results).first()).toHaveAttribute('href', '/sip/482/');
  await page.goto('4xx/');
  await expect(page.locator('form[action="/sip/search/"]')).toHaveCount(1);
});

test('an unknown address under /sip/ gets the not-found page, whose search works', async ({
  page,
}) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('main a[href="/sip/486/"]')).toHaveText('/sip/486/');
  await page.locator('#not-found-search').click();
  await page.locator('#not-found-search').fill('603');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sip\/603\/$/);
});

test('the host serves nothing outside /sip/', async ({ page, site }) => {
  const outside = await page.request.get(new URL('/486/', site.url).href);
  expect(outside.status()).toBe(404);
  expect(await outside.text()).not.toContain('<html');
});

test('copy link gives the address under /sip/', async ({ page, site, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('486/');
  await page.getByRole('button', { name: 'Copy link' }).first().click();
  // The copy buttons' code arrives when first reached for: the status says when it has copied.
  await expect(page.getByRole('status').first()).toHaveText('Copied link');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}486/`);
});
