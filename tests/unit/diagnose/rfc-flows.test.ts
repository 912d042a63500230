// The call flows the RFCs print, read with the same reader as a paste: the correct ones get no
// error; the ones that show a failure get the finding for it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMessages } from '../../../src/lib/trace/find.ts';
import {
  assertWellFormed,
  diagnoseText,
  kindsOf,
  only,
  rfcSection,
  withResends,
} from './helpers.ts';

const flow = (section: string) => withResends(rfcSection(3665, section));

describe('RFC 3665 flows', () => {
  it('no flow gets an error, and the successful ones get nothing', () => {
    const sections = ['2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3', '3.4', '3.5'];
    for (const section of [...sections, '3.6', '3.7', '3.8', '3.9', '3.10', '3.11']) {
      const text = flow(section);
      const found = diagnoseText(text);
      assertWellFormed(found, findMessages(text).messages.length);
      assert.deepEqual(
        found.filter((d) => d.severity === 'error'),
        [],
        section,
      );
    }
    // Registration, two proxies, two realms of credentials, an ALG, a redirect followed, a
    // re-INVITE, a cancelled call, a busy callee, an unavailable one.
    const clean = ['2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.5', '3.6', '3.7'];
    for (const section of [...clean, '3.8', '3.9', '3.11'])
      assert.deepEqual(diagnoseText(flow(section)), [], section);
  });

  it('§2.5: credentials refused once, and no later success', () => {
    const found = only(diagnoseText(flow('2.5')), 'auth-loop');
    assert.equal(found.severity, 'warning');
    assert.deepEqual(found.messages, [3, 2]);
    assert.deepEqual(found.rule, { rfc: 3261, section: '22.1', name: 'Refused credentials' });
    assert.equal(found.page, '/guides/authentication/');
    assert.match(found.title, /Credentials refused for the REGISTER/);
    assert.match(found.detail, /credentials for "bob"/);
    assert.match(found.detail, /realm "atlanta\.example\.com" again without stale=true/);
  });

  it('§3.4: Alice sends her INVITE seven times to a dead proxy, Timer A then Timer B', () => {
    const found = diagnoseText(flow('3.4'));
    assert.deepEqual(kindsOf(found), ['timer-a', 'timer-b']);
    const resent = only(found, 'timer-a');
    assert.deepEqual(resent.messages, [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(resent.title, 'INVITE sent 7 times (Timer A)');
    assert.deepEqual(resent.rule, { rfc: 3261, section: '17.1.1.2', name: 'Timer A' });
    assert.match(resent.detail, /resent 6 times/);
    assert.match(resent.detail, /no times for these messages/);
    const timeout = only(found, 'timer-b');
    assert.equal(timeout.severity, 'warning');
    assert.match(
      timeout.detail,
      /sent 7 times: the whole schedule of resends that fits in Timer B's 32 s/,
    );
    assert.equal(timeout.page, '/408/');
  });

  it('§3.10: Proxy 2 gives up on Bob after seven INVITEs', () => {
    const found = diagnoseText(flow('3.10'));
    assert.deepEqual(kindsOf(found), ['timer-a', 'timer-b']);
    assert.deepEqual(only(found, 'timer-b').messages, [3, 5, 6, 7, 8, 9, 10]);
    assert.match(only(found, 'timer-b').detail, /from Bob/);
  });

  it('without its resends spelled out, §3.10 shows one INVITE and no finding about it', () => {
    assert.deepEqual(diagnoseText(rfcSection(3665, '3.10')), []);
  });
});

describe('RFC 4028 §13', () => {
  it('one 422 seen by Alice, then a retry with the Min-SE: the negotiation as designed', () => {
    const found = only(diagnoseText(rfcSection(4028, '13')), '422-session-interval');
    assert.equal(found.severity, 'info');
    assert.deepEqual(found.messages, [1, 0, 2]);
    assert.deepEqual(found.rule, { rfc: 4028, section: '6', name: 'Min-SE after a 422' });
    assert.equal(found.page, '/422/');
    assert.match(found.detail, /refused Session-Expires 50 and asked for at least 3600 s/);
  });
});
