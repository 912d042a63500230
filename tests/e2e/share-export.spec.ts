// Taking an explained trace away: the exports (Markdown, Mermaid, SVG, PNG) and the share link,
// whose fragment holds the redacted trace. Nothing leaves the page while they are made, and a
// shared link opens the same explanation without a request that carries the trace.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { openExplain } from './explain-page.ts';
import { builtFor, expect, test } from './fixtures.ts';

const trace = (name: string) =>
  readFileSync(new URL(`../fixtures/traces/${name}`, import.meta.url), 'utf8');

const output = (page: Page) => page.locator('[data-explain-output]');
const button = (page: Page, name: string) => output(page).getByRole('button', { name });
const status = (page: Page) => output(page).locator('.action-status');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function explain(page: Page, name: string) {
  const requests = await openExplain(page);
  await page.locator('#trace').fill(trace(name));
  await expect(output(page).locator('.summary')).toBeVisible();
  return requests;
}

async function downloaded(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await button(page, name).click();
  const file = await download;
  return { file: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Makes the share link of what is explained, with or without stand-ins. */
async function shareLink(page: Page, { redact = true } = {}): Promise<string> {
  await button(page, 'Share a link…').click();
  const box = output(page).getByLabel(/Replace addresses/);
  await expect(box).toBeChecked();
  if (!redact) await box.uncheck();
  await output(page).getByRole('button', { name: 'Create the link' }).click();
  const field = output(page).locator('[data-share-link]');
  await expect(field).toBeVisible();
  return field.inputValue();
}

async function openLink(context: BrowserContext, link: string) {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(link);
  return { page, requests };
}

test('the Markdown summary and the Mermaid diagram are copied, with links to the code pages', async ({
  page,
}) => {
  const requests = await explain(page, 'rfc3665-busy.txt');
  await button(page, 'Copy as Markdown').click();
  await expect(status(page)).toHaveText('Copied the Markdown summary.');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('The INVITE from Alice was rejected with 486 Busy Here by Bob');
  // One table row per message, each response linked to its page on this copy of the site.
  expect(markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line))).toHaveLength(11);
  expect(markdown).toContain(`](${builtFor}/486/)`);

  await button(page, 'Copy as Mermaid').click();
  await expect(status(page)).toHaveText('Copied the Mermaid sequence diagram.');
  const mermaid = await page.evaluate(() => navigator.clipboard.readText());
  expect(mermaid.split('\n')[0]).toBe('sequenceDiagram');
  expect(
    mermaid.split('\n').filter((line) => /^\s*\w+\s*-?-[>)]{1,2}\s*\w+:/.test(line)),
  ).toHaveLength(11);
  expect(requests.map((request) => request.url())).toEqual([]);
});

test('the ladder downloads as a standalone SVG and as a PNG, with no request', async ({ page }) => {
  const requests = await explain(page, 'rfc3665-busy.txt');
  const svg = await downloaded(page, 'Download SVG');
  expect(svg.file).toMatch(/\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(
    /^<\?xml [^>]*\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="/,
  );
  expect(text).toContain('486 Busy Here');
  expect(text).not.toContain('var(--');
  await expect(status(page)).toHaveText(`Saved the ladder as ${svg.file}.`);

  const png = await downloaded(page, 'Download PNG');
  expect(png.file).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The IHDR chunk: width and height, drawn at twice the SVG's size.
  const width = png.bytes.readUInt32BE(16);
  const svgWidth = Number(/ width="(\d+)"/.exec(text)![1]);
  expect(width).toBe(2 * svgWidth);
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(100);
  expect(requests.map((request) => request.url())).toEqual([]);
});

test('a share link holds exactly the preview, with no original address or number, and opens the same explanation', async ({
  page,
  context,
}) => {
  const original = trace('asterisk-pjsip-logger.txt');
  const requests = await explain(page, 'asterisk-pjsip-logger.txt');
  const lanes = await output(page).locator('.lane-label').allTextContents();
  const link = await shareLink(page);
  const preview = await output(page).locator('[data-share-preview]').textContent();
  await expect(output(page).locator('.share-replaced')).toContainText(/\d+ IP addresses/);
  expect(requests.map((request) => request.url())).toEqual([]);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link.startsWith(`${builtFor}/explain/#t1.`)).toBe(true);

  const shared = await openLink(context, link);
  await expect(shared.page.locator('[data-share-notice]')).toContainText(
    'Opened from a shared link',
  );
  await expect(shared.page.locator('#trace')).toHaveValue(preview!);
  const opened = preview!;
  // Software versions ("User-Agent: 2N SG 1.31.1.34.1") look like addresses and stay.
  const signalling = original.replace(/^(?:User-Agent|Server):.*$/gm, '');
  const originals = new Set([
    ...(signalling.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []),
    ...(original.match(/(?<=sip:)\d{4,}/g) ?? []),
    ...(original.match(/(?<=Call-ID: )\S+/g) ?? []),
    ...(original.match(/(?<=tag=)[^;\s]+/g) ?? []),
  ]);
  expect(originals.size).toBeGreaterThan(10);
  for (const value of originals) expect(opened, value).not.toContain(value);
  // The same exchange, drawn with stand-ins: as many lanes and messages, the same codes.
  await expect(shared.page.locator('.explanation .lane-label')).toHaveCount(lanes.length);
  await expect(shared.page.locator('.messages > li')).toHaveCount(2);
  await expect(shared.page.locator('.messages a[href$="/503/"]')).toHaveCount(1);
  // The fragment is never sent: no request carries any of the link's data.
  const data = link.split('#')[1]!;
  for (const url of shared.requests) expect(url).not.toContain(data.slice(0, 12));
  expect(shared.requests.every((url) => url.startsWith(builtFor))).toBe(true);
});

