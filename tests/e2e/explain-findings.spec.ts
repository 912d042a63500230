// What the explain page adds to each message and to the exchange: the diagnoses with the rule
// behind each, the SDP offers and answers, and who built a response.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openExplain } from './explain-page.ts';
import { expect, test } from './fixtures.ts';

const trace = (name: string) =>
  readFileSync(new URL(`../fixtures/traces/${name}`, import.meta.url), 'utf8');
const output = (page: Page) => page.locator('[data-explain-output]');

async function explain(page: Page, name: string) {
  const requests = await openExplain(page);
  await page.locator('#trace').fill(trace(name));
  await expect(output(page).locator('.summary')).toBeVisible();
  return requests;
}

test('a diagnosis names its messages, its rule with the RFC section, and the page that explains it', async ({
  page,
}) => {
  const requests = await explain(page, 'pyvoip-bye-481.txt');
  const finding = output(page).locator('.finding[data-kind="dialog-unknown-481"]');
  await expect(finding).toHaveCount(1);
  await expect(finding.locator('.finding-title')).toContainText('481');
  await expect(
    finding.locator('a[href="https://www.rfc-editor.org/rfc/rfc3261.html#section-12.2.2"]'),
  ).toHaveText('RFC 3261 §12.2.2');
  await expect(finding.locator('a[href="/481/"]')).toHaveText('the 481 page');
  // Each message it names is a link to that message in the list below.
  const first = finding.locator('a[href^="#message-"]').first();
  const target = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page.locator(target)).toBeInViewport();
  expect(requests.map((request) => request.url())).toEqual([]);
});

test('the SDP offer and answer are set side by side, codecs and outcome per media line', async ({
  page,
}) => {
  await explain(page, 'janus-asterisk-port-zero.txt');
  await expect(output(page).locator('.finding[data-kind="no-common-codec"]')).toHaveCount(1);
  await page.locator('#trace').fill(trace('rfc3665-busy.txt'));
  const media = output(page).locator('.offer-answer');
  await expect(media).toHaveCount(1);
  await expect(media.locator('p').first()).toContainText('Offer in the INVITE');
  const row = media.locator('tbody tr');
  await expect(row.locator('th')).toHaveText('audio');
  await expect(row.locator('td').first()).toContainText('PCMU/8000');
  await expect(row.locator('td').first()).toContainText('sendrecv');
  await expect(row.locator('td').last()).toHaveText('the offer was refused');
  // On a phone the row is a card: each value says which column it is.
  await expect(row.locator('td[data-label="Offer"]')).toContainText('PCMU/8000');
  await expect(row.locator('td[data-label="Outcome"]')).toHaveText('the offer was refused');
});

test('a response says who built it: the Server header, a Q.850 Reason from a gateway, a 100 Trying’s hop', async ({
  page,
}) => {
  await explain(page, 'asterisk-pjsip-logger.txt');
  const decline = output(page).locator('.messages > li').nth(1);
  await expect(decline.locator('.facts li').filter({ hasText: 'Sent by' }).first()).toContainText(
    'Asterisk PBX 18.6.0',
  );
  await expect(decline.locator('.facts li').filter({ hasText: 'Q.850 cause 41' })).toHaveCount(2);
  await page.locator('#trace').fill(trace('rfc3665-busy.txt'));
  const trying = output(page).locator('.messages > li').filter({ hasText: '100 Trying' });
  await expect(trying.first().locator('.facts')).toContainText('covers one hop only');
});

test('an explanation with its findings, media and share panel open passes axe', async ({
  page,
}) => {
  await explain(page, 'janus-asterisk-port-zero.txt');
  await output(page).getByRole('button', { name: 'Share a link…' }).click();
  await expect(output(page).locator('[data-share-preview]')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.length}`)).toEqual([]);
});
