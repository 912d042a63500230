// Reading on a phone (360 × 800 CSS px): nothing scrolls sideways unseen, call-flow labels are
// drawn at 12 px or more, tables become cards that fit, and the header is compact with the
// search always in reach.
import type { Page } from '@playwright/test';
import { expect, headerSearch, test } from './fixtures.ts';
import { pageTypes } from './pages-by-type.ts';
import { registry } from './registry.ts';

test.use({ viewport: { width: 360, height: 800 } });

const MIN_LABEL_PX = 12;
const MAX_HEADER_PX = 120;

/** Elements in main wider than the screen, except inside a box that scrolls and shows it. */
async function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || (box.right <= width + 0.5 && box.left >= -0.5)) return false;
        return !element.closest('.scroll-x, pre');
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  });
}

test('no page type is wider than the screen, tables included', async ({ page }) => {
  for (const [type, path] of pageTypes) {
    await page.goto(path);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways, `${type} scrolls sideways`).toBeLessThanOrEqual(0);
    expect(await overflowing(page), `${type}: elements past the screen's edge`).toEqual([]);
  }
});

test('tables are cards whose values carry their column name', async ({ page }) => {
  for (const path of ['/guides/busy-and-rejection/', '/486/', '/421/']) {
    await page.goto(path);
    const tables = page.locator('main table');
    expect(await tables.count(), path).toBeGreaterThan(0);
    const report = await tables.evaluateAll((elements) =>
      elements.map((table) => ({
        width: table.getBoundingClientRect().width,
        labels: [...table.querySelectorAll('tbody td')].map((cell) =>
          getComputedStyle(cell, '::before').content.replace(/^"|"$/g, ''),
        ),
        headers: [...table.querySelectorAll('thead th')].map((cell) => cell.textContent!.trim()),
      })),
    );
    for (const { width, labels, headers } of report) {
      expect(width).toBeLessThanOrEqual(360);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(headers, path).toContain(label);
    }
  }
  await page.goto('/guides/busy-and-rejection/');
  const row = page.locator('main tbody tr').first();
  await expect(row.locator('td').first()).toHaveAttribute('data-label', 'Who sends it');
  await expect(row.locator('th a')).toHaveAttribute('href', '/480/');
  // A card: its cells are stacked, not side by side.
  const [first, second] = await row
    .locator('td')
    .evaluateAll((cells) => cells.slice(0, 2).map((cell) => cell.getBoundingClientRect().top));
  expect(second!).toBeGreaterThan(first!);
});

// One test per code: a failure names its code, and no deadline has to cover 75 page loads.
for (const { code } of registry) {
  test(`/${code}/: its call flow fits the screen with labels of ${MIN_LABEL_PX} px or more`, async ({
    page,
  }) => {
    // The diagram and its styles are inline: no need to wait for anything else.
    await page.goto(`/${code}/`, { waitUntil: 'domcontentloaded' });
    const report = await page.locator('svg.ladder').evaluate((svg: SVGSVGElement) => {
      const box = svg.getBoundingClientRect();
      // Rendered size: the computed font size times the scale from the SVG's units to the
      // screen (1 unless something scales the picture).
      const scale = svg.getScreenCTM()!.a;
      const texts = [...svg.querySelectorAll('text')];
      const scroller = svg.parentElement!;
      const scrollerStyle = getComputedStyle(scroller);
      // A flow laid out wider than a phone (many participants) scrolls in its own box.
      const wide = svg.width.baseVal.value > scroller.clientWidth;
      const showsScroll =
        scrollerStyle.overflowX === 'auto' &&
        scrollerStyle.backgroundImage.includes('radial-gradient') &&
        scroller.tabIndex === 0;
      return {
        scrolls: scroller.scrollWidth > scroller.clientWidth,
        wide,
        scrollShownWhenWide: !wide || showsScroll,
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        scale,
        narrowest: box.width >= svg.width.baseVal.value - 0.5,
        labels: texts.length,
        smallest: Math.min(
          ...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale),
        ),
        outside: texts
          .map((text) => ({ text: text.textContent, rect: text.getBoundingClientRect() }))
          .filter(
            ({ rect }) =>
              rect.left < box.left - 1 ||
              rect.right > box.right + 1 ||
              rect.top < box.top - 1 ||
              rect.bottom > box.bottom + 1,
          )
          .map(({ text }) => text),
      };
    });
    expect(report.labels, 'labels drawn').toBeGreaterThan(2);
    expect(report.scale, 'not scaled down').toBeGreaterThanOrEqual(1);
    expect(report.narrowest, 'drawn at least at its natural width').toBe(true);
    expect(report.pageScrolls, 'page scrolls sideways').toBe(false);
    expect(report.scrolls, 'scrolls only when laid out wider').toBe(report.wide);
    expect(report.scrollShownWhenWide, 'a wide flow shows it scrolls').toBe(true);
    expect(report.smallest, 'smallest label').toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(report.outside, 'labels cut off').toEqual([]);
  });
}

test('a flow wider than the screen scrolls in its own box, which shows it and takes the keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 300, height: 800 });
  await page.goto('/494/');
  const scroller = page.locator('.ladder-scroll');
  const sizes = await scroller.evaluate((element) => ({
    scroll: element.scrollWidth,
    client: element.clientWidth,
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    shadow: getComputedStyle(element).backgroundImage,
  }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.page, 'the page itself does not scroll sideways').toBeLessThanOrEqual(0);
  expect(sizes.shadow).toContain('radial-gradient');
  await scroller.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test(`the header is at most ${MAX_HEADER_PX} px tall, and the search stays in reach`, async ({
  page,
}) => {
  for (const path of ['/486/', '/', '/guides/busy-and-rejection/']) {
    await page.goto(path);
    const bottom = await page
      .locator('.search-bar')
      .evaluate((bar) => bar.getBoundingClientRect().bottom);
    expect(bottom, path).toBeLessThanOrEqual(MAX_HEADER_PX);
    test.info().annotations.push({ type: `header height ${path}`, description: `${bottom} px` });
  }
  await page.goto('/486/');
  await page.locator('.site-footer').scrollIntoViewIfNeeded();
  const search = page.locator('#site-search-input');
  await expect(search).toBeInViewport();
  await search.click();
  await search.fill('603');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/603\/$/);
});

test('a section reached by its link is not hidden under the search bar', async ({ page }) => {
  await page.goto('/486/#q850');
  const [barBottom, headingTop] = await Promise.all([
    page.locator('.search-bar').evaluate((bar) => bar.getBoundingClientRect().bottom),
    page.locator('h2#q850').evaluate((heading) => heading.getBoundingClientRect().top),
  ]);
  expect(headingTop).toBeGreaterThanOrEqual(barBottom);
});

test('the header search lists its results across the whole screen', async ({ page }) => {
  await page.goto('/486/');
  await headerSearch(page, 'busy');
  const popup = page.locator('[data-site-search] .search-popup');
  await expect(popup).toBeVisible();
  const box = (await popup.boundingBox())!;
  expect(box.width, 'popup width').toBeGreaterThanOrEqual(340);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
});
