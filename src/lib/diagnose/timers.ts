// Requests that ran out of time: a 408, or no final response while the trace goes on past
// 64*T1 (32 s with the default T1). Timer B ends an INVITE that heard nothing (RFC 3261
// §17.1.1.2), Timer F any other request (§17.1.2.2); an INVITE that heard a provisional
// response no longer times out on its own, and waits on a proxy's Timer C (§16.6, §16.8).
import { routes } from '../paths.ts';
import type { Exchange } from '../trace/types.ts';
import {
  codeOf,
  copyGroups,
  finding,
  firstSendings,
  lastTime,
  methodOf,
  nameOf,
  responsesTo,
  seconds,
  SECOND,
  T1,
  T2,
  timeOf,
  TIMEOUT,
  who,
} from './facts.ts';
import type { Diagnosis, DiagnosisRule, RuleReference } from './types.ts';

const TIMER_B: RuleReference = { rfc: 3261, section: '17.1.1.2', name: 'Timer B' };
const TIMER_F: RuleReference = { rfc: 3261, section: '17.1.2.2', name: 'Timer F' };
const TIMER_C: RuleReference = { rfc: 3261, section: '16.8', name: 'Timer C' };
const NO_408_TO_NON_INVITE: RuleReference = {
  rfc: 4320,
  section: '4.2',
  name: 'No 408 to a non-INVITE request',
};

/** Timer C must be longer than three minutes (RFC 3261 §16.6, step 11). */
const TIMER_C_MINIMUM = 180 * SECOND;

/** A timer fires on its own clock; a capture a little short of 32 s still shows it. */
const waited = (from: number, to: number, limit: number) => to - from >= limit * 0.97;

/** The CANCEL requests that stop an INVITE. */
const cancelsOf = (exchange: Exchange, invite: number) =>
  exchange.messages.filter((item) => item.role === 'cancel' && item.related === invite);

function sendings(exchange: Exchange, request: number): number[] {
  const group = copyGroups(exchange).find((g) => g.original === request);
  return [request, ...(group?.copies ?? [])];
}

function after408(exchange: Exchange, request: number, response: number): Diagnosis {
  const item = exchange.messages[request]!;
  const invite = methodOf(item) === 'INVITE';
  const start = timeOf(item);
  const end = timeOf(exchange.messages[response]!);
  const sentences: string[] = [];
  let rule = invite ? TIMER_B : TIMER_F;
  if (start !== null && end !== null) {
    const delay = end - start;
    const near32 = Math.abs(delay - TIMEOUT) <= TIMEOUT * 0.1;
    if (near32)
      sentences.push(
        `It came ${seconds(delay)} after the request, which is 64*T1 with the default T1: a transaction timer downstream (${rule.name}) gave up on the next hop.`,
      );
    else if (invite && delay >= TIMER_C_MINIMUM) {
      rule = TIMER_C;
      sentences.push(
        `It came ${seconds(delay)} after the request, past the three minutes of a proxy's Timer C, which ends a forwarded INVITE that got no provisional response from its next hop.`,
      );
    } else
      sentences.push(
        `It came ${seconds(delay)} after the request, not the 32 s of ${rule.name}, so the sender applied a limit of its own.`,
      );
  }
  if (!invite) {
    rule = NO_408_TO_NON_INVITE;
    sentences.push(
      `RFC 4320 forbids a transaction-stateful element to send 408 to ${/^[AEIOU]/.test(methodOf(item) ?? '') ? 'an' : 'a'} ${methodOf(item)} request: the client's own Timer F has fired by the time it arrives, so it is of no use.`,
    );
  }
  return finding(
    invite ? 'timer-b' : 'timer-f',
    'error',
    `${methodOf(item)} timed out: 408 Request Timeout`,
    `${nameOf(exchange.messages[response]!)} ends ${nameOf(item)}: no final response came from further on in time. ${sentences.join(' ')}`,
    [response, request],
    rule,
    routes.code(408),
  );
}

