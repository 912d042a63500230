// The classic pcap file (libpcap's savefile): a 24-byte header whose magic number gives the byte
// order and the time resolution (microseconds, or nanoseconds with 0xa1b23c4d), then one 16-byte
// record header per packet.
import { CaptureError, type FileRead, type Packet, type Progress } from './types.ts';

const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;
/** No link layer needs more than this; a larger record length means a corrupt file. */
const MAX_RECORD = 262_144 * 4;

export function isPcap(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 4);
  return [MAGIC_US, MAGIC_NS].some(
    (magic) => view.getUint32(0, false) === magic || view.getUint32(0, true) === magic,
  );
}

export function readPcap(bytes: Uint8Array, progress?: Progress): FileRead {
  if (bytes.length < 24) throw new CaptureError('The file is too short to be a pcap capture.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const big = view.getUint32(0, false);
  const little = big === MAGIC_US || big === MAGIC_NS ? false : true;
  const magic = view.getUint32(0, little);
  if (magic !== MAGIC_US && magic !== MAGIC_NS)
    throw new CaptureError('This is not a pcap file: its first bytes are not a pcap magic number.');
  const divisor = magic === MAGIC_NS ? 1000 : 1;
  // The upper bits of the link-type field carry the FCS length (pcap-savefile(5)).
  const linkType = view.getUint32(20, little) & 0x0fffffff;
  const packets: Packet[] = [];
  let offset = 24;
  let truncated = false;
  while (offset < bytes.length) {
    if (offset + 16 > bytes.length) {
      truncated = true;
      break;
    }
    const seconds = view.getUint32(offset, little);
    const fraction = view.getUint32(offset + 4, little);
    const captured = view.getUint32(offset + 8, little);
    const wireLength = view.getUint32(offset + 12, little);
    if (captured > MAX_RECORD)
      throw new CaptureError(
        `The pcap file is corrupt: a packet at byte ${offset} claims ${captured} bytes.`,
      );
    if (offset + 16 + captured > bytes.length) {
      truncated = true;
      break;
    }
    packets.push({
      time: seconds * 1e6 + Math.floor(fraction / divisor),
      linkType,
      data: bytes.subarray(offset + 16, offset + 16 + captured),
      wireLength: Math.max(wireLength, captured),
    });
    offset += 16 + captured;
    if (progress && packets.length % 4096 === 0) progress(offset, bytes.length);
  }
  return { packets, truncated, format: 'pcap' };
}
