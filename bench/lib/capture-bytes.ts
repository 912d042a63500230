// Packet captures built byte by byte: pcap and pcapng files, Ethernet, Linux cooked, IPv4 and
// IPv6 (with fragments), UDP, TCP, WebSocket frames and HEP. The benchmark builds its large
// capture with them, and the unit tests their small ones, so both know exactly what is inside.

export type Bytes = Uint8Array;

export const concat = (...parts: Bytes[]): Bytes => concatList(parts);

/** Joins any number of parts (a spread of a large capture's would overflow the stack). */
export function concatList(parts: readonly Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const text = (value: string) => new TextEncoder().encode(value);
export { text as ascii };

function u16(value: number, little = false): Bytes {
  const out = new Uint8Array(2);
  new DataView(out.buffer).setUint16(0, value, little);
  return out;
}
function u32(value: number, little = false): Bytes {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0, little);
  return out;
}

export const ipv4 = (address: string): Bytes => new Uint8Array(address.split('.').map(Number));

export function ipv6(address: string): Bytes {
  const [head, tail = ''] = address.split('::');
  const groups = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = groups(head!);
  const right = address.includes('::') ? groups(tail) : [];
  const all = [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  return concat(...all.map((group) => u16(group)));
}

export interface PacketSpec {
  time: number; // microseconds
  data: Bytes;
  wireLength?: number;
}

/** A classic pcap file, little-endian, microsecond times. */
export function pcapFile(linkType: number, packets: PacketSpec[]): Bytes {
  const header = concat(
    u32(0xa1b2c3d4, true),
    u16(2, true),
    u16(4, true),
    u32(0, true),
    u32(0, true),
    u32(262144, true),
    u32(linkType, true),
  );
  return concatList([
    header,
    ...packets.flatMap(({ time, data, wireLength }) => [
      u32(Math.floor(time / 1e6), true),
      u32(time % 1e6, true),
      u32(data.length, true),
      u32(wireLength ?? data.length, true),
      data,
    ]),
  ]);
}

function block(type: number, body: Bytes, little: boolean): Bytes {
  const padded = concat(body, new Uint8Array((4 - (body.length % 4)) % 4));
  const length = padded.length + 12;
  return concat(u32(type, little), u32(length, little), padded, u32(length, little));
}

/** A pcapng file: one section, one interface per link type given, packets naming them. */
export function pcapngFile(
  interfaces: { linkType: number; nanoseconds?: boolean }[],
  packets: (PacketSpec & { interface: number })[],
  little = true,
): Bytes {
  const shb = block(
    0x0a0d0d0a,
    concat(u32(0x1a2b3c4d, little), u16(1, little), u16(0, little), new Uint8Array(8).fill(0xff)),
    little,
  );
  const idbs = interfaces.map(({ linkType, nanoseconds }) =>
    block(
      1,
      concat(
        u16(linkType, little),
        u16(0, little),
        u32(0, little),
        ...(nanoseconds
          ? [u16(9, little), u16(1, little), new Uint8Array([9, 0, 0, 0]), u32(0, little)]
          : []),
      ),
      little,
    ),
  );
  const epbs = packets.map((packet) => {
    const units = interfaces[packet.interface]?.nanoseconds
      ? BigInt(packet.time) * 1000n
      : BigInt(packet.time);
    return block(
      6,
      concat(
        u32(packet.interface, little),
        u32(Number(units >> 32n), little),
        u32(Number(units & 0xffffffffn), little),
        u32(packet.data.length, little),
        u32(packet.wireLength ?? packet.data.length, little),
        packet.data,
      ),
      little,
    );
  });
  return concatList([shb, ...idbs, ...epbs]);
}

export function ethernet(payload: Bytes, { vlan = false, v6 = false } = {}): Bytes {
  const macs = new Uint8Array(12).fill(0x02);
  const tag = vlan ? concat(u16(0x8100), u16(100)) : new Uint8Array(0);
  return concat(macs, tag, u16(v6 ? 0x86dd : 0x0800), payload);
}

export const linuxCooked = (payload: Bytes, v6 = false): Bytes =>
  concat(u16(0), u16(1), u16(6), new Uint8Array(8), u16(v6 ? 0x86dd : 0x0800), payload);

export const linuxCooked2 = (payload: Bytes, v6 = false): Bytes =>
  concat(u16(v6 ? 0x86dd : 0x0800), u16(0), u32(1), u16(1), new Uint8Array(10), payload);

export const bsdLoopback = (payload: Bytes, v6 = false): Bytes =>
  concat(u32(v6 ? 30 : 2, true), payload);

export interface Ipv4Options {
  id?: number;
  offset?: number; // bytes, a multiple of 8
  more?: boolean;
}

export function ipv4Packet(
  source: string,
  destination: string,
  protocol: number,
  payload: Bytes,
  { id = 1, offset = 0, more = false }: Ipv4Options = {},
): Bytes {
  const flags = (more ? 0x2000 : 0) | (offset / 8);
  return concat(
    new Uint8Array([0x45, 0]),
    u16(20 + payload.length),
    u16(id),
    u16(flags),
    new Uint8Array([64, protocol]),
    u16(0),
    ipv4(source),
    ipv4(destination),
    payload,
  );
}

/** IPv4 fragments of one packet, `size` bytes of payload each (a multiple of 8). */
export function ipv4Fragments(
  source: string,
  destination: string,
  protocol: number,
  payload: Bytes,
  size: number,
  id: number,
): Bytes[] {
  const out: Bytes[] = [];
  for (let offset = 0; offset < payload.length; offset += size) {
    const piece = payload.subarray(offset, offset + size);
    const more = offset + size < payload.length;
    out.push(ipv4Packet(source, destination, protocol, piece, { id, offset, more }));
  }
  return out;
}

export function ipv6Packet(
  source: string,
  destination: string,
  next: number,
  payload: Bytes,
): Bytes {
  return concat(
    new Uint8Array([0x60, 0, 0, 0]),
    u16(payload.length),
    new Uint8Array([next, 64]),
    ipv6(source),
    ipv6(destination),
    payload,
  );
}

/** IPv6 fragments with a Fragment header each; the first carries a hop-by-hop header before. */
export function ipv6Fragments(
  source: string,
  destination: string,
  protocol: number,
  payload: Bytes,
  size: number,
  id: number,
): Bytes[] {
  const out: Bytes[] = [];
  for (let offset = 0; offset < payload.length; offset += size) {
    const piece = payload.subarray(offset, offset + size);
    const more = offset + size < payload.length ? 1 : 0;
    const fragment = concat(new Uint8Array([protocol, 0]), u16(offset | more), u32(id), piece);
    // A hop-by-hop options header (8 bytes of padding) before the Fragment header.
    const hop = concat(new Uint8Array([44, 0, 1, 4, 0, 0, 0, 0]), fragment);
    out.push(ipv6Packet(source, destination, 0, hop));
  }
  return out;
}

export function udp(sourcePort: number, destinationPort: number, payload: Bytes): Bytes {
  return concat(u16(sourcePort), u16(destinationPort), u16(8 + payload.length), u16(0), payload);
}

export function tcp(
  sourcePort: number,
  destinationPort: number,
  seq: number,
  payload: Bytes,
  { syn = false } = {},
): Bytes {
  return concat(
    u16(sourcePort),
    u16(destinationPort),
    u32(seq),
    u32(0),
    new Uint8Array([0x50, syn ? 0x02 : 0x18]),
    u16(65535),
    u16(0),
    u16(0),
    payload,
  );
}

/** One WebSocket frame; masked as a client sends it when a key is given. */
export function wsFrame(
  payload: Bytes,
  { fin = true, opcode = 1, mask = null as Bytes | null } = {},
) {
  const length =
    payload.length < 126
      ? new Uint8Array([payload.length])
      : concat(new Uint8Array([126]), u16(payload.length));
  if (mask) length[0]! |= 0x80;
  const body = mask ? payload.map((byte, i) => byte ^ mask[i & 3]!) : payload;
  return concat(
    new Uint8Array([(fin ? 0x80 : 0) | opcode]),
    length,
    mask ?? new Uint8Array(0),
    body,
  );
}

const chunk = (type: number, value: Bytes) =>
  concat(u16(0), u16(type), u16(6 + value.length), value);

/** A HEP version 3 packet carrying a SIP message, as Kamailio's siptrace sends it. */
export function hep3(
  source: [string, number],
  destination: [string, number],
  time: number,
  payload: Bytes,
): Bytes {
  const body = concat(
    chunk(1, new Uint8Array([2])),
    chunk(2, new Uint8Array([17])),
    chunk(3, ipv4(source[0])),
    chunk(4, ipv4(destination[0])),
    chunk(7, u16(source[1])),
    chunk(8, u16(destination[1])),
    chunk(9, u32(Math.floor(time / 1e6))),
    chunk(10, u32(time % 1e6)),
    chunk(11, new Uint8Array([1])),
    chunk(15, payload),
  );
  return concat(text('HEP3'), u16(6 + body.length), body);
}

/** A SIP message with CRLF line ends and a correct Content-Length. */
export function sip(startLine: string, headers: Record<string, string>, body = ''): string {
  const lines = [startLine, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  lines.push(`Content-Length: ${new TextEncoder().encode(body).length}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
