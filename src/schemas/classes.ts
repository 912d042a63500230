// content/classes/Nxx.mdx: the introduction of a class of codes.
import { z } from 'astro/zod';
import { plainSentence } from './shared.ts';

export const classSchema = z.strictObject({
  // The class name used by RFC 3261 §21, e.g. "Request Failure".
  name: z.string().min(1),
  // One plain sentence of at most 160 characters for lists and the meta description.
  summary: plainSentence.max(160, 'must be at most 160 characters'),
});
