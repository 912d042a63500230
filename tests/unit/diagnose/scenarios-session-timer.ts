// Timed exchanges for the session timer's 422 rounds (RFC 4028): a retry that follows Min-SE,
// two servers each asking in turn, and a server that contradicts its own Min-SE.
import { at, CALLEE, CALLER, invite, PROXY, status } from './helpers.ts';

const A = CALLER;
const B = CALLEE;
const inDialog = { toTag: 'bob1' };

export const SESSION_TIMER_SCENARIOS = {
  sessionTimerRounds:
    at(0, A, B, invite({ extra: ['Session-Expires: 90'] })) +
    at(
      0.1,
      B,
      A,
      status('422 Session Interval Too Small', { ...inDialog, extra: ['Min-SE: 1800'] }),
    ) +
    at(
      0.2,
      A,
      B,
      invite({ branch: 'z9hG4bKa2', cseq: '2 INVITE', extra: ['Session-Expires: 90'] }),
    ) +
    at(
      0.3,
      B,
      A,
      status('422 Session Interval Too Small', {
        ...inDialog,
        branch: 'z9hG4bKa2',
        cseq: '2 INVITE',
        extra: ['Min-SE: 1800'],
      }),
    ),
  sessionTimerTwoServers:
    at(0, A, PROXY, invite({ extra: ['Session-Expires: 90'] })) +
    at(
      0.1,
      PROXY,
      A,
      status('422 Session Interval Too Small', { toTag: 'p1', extra: ['Min-SE: 1800'] }),
    ) +
    at(
      0.2,
      A,
      PROXY,
      invite({
        branch: 'z9hG4bKa2',
        cseq: '2 INVITE',
        extra: ['Session-Expires: 1800', 'Min-SE: 1800'],
      }),
    ) +
    at(
      0.3,
      PROXY,
      A,
      status('422 Session Interval Too Small', {
        toTag: 'p2',
        branch: 'z9hG4bKa2',
        cseq: '2 INVITE',
        extra: ['Min-SE: 3600'],
      }),
    ) +
    at(
      0.4,
      A,
      PROXY,
      invite({
        branch: 'z9hG4bKa3',
        cseq: '3 INVITE',
        extra: ['Session-Expires: 3600', 'Min-SE: 3600'],
      }),
    ) +
    at(0.5, PROXY, A, status('200 OK', { toTag: 'bob1', branch: 'z9hG4bKa3', cseq: '3 INVITE' })),
  sessionTimerContradiction:
    at(0, A, B, invite({ extra: ['Session-Expires: 90'] })) +
    at(
      0.1,
      B,
      A,
      status('422 Session Interval Too Small', { ...inDialog, extra: ['Min-SE: 1800'] }),
    ) +
    at(
      0.2,
      A,
      B,
      invite({
        branch: 'z9hG4bKa2',
        cseq: '2 INVITE',
        extra: ['Session-Expires: 1800', 'Min-SE: 1800'],
      }),
    ) +
    at(
      0.3,
      B,
      A,
      status('422 Session Interval Too Small', {
        ...inDialog,
        branch: 'z9hG4bKa2',
        cseq: '2 INVITE',
        extra: ['Min-SE: 1800'],
      }),
    ),
};
