// Timed exchanges for the timer rules: which schedule the gaps between copies fit, and when
// silence or a 408 means a transaction timed out.
import { at, CALLEE, CALLER, invite, method, PROXY, status } from './helpers.ts';

const A = CALLER;
const B = CALLEE;
const inDialog = { toTag: 'bob1' };

/** Bob's BYE in the dialog: his tag in From, Alice's in To, his own Via. */
const byeFromBob = [
  'BYE sip:alice@192.0.2.10 SIP/2.0',
  `Via: SIP/2.0/UDP ${B};branch=z9hG4bKbye1`,
  'From: <sip:bob@biloxi.example.com>;tag=bob1',
  'To: <sip:alice@atlanta.example.com>;tag=alice1',
  'Call-ID: call-1@192.0.2.10',
  'CSeq: 1 BYE',
  'Content-Length: 0',
  '',
].join('\n');

export const TIMER_SCENARIOS = {
  timerADoubling:
    at(0, A, B, invite()) +
    at(0.5, A, B, invite()) +
    at(1.5, A, B, invite()) +
    at(3.5, A, B, invite()) +
    at(3.6, B, A, status('100 Trying')) +
    at(5, B, A, status('486 Busy Here', inDialog)) +
    at(5.1, A, B, method('ACK', { ...inDialog, cseq: '1 ACK' })),
  timerAFixedGap:
    at(0, A, B, invite()) + at(1, A, B, invite()) + at(2, A, B, invite()) + at(3, A, B, invite()),
  timerALargeT1: at(0, A, B, invite()) + at(1, A, B, invite()) + at(3, A, B, invite()),
  timerAAfter100:
    at(0, A, B, invite()) +
    at(0.1, B, A, status('100 Trying')) +
    at(0.5, A, B, invite()) +
    at(1.5, A, B, invite()),
  timerAOverTcp:
    at(0, A, B, invite({ transport: 'TCP' })) + at(0.5, A, B, invite({ transport: 'TCP' })),
  timerECapped: [0, 0.5, 1.5, 3.5, 7.5, 11.5]
    .map((t) => at(t, A, B, method('OPTIONS')))
    .concat(at(12, B, A, status('200 OK', { cseq: '1 OPTIONS' })))
    .join(''),
  timerEProceeding:
    at(0, A, B, method('REGISTER')) +
    at(0.2, B, A, status('100 Trying', { cseq: '1 REGISTER' })) +
    at(4, A, B, method('REGISTER')) +
    at(8, A, B, method('REGISTER')),
  timerG:
    at(0, A, B, invite()) +
    [1, 1.5, 2.5, 4.5, 8.5, 12.5]
      .map((t) => at(t, B, A, status('486 Busy Here', inDialog)))
      .join('') +
    at(12.6, A, B, method('ACK', { ...inDialog, cseq: '1 ACK' })),
  timerGWithResentInvite:
    at(0, A, B, invite()) +
    at(0.5, B, A, status('486 Busy Here', inDialog)) +
    at(0.6, A, B, invite()) +
    at(0.7, B, A, status('486 Busy Here', inDialog)) +
    at(0.8, A, B, method('ACK', { ...inDialog, cseq: '1 ACK' })),
  unacknowledged2xx:
    at(0, A, B, invite()) +
    [0.05, 0.55, 1.55, 3.55, 7.55, 11.55, 15.55, 19.55, 23.55, 27.55, 31.55]
      .map((t) => at(t, B, A, status('200 OK', inDialog)))
      .join('') +
    at(32.05, B, A, byeFromBob),
  hangUpWithoutAckSeen:
    at(0, A, B, invite()) + at(0.05, B, A, status('200 OK', inDialog)) + at(60, B, A, byeFromBob),
  lateAck:
    at(0, A, B, invite()) +
    at(0.05, B, A, status('200 OK', inDialog)) +
    at(0.55, B, A, status('200 OK', inDialog)) +
    at(0.6, A, B, method('ACK', { ...inDialog, branch: 'z9hG4bKack1' })),
  reliableProvisional:
    at(0, A, B, invite()) +
    [0.1, 0.6, 1.6]
      .map((t) =>
        at(t, B, A, status('180 Ringing', { ...inDialog, extra: ['RSeq: 1', 'Require: 100rel'] })),
      )
      .join(''),
  silentInvite:
    [0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5].map((t) => at(t, A, B, invite())).join('') +
    at(32.2, A, PROXY, invite({ branch: 'z9hG4bKother', callId: 'call-2@192.0.2.10' })),
  invite408:
    at(0, A, PROXY, invite()) +
    at(0.1, PROXY, A, status('100 Trying')) +
    at(32.1, PROXY, A, status('408 Request Timeout', inDialog)) +
    at(32.2, A, PROXY, method('ACK', { ...inDialog, cseq: '1 ACK' })),
  invite408AfterTimerC:
    at(0, A, PROXY, invite()) +
    at(0.1, PROXY, A, status('100 Trying')) +
    at(181, PROXY, A, status('408 Request Timeout', inDialog)),
  options408:
    at(0, A, PROXY, method('OPTIONS')) +
    at(32, PROXY, A, status('408 Request Timeout', { cseq: '1 OPTIONS' })),
  silentMessage:
    at(0, A, B, method('MESSAGE')) +
    at(40, A, B, method('OPTIONS', { branch: 'z9hG4bKopt', callId: 'call-2@192.0.2.10' })) +
    at(
      40.1,
      B,
      A,
      status('200 OK', { branch: 'z9hG4bKopt', callId: 'call-2@192.0.2.10', cseq: '1 OPTIONS' }),
    ),
  stuckAfter100:
    at(0, A, PROXY, invite()) +
    at(0.05, PROXY, A, status('100 Trying')) +
    at(45, A, PROXY, method('OPTIONS', { branch: 'z9hG4bKopt', callId: 'call-2@192.0.2.10' })),
  ringingLong:
    at(0, A, B, invite()) +
    at(0.05, B, A, status('180 Ringing', inDialog)) +
    at(45, A, B, method('OPTIONS', { branch: 'z9hG4bKopt', callId: 'call-2@192.0.2.10' })),
};