/**
 * How many times a request goes out before the transaction times out, with the default timers:
 * 7 for an INVITE (RFC 3261 §17.1.1.2 says so), 11 for other requests, whose gap stops
 * doubling at T2 (§17.1.2.2).
 */
export function fullSchedule(invite: boolean): number {
  let sent = 1;
  let at = 0;
  let gap = T1;
  while (at + gap < TIMEOUT) {
    at += gap;
    sent += 1;
    gap = invite ? gap * 2 : Math.min(gap * 2, T2);
  }
  return sent;
}

function silence(exchange: Exchange, request: number, end: number | null): Diagnosis {
  const item = exchange.messages[request]!;
  const invite = methodOf(item) === 'INVITE';
  const rule = invite ? TIMER_B : TIMER_F;
  const sent = sendings(exchange, request);
  const start = timeOf(item);
  const how =
    start !== null && end !== null
      ? `, and the trace goes on ${seconds(end - start)} past it`
      : `, though it was sent ${sent.length} times: the whole schedule of resends that fits in ${rule.name}'s 32 s`;
  const copies =
    sent.length > 1 && start !== null && end !== null
      ? ` It was sent ${sent.length} times in all.`
      : '';
  return finding(
    invite ? 'timer-b' : 'timer-f',
    'warning',
    `No answer to the ${methodOf(item)} within 32 s (${rule.name})`,
    `${nameOf(item)} got no ${invite ? 'response at all' : 'final response'} from ${who(exchange, item.to)}${how}. After 64*T1 (32 s with the default T1) ${rule.name} ends the transaction and the sender treats it as a 408, unless the capture missed the other direction.${copies}`,
    sent,
    rule,
    routes.code(408),
  );
}

function stuckAfter100(exchange: Exchange, request: number, trying: number, end: number) {
  const item = exchange.messages[request]!;
  const since = timeOf(exchange.messages[trying]!)!;
  return finding(
    'no-answer-after-100',
    'warning',
    'INVITE answered 100 Trying, then nothing',
    `${who(exchange, item.to)} took ${nameOf(item)} with ${nameOf(exchange.messages[trying]!)} and sent nothing more in the ${seconds(end - since)} the trace goes on. A 100 only says the next hop has the request; with it the caller's Timer B no longer applies, so the wait ends with a CANCEL, the INVITE's Expires, or a proxy's Timer C (over 3 minutes). Look at the hop after ${who(exchange, item.to)}: it never rang or answered.`,
    [trying, request],
    TIMER_C,
    routes.guide('timeouts-and-cancellation'),
  );
}

export const timeouts: DiagnosisRule = (exchange) => {
  const end = lastTime(exchange);
  const found: Diagnosis[] = [];
  for (const { item, index } of firstSendings(exchange)) {
    const method = methodOf(item);
    if (method === 'ACK') continue;
    const responses = responsesTo(exchange, index);
    const finals = responses.filter((r) => (codeOf(exchange.messages[r]!) ?? 0) >= 200);
    const timeout = finals.find((r) => codeOf(exchange.messages[r]!) === 408);
    if (timeout !== undefined) {
      found.push(after408(exchange, index, timeout));
      continue;
    }
    const start = timeOf(item);
    if (finals.length > 0) continue;
    if (method === 'INVITE' && cancelsOf(exchange, index).length > 0) continue;
    if (method !== 'INVITE' || responses.length === 0) {
      const timed = start !== null && end !== null && waited(start, end, TIMEOUT);
      const resentToTheEnd =
        responses.length === 0 &&
        sendings(exchange, index).length >= fullSchedule(method === 'INVITE');
      if (timed || resentToTheEnd) found.push(silence(exchange, index, timed ? end : null));
      continue;
    }
    if (start === null || end === null) continue;
    const onlyTrying = responses.every((r) => codeOf(exchange.messages[r]!) === 100);
    const trying = responses[0]!;
    const since = timeOf(exchange.messages[trying]!);
    if (onlyTrying && since !== null && waited(since, end, TIMEOUT))
      found.push(stuckAfter100(exchange, index, trying, end));
  }
  return found;
};
