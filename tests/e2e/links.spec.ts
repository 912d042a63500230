import { builtFor, expect, test } from './fixtures.ts';
import { registry } from './registry.ts';

test('a code page is reached with and without the trailing slash', async ({ page }) => {
  for (const path of ['/486', '/486/', '/500', '/404/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1')).toContainText(path.slice(1, 4));
  }
});

for (const path of ['/486/', '/4xx/', '/']) {
  test(`${path}: every h2 has a link to itself, shown on hover`, async ({ page }) => {
    await page.goto(path);
    const headings = page.locator('main h2');
    const count = await headings.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const heading = headings.nth(index);
      await expect(heading, `h2 #${index} has an id`).toHaveAttribute('id', /./);
      const id = await heading.getAttribute('id');
      const anchor = heading.locator(`a.anchor[href="#${id}"]`);
      await expect(anchor).toHaveCount(1);
      await page.mouse.move(0, 0);
      await expect(anchor).toHaveCSS('opacity', '0');
      await heading.hover();
      await expect(anchor).toHaveCSS('opacity', '1');
    }
  });
}

test('a heading link shows on keyboard focus and follows on Enter', async ({ page }) => {
  await page.goto('/486/');
  await page.mouse.move(0, 0);
  const anchor = page.locator('a.anchor[href="#meaning"]');
  await anchor.focus();
  await expect(anchor).toBeFocused();
  await expect(anchor).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/486\/#meaning$/);
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy the page link and a Markdown link from the keyboard, and say so', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/486/');
    const copyLink = page.getByRole('button', { name: 'Copy link' });
    await copyLink.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Copied link');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/486/`);

    await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toHaveText('Copied Markdown link');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[SIP 486 Busy Here](${baseURL}/486/)`,
    );
  });

  test('with a section in the address, copy that section, and say so', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/486/#headers');
    await page.getByRole('button', { name: 'Copy section link' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied link to “Header fields”');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/486/#headers`,
    );

    // Following a section's own # link switches the buttons to that section.
    await page.locator('h2#flow a.anchor').click();
    await page.getByRole('button', { name: 'Copy section as Markdown' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied Markdown link to “Call flow”');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[SIP 486 Busy Here: Call flow](${baseURL}/486/#flow)`,
    );
  });

  test('guide pages have the copy buttons too', async ({ page, baseURL }) => {
    await page.goto('/guides/busy-and-rejection/#compare');
    await page.getByRole('button', { name: 'Copy section as Markdown' }).click();
    await expect(page.getByRole('status')).toHaveText('Copied Markdown link to “Side by side”');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[Which SIP code? Busy and rejection: Side by side](${baseURL}/guides/busy-and-rejection/#compare)`,
    );
  });
});

test('every page type has a title, description, canonical link and Open Graph tags', async ({
  page,
}) => {
  const pages: [string, string, string][] = [
    ['/486/', '486 Busy Here · SIP response codes', 'article'],
    ['/4xx/', '4xx Request Failure · SIP response codes', 'website'],
    ['/', 'SIP response codes', 'website'],
    ['/search/', 'Search · SIP response codes', 'website'],
  ];
  for (const [path, title, type] of pages) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length, path).toBeGreaterThan(20);
    const url = `${builtFor}${path}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      description!,
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', type);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  }
});

test('robots.txt names the sitemap, which lists registered codes, proxy-made codes and causes, not other unregistered codes', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${builtFor}/sitemap-index.xml`);
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    urls.push(
      ...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
    );
  }
  for (const { code } of registry) expect(urls).toContain(`/${code}/`);
  expect(urls).toContain('/4xx/');
  expect(urls).not.toContain('/499/');
  expect(urls).not.toContain('/150/');
  // Unregistered codes that proxies send themselves have pages worth finding (/477/).
  const proxyCodes = ['/473/', '/475/', '/476/', '/477/', '/478/', '/479/'];
  for (const path of proxyCodes) expect(urls).toContain(path);
  expect(urls.filter((url) => /^\/\d{3}\/$/.test(url))).toHaveLength(
    registry.length + proxyCodes.length,
  );
  expect(urls).toContain('/causes/');
  expect(urls).toContain('/causes/17/');
});

test('an unregistered code has a page that explains how it is treated', async ({ page }) => {
  await page.goto('/499/');
  await expect(page.locator('h1')).toHaveText('499 is not a registered SIP response code');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('main').getByRole('link', { name: '4xx class' })).toHaveAttribute(
    'href',
    '/4xx/',
  );
  await expect(page.locator('main').getByRole('link', { name: '400 Bad Request' })).toHaveAttribute(
    'href',
    '/400/',
  );
  await expect(page.locator('main [data-pagefind-body], main[data-pagefind-body]')).toHaveCount(0);

  await page.goto('/150/');
  await expect(
    page.locator('main').getByRole('link', { name: '183 Session Progress' }),
  ).toHaveAttribute('href', '/183/');
  await expect(page.locator('main')).toContainText('other than 100');

  await page.goto('/699/');
  await expect(
    page.locator('main').getByRole('link', { name: '600 Busy Everywhere' }),
  ).toBeVisible();
});

test('unregistered codes stay out of search', async ({ page }) => {
  await page.goto('/search/?q=499');
  await expect(page.locator('[data-search-page] [data-search-results]')).toHaveAttribute(
    'aria-busy',
    'false',
  );
  await expect(page.locator('[data-search-page] [data-search-summary]')).toContainText(
    /result|No results/i,
  );
  const hrefs = await page
    .locator('[data-search-page] [data-search-result]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs).not.toContain('/499/');
});
