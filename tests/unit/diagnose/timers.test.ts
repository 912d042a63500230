// The timer rules on the timed exchanges of scenarios-timers.ts: which schedule the gaps fit,
// what the timeouts say, and when they must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMessages } from '../../../src/lib/trace/find.ts';
import { assertWellFormed, diagnoseText, kindsOf, only } from './helpers.ts';
import { TIMER_SCENARIOS } from './scenarios-timers.ts';

const run = (name: keyof typeof TIMER_SCENARIOS) => {
  const found = diagnoseText(TIMER_SCENARIOS[name]);
  assertWellFormed(found, findMessages(TIMER_SCENARIOS[name]).messages.length);
  return found;
};

describe('retransmissions and the timer their gaps fit', () => {
  it('Timer A: gaps doubling from 500 ms', () => {
    const found = only(run('timerADoubling'), 'timer-a');
    assert.equal(found.severity, 'warning');
    assert.deepEqual(found.messages, [0, 1, 2, 3]);
    assert.equal(found.title, 'INVITE sent 4 times (Timer A)');
    assert.match(
      found.detail,
      /0\.5 s, 1 s and 2 s apart: the gap doubles each time, which is Timer A with the default T1 of 500 ms/,
    );
  });

  it('a fixed gap is not Timer A', () => {
    assert.match(
      only(run('timerAFixedGap'), 'timer-a').detail,
      /The copies came 1 s \(3 times\) apart: a fixed gap, not the doubling Timer A follows/,
    );
  });

  it('a doubling from 1 s means a larger T1', () => {
    assert.match(
      only(run('timerALargeT1'), 'timer-a').detail,
      /a T1 of about 1 s, above the 500 ms default/,
    );
  });

  it('copies after a provisional response: the response was lost on its way back', () => {
    assert.match(
      only(run('timerAAfter100'), 'timer-a').detail,
      /Some copies follow the 100 Trying on line 11/,
    );
  });

  it('a resend over TCP is not the transaction layer’s', () => {
    const found = only(run('timerAOverTcp'), 'timer-a');
    assert.equal(found.title, 'INVITE sent twice (Timer A)');
    assert.match(found.detail, /The copy came 0\.5 s after the first sending/);
    assert.match(found.detail, /Its top Via says TCP, a reliable transport/);
  });

  it('Timer E: the gap stops doubling at T2', () => {
    const found = only(run('timerECapped'), 'timer-e');
    assert.deepEqual(found.rule, { rfc: 3261, section: '17.1.2.2', name: 'Timer E' });
    assert.match(
      found.detail,
      /0\.5 s, 1 s, 2 s, 4 s and 4 s apart: the gap doubles each time, capped at T2 \(4 s\)/,
    );
  });

  it('Timer E after a provisional response: every T2', () => {
    assert.match(
      only(run('timerEProceeding'), 'timer-e').detail,
      /every T2 \(4 s\), as Timer E runs once a provisional response has arrived/,
    );
  });

  it('Timer G: a 486 resent until its ACK', () => {
    const found = only(run('timerG'), 'timer-g');
    assert.deepEqual(found.rule, { rfc: 3261, section: '17.2.1', name: 'Timer G' });
    assert.equal(found.title, '486 Busy Here sent 6 times (Timer G)');
    assert.match(found.detail, /capped at T2 \(4 s\), which is Timer G/);
  });

  it('a 486 sent again in answer to a resent INVITE', () => {
    assert.match(
      only(run('timerGWithResentInvite'), 'timer-g').detail,
      /The INVITE was itself resent in between/,
    );
  });

  it('a 2xx resent by the UAS core, and the ACK that stopped it', () => {
    const found = only(run('lateAck'), '2xx-retransmission');
    assert.deepEqual(found.rule, {
      rfc: 3261,
      section: '13.3.1.4',
      name: '2xx retransmission by the UAS core',
    });
    assert.equal(found.page, '/200/');
    assert.match(found.detail, /The ACK on line 29 ended the resending/);
    assert.deepEqual(kindsOf(run('lateAck')), ['2xx-retransmission']);
  });

  it('a reliable 180 resent until PRACK (RFC 3262)', () => {
    const found = only(run('reliableProvisional'), 'reliable-1xx');
    assert.deepEqual(found.rule, {
      rfc: 3262,
      section: '3',
      name: 'Reliable provisional response',
    });
    assert.match(found.detail, /0\.5 s and 1 s apart: the gap doubles each time/);
  });
});

describe('timeouts', () => {
  it('Timer B: seven INVITEs and silence for 32 s', () => {
    const found = run('silentInvite');
    assert.deepEqual(kindsOf(found), ['timer-a', 'timer-b']);
    const timeout = only(found, 'timer-b');
    assert.deepEqual(timeout.rule, { rfc: 3261, section: '17.1.1.2', name: 'Timer B' });
    assert.match(timeout.detail, /the trace goes on 32 s past it/);
    assert.match(only(found, 'timer-a').detail, /0\.5 s, 1 s, 2 s, 4 s, 8 s and 16 s apart/);
  });

  it('a 408 at 32 s is a Timer B downstream', () => {
    const found = only(run('invite408'), 'timer-b');
    assert.equal(found.severity, 'error');
    assert.deepEqual(found.messages, [2, 0]);
    assert.match(found.detail, /It came 32 s after the request, which is 64\*T1/);
  });

  it('a 408 after three minutes is a proxy’s Timer C', () => {
    const found = only(run('invite408AfterTimerC'), 'timer-b');
    assert.deepEqual(found.rule, { rfc: 3261, section: '16.8', name: 'Timer C' });
    assert.match(
      found.detail,
      /181 s after the request, past the three minutes of a proxy's Timer C/,
    );
  });

  it('a 408 to OPTIONS: Timer F, and RFC 4320 forbids sending it', () => {
    const found = only(run('options408'), 'timer-f');
    assert.deepEqual(found.rule, {
      rfc: 4320,
      section: '4.2',
      name: 'No 408 to a non-INVITE request',
    });
    assert.match(found.detail, /to an OPTIONS request/);
  });

  it('Timer F: a MESSAGE that never got an answer', () => {
    const found = only(run('silentMessage'), 'timer-f');
    assert.equal(found.severity, 'warning');
    assert.match(found.detail, /goes on 40 s past it/);
  });

  it('100 Trying and then nothing for 45 s', () => {
    const found = only(run('stuckAfter100'), 'no-answer-after-100');
    assert.deepEqual(found.messages, [1, 0]);
    assert.deepEqual(found.rule, { rfc: 3261, section: '16.8', name: 'Timer C' });
  });

  it('a call that rings for 45 s is no timeout', () => {
    assert.deepEqual(run('ringingLong'), []);
  });
});
