// Field shapes that several collections share.
import { z } from 'astro/zod';

/** "RFC 3261". */
export const rfcName = z.string().regex(/^RFC \d{3,5}$/, 'must look like "RFC 3261"');

/** "21.4.24". */
export const sectionNumber = z.string().regex(/^\d+(\.\d+)*$/, 'must look like "21.4.24"');

/** One sentence of plain text: it is shown outside Markdown (lists, meta tags). */
export const plainText = (min: number) =>
  z
    .string()
    .trim()
    .min(min)
    .regex(/^[^\n`*_[\]<>{}]+$/, 'must be plain text on one line (no Markdown or HTML)');

export const plainSentence = plainText(10);

/** A SIP status code, registered or not. */
export const statusCode = z.number().int().min(100).max(699);
