import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cspHash } from '../../src/lib/csp.ts';

describe('cspHash', () => {
  it('gives the sha256 source of a script, as browsers compute it', () => {
    // The value from the CSP specification's own example: sha256 of "alert('Hello, world.');".
    assert.equal(
      cspHash("alert('Hello, world.');"),
      'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=',
    );
  });
});
