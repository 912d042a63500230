import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseRegistry } from '../../src/lib/registry.ts';

const snapshot = readFileSync(
  new URL('../../src/data/iana-sip-response-codes.tsv', import.meta.url),
  'utf8',
);

describe('parseRegistry', () => {
  const rows = parseRegistry(snapshot);

  it('reads every registered code once', () => {
    assert.equal(rows.length, 75);
    assert.equal(new Set(rows.map((row) => row.code)).size, 75);
  });

  it('keeps phrases exactly and normalises RFC names', () => {
    const busy = rows.find((row) => row.code === 486);
    assert.deepEqual(busy, {
      code: 486,
      reason: 'Busy Here',
      statusClass: '4xx',
      rfc: 'RFC 3261',
      section: '21.4.24',
    });
    assert.equal(rows.find((row) => row.code === 202)?.reason, 'Accepted (Deprecated)');
  });

  it('gives null where the registry names no section', () => {
    assert.equal(rows.find((row) => row.code === 199)?.section, null);
  });

  it('rejects a file with another header or a row in the wrong class', () => {
    assert.throws(() => parseRegistry('number\tphrase\n486\tBusy Here'), /header/);
    assert.throws(
      () => parseRegistry('code\treason\tclass\trfc\tsection\n486\tBusy Here\t5xx\tRFC3261\t'),
      /line 2/,
    );
  });
});
