// From a capture file's bytes to SIP messages with their times and addresses: the file format,
// the link layer, IP (fragments, tunnels), UDP, TCP streams, WebSocket and HEP, in that order.
// What cannot be read (TLS, SRTP) or is not SIP (RTP) is counted, so the page can say so.
import { readHep, type HepPacket } from './hep.ts';
import { readIp, Reassembler, type Datagram } from './ip.ts';
import { ipPayload } from './link.ts';
import { isPcap, readPcap } from './pcap.ts';
import { isPcapng, readPcapng } from './pcapng.ts';
import { splitSip, startsSip } from './sip.ts';
import { SctpJoiner } from './sctp.ts';
import { readTcp, TcpStream } from './tcp.ts';
import { CaptureError, type FileRead, type Packet, type Progress } from './types.ts';
import { isHttpStart, MessageJoiner, readFrames, readHandshake } from './websocket.ts';

export interface CapturedMessage {
  /** Microseconds since 1970. */
  time: number;
  source: string;
  destination: string;
  transport: 'UDP' | 'TCP' | 'WS' | 'SCTP' | 'HEP';
  /** 1-based number of the packet that completed the message, as Wireshark counts. */
  packet: number;
  text: string;
}

export interface CaptureStats {
  format: FileRead['format'];
  packets: number;
  /** Packets whose link type or network protocol is not read (ARP, unknown link types). */
  notIp: number;
  /** TCP segments that start or continue TLS records: encrypted, SIP over TLS cannot be read. */
  tls: number;
  /** UDP packets shaped as RTP or RTCP: media, counted and not read. */
  rtp: number;
  /** An SDP in the capture offers SRTP (RTP/SAVP, RTP/SAVPF): its media is encrypted. */
  srtp: boolean;
  /** Packets the snapshot length cut short. */
  cut: number;
  /** The file ends in the middle of a packet. */
  truncated: boolean;
  /** Bytes of TCP lost from a stream (segments the capture missed). */
  tcpGaps: number;
}

export interface CaptureRead {
  messages: CapturedMessage[];
  stats: CaptureStats;
}

const JPEG = [0xff, 0xd8, 0xff];
const GZIP = [0x1f, 0x8b];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Reads the file format; throws a CaptureError with a sentence for anything else. */
export function readFile(bytes: Uint8Array, progress?: Progress): FileRead {
  if (bytes.length === 0) throw new CaptureError('The file is empty.');
  if (isPcap(bytes)) return readPcap(bytes, progress);
  if (isPcapng(bytes)) return readPcapng(bytes, progress);
  if (startsWith(bytes, GZIP))
    throw new CaptureError('The file is still gzip-compressed inside: decompress it once more.');
  if (startsWith(bytes, JPEG))
    throw new CaptureError('This is a JPEG image, not a packet capture.');
  throw new CaptureError(
    'This is neither a pcap nor a pcapng capture: its first bytes are not a capture’s magic number.',
  );
}

const endpoint = (address: string, port: number) =>
  address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;

interface StreamState {
  tcp: TcpStream;
  buffer: Uint8Array;
  mode: 'unknown' | 'sip' | 'websocket' | 'hep' | 'other';
  joiner: MessageJoiner;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const isHep3 = (p: Uint8Array) =>
  p.length >= 6 && p[0] === 0x48 && p[1] === 0x45 && p[2] === 0x50 && p[3] === 0x33;
const isTls = (p: Uint8Array) =>
  p.length >= 5 && p[0]! >= 0x14 && p[0]! <= 0x17 && p[1] === 3 && p[2]! <= 4;
/** RTP and RTCP version 2 (RFC 3550 §5.1); a SIP datagram starts with a letter, never so. */
const isRtp = (p: Uint8Array) => p.length >= 12 && (p[0]! & 0xc0) === 0x80;

export class CaptureReader {
  readonly messages: CapturedMessage[] = [];
  readonly stats: Omit<CaptureStats, 'format' | 'truncated'> = {
    packets: 0,
    notIp: 0,
    tls: 0,
    rtp: 0,
    srtp: false,
    cut: 0,
    tcpGaps: 0,
  };
  private fragments = new Reassembler();
  private sctp = new SctpJoiner();
  private streams = new Map<string, StreamState>();

  add(packet: Packet): void {
    const number = ++this.stats.packets;
    if (packet.data.length < packet.wireLength) this.stats.cut++;
    const ip = ipPayload(packet.linkType, packet.data);
    if (!ip) {
      this.stats.notIp++;
      return;
    }
    const datagram = readIp(ip, this.fragments);
    if (datagram) this.transport(datagram, packet.time, number);
  }

  private emit(message: Omit<CapturedMessage, 'text'>, texts: string[]) {
    for (const text of texts) {
      this.messages.push({ ...message, text });
      if (!this.stats.srtp && /^m=\S+ \d+ (?:UDP\/TLS\/)?RTP\/SAVPF?\b/m.test(text))
        this.stats.srtp = true;
    }
  }

  private transport(datagram: Datagram, time: number, packet: number) {
    const { source, destination, payload } = datagram;
    if (datagram.protocol === 17 && payload.length >= 8) {
      const from = endpoint(source, (payload[0]! << 8) | payload[1]!);
      const to = endpoint(destination, (payload[2]! << 8) | payload[3]!);
      this.udp(payload.subarray(8), from, to, time, packet);
    } else if (datagram.protocol === 132) {
      for (const message of this.sctp.read(payload, `${source}>${destination}`)) {
        if (!startsSip(message.payload)) continue;
        const from = endpoint(source, message.sourcePort);
        const to = endpoint(destination, message.destinationPort);
        const at = { time, source: from, destination: to, packet };
        this.emit({ ...at, transport: 'SCTP' }, splitSip(message.payload, true).messages);
      }
    } else if (datagram.protocol === 6) {
      const segment = readTcp(payload);
      if (!segment) return;
      const from = endpoint(source, segment.sourcePort);
      const to = endpoint(destination, segment.destinationPort);
      this.tcp(`${from}>${to}`, segment, from, to, time, packet);
    }
  }

