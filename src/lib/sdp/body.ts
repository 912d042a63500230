// The session description a SIP message carries: a body of type application/sdp, or the
// application/sdp part of a multipart/mixed body (as SIP-I gateways send with ISUP). A body with
// no Content-Type is read when it looks like SDP, since pasted traces often lose header lines.
import { headerValue, parseParams, type SipMessage } from '../sip-message.ts';
import { readSdp } from './read.ts';
import type { SessionDescription } from './types.ts';

/** The parts of a multipart body (RFC 2046 §5.1.1): each with its header fields and content. */
function multipartParts(body: string, boundary: string): { type: string; content: string }[] {
  const lines = body.split(/\r\n|\r|\n/);
  const parts: { type: string; content: string }[] = [];
  let current: string[] | null = null;
  const close = () => {
    if (!current) return;
    const blank = current.findIndex((line) => line.trim() === '');
    const head = blank === -1 ? [] : current.slice(0, blank);
    const type = head.find((line) => /^content-type\s*:/i.test(line)) ?? '';
    parts.push({
      type: type.replace(/^[^:]*:/, '').trim(),
      content: (blank === -1 ? current : current.slice(blank + 1)).join('\n'),
    });
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      close();
      current = trimmed === `--${boundary}--` ? null : [];
      continue;
    }
    current?.push(line);
  }
  close();
  return parts;
}

const mediaType = (value: string) => parseParams(value).value.toLowerCase();

/** The SDP of a message, or null when it carries none (or one that does not read as SDP). */
export function sdpOfMessage(
  message: Pick<SipMessage, 'headers' | 'body'>,
): SessionDescription | null {
  if (!message.body || message.body.trim() === '') return null;
  const encoding = headerValue(message, 'Content-Encoding');
  if (encoding && !/^\s*identity\s*$/i.test(encoding)) return null;
  const contentType = headerValue(message, 'Content-Type');
  if (contentType === undefined) return readSdp(message.body);
  const type = mediaType(contentType);
  if (type === 'application/sdp') return readSdp(message.body);
  if (type.startsWith('multipart/')) {
    const boundary = parseParams(contentType).params['boundary'];
    if (!boundary) return null;
    const part = multipartParts(message.body, boundary).find(
      ({ type: partType }) => mediaType(partType) === 'application/sdp',
    );
    return part ? readSdp(part.content) : null;
  }
  return null;
}
