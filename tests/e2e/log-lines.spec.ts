// Real log lines pasted into the real search boxes (tests/fixtures/log-lines/): each finds its
// page among the first answers, Enter never opens a page the line is not about, and a line whose
// numbers are addresses or sizes shows no answer. A group of lines shares one page load.
import { logLines, rightPages, type LogLine } from '../unit/log-lines.ts';
import { expect, header, headerSearch, searchPage, searchPageSearch, test } from './fixtures.ts';

const GROUP = 16;
const groups = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / GROUP) }, (_, i) =>
    items.slice(i * GROUP, (i + 1) * GROUP),
  );

const read = logLines.positives.filter((entry) => !entry.unread);

async function firstAnswers(page: import('@playwright/test').Page, selector: string) {
  const hrefs = await page
    .locator(selector)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  return hrefs.slice(0, 3);
}

groups(read).forEach((lines, index) => {
  test(`header box: log lines ${index * GROUP + 1}–${index * GROUP + lines.length} find their page`, async ({
    page,
  }) => {
    await page.goto('/');
    for (const entry of lines) {
      await headerSearch(page, entry.line);
      const hrefs = await firstAnswers(page, header.answers);
      expect(
        hrefs.some((href) => rightPages(entry).includes(href ?? '')),
        `${entry.line} → ${hrefs.join(', ')}`,
      ).toBe(true);
      await expect(page.locator(header.status)).not.toHaveText('No results');
    }
  });
});

groups(logLines.negatives).forEach((lines, index) => {
  test(`header box: lines ${index * GROUP + 1}–${index * GROUP + lines.length} whose numbers are not codes answer nothing`, async ({
    page,
  }) => {
    await page.goto('/');
    for (const entry of lines) {
      await headerSearch(page, entry.line);
      await expect(page.locator(header.answers), `${entry.line} (${entry.why})`).toHaveCount(0);
    }
  });
});

// Enter, on every eighth line: the line's own page, or the search page; never another page.
const sample = (entries: readonly LogLine[]) => entries.filter((_, i) => i % 8 === 0);

for (const entry of sample(read)) {
  test(`Enter on "${entry.line.slice(0, 70)}" opens its page or the search page`, async ({
    page,
  }) => {
    await page.goto('/');
    await headerSearch(page, entry.line);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/(search\/\?q=.+|(causes\/)?\d+\/)$/);
    expect(['/search/', ...rightPages(entry)]).toContain(new URL(page.url()).pathname);
  });
}

for (const entry of sample(logLines.negatives)) {
  test(`Enter on "${entry.line.slice(0, 70)}" opens the search page`, async ({ page }) => {
    await page.goto('/');
    await headerSearch(page, entry.line);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
  });
}

groups(sample(read)).forEach((lines, index) => {
  test(`search page: log lines, group ${index + 1}, answer with their page first`, async ({
    page,
  }) => {
    await page.goto('/search/');
    for (const entry of lines) {
      await searchPageSearch(page, entry.line);
      const hrefs = await firstAnswers(page, searchPage.answers);
      expect(
        hrefs.some((href) => rightPages(entry).includes(href ?? '')),
        `${entry.line} → ${hrefs.join(', ')}`,
      ).toBe(true);
      await expect(page.locator(searchPage.summary)).not.toContainText('No results');
    }
  });
});
