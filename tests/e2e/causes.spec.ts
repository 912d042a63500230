// Cause pages, the cause index, the ISUP/PBX section of code pages, pages of codes proxies make
// up, and causes.json, checked in the built site against the data the build published.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, searchPage, searchPageSearch, test } from './fixtures.ts';

interface CauseRow {
  cause: number;
  name: string;
  q850: boolean;
  url: string;
  names: { freeswitch: string | null; asterisk: string[] };
  toSip: Record<string, number | null>;
  toSipVia: Record<string, 'row' | 'range' | 'default' | null>;
  fromSip: Record<string, number[]>;
}

test('/causes.json lists every cause, sorted, and matches /causes.schema.json', async ({
  request,
}) => {
  const schema = await (await request.get('/causes.schema.json')).json();
  const response = await request.get('/causes.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const rows = (await response.json()) as CauseRow[];
  const validate = new Ajv2020({ strict: true }).compile(schema);
  expect(validate(rows), JSON.stringify(validate.errors)).toBe(true);
  expect(rows.map((row) => row.cause)).toEqual(
    [...rows.map((row) => row.cause)].sort((a, b) => a - b),
  );
  const busy = rows.find((row) => row.cause === 17)!;
  expect(busy.names.freeswitch).toBe('USER_BUSY');
  expect(busy.names.asterisk).toEqual(
    expect.arrayContaining(['AST_CAUSE_BUSY', 'AST_CAUSE_USER_BUSY']),
  );
  expect(busy.toSip).toEqual({
    rfc3398: 486,
    freeswitch: 486,
    asteriskPjsip: 486,
    asteriskChanSip: 486,
  });
  expect(rows.find((row) => row.cause === 487)).toMatchObject({
    q850: false,
    names: { freeswitch: 'ORIGINATOR_CANCEL' },
  });
  for (const { url } of rows.filter((row) => [1, 16, 17, 487].includes(row.cause)))
    expect((await request.get(url)).status()).toBe(200);
});

test('/codes.json says what each stack does with a code', async ({ request }) => {
  const rows = (await (await request.get('/codes.json')).json()) as {
    code: number;
    vendors: Record<string, { toCause: number | null; fromCauses: number[] }>;
  }[];
  const busy = rows.find((row) => row.code === 486)!;
  for (const stack of ['freeswitch', 'asteriskPjsip', 'asteriskChanSip']) {
    expect(busy.vendors[stack]!.toCause, stack).toBe(17);
    expect(busy.vendors[stack]!.fromCauses, stack).toContain(17);
  }
});

test('a cause page gives names, both directions per stack, and a Reason header to copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/causes/17/');
  await expect(page).toHaveTitle('Cause 17 User busy · SIP response codes');
  await expect(page.locator('h1')).toHaveText('Cause 17 User busy');
  const names = page.locator('section:has(#names)');
  await expect(names).toContainText('USER_BUSY');
  await expect(names).toContainText('AST_CAUSE_BUSY');
  const table = page.locator('section:has(#sip) table');
  for (const stack of ['RFC 3398', 'FreeSWITCH', 'Asterisk chan_pjsip', 'Asterisk chan_sip']) {
    const row = table
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: stack, exact: true }) });
    await expect(row.locator('a[href="/486/"]').first(), stack).toBeVisible();
  }
  await expect(
    table.locator('a[href^="https://github.com/signalwire/freeswitch/blob/"]').first(),
  ).toBeVisible();
  const reason = page.locator('section:has(#reason)');
  await expect(reason.locator('pre')).toHaveText('Reason: Q.850;cause=17;text="User busy"');
  await reason.getByRole('button', { name: 'Copy Reason header' }).click();
  await expect(reason.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Reason: Q.850;cause=17;text="User busy"',
  );
});

test('causes that are not failures say so plainly', async ({ page }) => {
  await page.goto('/causes/16/');
  await expect(page.locator('.not-failure')).toContainText('Not a failure');
  await page.goto('/causes/17/');
  await expect(page.locator('.not-failure')).toHaveCount(0);
});

