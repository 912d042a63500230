// SCTP (RFC 9260): SIP over SCTP (RFC 4168) sends each message as one user message, in DATA
// chunks that may split it (B and E flags mark its first and last piece). Several chunks, of
// several messages, may share a packet.

import { joinBytes } from './types.ts';

export interface SctpMessage {
  sourcePort: number;
  destinationPort: number;
  payload: Uint8Array;
}

const DATA = 0;
const BEGIN = 0x02;
const END = 0x01;

/** Joins the pieces of split user messages, per association direction and stream. */
export class SctpJoiner {
  private parts = new Map<string, Uint8Array[]>();

  read(bytes: Uint8Array, direction: string): SctpMessage[] {
    if (bytes.length < 12) return [];
    const sourcePort = (bytes[0]! << 8) | bytes[1]!;
    const destinationPort = (bytes[2]! << 8) | bytes[3]!;
    const out: SctpMessage[] = [];
    for (let at = 12; at + 4 <= bytes.length;) {
      const type = bytes[at]!;
      const flags = bytes[at + 1]!;
      const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
      if (length < 4 || at + length > bytes.length) break;
      if (type === DATA && length > 16) {
        const stream = (bytes[at + 8]! << 8) | bytes[at + 9]!;
        const key = `${direction}|${stream}`;
        const piece = bytes.subarray(at + 16, at + length);
        const whole = this.add(key, piece, flags);
        if (whole) out.push({ sourcePort, destinationPort, payload: whole });
      }
      at += Math.ceil(length / 4) * 4;
    }
    return out;
  }

  private add(key: string, piece: Uint8Array, flags: number): Uint8Array | null {
    if (flags & BEGIN && flags & END) return piece;
    if (flags & BEGIN) this.parts.set(key, []);
    const parts = this.parts.get(key);
    if (!parts) return null;
    parts.push(piece);
    if (!(flags & END)) return null;
    this.parts.delete(key);
    return joinBytes(parts);
  }
}
