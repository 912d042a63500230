// "No common codec": an offer refused with 488, 606 or 415 while the refusing side has, somewhere
// in the trace, described only codecs the offer lacks (in the refusal's own body, which
// RFC 3261 §21.4.26 and §21.6.4 allow, in an answer, or in an offer of its own, such as a B2BUA's
// on its other leg), or whose Warning says the media type or format is not available (RFC 3261
// §20.43, codes 304 and 305); and an answer that rejects every media line (RFC 3264 §6: port 0).
import { headerList } from '../sip-message.ts';
import { codecKey } from '../sdp/compare.ts';
import { offerAnswerPairs, sdpMessages } from '../sdp/pairs.ts';
import { codecLabel, isVoiceOrVideoCodec, mediaSummaries } from '../sdp/summary.ts';
import type { Codec, OfferAnswer, SdpInMessage, SessionDescription } from '../sdp/types.ts';
import { placeOf } from '../trace/find.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import { routes } from '../paths.ts';
import type { Diagnosis, DiagnosisRule } from './types.ts';

const REFUSALS = new Set([415, 488, 606]);
const RULE = { rfc: 3264, section: '6.1', name: 'no media format in common' };

/**
 * The codecs of the media lines that are not rejected, telephone events and CN left out. A
 * description of capabilities sets every port to 0 (RFC 3264 §9), so for one all lines count.
 */
function codecsOf(sdp: SessionDescription, capabilities = false): Codec[] {
  return mediaSummaries(sdp)
    .filter((line) => capabilities || !line.rejected)
    .flatMap((line) => line.codecs.filter(isVoiceOrVideoCodec));
}

const listOf = (codecs: Codec[]) =>
  [...new Set(codecs.map(codecLabel))].join(', ') || 'no codec at all';

const codeOf = (item: ExchangeMessage) =>
  item.found.message.kind === 'response' ? item.found.message.code : 0;

/** Warning codes 304 (media type not available) and 305 (incompatible media format). */
function mediaWarnings(item: ExchangeMessage): string[] {
  return headerList(item.found.message, 'Warning').filter((value) => /^\s*30[45]\b/.test(value));
}

/** Whether a message relays the offer's request: same call, same CSeq, a request. */
function relaysOffer(item: ExchangeMessage, offer: ExchangeMessage): boolean {
  return (
    item.found.message.kind === 'request' &&
    item.callId === offer.callId &&
    item.cseq?.number === offer.cseq?.number &&
    item.cseq?.method === offer.cseq?.method
  );
}

/** The descriptions the refusing side sent, in the refusals themselves or anywhere else. */
function refusingSideSdps(
  exchange: Exchange,
  chain: OfferAnswer[],
  all: SdpInMessage[],
): SdpInMessage[] {
  const messages = exchange.messages;
  const offer = messages[chain[0]!.offer.index]!;
  const refusals = chain.flatMap((pair) => (pair.rejection === null ? [] : [pair.rejection]));
  const senders = new Set(refusals.map((index) => messages[index]!.from));
  senders.delete('unknown');
  const offerSenders = new Set(chain.map((pair) => messages[pair.offer.index]!.from));
  return all.filter(({ index }) => {
    const item = messages[index]!;
    if (refusals.includes(index)) return true;
    if (relaysOffer(item, offer)) return false;
    // Without a named sender, anything the offering side did not send.
    return senders.size > 0 ? senders.has(item.from) : !offerSenders.has(item.from);
  });
}

