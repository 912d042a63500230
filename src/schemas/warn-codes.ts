// content/warn-codes.yaml: the warn-codes of the Warning header (RFC 3261 §20.43).
import { z } from 'astro/zod';
import { plainSentence } from './shared.ts';

export const warnCodeSchema = z.strictObject({
  // The warn-text RFC 3261 §20.43 suggests, e.g. "Incompatible media format".
  text: z.string().min(3),
  // What the warning tells the receiver, in a plain sentence.
  meaning: plainSentence.max(160),
});
