import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reasonHeader } from '../../src/lib/q850.ts';

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