function refusedOffer(exchange: Exchange, chain: OfferAnswer[], all: SdpInMessage[]) {
  const messages = exchange.messages;
  const first = chain[0]!;
  const refusal = first.rejection === null ? null : messages[first.rejection]!;
  if (!refusal || !REFUSALS.has(codeOf(refusal))) return null;
  if (!['invite', 're-invite', 'update'].includes(first.place)) return null;
  const offered = codecsOf(first.offer.sdp);
  if (offered.length === 0) return null;
  const refusals = new Set(chain.map((pair) => pair.rejection));
  const evidence = refusingSideSdps(exchange, chain, all)
    .map(({ index, sdp }) => ({ index, codecs: codecsOf(sdp, refusals.has(index)) }))
    .filter(({ codecs }) => codecs.length > 0);
  const known = evidence.flatMap(({ codecs }) => codecs);
  const warnings = chain.flatMap((pair) =>
    pair.rejection === null ? [] : mediaWarnings(messages[pair.rejection]!),
  );
  const offeredKeys = new Set(offered.map(codecKey));
  const shared = known.filter((codec) => offeredKeys.has(codecKey(codec)));
  if (shared.length > 0 || (known.length === 0 && warnings.length === 0)) return null;
  const code = codeOf(refusal);
  const request = messages[first.offer.index]!;
  const method = request.cseq?.method ?? 'request';
  const where = placeOf(request.found);
  const refusedAt = placeOf(refusal.found);
  const otherSide =
    known.length > 0
      ? `The side that refused it described only ${listOf(known)} in this trace (${evidence
          .map(({ index }) => placeOf(messages[index]!.found))
          .join(', ')}): not one codec is on both lists.`
      : `Its codecs are not in the trace, but the ${code} carries ${warnings
          .map((value) => `"Warning: ${value}"`)
          .join(' and ')}, which names the media as what it cannot take.`;
  return {
    kind: 'no-common-codec',
    severity: 'error',
    title: `No codec in common: the ${method} on ${where} was refused with ${code}`,
    detail: `The ${method} on ${where} offers ${listOf(offered)}; the ${code} on ${refusedAt} turns it down. ${otherSide} An answerer with no format it can use on a stream has to reject that stream, and with none left the offer fails. Enable a codec both sides support, or route the call through a gateway that transcodes.`,
    messages: [first.rejection!, first.offer.index],
    rule: RULE,
    page: routes.code(code),
  } satisfies Diagnosis;
}

function rejectsEverything(
  exchange: Exchange,
  sdp: SessionDescription,
  index: number,
  offer: SdpInMessage | null,
): Diagnosis | null {
  const lines = mediaSummaries(sdp);
  if (lines.length === 0 || !lines.every((line) => line.rejected)) return null;
  if (offer && mediaSummaries(offer.sdp).every((line) => line.rejected)) return null;
  const messages = exchange.messages;
  const item = messages[index]!;
  const label = item.found.message.kind === 'response' ? `${codeOf(item)}` : 'answer';
  const offerText = offer
    ? `the offer on ${placeOf(messages[offer.index]!.found)} (${listOf(codecsOf(offer.sdp))})`
    : 'an offer that is not in the paste';
  const types = lines.map((line) => `${line.type} (line ${line.line} of the body)`).join(', ');
  return {
    kind: 'no-common-codec',
    severity: 'error',
    title: `The ${label} on ${placeOf(item.found)} rejects every media stream`,
    detail: `The description in the ${label} on ${placeOf(item.found)} answers ${offerText} with port 0 on every m= line: ${types}. Port 0 in an answer turns a stream down, and an answerer must do so when it shares no format with the offer; with every stream turned down the call has no media at all. Compare the codecs and transport profiles both sides allow.`,
    messages: offer ? [index, offer.index] : [index],
    rule: RULE,
    page: routes.guide('media-negotiation'),
  };
}

export const noCommonCodec: DiagnosisRule = (exchange) => {
  const pairs = offerAnswerPairs(exchange);
  const all = sdpMessages(exchange);
  const diagnoses: Diagnosis[] = [];
  pairs.forEach((pair, position) => {
    if (pair.repeats !== null) return;
    const chain = [pair, ...pairs.filter((other) => other.repeats === position)];
    const refused = refusedOffer(exchange, chain, all);
    if (refused) diagnoses.push(refused);
    if (pair.answer) {
      const rejected = rejectsEverything(exchange, pair.answer.sdp, pair.answer.index, pair.offer);
      if (rejected) diagnoses.push(rejected);
    }
  });
  // An answer whose offer is not in the paste: a 1xx or 2xx to an INVITE or UPDATE with no request.
  const paired = new Set(pairs.flatMap((pair) => [pair.offer.index, pair.answer?.index]));
  for (const { index, sdp } of all) {
    const item = exchange.messages[index]!;
    const code = codeOf(item);
    if (paired.has(index) || item.related !== null || code < 180 || code >= 300) continue;
    if (item.cseq?.method !== 'INVITE' && item.cseq?.method !== 'UPDATE') continue;
    const rejected = rejectsEverything(exchange, sdp, index, null);
    if (rejected) diagnoses.push(rejected);
  }
  return diagnoses;
};
