// How an INVITE transaction ended: a second final response after the first (RFC 3261 §16.7
// step 5 allows one non-2xx or only 2xx responses, RFC 6026 §7.1 keeps the server sending only
// 2xx once it has answered), a CANCEL that came after the answer (§9.1, §9.2), a CANCEL nobody
// could match (481, §9.2), and a 2xx that was never acknowledged (§13.3.1.4).
import { routes } from '../paths.ts';
import { sameHop } from '../trace/roles.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import {
  codeOf,
  copyGroups,
  copyIndexes,
  finding,
  firstSendings,
  isSuccess,
  labelOf,
  methodOf,
  nameOf,
  responsesTo,
  seconds,
  timeOf,
  SECOND,
  times,
  TIMEOUT,
  who,
} from './facts.ts';
import type { Diagnosis, DiagnosisRule } from './types.ts';

const cancelsOf = (exchange: Exchange, invite: number) =>
  exchange.messages
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.role === 'cancel' && item.related === invite);

/** Final responses that differ from the first final on the same hop, and are not forks. */
export const secondFinals: DiagnosisRule = (exchange) => {
  const copies = copyIndexes(exchange);
  const found: Diagnosis[] = [];
  for (const { item, index } of firstSendings(exchange)) {
    const finals = responsesTo(exchange, index, true).filter((r) => !copies.has(r));
    const invite = methodOf(item) === 'INVITE';
    const seen: number[] = [];
    for (const response of finals) {
      const later = exchange.messages[response]!;
      const first = seen
        .map((at) => exchange.messages[at]!)
        .find((earlier) => sameHop(earlier, later));
      seen.push(response);
      if (!first) continue;
      const firstIndex = exchange.messages.indexOf(first);
      // Each 2xx of a forked INVITE has its own To tag: several are allowed (§13.2.2.4).
      if (invite && isSuccess(first) && isSuccess(later)) continue;
      if (codeOf(first) === codeOf(later) && first.toTag === later.toTag) continue;
      found.push(
        invite && isSuccess(first)
          ? afterSuccess(exchange, index, firstIndex, response)
          : anotherFinal(exchange, index, firstIndex, response),
      );
    }
  }
  return found;
};

function afterSuccess(exchange: Exchange, invite: number, ok: number, late: number): Diagnosis {
  const cancel = cancelsOf(exchange, invite).find(({ index }) => index < late);
  const race = cancel
    ? ` ${nameOf(cancel.item)} crossed the answer: once a final response has gone out, a CANCEL changes nothing (§9.2), so the answerer should have let it be (answering the CANCEL with a 200) instead of also ending the INVITE.`
    : '';
  return finding(
    'final-after-2xx',
    'error',
    `${labelOf(exchange.messages[late]!)} after ${labelOf(exchange.messages[ok]!)} for the same INVITE`,
    `${nameOf(exchange.messages[late]!)} answers ${nameOf(exchange.messages[invite]!)} on the same hop as ${nameOf(exchange.messages[ok]!)}. Once it has sent a 2xx, the INVITE server transaction passes on only copies of 2xx responses (RFC 6026 §7.1), and a proxy forwards either one non-2xx or 2xx responses, never both (RFC 3261 §16.7).${race} The caller keeps the call: it acknowledges the 2xx and, if it no longer wants the call, sends BYE.`,
    [late, ok, invite, ...(cancel ? [cancel.index] : [])],
    { rfc: 3261, section: '16.7', name: 'One kind of final response per INVITE' },
    routes.code(487),
  );
}

function anotherFinal(exchange: Exchange, request: number, first: number, late: number) {
  const method = methodOf(exchange.messages[request]!) ?? 'request';
  return finding(
    'second-final',
    'error',
    `A second final response to one ${method}`,
    `${nameOf(exchange.messages[late]!)} follows ${nameOf(exchange.messages[first]!)} for ${nameOf(exchange.messages[request]!)} on the same hop. A server transaction sends one final response and only resends that same one afterwards (RFC 3261 §17.2.1, §17.2.2), and a proxy forwards exactly one (§16.7); the client drops the second, so whatever it says is lost.`,
    [late, first, request],
    { rfc: 3261, section: '16.7', name: 'One final response per transaction' },
    routes.guide('dialog-and-transaction-state'),
  );
}

/** A BYE of the dialog a 2xx set up, sent by `sender` after `after`. */
function byeAfter(exchange: Exchange, ok: ExchangeMessage, after: number, sender?: string) {
  return exchange.messages.findIndex(
    (item, index) =>
      index > after &&
      methodOf(item) === 'BYE' &&
      item.callId === ok.callId &&
      (sender === undefined || item.from === sender),
  );
}

