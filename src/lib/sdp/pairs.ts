// Which description in an exchange is an offer and which answers it. RFC 3261 §13.2.1: an offer
// in an INVITE is answered in the first reliable non-failure response (the 2xx, and the same
// answer may show in a provisional response before it; the first description is the answer);
// an INVITE without one gets the offer in the 2xx and the answer in the ACK. RFC 3262 §5 adds
// reliable provisional responses (answered in the PRACK) and offers in a PRACK (answered in its
// 2xx); RFC 3311 §5 offers in an UPDATE, answered in its 2xx. Each dialog of a forked INVITE is
// an exchange of its own, so an answer with another To tag makes a pair of its own.
import { headerValue } from '../sip-message.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import { sdpOfMessage } from './body.ts';
import { compareOfferAnswer } from './compare.ts';
import type { OfferAnswer, OfferPlace, SdpInMessage, SessionDescription } from './types.ts';

/** Every message of the exchange that carries a session description, in order. */
export function sdpMessages(exchange: Exchange): SdpInMessage[] {
  const found: SdpInMessage[] = [];
  exchange.messages.forEach((item, index) => {
    const sdp = sdpOfMessage(item.found.message);
    if (sdp) found.push({ index, sdp });
  });
  return found;
}

interface Pending {
  pair: number;
  /** The To tag of the answer, so that a forked INVITE's other dialogs get pairs of their own. */
  answerTag: string | null;
}

const codeOf = (item: ExchangeMessage) =>
  item.found.message.kind === 'response' ? item.found.message.code : 0;

export function offerAnswerPairs(exchange: Exchange): OfferAnswer[] {
  const messages = exchange.messages;
  const sdps = new Map(sdpMessages(exchange).map(({ index, sdp }) => [index, sdp]));
  const repeated = new Set(
    exchange.problems.filter((p) => p.kind === 'retransmission').map((p) => p.message),
  );
  const pairs: (OfferAnswer & { answerTag: string | null })[] = [];
  /** Offers made in a request, by the request's index. */
  const byRequest = new Map<number, Pending>();
  /** Offers made in a response, waiting for the ACK or PRACK that answers them. */
  const inResponses: number[] = [];

  const add = (place: OfferPlace, index: number, sdp: SessionDescription) => {
    pairs.push({
      place,
      offer: { index, sdp },
      answer: null,
      rejection: null,
      comparison: null,
      repeats: null,
      answerTag: null,
    });
    return pairs.length - 1;
  };
  const answer = (pair: number, index: number, sdp: SessionDescription, tag: string | null) => {
    const target = pairs[pair]!;
    target.answer = { index, sdp };
    target.answerTag = tag;
    target.comparison = compareOfferAnswer(target.offer.sdp, sdp);
  };
  // Of several candidates, the one on the same hop in the other direction, else one sent to the
  // sender of the ACK or PRACK, else the latest.
  const nearest = (candidates: number[], item: ExchangeMessage) => {
    const offerOf = (pair: number) => messages[pairs[pair]!.offer.index]!;
    return (
      candidates.find((pair) => offerOf(pair).to === item.from && offerOf(pair).from === item.to) ??
      candidates.find((pair) => offerOf(pair).to === item.from) ??
      candidates.at(-1)
    );
  };

  messages.forEach((item, index) => {
    if (repeated.has(index)) return;
    const message = item.found.message;
    const sdp = sdps.get(index) ?? null;
    if (message.kind === 'request') {
      const method = message.method;
      if (method === 'ACK' || method === 'PRACK') {
        const rack = /^\s*(\d+)\s+(\d+)/.exec(headerValue(message, 'RAck') ?? '');
        const waiting = inResponses.filter((pair) => {
          const offer = messages[pairs[pair]!.offer.index]!;
          if (pairs[pair]!.answer || offer.callId !== item.callId) return false;
          if (method === 'ACK')
            return pairs[pair]!.place === 'invite-2xx' && offer.cseq?.number === item.cseq?.number;
          const rseq = headerValue(offer.found.message, 'RSeq')?.trim();
          return (
            pairs[pair]!.place === 'reliable-provisional' &&
            !!rack &&
            rseq === rack[1] &&
            String(offer.cseq?.number) === rack[2]
          );
        });
        const target = sdp ? nearest(waiting, item) : undefined;
        if (sdp && target !== undefined) answer(target, index, sdp, item.fromTag);
        else if (sdp && method === 'PRACK')
          byRequest.set(index, { pair: add('prack', index, sdp), answerTag: null });
        return;
      }
      if (sdp && (method === 'INVITE' || method === 'UPDATE')) {
        const place = method === 'UPDATE' ? 'update' : item.toTag ? 're-invite' : 'invite';
        byRequest.set(index, { pair: add(place, index, sdp), answerTag: null });
      }
      return;
    }
    if (item.related === null) return;
    const code = codeOf(item);
    const pending = byRequest.get(item.related);
    if (pending) {
      const pair = pairs[pending.pair]!;
      if (code >= 300) pair.rejection ??= pair.answer ? null : index;
      if (!sdp || code < 101 || code >= 300) return;
      if (!pair.answer) answer(pending.pair, index, sdp, item.toTag);
      else if (item.toTag && pair.answerTag && item.toTag !== pair.answerTag) {
        // A forked INVITE: another dialog answers the same offer.
        const seen = pairs.some(
          (other) => other.offer.index === pair.offer.index && other.answerTag === item.toTag,
        );
        if (!seen) {
          const fork = add(pair.place, pair.offer.index, pair.offer.sdp);
          answer(fork, index, sdp, item.toTag);
          pairs[fork]!.repeats = pending.pair;
        }
      }
      return;
    }
    // A request that carried no offer: a 2xx or reliable 1xx to an INVITE makes the offer.
    const request = messages[item.related]!;
    const reliable = code > 100 && code < 200 && headerValue(message, 'RSeq') !== undefined;
    if (!sdp || request.cseq?.method !== 'INVITE' || !(reliable || (code >= 200 && code < 300)))
      return;
    const already = pairs.some(
      (pair) =>
        messages[pair.offer.index]!.related === item.related &&
        messages[pair.offer.index]!.toTag === item.toTag,
    );
    if (already) return;
    inResponses.push(add(code < 200 ? 'reliable-provisional' : 'invite-2xx', index, sdp));
  });
  markRelays(pairs, messages);
  return pairs.map(({ answerTag: _answerTag, ...pair }) => pair);
}

/** A proxy relays the same offer on the next hop: same call, same CSeq, same body. */
function markRelays(pairs: OfferAnswer[], messages: ExchangeMessage[]) {
  const key = (pair: OfferAnswer) => {
    const item = messages[pair.offer.index]!;
    return `${item.callId}|${item.cseq?.number}|${item.cseq?.method}|${item.found.message.body.trim()}`;
  };
  const first = new Map<string, number>();
  pairs.forEach((pair, position) => {
    if (pair.repeats !== null) return;
    const own = key(pair);
    const earlier = first.get(own);
    if (earlier !== undefined && pairs[earlier]!.offer.index !== pair.offer.index)
      pair.repeats = earlier;
    else if (earlier === undefined) first.set(own, position);
  });
}
