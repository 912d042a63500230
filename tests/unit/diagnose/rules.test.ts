// Each rule on the small timed exchanges of scenarios.ts: what it finds, what it says about the
// times, and when it must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMessages } from '../../../src/lib/trace/find.ts';
import { assertWellFormed, diagnoseText, kindsOf, only } from './helpers.ts';
import { REASONS, SCENARIOS, withReason } from './scenarios.ts';

const run = (name: keyof typeof SCENARIOS) => {
  const found = diagnoseText(SCENARIOS[name]);
  assertWellFormed(found, findMessages(SCENARIOS[name]).messages.length);
  return found;
};

describe('how an INVITE transaction ended', () => {
  it('a 2xx never acknowledged, resent for 32 s, then a BYE from the callee', () => {
    const found = run('unacknowledged2xx');
    assert.deepEqual(kindsOf(found), ['2xx-retransmission', '2xx-without-ack']);
    const noAck = only(found, '2xx-without-ack');
    assert.equal(noAck.severity, 'error');
    assert.deepEqual(noAck.messages.at(-1), 12);
    assert.match(noAck.detail, /resent it 10 times/);
    assert.match(noAck.detail, /the BYE on line 110, 32 s after the 2xx/);
  });

  it('a BYE long after an unacknowledged 2xx is an ordinary hang-up, not the ACK timeout', () => {
    assert.deepEqual(kindsOf(run('hangUpWithoutAckSeen')), []);
  });

  it('the 487-after-200 race: CANCEL crossing the 200', () => {
    const found = run('race487After200');
    assert.deepEqual(kindsOf(found), ['cancel-after-answer', 'final-after-2xx']);
    const late = only(found, 'final-after-2xx');
    assert.equal(late.severity, 'error');
    assert.deepEqual(late.messages, [5, 2, 0, 3]);
    assert.equal(late.page, '/487/');
    assert.match(late.detail, /The CANCEL on line 29 crossed the answer/);
    const cancel = only(found, 'cancel-after-answer');
    assert.equal(cancel.severity, 'warning');
    assert.deepEqual(cancel.rule, {
      rfc: 3261,
      section: '9.1',
      name: 'CANCEL after a final response',
    });
    assert.match(cancel.detail, /The BYE on line 65 then ends the call as it should/);
  });

  it('two different final responses to one INVITE', () => {
    const found = only(run('secondFinal'), 'second-final');
    assert.deepEqual(found.messages, [2, 1, 0]);
    assert.match(found.detail, /The 603 Decline on line 20 follows the 486 Busy Here on line 11/);
  });

  it('two 2xx from a fork are allowed', () => {
    assert.deepEqual(run('forked2xx'), []);
  });

  it('a CANCEL after the call was answered, answered 481', () => {
    const found = run('cancelAfterAnswer481');
    assert.deepEqual(kindsOf(found), ['cancel-481', 'cancel-after-answer']);
    assert.match(
      only(found, 'cancel-481').detail,
      /The 200 OK on line 11 had already answered that INVITE/,
    );
    assert.match(
      only(found, 'cancel-after-answer').detail,
      /No BYE from 192\.0\.2\.10:5060 follows/,
    );
  });
});

