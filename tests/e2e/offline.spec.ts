// Reading offline, by the reader's choice: a page opened from elsewhere fetches nothing more;
// reading on keeps what is read; keeping the whole reference on /offline/ makes every kept page,
// the search and the fallbacks work with the network off, and a new build replaces that copy on
// the next visit. Run on the site at the root of its host and under /sip/ (the worker's scope).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { header, headerSearch, searchPage } from './fixtures.ts';
import { expect, test } from './hosting.ts';

test.use({ serviceWorkers: 'allow' });
// Each test installs the whole copy and visits many pages: allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

interface Manifest {
  build: string;
  base: string;
  files: string[];
  transferBytes: number;
}

/** The file a kept address is served from: a directory's index.html. */
function fileOnDisk(address: string): string {
  return address.endsWith('/') ? `${address}index.html` : address;
}

/** The list the worker keeps (offline.json) and the base its settings (sw.js) name. */
async function manifestOf(root: string): Promise<Manifest> {
  const script = await readFile(join(root, 'sw.js'), 'utf8');
  const { base } = JSON.parse(/^self\.OFFLINE = (.*);$/m.exec(script)![1]!) as { base: string };
  return { ...JSON.parse(await readFile(join(root, 'offline.json'), 'utf8')), base };
}

const keptCacheOf = (manifest: Manifest) => `sip-response-codes ${manifest.base} ${manifest.build}`;

/** Chooses to keep the whole reference on /offline/ and waits until the copy is complete. */
async function keepEverything(page: Page, manifest: Manifest) {
  await page.goto('offline/');
  const keep = page.locator('[data-offline-keep]');
  await expect(keep).toContainText(/Keep the reference offline — \d+\.\d MB/);
  await keep.click();
  const state = page.locator('[data-offline-state]');
  // Keeping fetches the whole copy: allow for a slow machine.
  await expect(state).toContainText('works offline', { timeout: 120_000 });
  await expect(page.locator('[data-offline-remove]')).toBeVisible();
  const cached = await cacheContents(page);
  expect(cached.kept).toEqual([keptCacheOf(manifest)]);
  // Every file, and the mark that the copy is complete.
  expect(cached.keptCount).toBe(manifest.files.length + 1);
}

async function cacheContents(page: Page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('sip-response-codes'));
    const kept = names.filter((name) => !name.includes(' used '));
    const keptCount = kept[0] ? (await (await caches.open(kept[0])).keys()).length : 0;
    return { names, kept, keptCount };
  });
}

