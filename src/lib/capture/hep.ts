// HEP, the Homer Encapsulation Protocol that Kamailio, OpenSIPS, FreeSWITCH and Asterisk use to
// send copies of SIP to a HOMER server over UDP or TCP. Version 3 is a list of typed chunks;
// versions 1 and 2 are a fixed header (version 2 adds the capture time).
import { ipv4Address, ipv6Address } from './ip.ts';

export interface HepPacket {
  /** Microseconds since 1970, when the packet says. */
  time: number | null;
  source: string;
  destination: string;
  /** The captured packet's transport: 6 TCP, 17 UDP. */
  protocol: number;
  payload: Uint8Array;
}

const endpoint = (address: string, port: number) =>
  address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;

export function isHep(bytes: Uint8Array): boolean {
  if (bytes.length >= 6 && bytes[0] === 0x48 && bytes[1] === 0x45 && bytes[2] === 0x50)
    return bytes[3] === 0x33;
  return (
    bytes.length >= 16 &&
    (bytes[0] === 1 || bytes[0] === 2) &&
    (bytes[2] === 2 || bytes[2] === 10) &&
    bytes[1]! >= 16
  );
}

export function readHep(bytes: Uint8Array): HepPacket | null {
  if (bytes.length >= 6 && bytes[3] === 0x33 && bytes[0] === 0x48) return readHep3(bytes);
  if (bytes[0] === 1 || bytes[0] === 2) return readHep2(bytes);
  return null;
}

function readHep3(bytes: Uint8Array): HepPacket | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const total = Math.min(view.getUint16(4), bytes.length);
  let source = '';
  let destination = '';
  let sourcePort = 0;
  let destinationPort = 0;
  let seconds: number | null = null;
  let micro = 0;
  let protocol = 17;
  let payload: Uint8Array | null = null;
  for (let at = 6; at + 6 <= total;) {
    const vendor = view.getUint16(at);
    const type = view.getUint16(at + 2);
    const length = view.getUint16(at + 4);
    if (length < 6 || at + length > total) break;
    const value = bytes.subarray(at + 6, at + length);
    if (vendor === 0) {
      if (type === 2 && value.length >= 1) protocol = value[0]!;
      else if (type === 3 && value.length >= 4) source = ipv4Address(value, 0);
      else if (type === 4 && value.length >= 4) destination = ipv4Address(value, 0);
      else if (type === 5 && value.length >= 16) source = ipv6Address(value, 0);
      else if (type === 6 && value.length >= 16) destination = ipv6Address(value, 0);
      else if (type === 7 && value.length >= 2) sourcePort = view.getUint16(at + 6);
      else if (type === 8 && value.length >= 2) destinationPort = view.getUint16(at + 6);
      else if (type === 9 && value.length >= 4) seconds = view.getUint32(at + 6);
      else if (type === 10 && value.length >= 4) micro = view.getUint32(at + 6);
      else if (type === 15) payload = value;
    }
    at += length;
  }
  if (!payload) return null;
  return {
    time: seconds === null ? null : seconds * 1e6 + micro,
    source: endpoint(source || 'unknown', sourcePort),
    destination: endpoint(destination || 'unknown', destinationPort),
    protocol,
    payload,
  };
}

function readHep2(bytes: Uint8Array): HepPacket | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[0]!;
  const family = bytes[2]!;
  const size = family === 10 ? 16 : 4;
  const read = family === 10 ? ipv6Address : ipv4Address;
  let at = 8 + size * 2;
  if (bytes.length < at) return null;
  let time: number | null = null;
  if (version === 2) {
    if (bytes.length < at + 10) return null;
    // The capture agent writes its time in its own (in practice little-endian) byte order.
    time = view.getUint32(at, true) * 1e6 + view.getUint32(at + 4, true);
    at += 10;
  }
  return {
    time,
    source: endpoint(read(bytes, 8), view.getUint16(4)),
    destination: endpoint(read(bytes, 8 + size), view.getUint16(6)),
    protocol: bytes[3]!,
    payload: bytes.subarray(at),
  };
}
