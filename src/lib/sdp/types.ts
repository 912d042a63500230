// The shapes of a session description as the explain page shows it: what each media line offers
// (RFC 8866 §5.14), where its media goes (§5.7), in which direction (RFC 3264 §5.1), and how an
// answer compares with its offer (RFC 3264 §6).

export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

/** A c= line: where media is to be sent. */
export interface Connection {
  /** "IN" for the Internet. */
  netType: string;
  /** "IP4" or "IP6". */
  addressType: string;
  /** The address as written, without a multicast TTL or address count. */
  address: string;
  /** 1-based line in the body. */
  line: number;
}

/** An o= line: who made the description, and its version (RFC 3264 §8 counts on it). */
export interface Origin {
  username: string;
  sessionId: string;
  sessionVersion: string;
  netType: string;
  addressType: string;
  address: string;
}

/** One format of a media line: an RTP payload type, or a token such as "t38". */
export interface Codec {
  /** The token on the m= line: "0", "101", "t38". */
  format: string;
  /** The RTP payload type, when the media line carries RTP. */
  payloadType: number | null;
  /** Encoding name ("PCMU", "opus", "telephone-event"), null when nothing names it. */
  name: string | null;
  clockRate: number | null;
  /** Audio channels; null when the description leaves the default of one. */
  channels: number | null;
  /** The a=fmtp value, e.g. "0-16" or "annexb=no". */
  parameters: string | null;
  /** Where the name came from: an a=rtpmap line, the RTP/AVP static table, or nowhere. */
  source: 'rtpmap' | 'static' | 'format' | 'unknown';
}

/** RFC 4733 telephone events (DTMF) a media line can carry. */
export interface Dtmf {
  payloadType: number;
  clockRate: number | null;
  /** The events as listed ("0-16"), or the default "0-15" when no a=fmtp gives them. */
  events: string;
  /** False when the list is the default because no a=fmtp gave one. */
  listed: boolean;
}

/** An a= line as written, kept for the lines the reader does not interpret. */
export interface Attribute {
  name: string;
  value: string | null;
  line: number;
}

export interface MediaDescription {
  /** 1-based line of the m= line in the body. */
  line: number;
  /** "audio", "video", "image", "application"… */
  type: string;
  port: number;
  /** The count after a slash ("49170/2"), when given. */
  portCount: number | null;
  /** "RTP/AVP", "UDP/TLS/RTP/SAVPF", "udptl"… */
  protocol: string;
  /** The format tokens of the m= line, in order of preference. */
  formats: string[];
  /** One per format, in the same order. */
  codecs: Codec[];
  /** The media-level c= line, if any. */
  connection: Connection | null;
  /** The media-level direction attribute, if any. */
  direction: Direction | null;
  attributes: Attribute[];
}

export interface SessionDescription {
  /** The v= value, normally "0". */
  version: string | null;
  origin: Origin | null;
  sessionName: string | null;
  /** The session-level c= line, if any. */
  connection: Connection | null;
  /** The session-level direction attribute, if any. */
  direction: Direction | null;
  attributes: Attribute[];
  media: MediaDescription[];
  /** What did not read as SDP: a line that is not "x=value", an m= line that does not parse… */
  problems: string[];
}

/**
 * How a media line holds the other party: sendonly or inactive (RFC 3264 §8.4), or the older
 * connection address 0.0.0.0 of RFC 2543, which §8.4 no longer recommends for hold but still asks
 * agents to understand as "send neither RTP nor RTCP". In an initial offer, §8.4 also lets
 * 0.0.0.0 stand for an address not known yet, so there it need not mean hold.
 */
export type Hold = 'sendonly' | 'inactive' | 'zero-address';

/** A media line as the page shows it, with session-level values applied. */
export interface MediaSummary {
  /** 0-based position among the m= lines: offer and answer lines match by it. */
  index: number;
  line: number;
  type: string;
  port: number;
  protocol: string;
  /** Port 0: the stream is disabled (in an offer) or rejected (in an answer), RFC 3264 §6. */
  rejected: boolean;
  /** Where the media goes: the media-level c=, else the session-level one. */
  connection: Connection | null;
  connectionLevel: 'media' | 'session' | null;
  /** The direction in effect: media-level, else session-level, else sendrecv. */
  direction: Direction;
  directionLevel: 'media' | 'session' | 'default';
  /** The formats other than telephone events, in order of preference. */
  codecs: Codec[];
  dtmf: Dtmf[];
  hold: Hold | null;
}

export interface CodecMatch {
  offered: Codec;
  answered: Codec;
}

/** One media line of an offer against the same line of its answer. */
export interface MediaComparison {
  index: number;
  offered: MediaSummary;
  /** Null when the answer has fewer m= lines than the offer, which RFC 3264 §6 forbids. */
  answered: MediaSummary | null;
  /** The answer set the port to 0, or left the line out. */
  rejected: boolean;
  /** Formats both list, matched by encoding name, clock rate and channels. */
  accepted: CodecMatch[];
  /** Formats the offer listed and the answer left out. */
  dropped: Codec[];
  /** Formats the answer lists that the offer did not. */
  added: Codec[];
  /** The offer holds this stream (sendonly, inactive or 0.0.0.0). */
  offerHold: Hold | null;
  answerHold: Hold | null;
}

export interface OfferAnswerComparison {
  media: MediaComparison[];
  /** m= lines the answer has beyond the offer's count. */
  extraAnswerLines: number;
  /** Every media line of the answer is rejected (port 0), and there is at least one. */
  allRejected: boolean;
  /** Some media line was accepted with a codec other than telephone events or comfort noise. */
  commonCodec: boolean;
}

/** A session description and the message of the exchange that carries it. */
export interface SdpInMessage {
  /** Index into the exchange's messages. */
  index: number;
  sdp: SessionDescription;
}

/**
 * Where an offer was made (RFC 3261 §13.2.1, RFC 3262 §5, RFC 3311 §5.1): in an INVITE or
 * re-INVITE, in the 2xx to an INVITE that had none (answered in the ACK), in a reliable
 * provisional response (answered in the PRACK), in a PRACK or in an UPDATE.
 */
export type OfferPlace =
  'invite' | 're-invite' | 'invite-2xx' | 'reliable-provisional' | 'prack' | 'update';

export interface OfferAnswer {
  place: OfferPlace;
  offer: SdpInMessage;
  answer: SdpInMessage | null;
  /** The final response of 300 or more that refused the offer, if any (index). */
  rejection: number | null;
  /** The comparison of answer with offer, when both are there. */
  comparison: OfferAnswerComparison | null;
  /**
   * Position in the list of an earlier pair this one repeats: the same offer relayed by a proxy
   * on the next hop, or a second answer to a forked INVITE.
   */
  repeats: number | null;
}
