// What the To tag and a 100 Trying say about which element answered. Whoever answers a request
// puts one tag of its own in To and keeps it on every response to that request, 100 Trying
// aside (RFC 3261 §8.2.6.2), so two tags mean two answering elements; and a 100 Trying never
// travels further than one hop.
import { headerValue, type SipResponse } from '../sip-message.ts';
import type { Exchange, ExchangeMessage } from './exchange.ts';
import { placeOf } from './find.ts';
import { clip, MAX_EVIDENCE, type SenderClue } from './sender-clue.ts';

/** Responses to the same request: the one the exchange matched, else the same transaction keys. */
function sameRequest(a: ExchangeMessage, b: ExchangeMessage): boolean {
  if (a.related !== null && b.related !== null) return a.related === b.related;
  return (
    a.callId !== null &&
    a.callId === b.callId &&
    a.branch === b.branch &&
    a.cseq !== null &&
    a.cseq.number === b.cseq?.number &&
    a.cseq.method === b.cseq.method
  );
}

const label = (item: ExchangeMessage) => {
  const message = item.found.message as SipResponse;
  return `the ${message.code} on ${placeOf(item.found)}`;
};

function senderLabel(exchange: Exchange, item: ExchangeMessage): string | null {
  const sender = exchange.participants.find((participant) => participant.id === item.from);
  return sender && sender.id !== 'unknown' ? sender.label : null;
}

function tryingClue(exchange: Exchange, item: ExchangeMessage, message: SipResponse): SenderClue {
  const sender = senderLabel(exchange, item);
  return {
    kind: 'trying',
    text: `A 100 Trying covers one hop only: the next element on the path that keeps transaction state built it (a proxy, or the called device when nothing stands between), and it says nothing about the elements further on. Stateful proxies send their own 100 and never pass one on, and stateless ones never make one (RFC 3261 §16.7 step 5, §16.11, §21.1.1).${sender ? ` Here it came from ${clip(sender)}.` : ''}`,
    evidence: clip(`SIP/2.0 100 ${message.reason}`),
  };
}

function otherTagClue(
  exchange: Exchange,
  index: number,
  item: ExchangeMessage,
  code: number,
): SenderClue | null {
  // Earlier answers to the same request with another tag, one per tag.
  const byTag = new Map<string, number>();
  exchange.messages.slice(0, index).forEach((other, position) => {
    const answer = other.found.message;
    if (answer.kind !== 'response' || answer.code === 100 || !other.toTag) return;
    if (other.toTag === item.toTag || byTag.has(other.toTag) || !sameRequest(other, item)) return;
    byTag.set(other.toTag, position);
  });
  if (byTag.size === 0) return null;
  const earlier = [...byTag].slice(0, 3);
  const listed = earlier.map(
    ([tag, position]) => `${label(exchange.messages[position]!)} (tag ${clip(tag, 40)})`,
  );
  // A proxy may not put a tag of its own on a 1xx or 2xx it passes on, but it builds 3xx to 6xx
  // responses itself (RFC 3261 §16.7 step 6).
  const how =
    code >= 300
      ? 'the request forked and a different device answered (§16.1, §16.7), or a proxy on the way built this final response itself'
      : 'the request forked and a different device answered (§16.1, §16.7)';
  const dialog =
    code >= 200 && code < 300
      ? ' Each 2xx with a tag of its own starts a dialog of its own (§13.2.2.4).'
      : '';
  return {
    kind: 'other-to-tag',
    text: `Its To tag differs from that of ${listed.join(', ')}. One element keeps one tag for all its answers to a request (RFC 3261 §8.2.6.2), so another element built this one: ${how}.${dialog}`,
    evidence: clip(`To tag ${item.toTag}`, MAX_EVIDENCE),
    related: earlier.map(([, position]) => position),
  };
}

/** A 200 to a CANCEL is answered where the CANCEL meets the INVITE's transaction (§16.10). */
function cancelClue(exchange: Exchange, item: ExchangeMessage, message: SipResponse): SenderClue {
  const sender = senderLabel(exchange, item);
  return {
    kind: 'cancel-hop',
    text: `A 200 to a CANCEL covers one hop only: the next element holding the INVITE's transaction built it (a proxy that keeps state, or the called device), as soon as the CANCEL matched there (RFC 3261 §16.10, §9.2). It does not show that the called device gave up: the 487 to the INVITE does.${sender ? ` Here the CANCEL was answered by ${clip(sender)}.` : ''}`,
    evidence: clip(`SIP/2.0 ${message.code} ${message.reason}`),
  };
}

/** Clues from the To tag, and for a 100 Trying or a CANCEL's 200 from the hop that built it. */
export function tagClues(exchange: Exchange, index: number): SenderClue[] {
  const item = exchange.messages[index]!;
  const message = item.found.message as SipResponse;
  if (message.code === 100) return [tryingClue(exchange, item, message)];
  // The tag on a CANCEL's answer says nothing about who answered the call (RFC 3665's own
  // examples leave it out); where the answer comes from does.
  if (item.cseq?.method === 'CANCEL')
    return message.code === 200 ? [cancelClue(exchange, item, message)] : [];
  // Inside a dialog the request already names the tag, and the response repeats it.
  const request = item.related === null ? null : exchange.messages[item.related];
  if (request?.toTag) return [];
  const to = headerValue(message, 'To');
  if (to === undefined || to.trim() === '') return [];
  if (item.toTag === null || item.toTag === '')
    return [
      {
        kind: 'no-to-tag',
        text: `This ${message.code} has no tag in To. Whatever answers a request with anything but a 100 Trying has to add one (RFC 3261 §8.2.6.2), so that answers from different elements can be told apart: this one cannot be tied to an answering element, and the stack that built it skipped that step.`,
        evidence: clip(`To: ${to}`, MAX_EVIDENCE),
      },
    ];
  const other = otherTagClue(exchange, index, item, message.code);
  return other ? [other] : [];
}
