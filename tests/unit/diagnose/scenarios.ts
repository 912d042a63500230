// Small timed exchanges, one per situation a rule must tell apart. The real traces and RFC flows
// show each kind once; these pin down the edges: what counts as a crossing, which retry is too
// soon, when a finding must stay silent. The timer ones are in scenarios-timers.ts,
// the session timer's (RFC 4028) in scenarios-session-timer.ts.
import { at, CALLEE, CALLER, invite, method, PROXY, status } from './helpers.ts';
import { SESSION_TIMER_SCENARIOS } from './scenarios-session-timer.ts';
import { TIMER_SCENARIOS } from './scenarios-timers.ts';

const A = CALLER;
const B = CALLEE;
const inDialog = { toTag: 'bob1' };

/** A call set up and acknowledged, as every dialog scenario starts. */
const answered = (t = 0) =>
  at(t, A, B, invite()) +
  at(t + 0.05, B, A, status('200 OK', inDialog)) +
  at(t + 0.1, A, B, method('ACK', { ...inDialog, branch: 'z9hG4bKack1' }));

/** Bob's requests in the dialog: his tag in From, Alice's in To, his own Via. */
const fromBob = (start: string, cseq: string, branch: string, extra: string[] = []) =>
  [
    start,
    `Via: SIP/2.0/UDP ${B};branch=${branch}`,
    'From: <sip:bob@biloxi.example.com>;tag=bob1',
    'To: <sip:alice@atlanta.example.com>;tag=alice1',
    'Call-ID: call-1@192.0.2.10',
    `CSeq: ${cseq}`,
    ...extra,
    'Content-Length: 0',
    '',
  ].join('\n');

