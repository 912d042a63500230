import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mappingFor, reasonHeader, validateQ850, type Q850Tables } from '../../src/lib/q850.ts';
import type { RegistryRow } from '../../src/lib/registry.ts';

const tables: Q850Tables = {
  causes: [
    { cause: 17, name: 'User busy' },
    { cause: 21, name: 'Call rejected' },
    { cause: 22, name: 'Number changed' },
  ],
  isupToSip: [
    { cause: 17, code: 486 },
    {
      cause: 21,
      code: 403,
      note: 'When the cause location is the user, 603 Decline may be sent instead.',
    },
    { cause: 22, code: 410 },
  ],
  sipToIsup: [
    { code: 486, cause: 17 },
    { code: 600, cause: 17 },
    { code: 403, cause: 21 },
  ],
};

const registry = [486, 600, 403, 410].map(
  (code) =>
    ({ code, reason: 'x', statusClass: '4xx', rfc: 'RFC 3261', section: null }) as RegistryRow,
);

describe('mappingFor', () => {
  it('gives both directions for a code, with cause names', () => {
    assert.deepEqual(mappingFor(486, tables), {
      fromIsup: [{ cause: 17, name: 'User busy', note: undefined }],
      toIsup: { cause: 17, name: 'User busy', note: undefined },
    });
  });

  it('gives null where the SIP-to-ISUP table has no row, and keeps notes', () => {
    const gone = mappingFor(410, tables);
    assert.equal(gone.toIsup, null);
    assert.deepEqual(
      gone.fromIsup.map(({ cause }) => cause),
      [22],
    );
    assert.match(mappingFor(403, tables).fromIsup[0]!.note!, /603/);
  });

  it('gives an empty mapping for codes the tables do not name', () => {
    assert.deepEqual(mappingFor(180, tables), { fromIsup: [], toIsup: null });
  });
});

describe('reasonHeader', () => {
  it('writes a Reason header field with the Q.850 protocol', () => {
    assert.equal(
      reasonHeader({ cause: 17, name: 'User busy' }),
      'Reason: Q.850;cause=17;text="User busy"',
    );
  });
  it('escapes quotes in the text', () => {
    assert.equal(
      reasonHeader({ cause: 1, name: 'A "b"' }),
      'Reason: Q.850;cause=1;text="A \\"b\\""',
    );
  });
});

describe('validateQ850', () => {
  it('accepts consistent tables', () => {
    assert.deepEqual(validateQ850(tables, registry, 'content/q850.yaml'), []);
  });
  it('rejects unnamed causes, unregistered codes and double rows', () => {
    const broken: Q850Tables = {
      causes: [...tables.causes, { cause: 17, name: 'Again' }],
      isupToSip: [...tables.isupToSip, { cause: 99, code: 486 }],
      sipToIsup: [...tables.sipToIsup, { code: 499, cause: 17 }, { code: 486, cause: 21 }],
    };
    assert.deepEqual(validateQ850(broken, registry, 'content/q850.yaml'), [
      'content/q850.yaml: cause 17 is named twice',
      'content/q850.yaml: isupToSip uses cause 99, which has no name',
      'content/q850.yaml: sipToIsup maps 499, which is not registered',
      'content/q850.yaml: sipToIsup maps 486 twice',
    ]);
  });
});