test('a stack that departs from RFC 3398 is marked, on the cause and on the code', async ({
  page,
  request,
}) => {
  const rows = (await (await request.get('/causes.json')).json()) as CauseRow[];
  // From the data: a cause whose FreeSWITCH row sends another code than RFC 3398's row (a
  // row, so that the code's page links the cause back).
  const differing = rows.find(
    (row) =>
      row.toSipVia.rfc3398 === 'row' &&
      row.toSipVia.freeswitch === 'row' &&
      row.toSip.rfc3398 !== null &&
      row.toSip.freeswitch !== null &&
      row.toSip.rfc3398 !== row.toSip.freeswitch &&
      // Not a code RFC 3398 ties to the cause in its other rows either (21 may become 603).
      !row.fromSip.rfc3398.includes(row.toSip.freeswitch),
  )!;
  expect(differing, 'the data has at least one difference').toBeTruthy();
  await page.goto(differing.url);
  const freeswitch = page
    .locator('section:has(#sip) tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: 'FreeSWITCH', exact: true }) });
  // The row may mark more than one value (what it sends, what it records): the first says so.
  await expect(freeswitch.locator('.differs').first()).toContainText('differs from RFC 3398');
  await expect(
    freeswitch.locator(`.differs a[href="/${differing.toSip.rfc3398}/"]`).first(),
  ).toBeVisible();
  const rfc = page
    .locator('section:has(#sip) tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: 'RFC 3398', exact: true }) });
  await expect(rfc.locator('.differs')).toHaveCount(0);

  await page.goto(`/${differing.toSip.freeswitch}/`);
  const onCode = page
    .locator('section:has(#q850) tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: 'FreeSWITCH', exact: true }) });
  await expect(onCode.locator(`a[href="/causes/${differing.cause}/"]`).first()).toBeVisible();
  await expect(onCode.locator('.differs').first()).toBeVisible();
});

test('the cause index lists every cause with what each stack sends', async ({ page, request }) => {
  const rows = (await (await request.get('/causes.json')).json()) as CauseRow[];
  await page.goto('/');
  await page.locator('header nav').getByRole('link', { name: 'Causes' }).click();
  await expect(page).toHaveURL('/causes/');
  await expect(page.locator('h1')).toHaveText('Q.850 and PBX causes');
  await expect(page.locator('table tbody tr')).toHaveCount(rows.length);
  const busy = page.locator('#cause-17');
  await expect(busy.getByRole('link', { name: '17 User busy' })).toHaveAttribute(
    'href',
    '/causes/17/',
  );
  await expect(busy.locator('td')).toHaveText(['486', '486', '486', '486']);
  // RFC 3398 gives cause 21 two rows (603 when the user refused), so FreeSWITCH's 603 is no
  // departure; its 488 for cause 88 is (RFC 3398: 503).
  const rejected = page.locator('#cause-21');
  await expect(rejected.locator('td').first()).toHaveText('403 or 603');
  await expect(rejected.locator('td').nth(1)).not.toContainText('differs from RFC 3398');
  const incompatible = page.locator('#cause-88');
  await expect(incompatible.locator('td').nth(1)).toContainText('differs from RFC 3398');
  await page.goto('/');
  await expect(page.locator('main a[href="/causes/"]')).toBeVisible();
});

test('a code page maps the code through RFC 3398 and each stack, causes linked', async ({
  page,
}) => {
  await page.goto('/486/');
  const section = page.locator('section:has(#q850)');
  await expect(section).toContainText('Reason: Q.850;cause=17;text="User busy"');
  await expect(section.locator('tbody tr')).toHaveCount(4);
  await expect(section.locator('tbody a[href="/causes/17/"]')).toHaveCount(8);
  await section.locator('a[href="/causes/17/"]').first().click();
  await expect(page).toHaveURL('/causes/17/');
});

test('codes proxies make up say who sends them, the exact phrase and when', async ({ page }) => {
  await page.goto('/477/');
  const who = page.locator('section:has(#who-sends)');
  await expect(who).toContainText('Kamailio');
  await expect(who).toContainText('OpenSIPS');
  await expect(who).toContainText(
    'SIP/2.0 477 Unfortunately error on sending to next hop occurred (477/TM)',
  );
  await expect(who).toContainText('(477/SL)');
  await expect(
    who.locator('a[href^="https://github.com/kamailio/kamailio/blob/"]').first(),
  ).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('main[data-pagefind-body]')).toHaveCount(1);
});

test('a proxy reply lists only the senders that meet its error', async ({ page }) => {
  // tm's own reply after a failed t_relay() never reports a bad URI (Kamailio 479, OpenSIPS 475).
  for (const code of [479, 475]) {
    await page.goto(`/${code}/`);
    const who = page.locator('section:has(#who-sends)');
    await expect(who.locator('.senders dt')).toContainText(['sl_reply_error()']);
    await expect(who.locator('.senders dt', { hasText: 'kill_transaction()' })).toHaveCount(0);
  }
  await expect(page.locator('section:has(#who-sends)')).not.toContainText('(475/TM)');
  await page.goto('/477/');
  await expect(page.locator('section:has(#who-sends) .senders').first()).toContainText(
    'kill_transaction()',
  );
});

test('a code a proxy rewrites says so on both pages, with the source', async ({ page }) => {
  for (const [code, other] of [
    [503, 500],
    [500, 503],
  ]) {
    await page.goto(`/${code}/`);
    const section = page.locator('section:has(#proxies)');
    await expect(section, `${code}`).toContainText('Kamailio (tm)');
    await expect(section.locator(`a[href="/${other}/"]`)).toBeVisible();
    await expect(section.locator('a[href*="/src/modules/tm/t_reply.c"]')).toBeVisible();
  }
});

test('cause pages are found by the names in logs', async ({ page }) => {
  const cases: [string, string][] = [
    ['NORMAL_CLEARING', '/causes/16/'],
    ['AST_CAUSE_BUSY', '/causes/17/'],
    ['ORIGINATOR_CANCEL', '/causes/487/'],
    ['Unfortunately error on sending to next hop occurred', '/477/'],
    ['spam', '/607/'],
    ['robocall', '/607/'],
  ];
  await page.goto('/search/');
  // Answers first, then full-text results, as the page shows them.
  const results = page.locator(`${searchPage.answers}, ${searchPage.results}`);
  for (const [query, href] of cases) {
    await searchPageSearch(page, query);
    await expect
      .poll(
        () =>
          results.evaluateAll((links) =>
            links.slice(0, 3).map((link) => link.getAttribute('href')),
          ),
        { message: `"${query}" → ${href} in the top 3` },
      )
      .toContain(href);
  }
});
