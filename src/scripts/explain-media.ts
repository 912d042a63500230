// The media of an explained trace: each SDP offer beside its answer, media line by media line,
// with the codecs, where the media goes, its direction, DTMF and holds, and what the answer
// kept, dropped or added (RFC 3264).
import {
  codecLabel,
  mediaSummaries,
  type Codec,
  type Hold,
  type MediaComparison,
  type MediaSummary,
  type OfferAnswer,
  type OfferPlace,
} from '../lib/sdp/index.ts';
import type { Explanation } from '../lib/trace/index.ts';
import { h, link } from './explain-dom.ts';

const PLACES: Record<OfferPlace, string> = {
  invite: 'the INVITE',
  're-invite': 'a re-INVITE',
  'invite-2xx': 'the 2xx to an INVITE without SDP (answered in the ACK)',
  'reliable-provisional': 'a reliable provisional response (answered in the PRACK)',
  prack: 'a PRACK',
  update: 'an UPDATE',
};

/**
 * What a direction or 0.0.0.0 means in a re-offer: the offerer puts the stream on hold (RFC 3264
 * §8.4). In a first offer or an answer they need not: an announcement only sends, and a first
 * offer may give 0.0.0.0 while its address is not known yet.
 */
const HOLDS: Record<Hold, string> = {
  sendonly: 'puts the other side on hold: it only sends',
  inactive: 'puts the stream on hold: no media either way',
  'zero-address': 'puts the stream on hold the older way (address 0.0.0.0)',
};
const REOFFERS: readonly OfferPlace[] = ['re-invite', 'update'];

const codecs = (list: readonly Codec[]) => list.map(codecLabel).join(', ') || 'none';

function side(summary: MediaSummary | null, reoffer = false): string {
  if (!summary) return 'no media line';
  if (summary.rejected) return 'port 0: refused or turned off';
  const address = summary.connection
    ? `${summary.connection.address}:${summary.port}`
    : `port ${summary.port}`;
  const dtmf = summary.dtmf.map(
    (event) => `DTMF as payload ${event.payloadType}, events ${event.events}`,
  );
  return [
    address,
    summary.direction,
    codecs(summary.codecs),
    ...dtmf,
    reoffer && summary.hold && HOLDS[summary.hold],
  ]
    .filter(Boolean)
    .join('; ');
}

function outcome(comparison: MediaComparison): string {
  if (comparison.rejected) return 'refused by the answer';
  return [
    `kept ${comparison.accepted.map(({ answered }) => codecLabel(answered)).join(', ') || 'nothing'}`,
    comparison.dropped.length > 0 && `dropped ${codecs(comparison.dropped)}`,
    comparison.added.length > 0 && `added ${codecs(comparison.added)}`,
  ]
    .filter(Boolean)
    .join('; ');
}

function row(label: string, offered: string, answered: string, result: string): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, label),
    // On a phone each row is a card, each value under its column's name (global.css).
    h('td', { 'data-label': 'Offer' }, offered),
    h('td', { 'data-label': 'Answer' }, answered),
    h('td', { 'data-label': 'Outcome' }, result),
  );
}

function pairBlock(pair: OfferAnswer, explanation: Explanation): HTMLElement {
  const at = (index: number) => {
    const message = explanation.messages[index]!;
    return link(`#message-${index + 1}`, `${message.place} (${message.label})`);
  };
  const reoffer = REOFFERS.includes(pair.place);
  const rows = pair.comparison
    ? pair.comparison.media.map((item) =>
        row(item.offered.type, side(item.offered, reoffer), side(item.answered), outcome(item)),
      )
    : mediaSummaries(pair.offer.sdp).map((summary) =>
        row(
          summary.type,
          side(summary, reoffer),
          '–',
          pair.rejection === null ? 'no answer in the trace' : 'the offer was refused',
        ),
      );
  return h(
    'div',
    { class: 'offer-answer' },
    h(
      'p',
      {},
      `Offer in ${PLACES[pair.place]}, `,
      at(pair.offer.index),
      pair.answer ? '; answer in ' : '',
      pair.answer ? at(pair.answer.index) : '',
      pair.rejection !== null ? '; refused by ' : '',
      pair.rejection !== null ? at(pair.rejection) : '',
      pair.comparison && !pair.comparison.commonCodec ? ' — no voice or video codec in common' : '',
    ),
    h(
      'div',
      { class: 'scroll-x', tabindex: '0' },
      h(
        'table',
        { class: 'media' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['Media', 'Offer', 'Answer', 'Outcome'].map((name) =>
              h('th', { scope: 'col' }, name),
            ),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
  );
}

/** The "Media (SDP)" heading and one block per offer, or nothing when no message has SDP. */
export function mediaSection(explanation: Explanation): HTMLElement[] {
  const shown = explanation.media.filter((pair) => pair.repeats === null);
  if (shown.length === 0) return [];
  const repeated = explanation.media.length - shown.length;
  return [
    h('h2', {}, `Media (SDP): ${shown.length} ${shown.length === 1 ? 'offer' : 'offers'}`),
    ...shown.map((pair) => pairBlock(pair, explanation)),
    repeated > 0 &&
      h(
        'p',
        { class: 'media-note' },
        `${repeated} more: the same offer relayed on the next hop, or a second answer to a forked INVITE.`,
      ),
  ].filter((part): part is HTMLElement => part instanceof HTMLElement);
}
