// Requests inside a dialog that the other side rejected: 481 for a dialog it does not know
// (RFC 3261 §12.2.2) and 491 for a re-INVITE or UPDATE that crossed one of its own (§14.1,
// RFC 3311 §5.3), with the wait the RFC gives before trying again.
import { routes } from '../paths.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import {
  codeOf,
  dialogName,
  finding,
  isSuccess,
  methodOf,
  nameOf,
  responsesTo,
  seconds,
  SECOND,
  timeOf,
  who,
} from './facts.ts';
import type { DiagnosisRule } from './types.ts';

/** Whether two messages carry the same pair of tags, in either order. */
const sameTags = (a: ExchangeMessage, b: ExchangeMessage) =>
  (a.fromTag === b.fromTag && a.toTag === b.toTag) ||
  (a.fromTag === b.toTag && a.toTag === b.fromTag);

/** Methods that exist only inside a dialog, so one without a To tag names no dialog at all. */
const ONLY_IN_DIALOG = new Set(['BYE', 'UPDATE', 'PRACK', 'INFO']);

function clue481(exchange: Exchange, request: number, response: number): string {
  const item = exchange.messages[request]!;
  if (item.toTag === null)
    return `The ${methodOf(item)} has no To tag, so it names no dialog at all: a request inside a dialog carries the remote tag in To (§12.2.1.1), here the tag of the 2xx that set the dialog up.`;
  const earlier = exchange.messages.slice(0, request);
  const ended = earlier.findIndex(
    (other, index) =>
      methodOf(other) === 'BYE' &&
      other.callId === item.callId &&
      sameTags(other, item) &&
      responsesTo(exchange, index, true).some((r) => isSuccess(exchange.messages[r]!)),
  );
  if (ended !== -1)
    return `The dialog had already ended with ${nameOf(exchange.messages[ended]!)}, which was accepted.`;
  const crossing = exchange.messages.findIndex(
    (other, index) =>
      index < response &&
      index !== request &&
      methodOf(other) === 'BYE' &&
      other.callId === item.callId &&
      other.from === item.to,
  );
  if (crossing !== -1 && methodOf(item) === 'BYE')
    return `${who(exchange, item.to)} had sent ${nameOf(exchange.messages[crossing]!)} itself: the two BYEs crossed, and the call is over either way.`;
  const cancel = exchange.messages.findIndex(
    (other, index) =>
      index > response &&
      methodOf(other) === 'CANCEL' &&
      other.callId === item.callId &&
      other.from === item.to,
  );
  if (cancel !== -1)
    return `${who(exchange, item.to)} later sends ${nameOf(exchange.messages[cancel]!)} for its INVITE of this Call-ID, so on its side the call was never answered: the 2xx that set up the dialog at the other end never reached it, or was not accepted.`;
  const sameCall = earlier.filter((other) => other.callId === item.callId);
  if (sameCall.length === 0)
    return 'The start of this dialog is not in the paste. Common causes: the receiver restarted, the dialog already ended there (a lost or unseen BYE, a session timer), or the request went to another server than the INVITE did.';
  if (!sameCall.some((other) => sameTags(other, item)))
    return 'Earlier messages of this Call-ID carry other tags: the request names a tag the receiver never gave, so compare its From and To tags with the 2xx that set up the dialog.';
  return 'The dialog appears earlier in the paste with these tags, so the receiver lost it: a restart, a timeout of its own, or a request routed to another instance.';
}

export const dialogUnknown: DiagnosisRule = (exchange) =>
  exchange.messages.flatMap((response, index) => {
    if (codeOf(response) !== 481 || response.related === null) return [];
    const item = exchange.messages[response.related]!;
    const method = methodOf(item);
    if (method === null || method === 'CANCEL' || method === 'ACK') return [];
    if (item.toTag === null && !ONLY_IN_DIALOG.has(method)) return [];
    const bye = method === 'BYE';
    const after = bye
      ? 'For a BYE this usually means the call was already gone at the other end.'
      : 'The sender should end the dialog on its side (§12.2.1.2), with a BYE if an INVITE set it up.';
    return [
      finding(
        'dialog-unknown-481',
        bye ? 'warning' : 'error',
        `${method} answered 481: the dialog is unknown`,
        `${nameOf(response)} says ${who(exchange, response.from)} has no dialog matching ${nameOf(item)} (${dialogName(item)}). ${clue481(exchange, response.related, index)} ${after}`,
        [index, response.related],
        { rfc: 3261, section: '12.2.2', name: 'Request for an unknown dialog' },
        routes.code(481),
      ),
    ];
  });

