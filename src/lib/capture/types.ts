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

export { joinBytes } from '../byte-stream.ts';