export const SCENARIOS = {
  ...TIMER_SCENARIOS,
  ...SESSION_TIMER_SCENARIOS,
  race487After200:
    at(0, A, B, invite()) +
    at(0.1, B, A, status('180 Ringing', inDialog)) +
    at(5, B, A, status('200 OK', inDialog)) +
    at(5.01, A, B, method('CANCEL')) +
    at(5.05, B, A, status('200 OK', { ...inDialog, cseq: '1 CANCEL' })) +
    at(5.06, B, A, status('487 Request Terminated', inDialog)) +
    at(5.1, A, B, method('ACK', { ...inDialog, branch: 'z9hG4bKack1' })) +
    at(5.2, A, B, method('BYE', { ...inDialog, branch: 'z9hG4bKbye1', cseq: '2 BYE' })),
  secondFinal:
    at(0, A, B, invite()) +
    at(1, B, A, status('486 Busy Here', inDialog)) +
    at(1.2, B, A, status('603 Decline', inDialog)),
  forked2xx:
    at(0, A, PROXY, invite()) +
    at(1, PROXY, A, status('200 OK', { toTag: 'bob1' })) +
    at(1.1, PROXY, A, status('200 OK', { toTag: 'carol1' })) +
    at(1.2, A, PROXY, method('ACK', { toTag: 'bob1', branch: 'z9hG4bKack1' })) +
    at(1.3, A, PROXY, method('ACK', { toTag: 'carol1', branch: 'z9hG4bKack2' })),
  cancelAfterAnswer481:
    answered() +
    at(2, A, B, method('CANCEL')) +
    at(
      2.05,
      B,
      A,
      status('481 Call/Transaction Does Not Exist', { ...inDialog, cseq: '1 CANCEL' }),
    ),
  glare:
    answered() +
    at(10, A, B, invite({ ...inDialog, branch: 'z9hG4bKre1', cseq: '2 INVITE' })) +
    at(10.01, B, A, fromBob('INVITE sip:alice@192.0.2.10 SIP/2.0', '1 INVITE', 'z9hG4bKbre1')) +
    at(
      10.05,
      B,
      A,
      status('491 Request Pending', { ...inDialog, branch: 'z9hG4bKre1', cseq: '2 INVITE' }),
    ) +
    at(10.06, A, B, fromBob('SIP/2.0 491 Request Pending', '1 INVITE', 'z9hG4bKbre1')) +
    at(11.2, B, A, fromBob('INVITE sip:alice@192.0.2.10 SIP/2.0', '2 INVITE', 'z9hG4bKbre2')) +
    at(13.5, A, B, invite({ ...inDialog, branch: 'z9hG4bKre2', cseq: '3 INVITE' })),
  glareTooSoon:
    answered() +
    at(10, A, B, invite({ ...inDialog, branch: 'z9hG4bKre1', cseq: '2 INVITE' })) +
    at(
      10.05,
      B,
      A,
      status('491 Request Pending', { ...inDialog, branch: 'z9hG4bKre1', cseq: '2 INVITE' }),
    ) +
    at(10.3, A, B, invite({ ...inDialog, branch: 'z9hG4bKre2', cseq: '3 INVITE' })),
  redirectIgnored:
    at(0, A, B, invite()) +
    at(
      0.1,
      B,
      A,
      status('302 Moved Temporarily', { ...inDialog, extra: ['Contact: <sip:bob@198.51.100.20>'] }),
    ) +
    at(0.2, A, B, method('ACK', { ...inDialog, cseq: '1 ACK' })),
  redirectFollowed:
    at(0, A, B, invite()) +
    at(
      0.1,
      B,
      A,
      status('302 Moved Temporarily', { ...inDialog, extra: ['Contact: <sip:bob@198.51.100.20>'] }),
    ) +
    at(0.2, A, B, method('ACK', { ...inDialog, cseq: '1 ACK' })) +
    at(
      0.3,
      A,
      '198.51.100.20:5060',
      invite({ branch: 'z9hG4bKa2', cseq: '2 INVITE' }).replace(
        'INVITE sip:bob@biloxi.example.com',
        'INVITE sip:bob@198.51.100.20',
      ),
    ),
  retryTooSoon:
    at(0, A, PROXY, invite()) +
    at(
      0.1,
      PROXY,
      A,
      status('503 Service Unavailable', { ...inDialog, extra: ['Retry-After: 120'] }),
    ) +
    at(0.2, A, PROXY, method('ACK', { ...inDialog, cseq: '1 ACK' })) +
    at(5, A, PROXY, invite({ branch: 'z9hG4bKa2', callId: 'call-2@192.0.2.10' })),
  relayed503:
    at(0, A, PROXY, invite()) +
    at(0.01, PROXY, B, invite({ via: PROXY, branch: 'z9hG4bKp1' })) +
    at(
      0.1,
      B,
      PROXY,
      status('503 Service Unavailable', { via: PROXY, branch: 'z9hG4bKp1', toTag: 'bob1' }),
    ) +
    at(0.11, PROXY, A, status('503 Service Unavailable', inDialog)),
  reInvite481:
    answered() +
    at(60, A, B, invite({ ...inDialog, branch: 'z9hG4bKre1', cseq: '2 INVITE' })) +
    at(
      60.05,
      B,
      A,
      status('481 Call/Transaction Does Not Exist', {
        ...inDialog,
        branch: 'z9hG4bKre1',
        cseq: '2 INVITE',
      }),
    ),
  byeAfterBye:
    answered() +
    at(30, A, B, method('BYE', { ...inDialog, branch: 'z9hG4bKbye1', cseq: '2 BYE' })) +
    at(30.05, B, A, status('200 OK', { ...inDialog, branch: 'z9hG4bKbye1', cseq: '2 BYE' })) +
    at(31, A, B, method('INFO', { ...inDialog, branch: 'z9hG4bKinfo', cseq: '3 INFO' })) +
    at(
      31.05,
      B,
      A,
      status('481 Call/Transaction Does Not Exist', {
        ...inDialog,
        branch: 'z9hG4bKinfo',
        cseq: '3 INFO',
      }),
    ),
  staleNonce:
    at(
      0,
      A,
      PROXY,
      method('REGISTER', {
        extra: [
          'Authorization: Digest username="alice", realm="atlanta.example.com", nonce="n1", uri="sip:atlanta.example.com", response="r1"',
        ],
      }),
    ) +
    at(
      0.1,
      PROXY,
      A,
      status('401 Unauthorized', {
        toTag: 'p1',
        cseq: '1 REGISTER',
        extra: ['WWW-Authenticate: Digest realm="atlanta.example.com", nonce="n2", stale=true'],
      }),
    ) +
    at(
      0.2,
      A,
      PROXY,
      method('REGISTER', {
        branch: 'z9hG4bKa2',
        cseq: '2 REGISTER',
        extra: [
          'Authorization: Digest username="alice", realm="atlanta.example.com", nonce="n2", uri="sip:atlanta.example.com", response="r2"',
        ],
      }),
    ) +
    at(0.3, PROXY, A, status('200 OK', { toTag: 'p1', branch: 'z9hG4bKa2', cseq: '2 REGISTER' })),
  refusedThrice:
    [1, 2, 3]
      .map(
        (n) =>
          at(
            n,
            A,
            PROXY,
            method('REGISTER', {
              branch: `z9hG4bKr${n}`,
              cseq: `${n} REGISTER`,
              extra:
                n === 1
                  ? []
                  : [
                      'Authorization: Digest username="alice", realm="atlanta.example.com", nonce="n1", uri="sip:atlanta.example.com", response="same"',
                    ],
            }),
          ) +
          at(
            n + 0.1,
            PROXY,
            A,
            status('401 Unauthorized', {
              toTag: 'p1',
              branch: `z9hG4bKr${n}`,
              cseq: `${n} REGISTER`,
              extra: ['WWW-Authenticate: Digest realm="atlanta.example.com", nonce="n1"'],
            }),
          ),
      )
      .join('') +
    at(
      4,
      A,
      PROXY,
      method('REGISTER', {
        branch: 'z9hG4bKr4',
        cseq: '4 REGISTER',
        extra: [
          'Authorization: Digest username="alice", realm="atlanta.example.com", nonce="n1", uri="sip:atlanta.example.com", response="same"',
        ],
      }),
    ) +
    at(
      4.1,
      PROXY,
      A,
      status('401 Unauthorized', {
        toTag: 'p1',
        branch: 'z9hG4bKr4',
        cseq: '4 REGISTER',
        extra: ['WWW-Authenticate: Digest realm="atlanta.example.com", nonce="n1"'],
      }),
    ),
};

/** Responses with a Q.850 cause in Reason, and whether the pair contradicts itself. */
export const REASONS: { status: string; cause: number; flagged: boolean }[] = [
  { status: '486 Busy Here', cause: 16, flagged: true },
  { status: '503 Service Unavailable', cause: 17, flagged: true },
  { status: '486 Busy Here', cause: 34, flagged: true },
  { status: '486 Busy Here', cause: 17, flagged: false },
  { status: '480 Temporarily Unavailable', cause: 18, flagged: false },
  { status: '408 Request Timeout', cause: 102, flagged: false },
  { status: '487 Request Terminated', cause: 16, flagged: false },
  { status: '603 Decline', cause: 21, flagged: false },
  { status: '600 Busy Everywhere', cause: 17, flagged: false },
  { status: '500 Server Internal Error', cause: 31, flagged: false },
  { status: '503 Service Unavailable', cause: 44, flagged: false },
];

export const withReason = (line: string, cause: number) =>
  at(0, A, B, invite()) +
  at(1, B, A, status(line, { ...inDialog, extra: [`Reason: Q.850;cause=${cause}`] }));
