// SIP found by its content, on any port: a payload whose first line is a request or status
// line. A stream or a datagram is cut into messages by the blank line after the headers and
// Content-Length (RFC 3261 §18.3); bytes are decoded as UTF-8 only once a message is whole.

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');
const START =
  /^(?:[A-Z][A-Za-z-]{0,31} (?:sips?|tel|urn):\S+ SIP\/2\.0|[A-Z]{3,} \* SIP\/2\.0|SIP\/2\.0 [1-6]\d\d(?: [^\r\n]*)?)\r?$/;
const CONTENT_LENGTH = /^(?:content-length|l)[ \t]*:[ \t]*(\d+)/im;
/** A header block longer than this is not SIP (RFC 3261 sets no limit; real ones are ~2 KB). */
const MAX_HEAD = 65_536;
/** The longest start line read; a request URI longer than this is not one a phone sends. */
const START_LINE_MAX = 512;

function lineEnd(bytes: Uint8Array, from: number, limit: number): number {
  const end = Math.min(bytes.length, from + limit);
  for (let i = from; i < end; i++) if (bytes[i] === 0x0a) return i;
  return -1;
}

/** Whether bytes at `at` start with a SIP start line. */
export function startsSip(bytes: Uint8Array, at = 0): boolean {
  // Every start line begins with a capital letter: media and binary are refused at once.
  const first = bytes[at];
  if (first === undefined || first < 0x41 || first > 0x5a) return false;
  const end = lineEnd(bytes, at, START_LINE_MAX);
  if (end === -1) return false;
  return START.test(latin1.decode(bytes.subarray(at, end)));
}

/** Where the header block ends (after its blank line), or -1. */
function headEnd(bytes: Uint8Array, from: number): number {
  const end = Math.min(bytes.length, from + MAX_HEAD);
  for (let i = from; i + 1 < end; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

export interface Split {
  messages: string[];
  /** Bytes read; the rest waits for more of the stream. */
  consumed: number;
}

/**
 * Cuts whole messages off the front of `bytes`. A datagram is complete: a message without
 * Content-Length ends where it does. In a stream, a message needs its Content-Length, and bytes
 * before a start line (keep-alive CRLFs, a message whose start was lost) are skipped up to the
 * next line that starts one.
 */
export function splitSip(bytes: Uint8Array, datagram: boolean): Split {
  const messages: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    while (at < bytes.length && (bytes[at] === 0x0d || bytes[at] === 0x0a)) at++;
    if (at >= bytes.length) break;
    if (!startsSip(bytes, at)) {
      const next = nextStart(bytes, at);
      if (next === -1) {
        // Keep a partial last line: it may be a start line whose end has not arrived. No start
        // line is longer than START_LINE_MAX, so a stream without line ends is not kept growing.
        const lastLine = bytes.lastIndexOf(0x0a);
        at = datagram ? bytes.length : Math.max(at, lastLine + 1, bytes.length - START_LINE_MAX);
        break;
      }
      at = next;
      continue;
    }
    const head = headEnd(bytes, at);
    if (head === -1) {
      if (datagram || bytes.length - at > MAX_HEAD) {
        if (datagram) messages.push(utf8.decode(bytes.subarray(at)));
        at = bytes.length;
      }
      break;
    }
    const match = CONTENT_LENGTH.exec(latin1.decode(bytes.subarray(at, head)));
    const length = match ? Number(match[1]) : datagram ? bytes.length - head : 0;
    const end = head + length;
    if (end > bytes.length) {
      // A datagram cut short (snapshot length): keep what there is.
      if (datagram) {
        messages.push(utf8.decode(bytes.subarray(at)));
        at = bytes.length;
      }
      break;
    }
    messages.push(utf8.decode(bytes.subarray(at, end)));
    at = end;
  }
  return { messages, consumed: at };
}

function nextStart(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (startsSip(bytes, i + 1)) return i + 1;
  }
  return -1;
}
