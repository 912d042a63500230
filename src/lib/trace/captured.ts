// Messages read from a packet capture, as the explainer's found messages: parsed by the one SIP
// parser, with the capture's addresses as the two ends and its time.
import type { CapturedMessage } from '../capture/read.ts';
import { bodyBytes, headerValue, parseSipMessageDetailed } from '../sip-message.ts';
import type { FoundMessage } from './find.ts';

/** The messages that parse, as found messages, and the captured messages they came from. */
export function parseCaptured(captured: readonly CapturedMessage[]): {
  found: FoundMessage[];
  kept: CapturedMessage[];
} {
  const found: FoundMessage[] = [];
  const kept: CapturedMessage[] = [];
  for (const item of captured) {
    let parsed;
    try {
      parsed = parseSipMessageDetailed(item.text, { lenient: true });
    } catch {
      continue;
    }
    const declared = headerValue(parsed.message, 'Content-Length');
    const measured = bodyBytes(parsed.message.body);
    const head = item.text.indexOf('\r\n\r\n');
    kept.push(item);
    found.push({
      line: item.packet,
      place: `packet ${item.packet}`,
      time: item.time,
      message: parsed.message,
      text: item.text.replace(/\r\n/g, '\n').replace(/\n+$/, ''),
      wrapper: {
        format: `capture ${item.transport}`,
        source: { address: item.source },
        destination: { address: item.destination },
      },
      joinedLines: parsed.joinedLines.length,
      // A datagram cut by the snapshot length ends before its blank line.
      cut: head === -1 && item.text.indexOf('\n\n') === -1,
      lengthMismatch:
        declared !== undefined && /^\d+$/.test(declared.trim()) && Number(declared) !== measured
          ? { declared, measured }
          : null,
    });
  }
  return { found, kept };
}

export const foundFromCapture = (captured: readonly CapturedMessage[]): FoundMessage[] =>
  parseCaptured(captured).found;