  private udp(data: Uint8Array, from: string, to: string, time: number, packet: number) {
    // Media is most of a capture's packets: counted first, as no SIP or HEP starts so.
    if (isRtp(data)) {
      this.stats.rtp++;
      return;
    }
    if (startsSip(data)) {
      this.emit(
        { time, source: from, destination: to, transport: 'UDP', packet },
        splitSip(data, true).messages,
      );
      return;
    }
    const hep = readHep(data);
    if (hep) this.emitHep(hep, time, packet);
  }

  private tcp(
    key: string,
    segment: ReturnType<typeof readTcp> & object,
    from: string,
    to: string,
    time: number,
    packet: number,
  ) {
    let state = this.streams.get(key);
    if (!state) {
      state = {
        tcp: new TcpStream(),
        buffer: new Uint8Array(0),
        mode: 'unknown',
        joiner: new MessageJoiner(),
      };
      this.streams.set(key, state);
    }
    if (segment.payload.length > 0 && isTls(segment.payload) && state.mode === 'unknown')
      state.mode = 'other';
    this.take(state, state.tcp.push(segment));
    this.lastSeen.set(key, { time, packet });
    if (state.mode === 'other') {
      if (segment.payload.length > 0 && this.tlsStreams.has(key)) this.stats.tls++;
      else if (segment.payload.length > 0 && isTls(segment.payload)) {
        this.tlsStreams.add(key);
        this.stats.tls++;
      }
      state.buffer = new Uint8Array(0);
      return;
    }
    this.readStream(state, { time, source: from, destination: to, packet });
  }

  private tlsStreams = new Set<string>();

  /** A HEP packet's SIP, with the ends and time it was captured with. */
  private emitHep(hep: HepPacket, time: number, packet: number) {
    if (!startsSip(hep.payload)) return;
    const at = { time: hep.time ?? time, source: hep.source, destination: hep.destination };
    this.emit({ ...at, transport: 'HEP', packet }, splitSip(hep.payload, true).messages);
  }

  /** Appends in-order bytes to a stream's buffer; after lost bytes, starts it afresh. */
  private take(state: StreamState, chunks: Uint8Array[]) {
    for (const chunk of chunks) {
      if (state.tcp.gap) {
        this.stats.tcpGaps++;
        state.tcp.gap = false;
        state.buffer = new Uint8Array(0);
      }
      state.buffer = concat(state.buffer, chunk);
    }
  }

  /** The end of the capture: bytes held behind a gap in a stream are read after all. */
  finish(): void {
    for (const [key, state] of this.streams) {
      const chunks = state.tcp.flush();
      if (chunks.length === 0 || state.mode === 'other') continue;
      this.take(state, chunks);
      const [source = '', destination = ''] = key.split('>');
      const last = this.lastSeen.get(key) ?? { time: 0, packet: this.stats.packets };
      this.readStream(state, { ...last, source, destination });
    }
  }

  /** The time and number of each stream's last packet, for messages read at the end. */
  private lastSeen = new Map<string, { time: number; packet: number }>();

  private readStream(state: StreamState, at: Omit<CapturedMessage, 'text' | 'transport'>) {
    if (state.mode === 'unknown' && state.buffer.length > 0) {
      if (isHttpStart(state.buffer)) {
        const handshake = readHandshake(state.buffer);
        if (!handshake) return;
        state.mode = handshake.kind === 'websocket' ? 'websocket' : 'other';
        state.buffer = state.buffer.subarray(handshake.length);
      } else if ((state.buffer[0]! & 0x70) === 0 && state.buffer[0]! & 0x80) {
        // A WebSocket frame with its handshake before the capture began.
        state.mode = 'websocket';
      } else if (isHep3(state.buffer)) state.mode = 'hep';
      else state.mode = 'sip';
    }
    if (state.mode === 'hep') {
      // HEP3 over TCP, as HOMER also receives it: each packet says its length.
      while (isHep3(state.buffer)) {
        const length = (state.buffer[4]! << 8) | state.buffer[5]!;
        if (length < 6 || state.buffer.length < length) break;
        const hep = readHep(state.buffer.subarray(0, length));
        if (hep) this.emitHep(hep, at.time, at.packet);
        state.buffer = state.buffer.subarray(length);
      }
      return;
    }
    if (state.mode === 'sip') {
      const split = splitSip(state.buffer, false);
      this.emit({ ...at, transport: 'TCP' }, split.messages);
      state.buffer = state.buffer.subarray(split.consumed);
    } else if (state.mode === 'websocket') {
      const { frames, consumed } = readFrames(state.buffer);
      state.buffer = state.buffer.subarray(consumed);
      for (const frame of frames) {
        const whole = state.joiner.add(frame);
        if (whole && startsSip(whole))
          this.emit({ ...at, transport: 'WS' }, splitSip(whole, true).messages);
      }
    }
  }
}

/** Reads a whole capture file. */
export function readCapture(bytes: Uint8Array, progress?: Progress): CaptureRead {
  const file = readFile(bytes, progress);
  const reader = new CaptureReader();
  file.packets.forEach((packet, index) => {
    reader.add(packet);
    if (progress && index % 4096 === 4095) progress(index + 1, file.packets.length);
  });
  reader.finish();
  return {
    messages: reader.messages,
    stats: { ...reader.stats, format: file.format, truncated: file.truncated },
  };
}
