// Each media line as it takes effect: the media-level c= and direction override the session-level
// ones (RFC 8866 §5.7; RFC 3264 §5.1, where no direction at all means sendrecv), telephone events
// set apart from the codecs (RFC 4733), and whether the line holds the other party (RFC 3264 §8.4).
import type {
  Codec,
  Dtmf,
  Hold,
  MediaDescription,
  MediaSummary,
  SessionDescription,
} from './types.ts';

const isTelephoneEvent = (codec: Codec) => codec.name?.toLowerCase() === 'telephone-event';

/**
 * Telephone events and comfort noise (RFC 3389, static type 13 of RFC 3551 §6) ride along with a
 * codec; on their own they carry no voice, so they do not make a common codec.
 */
export function isVoiceOrVideoCodec(codec: Codec): boolean {
  const name = codec.name?.toLowerCase();
  return name !== 'telephone-event' && name !== 'cn';
}

/** The events a telephone-event format offers: its a=fmtp list, or 0-15 when there is none. */
function dtmfOf(codec: Codec): Dtmf {
  // The list may be written bare ("0-16") or as events=0-16.
  const listed = codec.parameters?.replace(/^events\s*=\s*/i, '').trim() || null;
  return {
    payloadType: codec.payloadType ?? -1,
    clockRate: codec.clockRate,
    // The audio/telephone-event registration (RFC 4733 §7.1.1) makes 0-15 the default.
    events: listed ?? '0-15',
    listed: listed !== null,
  };
}

function holdOf(summary: Omit<MediaSummary, 'hold'>): Hold | null {
  if (summary.rejected) return null;
  if (summary.direction === 'sendonly' || summary.direction === 'inactive')
    return summary.direction;
  const address = summary.connection?.address;
  if (address === '0.0.0.0') return 'zero-address';
  return null;
}

export function summariseMedia(sdp: SessionDescription, media: MediaDescription, index: number) {
  const connection = media.connection ?? sdp.connection;
  const direction = media.direction ?? sdp.direction ?? 'sendrecv';
  const summary: Omit<MediaSummary, 'hold'> = {
    index,
    line: media.line,
    type: media.type,
    port: media.port,
    protocol: media.protocol,
    rejected: media.port === 0,
    connection,
    connectionLevel: media.connection ? 'media' : sdp.connection ? 'session' : null,
    direction,
    directionLevel: media.direction ? 'media' : sdp.direction ? 'session' : 'default',
    codecs: media.codecs.filter((codec) => !isTelephoneEvent(codec)),
    dtmf: media.codecs.filter(isTelephoneEvent).map(dtmfOf),
  };
  return { ...summary, hold: holdOf(summary) } satisfies MediaSummary;
}

/** Every media line of a description, as it takes effect. */
export function mediaSummaries(sdp: SessionDescription): MediaSummary[] {
  return sdp.media.map((media, index) => summariseMedia(sdp, media, index));
}

/** A codec in words: "PCMU/8000", "opus/48000/2", "96 (no rtpmap)". */
export function codecLabel(codec: Codec): string {
  if (!codec.name) return `${codec.format} (not named)`;
  if (codec.clockRate === null) return codec.name;
  const channels = codec.channels !== null && codec.channels !== 1 ? `/${codec.channels}` : '';
  return `${codec.name}/${codec.clockRate}${channels}`;
}
