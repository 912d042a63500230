// Reading offline: after one visit the service worker holds the site, and with the network off
// every kept page, the search and the fallbacks work; a new build replaces the copy on the next
// visit. Run on the site at the root of its host and under /sip/ (the worker's scope).
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
}

/** The file a kept address is served from: a directory's index.html. */
function fileOnDisk(address: string): string {
  return address.endsWith('/') ? `${address}index.html` : address;
}

async function manifestOf(root: string): Promise<Manifest> {
  const script = await readFile(join(root, 'sw.js'), 'utf8');
  return JSON.parse(/^self\.OFFLINE = (.*);$/m.exec(script)![1]!);
}

/** Visits the home page and waits until the worker controls it with a complete copy. */
async function firstVisit(page: Page, manifest: Manifest) {
  await page.goto('');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
  const cached = await cacheContents(page);
  expect(cached.names).toEqual([`sip-response-codes ${manifest.base} ${manifest.build}`]);
  expect(cached.count).toBe(manifest.files.length);
}

async function cacheContents(page: Page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('sip-response-codes'));
    const cache = await caches.open(names[0]!);
    return { names, count: (await cache.keys()).length };
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
      await firstVisit(page, manifest);
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

test('the copy is registered after the page has loaded, and its size is measured', async ({
  page,
  site,
}) => {
  const manifest = await manifestOf(site.root);
  // Nothing of the worker's is fetched before the page's own load event.
  const beforeLoad: string[] = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.context().on('request', (request) => {
    if (!loaded) beforeLoad.push(new URL(request.url()).pathname);
  });
  await firstVisit(page, manifest);
  expect(beforeLoad.filter((path) => path.endsWith('/sw.js'))).toEqual([]);
  expect(beforeLoad.length).toBeLessThanOrEqual(4);

  let bytes = 0;
  let gzip = 0;
  for (const file of manifest.files) {
    const content = await readFile(join(site.root, fileOnDisk(file)));
    bytes += content.byteLength;
    gzip += gzipSync(content, { level: 9 }).byteLength;
  }
  // What the copy costs: the bytes it keeps, and what installing it downloads from a host that
  // compresses (gzip); both stay well inside what a phone's browser grants a site (browsers
  // grant a site hundreds of megabytes). About 7 MB and 2.2 MB with the cause pages.
  expect(bytes).toBeLessThan(10 * 1024 * 1024);
  expect(gzip).toBeLessThan(3 * 1024 * 1024);
  test.info().annotations.push({
    type: 'offline copy',
    description: `${manifest.files.length} files, ${(bytes / 1024).toFixed(0)} KiB kept, ${(gzip / 1024).toFixed(0)} KiB gzip to install`,
  });
});

test.describe('an update of the site', () => {
  test.use({ build: 'dist-sip', scratch: true });

  test('replaces the copy on the next visit, and no old page is served after', async ({
    page,
    context,
    site,
  }) => {
    const old = await manifestOf(site.root);
    await firstVisit(page, old);

    // Publish a new build: a changed page, and the worker of that build.
    const pageFile = join(site.root, '486', 'index.html');
    await writeFile(
      pageFile,
      (await readFile(pageFile, 'utf8')).replace(/Busy Here\s*<\/h1>/, 'Busy Here (updated)</h1>'),
    );
    const newBuild = 'f'.repeat(16);
    const worker = join(site.root, 'sw.js');
    await writeFile(
      worker,
      (await readFile(worker, 'utf8')).replace(`"build":"${old.build}"`, `"build":"${newBuild}"`),
    );

    // Online, the next visit shows the new page at once, and the new copy replaces the old.
    await page.goto('486/');
    await expect(page.locator('h1')).toContainText('(updated)');
    // Installing fetches the whole copy again: allow for a slow machine.
    await expect
      .poll(async () => (await cacheContents(page)).names, { timeout: 60_000 })
      .toEqual([`sip-response-codes /sip/ ${newBuild}`]);

    await context.setOffline(true);
    await page.goto('486/');
    await expect(page.locator('h1')).toContainText('(updated)');
  });
});
