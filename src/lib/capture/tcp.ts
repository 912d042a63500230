// TCP: each direction of a connection is a byte stream put back in order by sequence number.
// Retransmitted and overlapping bytes are delivered once; a gap that never fills (a segment the
// capture missed) is skipped once later data piles up, and the reader resynchronises.

export interface Segment {
  sourcePort: number;
  destinationPort: number;
  seq: number;
  syn: boolean;
  fin: boolean;
  rst: boolean;
  payload: Uint8Array;
}

export function readTcp(bytes: Uint8Array): Segment | null {
  if (bytes.length < 20) return null;
  const offset = (bytes[12]! >> 4) * 4;
  if (offset < 20 || offset > bytes.length) return null;
  const flags = bytes[13]!;
  return {
    sourcePort: (bytes[0]! << 8) | bytes[1]!,
    destinationPort: (bytes[2]! << 8) | bytes[3]!,
    seq: ((bytes[4]! << 24) | (bytes[5]! << 16) | (bytes[6]! << 8) | bytes[7]!) >>> 0,
    syn: (flags & 0x02) !== 0,
    fin: (flags & 0x01) !== 0,
    rst: (flags & 0x04) !== 0,
    payload: bytes.subarray(offset),
  };
}

/** Out-of-order bytes held at most before the gap in front of them is given up. */
const MAX_HELD = 1 << 20;

export class TcpStream {
  private next: number | null = null;
  private held = new Map<number, Uint8Array>();
  private heldBytes = 0;
  /** Set when bytes were lost: the consumer drops what it had and resynchronises. */
  gap = false;

  /** Adds a segment; returns the bytes that are now in order, in order. */
  push(segment: Segment): Uint8Array[] {
    if (segment.syn) this.next = (segment.seq + 1) >>> 0;
    if (segment.payload.length === 0) return [];
    const seq = segment.syn ? (segment.seq + 1) >>> 0 : segment.seq;
    this.next ??= seq;
    const out: Uint8Array[] = [];
    this.place(seq, segment.payload, out);
    if (this.heldBytes > MAX_HELD) this.skipGap(out);
    return out;
  }

  /** At the end of the capture: whatever is held is delivered, gaps skipped. */
  flush(): Uint8Array[] {
    const out: Uint8Array[] = [];
    while (this.held.size > 0) this.skipGap(out);
    return out;
  }

  /** The missing bytes are not coming: go on from the earliest held segment. */
  private skipGap(out: Uint8Array[]) {
    const earliest = [...this.held.keys()].sort((a, b) => this.distance(a) - this.distance(b))[0]!;
    this.next = earliest;
    this.gap = true;
    this.drain(out);
  }

  /** Signed distance from the next expected byte, modulo 2^32. */
  private distance(seq: number): number {
    return (seq - this.next!) | 0;
  }

  private place(seq: number, payload: Uint8Array, out: Uint8Array[]) {
    const ahead = this.distance(seq);
    if (ahead > 0) {
      const earlier = this.held.get(seq);
      if (!earlier || earlier.length < payload.length) {
        this.heldBytes += payload.length - (earlier?.length ?? 0);
        this.held.set(seq, payload);
      }
      return;
    }
    // Bytes already delivered are a retransmission: keep only what is new.
    const fresh = payload.subarray(-ahead);
    if (fresh.length === 0) return;
    out.push(fresh);
    this.next = (this.next! + fresh.length) >>> 0;
    this.drain(out);
  }

  private drain(out: Uint8Array[]) {
    let moved = true;
    while (moved && this.held.size > 0) {
      moved = false;
      for (const [seq, payload] of this.held) {
        if (this.distance(seq) > 0) continue;
        this.held.delete(seq);
        this.heldBytes -= payload.length;
        this.place(seq, payload, out);
        moved = true;
        break;
      }
    }
  }
}
