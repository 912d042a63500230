import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from './fixtures.ts';
import { registry } from './registry.ts';

test('required header fields are listed with their level and source', async ({ page }) => {
  for (const [code, header] of [
    [401, 'WWW-Authenticate'],
    [405, 'Allow'],
    [407, 'Proxy-Authenticate'],
    [420, 'Unsupported'],
    [421, 'Require'],
    [423, 'Min-Expires'],
  ] as const) {
    await page.goto(`/${code}/`);
    const row = page
      .locator('section:has(#headers) tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
    await expect(row).toContainText('MUST');
    await expect(row.locator('a[href^="https://www.rfc-editor.org/rfc/"]')).toBeVisible();
  }
});

test('a requirement that holds only in some cases says when', async ({ page }) => {
  await page.goto('/200/');
  const row = page
    .locator('section:has(#headers) tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: 'Expires', exact: true }) });
  await expect(row).toContainText('MUST');
  await expect(row).toContainText('when answering SUBSCRIBE');
});

test('the Q.850 section gives both directions and a copyable Reason header', async ({ page }) => {
  await page.goto('/486/');
  const section = page.locator('section:has(#q850)');
  await expect(section).toContainText('Reason: Q.850;cause=17;text="User busy"');
  await expect(section.locator('a[href$="#section-8.2.6.1"]').first()).toBeVisible();
  await expect(section.locator('a[href$="#section-7.2.4.1"]').first()).toBeVisible();

  await page.goto('/180/');
  await expect(page.locator('section:has(#q850)')).toContainText(
    'gives 180 no cause: the section covers only responses of 400 and above',
  );

  // RFC 3398's footnote lets cause 21 from the user become 603; an unlisted 4xx-6xx gets 31.
  await page.goto('/603/');
  await expect(page.locator('section:has(#q850) ul a[href="/causes/21/"]').first()).toBeVisible();
  await page.goto('/422/');
  await expect(page.locator('section:has(#q850)')).toContainText(
    'which does not list 422 but gives every 4xx–6xx it lacks this cause',
  );
});

test('renamed and deprecated codes say so', async ({ page }) => {
  await page.goto('/437/');
  await expect(page.locator('.formerly')).toContainText('Unsupported Certificate');
  await page.goto('/202/');
  await expect(page.locator('.notice')).toContainText('Deprecated');
});

test('/codes.json lists every registered code and matches /codes.schema.json', async ({
  request,
}) => {
  const schema = await (await request.get('/codes.schema.json')).json();
  const response = await request.get('/codes.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const rows = (await response.json()) as { code: number; reason: string; url: string }[];
  const validate = new Ajv2020({ strict: true }).compile(schema);
  expect(validate(rows), JSON.stringify(validate.errors)).toBe(true);
  expect(rows.map(({ code, reason }) => ({ code, reason }))).toEqual(registry);
  for (const { url } of rows.slice(0, 5)) expect((await request.get(url)).status()).toBe(200);
});
