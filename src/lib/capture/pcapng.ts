// pcapng (draft-ietf-opsawg-pcapng): sections, each with its byte order and its own interfaces;
// every interface has a link type and a time resolution. Enhanced, simple and the obsolete
// packet blocks carry packets; every other block is skipped by its length.
import { CaptureError, type FileRead, type Packet, type Progress } from './types.ts';

const SHB = 0x0a0d0d0a;
const BYTE_ORDER = 0x1a2b3c4d;
const IDB = 1;
const OBSOLETE_PACKET = 2;
const SIMPLE_PACKET = 3;
const ENHANCED_PACKET = 6;

interface Interface {
  linkType: number;
  /** Multiply a timestamp by this to get microseconds. */
  toMicro: number;
  /** Seconds added to every timestamp (if_tsoffset). */
  offset: number;
  snapLength: number;
}

export function isPcapng(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) === SHB;
}

function readInterface(view: DataView, at: number, end: number, little: boolean): Interface {
  const face: Interface = {
    linkType: view.getUint16(at, little),
    toMicro: 1,
    offset: 0,
    snapLength: view.getUint32(at + 4, little),
  };
  let option = at + 8;
  while (option + 4 <= end) {
    const code = view.getUint16(option, little);
    const length = view.getUint16(option + 2, little);
    if (code === 0) break;
    if (code === 9 && length >= 1) {
      const resolution = view.getUint8(option + 4);
      const exponent = resolution & 0x7f;
      // High bit set: a power of two; else a power of ten.
      face.toMicro = resolution & 0x80 ? 1e6 / 2 ** exponent : 1e6 / 10 ** exponent;
    }
    if (code === 14 && length >= 8) face.offset = Number(view.getBigInt64(option + 4, little));
    option += 4 + Math.ceil(length / 4) * 4;
  }
  return face;
}

export function readPcapng(bytes: Uint8Array, progress?: Progress): FileRead {
  if (!isPcapng(bytes)) throw new CaptureError('This is not a pcapng file.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const packets: Packet[] = [];
  let interfaces: Interface[] = [];
  let little = true;
  let offset = 0;
  let truncated = false;
  let blocks = 0;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) {
      truncated = true;
      break;
    }
    const type = view.getUint32(offset, little);
    if (type === SHB) {
      // A new section: its own byte order and interfaces.
      const order = view.getUint32(offset + 8, true);
      if (order === BYTE_ORDER) little = true;
      else if (view.getUint32(offset + 8, false) === BYTE_ORDER) little = false;
      else throw new CaptureError('The pcapng file is corrupt: a section has no byte-order mark.');
      interfaces = [];
    }
    const length = view.getUint32(offset + 4, little);
    if (length < 12 || length % 4 !== 0)
      throw new CaptureError(`The pcapng file is corrupt: a block at byte ${offset} is malformed.`);
    if (offset + length > bytes.length) {
      truncated = true;
      break;
    }
    const body = offset + 8;
    const end = offset + length - 4;
    if (type === IDB) interfaces.push(readInterface(view, body, end, little));
    else if (type === ENHANCED_PACKET || type === OBSOLETE_PACKET) {
      const enhanced = type === ENHANCED_PACKET;
      const id = enhanced ? view.getUint32(body, little) : view.getUint16(body, little);
      const face = interfaces[id];
      if (!face)
        throw new CaptureError(`The pcapng file is corrupt: a packet names interface ${id}.`);
      const high = view.getUint32(body + 4, little);
      const low = view.getUint32(body + 8, little);
      const captured = view.getUint32(body + 12, little);
      const wire = view.getUint32(body + 16, little);
      const start = body + 20;
      if (start + captured > end)
        throw new CaptureError(`The pcapng file is corrupt: a packet overruns its block.`);
      packets.push({
        time: Math.round((high * 4294967296 + low) * face.toMicro) + face.offset * 1e6,
        linkType: face.linkType,
        data: bytes.subarray(start, start + captured),
        wireLength: Math.max(wire, captured),
      });
    } else if (type === SIMPLE_PACKET) {
      const face = interfaces[0];
      if (!face) throw new CaptureError('The pcapng file is corrupt: a packet before interfaces.');
      const wire = view.getUint32(body, little);
      const captured = Math.min(wire, end - body - 4, face.snapLength || Infinity);
      // A simple packet block has no timestamp.
      packets.push({
        time: 0,
        linkType: face.linkType,
        data: bytes.subarray(body + 4, body + 4 + captured),
        wireLength: wire,
      });
    }
    offset += length;
    if (progress && ++blocks % 4096 === 0) progress(offset, bytes.length);
  }
  return { packets, truncated, format: 'pcapng' };
}
