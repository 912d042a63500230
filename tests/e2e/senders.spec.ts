// Who sends a code on its own: the code page lists each stack's replies with the line of source
// that sends them, codes.json carries the same, and search finds a stack's own phrase.
import { expect, headerSearch, header, test } from './fixtures.ts';

test('/503/ lists the stacks that send it on their own, each with its source line', async ({
  page,
}) => {
  await page.goto('/503/');
  const section = page.locator('section[aria-labelledby="senders"]');
  await expect(section.locator('h3')).toContainText(['Asterisk', 'FreeSWITCH', 'Kamailio']);
  await expect(section).toContainText('503 Maximum Calls In Progress');
  const source = section.locator('li a').first();
  await expect(source).toHaveAttribute(
    'href',
    /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/.+#L\d+$/,
  );
});

test('codes.json gives each code its senders', async ({ request }) => {
  const rows = (await (await request.get('/codes.json')).json()) as {
    code: number;
    senders: { stack: string; phrase: string; by: string; source: string }[];
  }[];
  const busy = rows.find((row) => row.code === 483)!;
  expect(busy.senders.some((s) => s.stack === 'kamailio' && s.by === 'config')).toBe(true);
  expect(rows.every((row) => Array.isArray(row.senders))).toBe(true);
});

test('a stack’s own phrase finds the code it sends', async ({ page }) => {
  await page.goto('/');
  await headerSearch(page, 'Maximum Calls In Progress');
  await expect(page.locator(`${header.results}, ${header.answers}`).first()).toHaveAttribute(
    'href',
    '/503/',
  );
});
