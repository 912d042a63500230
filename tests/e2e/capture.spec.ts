// Packet captures on the explain page: opened or dropped, read by the worker with no request,
// listed as calls, filtered, drawn with their times; bad files answered with a sentence.
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openExplain } from './explain-page.ts';
import {
  arpCapture,
  callsCapture,
  ipInIpCapture,
  ipv6FragmentsCapture,
  pcapHeader,
} from '../fixtures/built-captures.ts';

// Captures built byte by byte: several calls with RTP, and one call over TCP in IP in IP.
const calls = callsCapture();
const tunnel = ipInIpCapture();
const callsFile = Buffer.from(calls.bytes);
const tunnelFile = Buffer.from(tunnel.bytes);
const refusedCall = calls.calls.find((call) => call.finalCode === 403)!;
const list = (page: Page) => page.locator('[data-capture-list]');
const output = (page: Page) => page.locator('[data-explain-output]');
const open = (page: Page, name: string, buffer: Buffer) =>
  page.locator('#trace-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });

test('a capture is read with no request: calls listed, filtered, one drawn with its times', async ({
  page,
}) => {
  const requests = await openExplain(page);
  await open(page, 'calls.pcap', callsFile);
  const rows = list(page).locator('table.calls tbody tr');
  await expect(rows).toHaveCount(calls.calls.length);
  await expect(list(page).locator('.notice')).toContainText(
    `${calls.packets} packets, ${calls.messages} SIP messages in ${calls.calls.length} calls`,
  );
  await expect(list(page).locator('.notice')).toContainText('packets of RTP or RTCP');
  await list(page).locator('#call-filter').fill('403');
  await expect(rows).toHaveCount(calls.calls.filter((call) => call.finalCode === 403).length);
  await rows.first().locator('button').click();
  const ladder = output(page).locator('figure.explain-ladder svg');
  await expect(ladder.locator('g.arrow')).toHaveCount(refusedCall.messages);
  await expect(ladder.locator('.note').first()).toContainText(/^\d\d:\d\d:\d\d\.\d{3}$/);
  await expect(ladder.locator('.note').nth(1)).toContainText(/\(\+\d+\.\d{3} s\)/);
  await expect(output(page).locator('.message-head').first()).toContainText(/^Packet \d+ · /);
  await expect(output(page).locator('a[href="/403/"]').first()).toBeVisible();
  expect(requests.map((request) => request.url())).toEqual([]);
});

test('a dropped gzip capture with one call is drawn at once', async ({ page }) => {
  const requests = await openExplain(page);
  const fragmented = ipv6FragmentsCapture();
  const bytes = [...gzipSync(fragmented.bytes)];
  const transfer = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'fragments.pcap.gz'));
    return dt;
  }, bytes);
  await page.locator('[data-explain-input]').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(list(page).locator('table.calls tbody tr')).toHaveCount(1);
  await expect(output(page).locator('figure.explain-ladder g.arrow')).toHaveCount(
    fragmented.messages,
  );
  await expect(output(page).locator('figure.explain-ladder g.arrow.repeat')).toHaveCount(
    fragmented.repeats,
  );
  expect(requests.map((request) => request.url())).toEqual([]);
});

const bad: [string, string, Buffer][] = [
  [
    'photo.pcap',
    'This is a JPEG image, not a packet capture.',
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]),
  ],
  ['empty.pcap', 'The file is empty.', Buffer.alloc(0)],
  ['notes.pcap', 'This is neither a pcap nor a pcapng capture', Buffer.from('hello, world\n')],
  ['header.pcap', 'too short to be a pcap capture', tunnelFile.subarray(0, 10)],
];
for (const [name, message, buffer] of bad)
  test(`a bad file is answered with a sentence: ${name}`, async ({ page }) => {
    await openExplain(page);
    await open(page, name, buffer);
    await expect(list(page).locator('[role=alert]')).toContainText(message);
  });

test('a truncated capture is read up to where it stops, and says so', async ({ page }) => {
  await openExplain(page);
  await open(page, 'cut.pcap', tunnelFile.subarray(0, tunnelFile.length - 100));
  await expect(list(page).locator('.notice')).toContainText('ends in the middle of a packet');
  await expect(list(page).locator('table.calls tbody tr')).toHaveCount(1);
});

test('a capture without SIP says so', async ({ page }) => {
  await openExplain(page);
  // A pcap header and one ARP request.
  await open(page, 'arp.pcap', Buffer.from(arpCapture()));
  await expect(list(page).locator('.notice')).toContainText(
    'No SIP message in this capture (1 packet',
  );
});

test('the policy keeps connections to the site itself and workers to its own files', async ({
  page,
}) => {
  await page.goto('/explain/');
  const policy = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content');
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("worker-src 'self'");
});

/** Drops a file made in the page: `size` bytes, a pcap header then zeros (empty packets). */
async function dropLarge(page: Page, name: string, size: number) {
  const header = [...pcapHeader()];
  const transfer = await page.evaluateHandle(
    ({ header, size, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(header), new ArrayBuffer(size - header.length)], name));
      return dt;
    },
    { header, size, name },
  );
  await page.locator('[data-explain-input]').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a file above the size limit is refused with the limit named', async ({ page }) => {
  await openExplain(page);
  await dropLarge(page, 'huge.pcap', 257 * 2 ** 20);
  await expect(list(page).locator('[role=alert]')).toContainText(
    'the page reads captures up to 256 MB',
  );
});

test('reading can be stopped, and the next file is read', async ({ page }) => {
  await openExplain(page);
  // Twelve million empty packets: seconds of work, time enough to press Stop.
  await dropLarge(page, 'long.pcap', 200 * 2 ** 20);
  const stop = page.locator('[data-capture-status] button');
  await stop.click();
  await expect(list(page).locator('[role=alert]')).toContainText('Stopped');
  await expect(page.locator('[data-capture-status]')).toBeHidden();
  await open(page, 'tunnel.pcap', tunnelFile);
  await expect(output(page).locator('figure.explain-ladder g.arrow')).toHaveCount(tunnel.messages);
});

test('a file opened while another is read replaces it', async ({ page }) => {
  await openExplain(page);
  await dropLarge(page, 'long.pcap', 200 * 2 ** 20);
  await expect(page.locator('[data-capture-status]')).toBeVisible();
  await open(page, 'tunnel.pcap', tunnelFile);
  await expect(output(page).locator('figure.explain-ladder g.arrow')).toHaveCount(tunnel.messages);
  await expect(list(page).locator('[role=alert]')).toHaveCount(0);
  await expect(page.locator('[data-capture-status]')).toBeHidden();
});

test('the call list and a drawn call pass axe', async ({ page }) => {
  await openExplain(page);
  await open(page, 'calls.pcap', callsFile);
  await list(page).locator('table.calls tbody tr button').first().click();
  await expect(output(page).locator('.summary')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the call list and the ladder fit the screen or scroll on their own', async ({ page }) => {
    await openExplain(page);
    await open(page, 'calls.pcap', callsFile);
    await list(page).locator('table.calls tbody tr button').first().click();
    await expect(output(page).locator('figure.explain-ladder svg')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});