export const cancelAfterAnswer: DiagnosisRule = (exchange) =>
  exchange.messages.flatMap((item, index) => {
    if (item.role !== 'cancel' || item.related === null) return [];
    const ok = responsesTo(exchange, item.related, true).find(
      (r) => r < index && isSuccess(exchange.messages[r]!),
    );
    if (ok === undefined) return [];
    const answer = exchange.messages[ok]!;
    const bye = byeAfter(exchange, answer, index, item.from);
    const end =
      bye === -1
        ? ` No BYE from ${who(exchange, item.from)} follows in the paste, so the call may stay up until someone hangs up.`
        : ` ${nameOf(exchange.messages[bye]!)} then ends the call as it should.`;
    return [
      finding(
        'cancel-after-answer',
        'warning',
        'CANCEL sent after the call was answered',
        `${nameOf(item)} comes after ${nameOf(answer)}. A CANCEL only stops an INVITE that has no final response yet; once answered, the call can only be ended by acknowledging the 2xx and sending BYE (RFC 3261 §9.1, §15). If the two crossed on the wire this is the usual race; if the caller had the 2xx already, it should not have sent the CANCEL.${end}`,
        [index, ok],
        { rfc: 3261, section: '9.1', name: 'CANCEL after a final response' },
        routes.guide('timeouts-and-cancellation'),
      ),
    ];
  });

export const cancelNotMatched: DiagnosisRule = (exchange) =>
  exchange.messages.flatMap((item, index) => {
    if (codeOf(item) !== 481 || item.related === null) return [];
    const cancel = exchange.messages[item.related]!;
    if (methodOf(cancel) !== 'CANCEL') return [];
    const invite = cancel.related;
    const answered =
      invite === null ? undefined : responsesTo(exchange, invite, true).find((r) => r < index);
    const why =
      answered !== undefined
        ? `${nameOf(exchange.messages[answered]!)} had already answered that INVITE, so there was nothing left to cancel.`
        : invite === null
          ? 'The paste has no INVITE with the CANCEL’s branch: a CANCEL must copy the top Via, Request-URI, Call-ID, tags and CSeq number of the request it stops (§9.1), or the server cannot match it.'
          : 'The server did not match it to the INVITE: it may have lost that INVITE, or the CANCEL went to another server than the INVITE did.';
    return [
      finding(
        'cancel-481',
        'warning',
        'CANCEL answered 481: no such transaction',
        `${nameOf(item)} says the receiver of ${nameOf(cancel)} found no INVITE transaction to stop (RFC 3261 §9.2). ${why}`,
        [index, item.related, ...(invite === null ? [] : [invite])],
        { rfc: 3261, section: '9.2', name: 'CANCEL matching' },
        routes.code(481),
      ),
    ];
  });

/** ACKs for a 2xx: same Call-ID and CSeq number, the other way on the hop (or no hop known). */
function ackFor(exchange: Exchange, ok: number): number {
  const answer = exchange.messages[ok]!;
  return exchange.messages.findIndex(
    (item, index) =>
      index > ok &&
      methodOf(item) === 'ACK' &&
      item.callId === answer.callId &&
      item.cseq?.number === answer.cseq?.number &&
      (answer.toTag === null || item.toTag === null || item.toTag === answer.toTag) &&
      (item.from === answer.to || item.from === 'unknown' || answer.to === 'unknown'),
  );
}

export const unacknowledged2xx: DiagnosisRule = (exchange) => {
  const groups = copyGroups(exchange);
  const copies = copyIndexes(exchange);
  const found: Diagnosis[] = [];
  exchange.messages.forEach((item, index) => {
    if (!isSuccess(item) || item.cseq?.method !== 'INVITE' || copies.has(index)) return;
    if (ackFor(exchange, index) !== -1) return;
    const resent = groups.find((group) => group.original === index)?.copies ?? [];
    const bye = byeAfter(exchange, item, index, item.from);
    const start = timeOf(item);
    const byeTime = bye === -1 ? null : timeOf(exchange.messages[bye]!);
    // A BYE about 64*T1 after the 2xx is the answering side giving up on the ACK; any other
    // BYE may be an ordinary hang-up, and a missing ACK may have taken a path not captured.
    const byeAtTimeout =
      start !== null && byeTime !== null && Math.abs(byeTime - start - TIMEOUT) <= 4 * SECOND;
    if (resent.length === 0 && !byeAtTimeout) return;
    const sentences: string[] = [];
    if (resent.length > 0)
      sentences.push(`${who(exchange, item.from)} resent it ${times(resent.length)}.`);
    if (bye !== -1) {
      const delay =
        start !== null && byeTime !== null ? `, ${seconds(byeTime - start)} after the 2xx` : '';
      sentences.push(
        byeAtTimeout || byeTime === null
          ? `It then sent ${nameOf(exchange.messages[bye]!)}${delay}: after 64*T1 (32 s) without an ACK the answering side confirms the dialog but ends the session with a BYE.`
          : `It then sent ${nameOf(exchange.messages[bye]!)}${delay}.`,
      );
    }
    sentences.push(
      `The ACK goes end to end, to the Contact of the 2xx through the Record-Route set, so check that ${who(exchange, item.to)} can reach that address (NAT, a private address in Contact, a missing Record-Route) and that the ACK is sent at all.`,
    );
    found.push(
      finding(
        '2xx-without-ack',
        'error',
        `${labelOf(item)} to INVITE never acknowledged`,
        `No ACK for ${nameOf(item)} appears in the paste. ${sentences.join(' ')}`,
        [index, ...resent, ...(bye === -1 ? [] : [bye])],
        { rfc: 3261, section: '13.3.1.4', name: 'ACK for a 2xx' },
        routes.code(200),
      ),
    );
  });
  return found;
};
