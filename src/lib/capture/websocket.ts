// SIP over WebSocket (RFC 7118): after an HTTP Upgrade, each SIP message is one WebSocket
// message (RFC 6455 §5), text or binary, possibly in several frames; frames from the client are
// masked. Control frames (close, ping, pong) carry no SIP.

import { joinBytes } from './types.ts';

const latin1 = new TextDecoder('latin1');

/** What a stream's first bytes say it is, once its HTTP head is whole. */
export function readHandshake(
  bytes: Uint8Array,
): { kind: 'websocket' | 'http'; length: number } | null {
  const text = latin1.decode(bytes.subarray(0, Math.min(bytes.length, 8192)));
  const end = text.indexOf('\r\n\r\n');
  if (end === -1) return null;
  const head = text.slice(0, end);
  const upgrade = /^upgrade[ \t]*:[ \t]*websocket/im.test(head) || /^HTTP\/1\.1 101/.test(head);
  return { kind: upgrade ? 'websocket' : 'http', length: end + 4 };
}

export function isHttpStart(bytes: Uint8Array): boolean {
  const text = latin1.decode(bytes.subarray(0, 8));
  return /^(?:GET |HTTP\/1)/.test(text);
}

export interface Frame {
  fin: boolean;
  opcode: number;
  payload: Uint8Array;
}

/** Reads whole frames off the front of `bytes`; the rest waits for more of the stream. */
export function readFrames(bytes: Uint8Array): { frames: Frame[]; consumed: number } {
  const frames: Frame[] = [];
  let at = 0;
  while (at + 2 <= bytes.length) {
    const first = bytes[at]!;
    const second = bytes[at + 1]!;
    let length = second & 0x7f;
    let header = 2;
    if (length === 126) {
      if (at + 4 > bytes.length) break;
      length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
      header = 4;
    } else if (length === 127) {
      if (at + 10 > bytes.length) break;
      // No SIP message needs more than 2^32 bytes; the high half must be zero.
      const view = new DataView(bytes.buffer, bytes.byteOffset + at + 2, 8);
      length = view.getUint32(0) * 4294967296 + view.getUint32(4);
      header = 10;
    }
    const masked = (second & 0x80) !== 0;
    const start = at + header + (masked ? 4 : 0);
    if (start + length > bytes.length) break;
    let payload = bytes.subarray(start, start + length);
    if (masked) {
      const key = bytes.subarray(at + header, at + header + 4);
      payload = payload.map((byte, i) => byte ^ key[i & 3]!);
    }
    frames.push({ fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload });
    at = start + length;
  }
  return { frames, consumed: at };
}

/** Joins data frames into messages: a text or binary frame starts one, continuations add. */
export class MessageJoiner {
  private parts: Uint8Array[] = [];

  add(frame: Frame): Uint8Array | null {
    if (frame.opcode >= 8) return null;
    if (frame.opcode !== 0) this.parts = [];
    this.parts.push(frame.payload);
    if (!frame.fin) return null;
    const parts = this.parts;
    this.parts = [];
    return joinBytes(parts);
  }
}