test('a tampered or cut link says so, and a good one still opens', async ({ page, context }) => {
  await explain(page, 'rfc3665-busy.txt');
  const link = await shareLink(page);
  const at = link.length - 40;
  // One character changed: a letter's case flipped (any other character becomes one that is
  // not base64url at all).
  const flipped = String.fromCharCode(link.charCodeAt(at) ^ 0x20);
  const changed = link.slice(0, at) + flipped + link.slice(at + 1);
  for (const [broken, words] of [
    [changed, /cannot be opened: .*(changed|damaged|corrupt)/i],
    [link.slice(0, -25), /cannot be opened: .*(cut|short|incomplete)/i],
    [link.replace('#t1.', '#t9.'), /cannot be opened: .*format .*cannot read/i],
  ] as const) {
    const { page: opened } = await openLink(context, broken);
    await expect(opened.locator('[data-share-notice]')).toHaveText(words);
    await expect(opened.locator('.summary')).toHaveCount(0);
    await opened.close();
  }
  const { page: good } = await openLink(context, link);
  await expect(good.locator('.summary')).toContainText('486 Busy Here');
});

test('a trace too long for a link gets a clear message instead of a link', async ({ page }) => {
  await openExplain(page);
  const random = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const many = Array.from({ length: 150 }, (_, at) =>
    [
      `OPTIONS sip:${random(10)}@${random(8)}.example.com SIP/2.0`,
      `Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK${random(24)}`,
      `From: <sip:a@example.com>;tag=${random(16)}`,
      'To: <sip:b@example.com>',
      `Call-ID: ${random(32)}`,
      `CSeq: ${at + 1} OPTIONS`,
      'Content-Length: 0',
      '',
    ].join('\n'),
  ).join('\n');
  await page.locator('#trace').fill(many);
  await expect(output(page).locator('.summary')).toBeVisible();
  await button(page, 'Share a link…').click();
  await output(page)
    .getByLabel(/Replace addresses/)
    .uncheck();
  await output(page).getByRole('button', { name: 'Create the link' }).click();
  await expect(output(page).locator('.share-result')).toContainText(/more than the 8,000/);
  await expect(output(page).locator('[data-share-link]')).toBeHidden();
});

test('on a shared link, with the connection gone, the exports and a new link still work', async ({
  page,
  context,
}) => {
  await explain(page, 'rfc3665-busy.txt');
  const link = await shareLink(page);
  const { page: shared } = await openLink(context, link);
  await expect(shared.locator('.summary')).toContainText('486 Busy Here');
  await expect(shared.locator('[data-actions-ready]')).toHaveCount(1);
  await context.setOffline(true);
  await shared.getByRole('button', { name: 'Copy as Mermaid' }).click();
  await expect(shared.locator('.action-status')).toHaveText('Copied the Mermaid sequence diagram.');
  const download = shared.waitForEvent('download');
  await shared.getByRole('button', { name: 'Download PNG' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  await shared.getByRole('button', { name: 'Share a link…' }).click();
  await shared.getByRole('button', { name: 'Create the link' }).click();
  await expect(shared.locator('[data-share-link]')).toBeVisible();
  await context.setOffline(false);
});
