// The static payload types of the RTP/AVP profile, RFC 3551 §6, Tables 4 (audio) and 5 (video):
// the name, clock rate and channels a payload type has when no a=rtpmap line gives them
// (RFC 3264 §5.1 falls back to the profile's mapping). Types 1, 2 and 19 are reserved there and
// left out; MPA's channels are "see text" in the table, so none is given.

interface StaticType {
  name: string;
  clockRate: number;
  channels: number | null;
}

const STATIC_TYPES: Record<number, StaticType> = {
  0: { name: 'PCMU', clockRate: 8000, channels: 1 },
  3: { name: 'GSM', clockRate: 8000, channels: 1 },
  4: { name: 'G723', clockRate: 8000, channels: 1 },
  5: { name: 'DVI4', clockRate: 8000, channels: 1 },
  6: { name: 'DVI4', clockRate: 16000, channels: 1 },
  7: { name: 'LPC', clockRate: 8000, channels: 1 },
  8: { name: 'PCMA', clockRate: 8000, channels: 1 },
  9: { name: 'G722', clockRate: 8000, channels: 1 },
  10: { name: 'L16', clockRate: 44100, channels: 2 },
  11: { name: 'L16', clockRate: 44100, channels: 1 },
  12: { name: 'QCELP', clockRate: 8000, channels: 1 },
  13: { name: 'CN', clockRate: 8000, channels: 1 },
  14: { name: 'MPA', clockRate: 90000, channels: null },
  15: { name: 'G728', clockRate: 8000, channels: 1 },
  16: { name: 'DVI4', clockRate: 11025, channels: 1 },
  17: { name: 'DVI4', clockRate: 22050, channels: 1 },
  18: { name: 'G729', clockRate: 8000, channels: 1 },
  25: { name: 'CelB', clockRate: 90000, channels: null },
  26: { name: 'JPEG', clockRate: 90000, channels: null },
  28: { name: 'nv', clockRate: 90000, channels: null },
  31: { name: 'H261', clockRate: 90000, channels: null },
  32: { name: 'MPV', clockRate: 90000, channels: null },
  33: { name: 'MP2T', clockRate: 90000, channels: null },
  34: { name: 'H263', clockRate: 90000, channels: null },
};

/** The profile's mapping of a static payload type, or null for a dynamic or unassigned one. */
export function staticPayloadType(payloadType: number): StaticType | null {
  return STATIC_TYPES[payloadType] ?? null;
}
