// The frontmatter of content/codes/NNN.mdx: the facts each code page shows.
import { z } from 'astro/zod';
import { plainSentence, plainText, rfcName, sectionNumber, statusCode } from './shared.ts';

export const codeSchema = z.strictObject({
  // The reason phrase exactly as registered with IANA, e.g. "Busy Here".
  reason: z.string().min(1),
  // One plain sentence of at most 160 characters, used in lists and as the meta description.
  summary: plainSentence.max(160, 'must be at most 160 characters'),
  // A few words for the one-page cheat sheet, e.g. "Callee busy on this device".
  gist: plainText(3).max(48, 'must be at most 48 characters'),
  // The RFC that defines the code, e.g. "RFC 3261".
  rfc: rfcName,
  // The section of that RFC that defines the code, e.g. "21.4.24"; omitted where it has none.
  section: sectionNumber.optional(),
  // True for codes the registry marks deprecated (202).
  deprecated: z.boolean().default(false),
  // Phrases the code was registered under before, so that searches for them still find it.
  formerReasons: z.array(z.string().min(1)).default([]),
  // Related codes, each with a few words on how it differs; every link must be reciprocal.
  seeAlso: z
    .array(
      z.strictObject({
        // The related status code; it must have a page.
        code: statusCode,
        // How that code differs from this one.
        why: plainSentence.max(160),
      }),
    )
    .min(1, 'must list at least one related code'),
  // Which element generates the response, and for which requests it is typical.
  whoSends: plainSentence.optional(),
  // Header fields the response carries, with the requirement level and where it is stated.
  headers: z
    .array(
      z.strictObject({
        // The header field name, e.g. "Retry-After".
        name: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'must be a header field name'),
        // MUST and SHOULD come from the RFC; MAY marks an optional header often seen.
        requirement: z.enum(['MUST', 'SHOULD', 'MAY']),
        // The RFC that states the requirement.
        rfc: rfcName,
        // The section of that RFC that states it.
        section: sectionNumber,
        // The condition a MUST or SHOULD depends on, e.g. "the request carried Timestamp";
        // without it the requirement holds for every response with this code.
        when: plainText(5).max(80).optional(),
        // What the header says in this response.
        note: plainSentence.optional(),
      }),
    )
    .default([]),
  // What the receiver should do next, one step per item.
  next: z.array(plainSentence).default([]),
  // What a forking proxy does with the response (RFC 3261 §16.7).
  forking: plainSentence.optional(),
  // One response as it appears on the wire, headers only.
  example: z.string().optional(),
  // Words people search for that the RFC ties to this code without naming it so ("spam" for
  // 607); lower case, each naming only this code. Shown on the page and used by instant answers.
  aliases: z
    .array(
      z
        .string()
        .trim()
        .min(2)
        .max(32)
        .regex(/^[a-z0-9][a-z0-9 '-]*$/, 'must be lower-case words'),
    )
    .default([]),
});