/** The wait before a retry after 491, in microseconds: the Call-ID's owner waits longer. */
export const GLARE_WAIT = {
  owner: { from: 2.1 * SECOND, to: 4 * SECOND },
  other: { from: 0, to: 2 * SECOND },
};

/** Whether the sender of `item` generated its Call-ID: it sent the dialog's initial INVITE. */
function ownsCallId(exchange: Exchange, item: ExchangeMessage): boolean | null {
  const initial = exchange.messages.find(
    (other) => other.role === 'initial-invite' && other.callId === item.callId,
  );
  if (!initial) return null;
  return initial.fromTag !== null && initial.fromTag === item.fromTag;
}

export const glare: DiagnosisRule = (exchange) =>
  exchange.messages.flatMap((response, index) => {
    if (codeOf(response) !== 491 || response.related === null) return [];
    const request = response.related;
    const item = exchange.messages[request]!;
    const method = methodOf(item) ?? 'request';
    const crossing = exchange.messages.findIndex(
      (other, at) =>
        at < index &&
        at !== request &&
        (methodOf(other) === 'INVITE' || methodOf(other) === 'UPDATE') &&
        other.callId === item.callId &&
        other.fromTag !== null &&
        other.fromTag === item.toTag &&
        !responsesTo(exchange, at, true).some((r) => r < request),
    );
    const owner = ownsCallId(exchange, item);
    const wait = owner === null ? null : owner ? GLARE_WAIT.owner : GLARE_WAIT.other;
    const waitWords =
      wait === null
        ? 'The side that generated the Call-ID waits 2.1 to 4 s before trying again, the other side 0 to 2 s; the paste lacks the initial INVITE that tells which is which.'
        : `${who(exchange, item.from)} ${owner ? 'generated' : 'did not generate'} the Call-ID, so it should wait ${seconds(wait.from)} to ${seconds(wait.to)} (in 10 ms steps) before trying once more.`;
    const retry = exchange.messages.findIndex(
      (other, at) =>
        at > index &&
        methodOf(other) === methodOf(item) &&
        other.callId === item.callId &&
        other.fromTag === item.fromTag &&
        (other.cseq?.number ?? 0) > (item.cseq?.number ?? 0),
    );
    let retryWords = ' No retry follows in the paste.';
    let early = false;
    if (retry !== -1) {
      const from = timeOf(response);
      const to = timeOf(exchange.messages[retry]!);
      if (from !== null && to !== null && wait !== null) {
        const delay = to - from;
        // A capture sits somewhere between the two ends: allow for the trip.
        early = delay < wait.from - 0.2 * SECOND || delay > wait.to + 0.2 * SECOND;
        retryWords = ` ${nameOf(exchange.messages[retry]!)} retried ${seconds(delay)} after the 491, ${early ? 'outside' : 'within'} that range.`;
      } else retryWords = ` ${nameOf(exchange.messages[retry]!)} is the retry.`;
    }
    const crossed =
      crossing === -1
        ? `The paste does not show the ${method} it crossed; ${who(exchange, response.from)} had an offer of its own in progress.`
        : `It crossed ${nameOf(exchange.messages[crossing]!)} from the other side: each had an offer in progress when the other's arrived.`;
    return [
      finding(
        '491-glare',
        early || retry === -1 ? 'warning' : 'info',
        `${method} answered 491 Request Pending: crossing offers`,
        `${nameOf(response)} rejects ${nameOf(item)}. ${crossed} ${waitWords}${retryWords}`,
        [index, request, ...(crossing === -1 ? [] : [crossing]), ...(retry === -1 ? [] : [retry])],
        method === 'UPDATE'
          ? { rfc: 3311, section: '5.3', name: 'Retry after 491' }
          : { rfc: 3261, section: '14.1', name: 'Retry after 491' },
        routes.code(491),
      ),
    ];
  });
