import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { codeSchema } from '../../src/content.config.ts';
import { codesJsonRows } from '../../src/lib/codes-json.ts';
import { createCauseIndex } from '../../src/lib/causes/index.ts';
import { tables } from './cause-tables.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../public/codes.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ strict: true }).compile(schema);

const page = (code: number, seeAlso: number[]) => ({
  code,
  data: codeSchema.parse({
    reason: code === 486 ? 'Busy Here' : 'Busy Everywhere',
    summary: 'A plain sentence about the code.',
    gist: 'A few words',
    rfc: 'RFC 3261',
    section: code === 486 ? '21.4.24' : undefined,
    seeAlso: seeAlso.map((other) => ({ code: other, why: 'Differs in scope.' })),
    headers: [
      {
        name: 'Retry-After',
        requirement: 'MAY',
        rfc: 'RFC 3261',
        section: '20.33',
        note: 'When to retry.',
      },
      {
        name: 'Timestamp',
        requirement: 'MUST',
        when: 'the request carried Timestamp',
        rfc: 'RFC 3261',
        section: '8.2.6.1',
      },
    ],
  }),
});

const busyRow = {
  toCause: 17,
  toCauseVia: 'row',
  fromCauses: [17],
  fromCauseRanges: [],
  fromCausesDefault: false,
};

describe('codesJsonRows', () => {
  const rows = codesJsonRows([page(600, [486]), page(486, [600])], createCauseIndex(tables()));

  it('sorts by code and derives every field from the frontmatter', () => {
    assert.deepEqual(rows[0], {
      code: 486,
      reason: 'Busy Here',
      class: '4xx',
      summary: 'A plain sentence about the code.',
      url: '/486/',
      rfc: 'RFC 3261',
      section: '21.4.24',
      deprecated: false,
      seeAlso: [600],
      headers: [
        { name: 'Retry-After', requirement: 'MAY', when: null, rfc: 'RFC 3261', section: '20.33' },
        {
          name: 'Timestamp',
          requirement: 'MUST',
          when: 'the request carried Timestamp',
          rfc: 'RFC 3261',
          section: '8.2.6.1',
        },
      ],
      q850: { fromIsup: [17], fromIsupDefault: false, toIsup: 17, toIsupVia: 'row' },
      vendors: {
        freeswitch: busyRow,
        asteriskPjsip: busyRow,
        asteriskChanSip: busyRow,
      },
      senders: [],
    });
    assert.equal(rows[1]!.section, null);
    assert.deepEqual(rows[1]!.q850, {
      fromIsup: [],
      fromIsupDefault: false,
      toIsup: 17,
      toIsupVia: 'row',
    });
  });

  it('counts a default branch as the table’s answer, and says which branch gave it', () => {
    const [busyEverywhere] = codesJsonRows([page(600, [486])], createCauseIndex(tables()));
    const none = { fromCauses: [], fromCauseRanges: [], fromCausesDefault: false };
    assert.deepEqual(busyEverywhere!.vendors, {
      freeswitch: { toCause: 17, toCauseVia: 'row', ...none },
      asteriskPjsip: { toCause: 16, toCauseVia: 'default', ...none },
      asteriskChanSip: { toCause: 16, toCauseVia: 'default', ...none },
    });
  });

  it('marks the code a default branch sends for every unlisted cause', () => {
    const [unavailable, serverError] = codesJsonRows(
      [page(480, [486]), page(500, [486])],
      createCauseIndex(tables()),
    );
    assert.equal(unavailable!.vendors.freeswitch.fromCausesDefault, true);
    assert.equal(unavailable!.vendors.asteriskPjsip.fromCausesDefault, false);
    assert.equal(serverError!.q850.fromIsupDefault, true);
    assert.equal(serverError!.q850.toIsupVia, 'range');
  });

  it('matches the published JSON Schema', () => {
    assert.ok(validate(rows), JSON.stringify(validate.errors));
  });

  it('the schema rejects a row with an extra or missing key', () => {
    assert.ok(!validate([{ ...rows[0], extra: true }]));
    const { q850: _omitted, ...incomplete } = rows[0]!;
    assert.ok(!validate([incomplete]));
    const { asteriskChanSip: _left, ...vendors } = rows[0]!.vendors;
    assert.ok(!validate([{ ...rows[0], vendors }]));
    const badCause = { ...rows[0]!.vendors.freeswitch, toCause: 'USER_BUSY' };
    assert.ok(!validate([{ ...rows[0], vendors: { ...rows[0]!.vendors, freeswitch: badCause } }]));
  });
});
