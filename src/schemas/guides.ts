// The frontmatter of content/guides/SLUG.mdx: a comparison of easily confused codes.
import { z } from 'astro/zod';
import { plainSentence, plainText, statusCode } from './shared.ts';

/** A short table cell: a few words, plain text. */
const cell = plainText(2).max(100, 'must be at most 100 characters');

export const guideSchema = z.strictObject({
  // The group's name, e.g. "Busy and rejection"; the page heading is "Which code? …".
  title: z.string().min(3).max(60),
  // One plain sentence of at most 160 characters: what the guide helps decide.
  summary: plainSentence.max(160, 'must be at most 160 characters'),
  // The codes compared, in the order the guide presents them.
  codes: z.array(statusCode).min(2),
  // One row per code, in the order of `codes`.
  comparison: z.array(
    z.strictObject({
      // The code this row describes.
      code: statusCode,
      // Who sends it, in a few words.
      sender: cell,
      // Whether it speaks for this device, this server, or the user everywhere.
      scope: cell,
      // Whether and when the request may be retried.
      retry: cell,
      // What a forking proxy does when it receives it.
      forking: cell,
    }),
  ),
  // For a server choosing a response: when to send each code.
  sendWhen: z.array(z.strictObject({ code: statusCode, when: plainSentence.max(240) })),
  // For a client that received one: what to do.
  receiveWhen: z.array(z.strictObject({ code: statusCode, action: plainSentence.max(240) })),
});
