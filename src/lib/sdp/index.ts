// Session descriptions in a trace: read them (RFC 8866), pair offers with answers (RFC 3264 as
// SIP uses it) and compare each answer with its offer.
export type * from './types.ts';
export { readSdp } from './read.ts';
export { sdpOfMessage } from './body.ts';
export { codecLabel, isVoiceOrVideoCodec, mediaSummaries } from './summary.ts';
export { codecKey, compareOfferAnswer } from './compare.ts';
export { offerAnswerPairs, sdpMessages } from './pairs.ts';
export { staticPayloadType } from './payload-types.ts';
