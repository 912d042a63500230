// content/flows/NNN.yaml: the call flow drawn on a code's page.
import { z } from 'astro/zod';
import { plainText } from './shared.ts';

export const flowSchema = z.strictObject({
  // The parties, left to right, as lanes of the diagram.
  participants: z
    .array(
      z.strictObject({
        // Short id the messages refer to, e.g. "alice".
        id: z.string().regex(/^[a-z][a-z0-9]*$/, 'must be lowercase letters and digits'),
        // What the lane is called on the page, e.g. "Alice (UAC)".
        label: z.string().min(1).max(24),
      }),
    )
    .min(2)
    .max(4),
  // The messages in order, each an arrow from one participant to another.
  messages: z
    .array(
      z.strictObject({
        // Id of the sending participant.
        from: z.string(),
        // Id of the receiving participant.
        to: z.string(),
        // A request method ("INVITE") or a response ("486 Busy Here"), with an optional qualifier.
        label: z.string().min(3).max(48),
        // A few words shown under the arrow.
        note: plainText(2).max(50).optional(),
      }),
    )
    .min(1)
    .max(14),
});
