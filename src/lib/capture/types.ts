// The shapes shared by the capture readers: a packet as a file stores it, and the error every
// reader throws for input it cannot read, with a sentence meant for the reader of the page.

export interface Packet {
  /** Microseconds since 1970 (a double holds them exactly until the year 2255). */
  time: number;
  /** The link-layer type (LINKTYPE_* of the pcap and pcapng formats). */
  linkType: number;
  data: Uint8Array;
  /** The packet's length on the wire; more than data.length when the snapshot length cut it. */
  wireLength: number;
}

/** Input that is not a capture, or is broken: its message is shown as it is. */
export class CaptureError extends Error {
  override name = 'CaptureError';
}

export interface FileRead {
  /** Packets in file order. */
  packets: Packet[];
  /** The file ends inside a block or record. */
  truncated: boolean;
  format: 'pcap' | 'pcapng';
}

/** Called now and then with how far a reader got, in bytes. */
export type Progress = (done: number, total: number) => void;

/** The pieces of a message split over frames or chunks, joined in order into one. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
