import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createCauseIndex } from '../../src/lib/causes/index.ts';
import { causesJsonRows } from '../../src/lib/causes/json.ts';
import { tables } from './cause-tables.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../public/causes.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ strict: true }).compile(schema);
const rows = causesJsonRows(createCauseIndex(tables()));

describe('causesJsonRows', () => {
  it('lists every cause in order, Q.850 or not', () => {
    assert.deepEqual(
      rows.map((row) => [row.cause, row.q850]),
      [
        [1, true],
        [16, true],
        [17, true],
        [21, true],
        [22, true],
        [34, true],
        [41, true],
        [127, true],
        [487, false],
      ],
    );
  });

  it('gives the names and both directions of every mapping', () => {
    assert.deepEqual(
      rows.find((row) => row.cause === 17),
      {
        cause: 17,
        name: 'User busy',
        q850: true,
        url: '/causes/17/',
        names: { freeswitch: 'USER_BUSY', asterisk: ['AST_CAUSE_USER_BUSY', 'AST_CAUSE_BUSY'] },
        toSip: { rfc3398: 486, freeswitch: 486, asteriskPjsip: 486, asteriskChanSip: 486 },
        toSipVia: {
          rfc3398: 'row',
          freeswitch: 'row',
          asteriskPjsip: 'row',
          asteriskChanSip: 'row',
        },
        fromSip: {
          rfc3398: [486, 600],
          freeswitch: [486, 600],
          asteriskPjsip: [486],
          asteriskChanSip: [486],
        },
        fromSipRanges: { rfc3398: [], freeswitch: [], asteriskPjsip: [], asteriskChanSip: [] },
        fromSipDefault: {
          rfc3398: null,
          freeswitch: null,
          asteriskPjsip: null,
          asteriskChanSip: null,
        },
      },
    );
  });

  it('counts a default branch as the table’s answer; RFC 3398’s first row wins', () => {
    const changed = rows.find((row) => row.cause === 22)!;
    assert.equal(changed.toSip.rfc3398, 410);
    assert.equal(changed.toSip.freeswitch, 480);
    assert.equal(changed.toSipVia.freeswitch, 'default');
    const clearing = rows.find((row) => row.cause === 16)!;
    assert.equal(clearing.toSip.rfc3398, null);
    assert.equal(clearing.toSipVia.rfc3398, 'row');
    assert.deepEqual(clearing.fromSipDefault.freeswitch, []);
    assert.equal(clearing.fromSipDefault.rfc3398, null);
    assert.deepEqual(rows.find((row) => row.cause === 41)!.fromSipRanges.rfc3398, [
      { from: 400, to: 699 },
    ]);
    const cancel = rows.find((row) => row.cause === 487)!;
    assert.deepEqual(cancel.names, { freeswitch: 'ORIGINATOR_CANCEL', asterisk: [] });
    assert.equal(cancel.toSip.freeswitch, 487);
    assert.deepEqual(cancel.fromSip.freeswitch, [487]);
  });

  it('matches the published JSON Schema, which rejects a broken row', () => {
    assert.ok(validate(rows), JSON.stringify(validate.errors));
    const [first] = rows;
    assert.ok(!validate([{ ...first, extra: 1 }]));
    assert.ok(!validate([{ ...first, url: '/17/' }]));
    assert.ok(!validate([{ ...first, names: { freeswitch: 'user busy', asterisk: [] } }]));
    const { asteriskChanSip: _left, ...toSip } = first!.toSip;
    assert.ok(!validate([{ ...first, toSip }]));
  });
});
