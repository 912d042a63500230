// The explain page in a real browser: real traces pasted in, hostile and odd input, the file
// picker, no request while explaining, and the page without JavaScript.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openExplain } from './explain-page.ts';
import { expect, test } from './fixtures.ts';

const trace = (name: string) =>
  readFileSync(new URL(`../fixtures/traces/${name}`, import.meta.url), 'utf8');

const output = (page: Page) => page.locator('[data-explain-output]');

const cases = [
  {
    name: 'rfc3665-busy.txt',
    lanes: ['Alice', 'Proxy 1', 'Proxy 2', 'Bob'],
    summary: 'The INVITE from Alice was rejected with 486 Busy Here by Bob; Alice acknowledged it.',
    links: ['/486/', '/100/'],
    rows: 11,
  },
  {
    name: 'asterisk-pjsip-logger.txt',
    lanes: ['20.74.168.34:5060', 'Asterisk', '20.72.41.22:5060'],
    summary:
      'A 503 Service Unavailable (cause 41, Temporary failure) went from 20.74.168.34:5060 to Asterisk',
    links: ['/503/', '/603/'],
    rows: 2,
  },
  {
    name: 'kamailio-ngrep-cancel.txt',
    lanes: ['x.x.x.50:5060', '85.14.79.130:6050'],
    summary: 'A CANCEL went from x.x.x.50:5060 to 85.14.79.130:6050',
    links: ['/487/', '/200/'],
    rows: 3,
  },
];

for (const { name, lanes, summary, links, rows } of cases) {
  test(`explains ${name}: summary, ladder and links, with no request`, async ({ page }) => {
    const requests = await openExplain(page);
    await page.locator('#trace').fill(trace(name));
    await expect(output(page).locator('.summary')).toContainText(summary);
    const ladder = output(page).locator('figure.explain-ladder svg');
    await expect(ladder.locator('.lane-label')).toHaveText(lanes);
    await expect(ladder.locator('g.arrow')).toHaveCount(rows);
    for (const href of links)
      await expect(output(page).locator(`a[href="${href}"]`).first()).toBeVisible();
    await expect(output(page).locator('.messages > li')).toHaveCount(rows);
    expect(requests.map((request) => request.url())).toEqual([]);
    expect(page.url()).toMatch(/\/explain\/$/);
  });
}

test('flags problems and links each to its message', async ({ page }) => {
  await openExplain(page);
  await page.locator('#trace').fill(trace('kamailio-ngrep-cancel.txt'));
  const problems = output(page).locator('.problems li');
  await expect(problems).toHaveCount(3);
  await expect(problems.first()).toContainText('The INVITE this CANCEL stops is not in the paste.');
  await problems.first().locator('a').click();
  await expect(page.locator('#message-1')).toBeInViewport();
});

test('hostile header values are shown as text and never run', async ({ page }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: pasted script ran');
  });
  await openExplain(page);
  const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  await page
    .locator('#trace')
    .fill(
      [
        `SIP/2.0 486 ${hostile}`,
        'Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1',
        `From: <sip:a@example.com>;tag=${hostile}`,
        'To: <sip:b@example.com>;tag=2',
        'Call-ID: 1',
        'CSeq: 1 INVITE',
        `Reason: Q.850;cause=17;text="${hostile}"`,
        `Warning: 399 "><svg onload=alert(3)> "${hostile}"`,
        'Content-Length: 0',
        '',
      ].join('\n'),
    );
  await expect(output(page).locator('.message-head a')).toHaveText(`486 ${hostile}`);
  await expect(output(page).locator('img, script, svg[onload], [onerror]')).toHaveCount(0);
  await expect(output(page).locator('.facts')).toContainText(hostile);
});

test('says plainly what is wrong with input that is no trace', async ({ page }) => {
  await openExplain(page);
  const field = page.locator('#trace');
  const notice = output(page).locator('.notice');
  await field.fill('just some words\nand a second line');
  await expect(notice).toContainText('No SIP message found');
  await field.fill('GET / HTTP/1.1\nHost: example.com\n');
  await expect(notice).toContainText('HTTP message, not SIP');
  await field.fill('\u0000\u0001\u0002\u0003\u0004\u0005'.repeat(200));
  await expect(notice).toContainText('binary file');
  await field.fill('');
  await expect(output(page)).toBeEmpty();
});

test('a megabyte of log shows the first messages and says so', async ({ page }) => {
  await openExplain(page);
  let log = '';
  const unit = trace('rfc3665-no-answer.txt');
  while (log.length < 1_000_000) log += `${unit}\n`;
  test.setTimeout(90_000);
  // As a paste arrives: the whole text at once (typing a megabyte through fill() takes minutes).
  await page.locator('#trace').evaluate((field: HTMLTextAreaElement, text) => {
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, log);
  await expect(output(page).locator('.notice')).toContainText('Showing the first 1000 messages', {
    timeout: 30_000,
  });
  await expect(output(page).locator('figure.explain-ladder g.arrow')).toHaveCount(200);
});

test('the file picker explains a log file', async ({ page }) => {
  const requests = await openExplain(page);
  await page.locator('#trace-file').setInputFiles({
    name: 'capture.log',
    mimeType: 'text/plain',
    buffer: Buffer.from(trace('tcpdump-register-401.txt')),
  });
  await expect(output(page).locator('.summary')).toContainText(
    'The REGISTER from airavata.office.mydomain.ru:39184 was challenged for credentials with 401 Unauthorized',
  );
  await expect(output(page).locator('.facts')).toContainText('realm “mydomain.ru”');
  expect(requests).toEqual([]);
});

test('an explained trace passes axe', async ({ page }) => {
  await openExplain(page);
  await page.locator('#trace').fill(trace('rfc3665-no-answer.txt'));
  await expect(output(page).locator('.summary')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('is linked from the header and the home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.site-header a[href="/explain/"]')).toHaveText('Explain a trace');
  await page.locator('main a[href="/explain/"]').click();
  await expect(page.locator('h1')).toHaveText('Explain a SIP trace');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says it needs JavaScript and keeps the privacy statement', async ({ page }) => {
    await page.goto('/explain/');
    await expect(page.locator('[data-needs-js]')).toContainText('needs JavaScript');
    await expect(page.locator('#trace')).toBeHidden();
    await expect(page.locator('.privacy')).toContainText('no request carries it');
  });
});
