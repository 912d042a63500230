// The media diagnoses: what the session descriptions of a trace show going wrong.
import { privateAddress } from './media-addresses.ts';
import { noCommonCodec } from './media-codecs.ts';
import type { DiagnosisRule } from './types.ts';

export { noCommonCodec, privateAddress };

export const mediaRules: DiagnosisRule[] = [noCommonCodec, privateAddress];
