// An answer against its offer, line by line: RFC 3264 §6 matches media lines by their order,
// rejects a line with port 0, and lets payload type numbers differ for the same codec (§5.1), so
// codecs match by encoding name (without regard to case, RFC 8866 §6.6), clock rate and channels.
import { isVoiceOrVideoCodec, mediaSummaries } from './summary.ts';
import type {
  Codec,
  CodecMatch,
  MediaComparison,
  MediaSummary,
  OfferAnswerComparison,
  SessionDescription,
} from './types.ts';

/** What makes two formats the same codec; a format nothing names matches only itself. */
export function codecKey(codec: Codec): string {
  if (!codec.name) return `format:${codec.format}`;
  if (codec.payloadType === null) return `format:${codec.name.toLowerCase()}`;
  return `${codec.name.toLowerCase()}/${codec.clockRate ?? ''}/${codec.channels ?? 1}`;
}

function allFormats(summary: MediaSummary): Codec[] {
  // Telephone events are compared too: an answer may drop DTMF the offer had.
  return [
    ...summary.codecs,
    ...summary.dtmf.map((dtmf): Codec => ({
      format: String(dtmf.payloadType),
      payloadType: dtmf.payloadType,
      name: 'telephone-event',
      clockRate: dtmf.clockRate,
      channels: null,
      parameters: dtmf.listed ? dtmf.events : null,
      source: 'rtpmap',
    })),
  ];
}

function compareLine(offered: MediaSummary, answered: MediaSummary | null): MediaComparison {
  const rejected = !answered || answered.rejected;
  const offerFormats = allFormats(offered);
  const answerFormats = answered ? allFormats(answered) : [];
  const accepted: CodecMatch[] = [];
  const dropped: Codec[] = [];
  if (!rejected) {
    for (const codec of offerFormats) {
      const match = answerFormats.find((other) => codecKey(other) === codecKey(codec));
      if (match) accepted.push({ offered: codec, answered: match });
      else dropped.push(codec);
    }
  } else dropped.push(...offerFormats);
  const offerKeys = new Set(offerFormats.map(codecKey));
  return {
    index: offered.index,
    offered,
    answered,
    rejected,
    accepted,
    dropped,
    added: rejected ? [] : answerFormats.filter((codec) => !offerKeys.has(codecKey(codec))),
    offerHold: offered.hold,
    answerHold: answered?.hold ?? null,
  };
}

export function compareOfferAnswer(
  offer: SessionDescription,
  answer: SessionDescription,
): OfferAnswerComparison {
  const offered = mediaSummaries(offer);
  const answered = mediaSummaries(answer);
  const media = offered.map((line, index) => compareLine(line, answered[index] ?? null));
  return {
    media,
    extraAnswerLines: Math.max(0, answered.length - offered.length),
    allRejected: answered.length > 0 && answered.every((line) => line.rejected),
    commonCodec: media.some(
      (line) => !line.rejected && line.accepted.some(({ offered }) => isVoiceOrVideoCodec(offered)),
    ),
  };
}
