import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { challengeNamedAsCredentials, mayRowCalledMandatory } from '../../src/lib/wording-rules.ts';

describe('challengeNamedAsCredentials', () => {
  it('flags a challenge header offered as the place for credentials', () => {
    assert.equal(
      challengeNamedAsCredentials('Resend with WWW-Authenticate credentials'),
      'WWW-Authenticate',
    );
    assert.equal(
      challengeNamedAsCredentials('Put credentials in proxy-authenticate and retry'),
      'Proxy-Authenticate',
    );
  });

  it('lets through texts that name the answer header, call it a challenge, or are not about credentials', () => {
    for (const text of [
      'Resend with credentials in Authorization',
      'Retry with Proxy-Authorization credentials for the Proxy-Authenticate realm',
      'Answer the WWW-Authenticate challenge',
      'Credentials that answer the WWW-Authenticate challenge',
      'Carries WWW-Authenticate',
      'Refused; authenticating will not help',
    ]) {
      assert.equal(challengeNamedAsCredentials(text), null, text);
    }
  });
});

describe('mayRowCalledMandatory', () => {
  it('flags a MAY row whose note says mandatory, required or must', () => {
    for (const note of [
      'Mandatory in a 2xx to SUBSCRIBE.',
      'Required when sent reliably.',
      'It must be present.',
    ]) {
      assert.ok(mayRowCalledMandatory({ requirement: 'MAY', note }), note);
    }
  });

  it('leaves MUST rows, rows without a note, and notes that only mention requirements', () => {
    assert.ok(!mayRowCalledMandatory({ requirement: 'MUST', note: 'Mandatory.' }));
    assert.ok(!mayRowCalledMandatory({ requirement: 'MAY' }));
    assert.ok(
      !mayRowCalledMandatory({
        requirement: 'MAY',
        note: 'Section 21.3.4 requires using that proxy.',
      }),
    );
  });
});