for (const build of ['dist', 'dist-sip'] as const) {
  test.describe(`offline, built for ${build === 'dist' ? 'the root' : '/sip/'}`, () => {
    test.use({ build });

    test('every kept file, every page type and the search work with the network off', async ({
      page,
      context,
      site,
    }) => {
      const manifest = await manifestOf(site.root);
      await keepEverything(page, manifest);
      await context.setOffline(true);

      // Every file of the copy, fetched through the worker.
      const failed = await page.evaluate(async (files) => {
        const base = document.body.dataset.serviceWorker!.replace(/sw\.js$/, '');
        const results = await Promise.all(
          files.map(async (file) => {
            const response = await fetch(`${base}${file.slice(1)}`).catch(() => null);
            return response?.ok ? null : file;
          }),
        );
        return results.filter(Boolean);
      }, manifest.files);
      expect(failed).toEqual([]);

      for (const [path, heading] of [
        ['486/', '486 Busy Here'],
        ['486', '486 Busy Here'],
        ['4xx/', '4xx'],
        ['guides/', 'Which code?'],
        ['guides/busy-and-rejection/', 'Which code?'],
        ['cheatsheet/', 'cheat sheet'],
        ['', 'SIP response codes'],
      ] as const) {
        await page.goto(path);
        await expect(page.locator('h1'), path).toContainText(heading);
      }

      // The search page, and the header search with its jump to a code.
      await page.goto('search/?q=busy+everywhere');
      await expect(page.locator(searchPage.results).first()).toHaveAttribute(
        'href',
        `${site.base}600/`,
      );
      await page.goto('4xx/');
      const options = await headerSearch(page, 'proxy authentication');
      await expect(options.first()).toHaveAttribute('href', `${site.base}407/`);
      await expect(page.locator(header.results).first()).toBeVisible();
      await page.locator(header.live).fill('603');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${site.base}603/$`));
      await expect(page.locator('h1')).toContainText('603 Decline');

      // Addresses the copy does not keep.
      await page.goto('499/');
      await expect(page.locator('h1')).toHaveText('Codes that are not registered');
      const missing = await page.goto('no-such-page/');
      expect(missing?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page not found');
    });
  });
}

test.describe('reading on', () => {
  // Offline, a page not kept answers 503, and the offer to keep the reference cannot fetch its
  // script or its list: the browser logs both.
  test.use({
    expectedConsoleErrors: [/status of 503|net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/],
  });

  test('a page opened from elsewhere registers nothing; reading on keeps what is read', async ({
    page,
    context,
  }) => {
    const fetched: string[] = [];
    page.context().on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('486/');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toEqual([]);
    expect(fetched.filter((path) => /sw\.js$|offline\.json$/.test(path))).toEqual([]);

    // The reader goes on: from the second page, the worker keeps what is opened.
    await page.locator('main a[href$="/4xx/"]').first().click();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
    });
    await page.goto('guides/');
    await expect(page.locator('h1')).toContainText('Which code?');
    const cached = await cacheContents(page);
    expect(cached.kept).toEqual([]);
    // Nothing of the whole copy was fetched.
    expect(fetched.filter((path) => path.endsWith('offline.json'))).toEqual([]);

    await context.setOffline(true);
    await page.goto('guides/');
    await expect(page.locator('h1')).toContainText('Which code?');
    // A page never opened: the page that offers to keep the reference, not a browser error.
    const missing = await page.goto('600/');
    expect(missing?.status()).toBe(503);
    await expect(page.locator('h1')).toHaveText('Read offline');
  });
});

test('the whole copy: its size, removed on request', async ({ page, site }) => {
  const manifest = await manifestOf(site.root);
  let bytes = 0;
  let gzip = 0;
  for (const file of manifest.files) {
    const content = await readFile(join(site.root, fileOnDisk(file)));
    bytes += content.byteLength;
    gzip += gzipSync(content, { level: 9 }).byteLength;
  }
  // What the copy costs: the bytes it keeps, and what keeping it downloads from a host that
  // compresses (gzip); both stay well inside what a phone's browser grants a site. About 7 MB
  // and 2.2 MB with the cause pages.
  expect(bytes).toBeLessThan(10 * 1024 * 1024);
  expect(gzip).toBeLessThan(3 * 1024 * 1024);
  // The control names what keeping downloads, as the build measured it.
  await page.goto('offline/');
  await expect(page.locator('[data-offline-keep]')).toContainText(
    `${(manifest.transferBytes / 1_000_000).toFixed(1)} MB`,
  );
  test.info().annotations.push({
    type: 'offline copy',
    description: `${manifest.files.length} files, ${(bytes / 1024).toFixed(0)} KiB kept, ${(gzip / 1024).toFixed(0)} KiB gzip to fetch`,
  });

  await keepEverything(page, manifest);
  await page.locator('[data-offline-remove]').click();
  await expect(page.locator('[data-offline-state]')).toContainText('Not kept');
  await expect.poll(async () => (await cacheContents(page)).kept).toEqual([]);
});

test.describe('an update of the site', () => {
  test.use({ build: 'dist-sip', scratch: true });

  test('replaces the kept copy on the next visit, and no old page is served after', async ({
    page,
    context,
    site,
  }) => {
    const old = await manifestOf(site.root);
    await keepEverything(page, old);

    // Publish a new build: a changed page, and the worker and list of that build.
    const pageFile = join(site.root, '486', 'index.html');
    await writeFile(
      pageFile,
      (await readFile(pageFile, 'utf8')).replace(/Busy Here\s*<\/h1>/, 'Busy Here (updated)</h1>'),
    );
    const newBuild = 'f'.repeat(16);
    for (const name of ['sw.js', 'offline.json']) {
      const file = join(site.root, name);
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace(`"build":"${old.build}"`, `"build":"${newBuild}"`),
      );
    }

    // Online, the next visit shows the new page at once, and the new copy replaces the old.
    await page.goto('486/');
    await expect(page.locator('h1')).toContainText('(updated)');
    // Installing fetches the whole copy again: allow for a slow machine.
    await expect
      .poll(async () => (await cacheContents(page)).kept, { timeout: 60_000 })
      .toEqual([`sip-response-codes /sip/ ${newBuild}`]);

    await context.setOffline(true);
    await page.goto('486/');
    await expect(page.locator('h1')).toContainText('(updated)');
  });
});
