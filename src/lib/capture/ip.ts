// IPv4 and IPv6: addresses, the transport protocol and its payload. Fragments are put back
// together (IPv4's fragment offset, IPv6's Fragment header); IPv6 extension headers are
// skipped; IP in IP (protocol 4) and IPv6 in IP (41) are unwrapped.

export interface Datagram {
  source: string;
  destination: string;
  /** 6 TCP, 17 UDP, 50 ESP… */
  protocol: number;
  payload: Uint8Array;
}

const HOP_BY_HOP = 0;
const IPIP = 4;
const IPV6_IN_IP = 41;
const ROUTING = 43;
const FRAGMENT = 44;
const AUTH = 51;
const DESTINATION = 60;
const MOBILITY = 135;
const EXTENSIONS = new Set([HOP_BY_HOP, ROUTING, DESTINATION, MOBILITY, 139, 140]);
/** Fragments of one packet waiting for the rest; the oldest are dropped beyond this. */
const MAX_PENDING = 1024;

export function ipv4Address(bytes: Uint8Array, at: number): string {
  return `${bytes[at]}.${bytes[at + 1]}.${bytes[at + 2]}.${bytes[at + 3]}`;
}

/** RFC 5952 text: lower case, leading zeros dropped, the longest run of zero groups as "::". */
export function ipv6Address(bytes: Uint8Array, at: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push((bytes[at + i * 2]! << 8) | bytes[at + i * 2 + 1]!);
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = (list: number[]) => list.map((group) => group.toString(16)).join(':');
  if (best === -1) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLength))}`;
}

interface Pending {
  pieces: { offset: number; data: Uint8Array }[];
  /** Known once the last fragment (no More Fragments flag) arrives. */
  total: number | null;
  /** What the first fragment says follows (IPv6's Next Header). */
  first: number;
}

/** Puts fragmented packets back together; one per capture, as fragments span packets. */
export class Reassembler {
  private pending = new Map<string, Pending>();

  /** The whole payload once every fragment is in, with what the first fragment said follows. */
  add(
    key: string,
    offset: number,
    more: boolean,
    data: Uint8Array,
    next = 0,
  ): { payload: Uint8Array; next: number } | null {
    let entry = this.pending.get(key);
    if (!entry) {
      if (this.pending.size >= MAX_PENDING) {
        const oldest = this.pending.keys().next().value;
        if (oldest !== undefined) this.pending.delete(oldest);
      }
      entry = { pieces: [], total: null, first: next };
      this.pending.set(key, entry);
    }
    entry.pieces.push({ offset, data });
    if (offset === 0) entry.first = next;
    if (!more) entry.total = offset + data.length;
    if (entry.total === null) return null;
    entry.pieces.sort((a, b) => a.offset - b.offset);
    let covered = 0;
    for (const piece of entry.pieces) {
      if (piece.offset > covered) return null;
      covered = Math.max(covered, piece.offset + piece.data.length);
    }
    if (covered < entry.total) return null;
    const whole = new Uint8Array(entry.total);
    for (const piece of entry.pieces)
      whole.set(piece.data.subarray(0, entry.total - piece.offset), piece.offset);
    this.pending.delete(key);
    return { payload: whole, next: entry.first };
  }
}

/** Reads an IP packet (either version); null when it is not whole yet or not IP. */
export function readIp(bytes: Uint8Array, fragments: Reassembler, depth = 0): Datagram | null {
  if (bytes.length < 1 || depth > 4) return null;
  const version = bytes[0]! >> 4;
  const datagram =
    version === 4 ? readIpv4(bytes, fragments) : version === 6 ? readIpv6(bytes, fragments) : null;
  if (datagram && (datagram.protocol === IPIP || datagram.protocol === IPV6_IN_IP))
    return readIp(datagram.payload, fragments, depth + 1);
  return datagram;
}

function readIpv4(bytes: Uint8Array, fragments: Reassembler): Datagram | null {
  if (bytes.length < 20) return null;
  const headerLength = (bytes[0]! & 0x0f) * 4;
  const total = (bytes[2]! << 8) | bytes[3]!;
  if (headerLength < 20 || bytes.length < headerLength) return null;
  // A total length of 0 is TCP segmentation offload: the length is the frame's.
  const end = total === 0 ? bytes.length : Math.min(total, bytes.length);
  const source = ipv4Address(bytes, 12);
  const destination = ipv4Address(bytes, 16);
  const protocol = bytes[9]!;
  const flags = (bytes[6]! << 8) | bytes[7]!;
  const more = (flags & 0x2000) !== 0;
  const offset = (flags & 0x1fff) * 8;
  let payload = bytes.subarray(headerLength, Math.max(end, headerLength));
  if (more || offset > 0) {
    const id = (bytes[4]! << 8) | bytes[5]!;
    const whole = fragments.add(
      `4|${source}|${destination}|${protocol}|${id}`,
      offset,
      more,
      payload,
    );
    if (!whole) return null;
    payload = whole.payload;
  }
  return { source, destination, protocol, payload };
}

function readIpv6(bytes: Uint8Array, fragments: Reassembler): Datagram | null {
  if (bytes.length < 40) return null;
  const length = (bytes[4]! << 8) | bytes[5]!;
  const source = ipv6Address(bytes, 8);
  const destination = ipv6Address(bytes, 24);
  // A payload length of 0 is a jumbogram or offload: take the frame's.
  let payload = bytes.subarray(
    40,
    length === 0 ? bytes.length : Math.min(40 + length, bytes.length),
  );
  let next = bytes[6]!;
  for (let hops = 0; hops < 16; hops++) {
    if (EXTENSIONS.has(next)) {
      if (payload.length < 8) return null;
      const size = (payload[1]! + 1) * 8;
      next = payload[0]!;
      payload = payload.subarray(size);
    } else if (next === AUTH) {
      if (payload.length < 8) return null;
      const size = (payload[1]! + 2) * 4;
      next = payload[0]!;
      payload = payload.subarray(size);
    } else if (next === FRAGMENT) {
      if (payload.length < 8) return null;
      const field = (payload[2]! << 8) | payload[3]!;
      const id =
        ((payload[4]! << 24) | (payload[5]! << 16) | (payload[6]! << 8) | payload[7]!) >>> 0;
      const key = `6|${source}|${destination}|${id}`;
      // What follows the reassembled packet is what its first fragment names.
      const whole = fragments.add(
        key,
        field & 0xfff8,
        (field & 1) === 1,
        payload.subarray(8),
        payload[0]!,
      );
      if (!whole) return null;
      next = whole.next;
      payload = whole.payload;
    } else break;
  }
  return { source, destination, protocol: next, payload };
}