describe('dialogs', () => {
  it('481 to a re-INVITE of a dialog seen in the paste: the receiver lost it', () => {
    const found = only(run('reInvite481'), 'dialog-unknown-481');
    assert.equal(found.severity, 'error');
    assert.match(found.detail, /Call-ID call-1@192\.0\.2\.10, From tag alice1, To tag bob1/);
    assert.match(found.detail, /so the receiver lost it/);
  });

  it('481 to an INFO after the BYE was accepted', () => {
    assert.match(
      only(run('byeAfterBye'), 'dialog-unknown-481').detail,
      /already ended with the BYE on line 29, which was accepted/,
    );
  });

  it('491 glare: who waits how long, and whether the retries kept to it', () => {
    const found = run('glare').filter((d) => d.kind === '491-glare');
    assert.equal(found.length, 2);
    const [alice, bob] = found;
    assert.equal(alice!.severity, 'info');
    assert.deepEqual(alice!.rule, { rfc: 3261, section: '14.1', name: 'Retry after 491' });
    assert.match(alice!.detail, /It crossed the INVITE on line 38 from the other side/);
    assert.match(
      alice!.detail,
      /192\.0\.2\.10:5060 generated the Call-ID, so it should wait 2\.1 s to 4 s/,
    );
    assert.match(alice!.detail, /retried 3\.45 s after the 491, within that range/);
    assert.match(bob!.detail, /did not generate the Call-ID, so it should wait 0 s to 2 s/);
    assert.match(bob!.detail, /retried 1\.14 s after the 491, within that range/);
  });

  it('a retry after 491 that came too soon', () => {
    const found = only(run('glareTooSoon'), '491-glare');
    assert.equal(found.severity, 'warning');
    assert.match(found.detail, /0\.25 s after the 491, outside that range/);
  });

  it('422 twice: the retry ignored the Min-SE', () => {
    const found = only(run('sessionTimerRounds'), '422-session-interval');
    assert.equal(found.severity, 'error');
    assert.deepEqual(found.rule, { rfc: 4028, section: '7.4', name: 'Min-SE after a 422' });
    assert.match(
      found.detail,
      /has no Min-SE, but after a 422 the retry must carry Min-SE of at least 1800/,
    );
    assert.match(found.detail, /still asks for Session-Expires 90/);
    assert.match(found.detail, /2 rounds of 422/);
  });

  it('422 from two servers in turn, each retry keeping to the Min-SE: one round trip too many', () => {
    const found = only(run('sessionTimerTwoServers'), '422-session-interval');
    assert.equal(found.severity, 'warning');
    assert.equal(found.title, 'INVITE refused with 422 twice');
    assert.match(
      found.detail,
      /Another server on the path wants more than the last one \(1800 s\)/,
    );
  });

  it('422 for an interval that already meets the Min-SE', () => {
    const found = only(run('sessionTimerContradiction'), '422-session-interval');
    assert.equal(found.severity, 'error');
    assert.match(found.detail, /already asked for 1800 s, at least the 1800 s that 422 names/);
  });
});

describe('authentication', () => {
  it('a challenge with stale=true is a normal retry', () => {
    assert.deepEqual(run('staleNonce'), []);
  });

  it('three refusals of the same credentials', () => {
    const found = only(run('refusedThrice'), 'auth-loop');
    assert.equal(found.severity, 'error');
    assert.equal(found.title, 'Credentials refused 3 times for the REGISTER');
    assert.match(found.detail, /The same nonce and response were sent again/);
  });
});

describe('what comes after a 503 or a 3xx', () => {
  it('a retry to the same server before Retry-After ran out', () => {
    const found = only(run('retryTooSoon'), '503-service-unavailable');
    assert.equal(found.severity, 'warning');
    assert.match(found.title, /\(Retry-After 120 s\)/);
    assert.match(found.detail, /The INVITE on line 30 went to the same server 4\.9 s later/);
  });

  it('a proxy relaying a 503 upstream', () => {
    const found = run('relayed503').filter((d) => d.kind === '503-service-unavailable');
    assert.equal(found[0]!.severity, 'warning');
    assert.deepEqual(found[0]!.rule, { rfc: 3261, section: '16.7', name: 'Proxies and 503' });
    assert.match(found[0]!.detail, /passed it on as the 503 Service Unavailable on line 29/);
  });

  it('a 302 nobody followed, and one that was followed', () => {
    const found = only(run('redirectIgnored'), 'redirect-not-followed');
    assert.equal(found.severity, 'info');
    assert.match(found.detail, /offers <sip:bob@198\.51\.100\.20>/);
    assert.deepEqual(run('redirectFollowed'), []);
  });
});

describe('Reason causes against the status', () => {
  for (const { status, cause, flagged } of REASONS)
    it(`${status} with Q.850 cause ${cause}: ${flagged ? 'flagged' : 'consistent'}`, () => {
      const found = diagnoseText(withReason(status, cause)).filter(
        (d) => d.kind === 'reason-contradicts-status',
      );
      assert.equal(found.length, flagged ? 1 : 0);
      if (flagged) {
        assert.equal(found[0]!.severity, 'warning');
        assert.equal(found[0]!.page, `/causes/${cause}/`);
      }
    });

  it('says which statuses RFC 3398 pairs with the cause', () => {
    const [found] = diagnoseText(withReason('503 Service Unavailable', 17)).filter(
      (d) => d.kind === 'reason-contradicts-status',
    );
    assert.deepEqual(found!.rule, {
      rfc: 3398,
      section: '8.2.6.1',
      name: 'SIP status and Q.850 cause',
    });
    assert.match(found!.detail, /RFC 3398 pairs cause 17 \(User busy\) with 486 and 600/);
    assert.match(found!.detail, /For a 503 the RFC gives cause 41/);
  });
});
