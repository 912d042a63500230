import { expect, headerSearch, test } from './fixtures.ts';
import { pageTypes } from './pages-by-type.ts';

test('no page type scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [type, path] of pageTypes) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow, `${type} ${path}`).toBeLessThanOrEqual(0);
  }
});

test.describe('colour scheme', () => {
  const background = (page: import('@playwright/test').Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('follows prefers-color-scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/486/');
    const light = await background(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).not.toBe(light);
  });

  test('the toggle switches, is remembered, and applies before the first paint', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/486/');
    const light = await background(page);
    // The button says what it will do, in both themes.
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveText('Use dark theme');
    await toggle.click();
    await expect(toggle).toHaveText('Use light theme');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    // On the next page, the stored choice is in place when the body is first parsed.
    await page.goto('/4xx/', { waitUntil: 'commit' });
    const atFirstParse = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const read = () => resolve(getComputedStyle(document.body).backgroundColor);
          if (document.body) read();
          else
            new MutationObserver((_, observer) => {
              if (document.body) {
                observer.disconnect();
                read();
              }
            }).observe(document.documentElement, { childList: true });
        }),
    );
    expect(atFirstParse).toBe(dark);
    await expect(toggle).toHaveText('Use light theme');
  });
});

test('print drops the header, search and navigation', async ({ page }) => {
  await page.goto('/486/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});

test.describe('Content Security Policy', () => {
  test.use({ expectedConsoleErrors: [/violates the following Content Security Policy/] });

  test('every page carries a Content Security Policy, and it blocks injected inline script', async ({
    page,
  }) => {
    for (const [, path] of pageTypes) {
      await page.goto(path);
      const policy = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      expect(policy, path).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).not.toContain('unsafe-inline');
    }
    await page.goto('/486/');
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => resolve(event.violatedDirective),
            { once: true },
          );
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.body.append(script);
        }),
    );
    expect(blocked).toMatch(/^script-src/);
    expect(
      await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
    ).toBeUndefined();
  });
});

test('pages run under the policy without violating it', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  );
  for (const [, path] of pageTypes) {
    await page.goto(path);
    // What a page fetches after load (the search page's index and fragments) must run under
    // the policy too; only the network going quiet says it is done.
    // eslint-disable-next-line playwright/no-networkidle
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/486/');
  const options = await headerSearch(page, 'busy');
  await expect(options.first()).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every content page reads and links through, and search says it needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('.code-list a')).toHaveCount(75);
    await page.locator('.code-list a[href="/486/"]').click();
    await expect(page.locator('h1')).toHaveText('486 Busy Here');
    await expect(page.locator('h2#meaning + *')).toBeVisible();
    await expect(page.locator('section:has(> h2#example) pre')).toContainText(
      'SIP/2.0 486 Busy Here',
    );
    await expect(page.locator('.search-bar .no-js')).toContainText('Search needs JavaScript');
    await expect(page.locator('.search-bar .no-js a')).toHaveAttribute('href', '/');
    // Controls that would do nothing without JavaScript are not shown.
    await expect(page.locator('[data-copy-links]')).toBeHidden();
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await page.locator('section:has(> h2#see-also) a[href="/600/"]').click();
    await expect(page.locator('h1')).toHaveText('600 Busy Everywhere');
    await page.locator('a[href="/6xx/"]').first().click();
    await expect(page.locator('h1')).toContainText('6xx');
    for (const path of ['/guides/', '/guides/redirection/', '/cheatsheet/', '/499/']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
    }
    await page.goto('/search/?q=486');
    await expect(page.locator('[data-needs-js]')).toContainText('Search needs JavaScript');
    await expect(page.locator('[data-needs-js] a[href="/"]')).toBeVisible();
  });
});
