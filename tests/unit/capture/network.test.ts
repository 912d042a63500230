// IP, UDP, TCP, WebSocket and HEP on captures built byte by byte: fragments in any order,
// extension headers, tunnels, streams cut anywhere and sent twice, frames masked and split.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ascii,
  concat,
  ethernet,
  hep3,
  ipv4Fragments,
  ipv4Packet,
  ipv6Fragments,
  ipv6Packet,
  pcapFile,
  tcp,
  udp,
  wsFrame,
} from '../../../bench/lib/capture-bytes.ts';
import { readCapture } from '../../../src/lib/capture/read.ts';
import { A, B, ack, bytes, invite, response } from './sample.ts';

const T0 = 1_700_000_000_000_000;
const capture = (frames: Uint8Array[], v6 = false) =>
  readCapture(
    pcapFile(
      1,
      frames.map((data, index) => ({ time: T0 + index * 1000, data: ethernet(data, { v6 }) })),
    ),
  );
const starts = (result: ReturnType<typeof readCapture>) =>
  result.messages.map((m) => m.text.slice(0, m.text.indexOf('\r\n')));

describe('IP', () => {
  it('reassembles IPv4 fragments that arrive out of order', () => {
    const payload = udp(5060, 5060, bytes(invite('frag', { 'X-Pad': 'p'.repeat(1500) })));
    const fragments = ipv4Fragments(A, B, 17, payload, 512, 77);
    const result = capture([fragments[2]!, fragments[0]!, fragments[3]!, fragments[1]!]);
    assert.equal(result.messages.length, 1);
    assert.match(result.messages[0]!.text, /X-Pad: p{1500}\r\n/);
    assert.equal(result.messages[0]!.packet, 4);
  });

  it('reassembles IPv6 Fragment headers behind a hop-by-hop header', () => {
    const payload = udp(5060, 5062, bytes(invite('v6frag', { 'X-Pad': 'q'.repeat(2000) })));
    const fragments = ipv6Fragments('fd00::1', 'fd00::2', 17, payload, 1232, 0x01020304);
    const result = capture(fragments, true);
    assert.equal(result.messages.length, 1);
    assert.equal(result.messages[0]!.source, '[fd00::1]:5060');
    assert.equal(result.messages[0]!.destination, '[fd00::2]:5062');
  });

  it('unwraps IP in IP (4) and IPv6 in IPv4 (41)', () => {
    const inner = ipv4Packet(A, B, 17, udp(5060, 5060, bytes(invite())));
    const inner6 = ipv6Packet('fd00::1', 'fd00::2', 17, udp(5060, 5060, bytes(invite())));
    const result = capture([
      ipv4Packet('192.0.2.1', '192.0.2.2', 4, inner),
      ipv4Packet('192.0.2.1', '192.0.2.2', 41, inner6),
    ]);
    assert.deepEqual(
      result.messages.map((m) => m.source),
      ['10.0.0.1:5060', '[fd00::1]:5060'],
    );
  });

  it('notes SRTP when an SDP offers it', () => {
    const offer = invite()
      .replace('RTP/AVP 0\r\n', 'RTP/SAVP 0\r\n')
      .replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Number(n) + 1}`);
    const plain = capture([ipv4Packet(A, B, 17, udp(5060, 5060, bytes(invite())))]);
    const secure = capture([ipv4Packet(A, B, 17, udp(5060, 5060, bytes(offer)))]);
    assert.deepEqual([plain.stats.srtp, secure.stats.srtp], [false, true]);
  });

  it('finds SIP by its content on any port, and not in other traffic', () => {
    const result = capture([
      ipv4Packet(A, B, 17, udp(40000, 12345, bytes(invite()))),
      ipv4Packet(A, B, 17, udp(53, 53, bytes('not sip at all'))),
    ]);
    assert.equal(result.messages.length, 1);
  });
});

describe('TCP', () => {
  const segment = (seq: number, text: string | Uint8Array, from = A, to = B) =>
    ipv4Packet(from, to, 6, tcp(50000, 5060, seq, typeof text === 'string' ? ascii(text) : text));

  it('several messages in one segment, one message over many, retransmissions once', () => {
    const two = invite() + ack();
    const long = invite('long', { 'X-Pad': 'z'.repeat(3000) });
    const frames = [
      ipv4Packet(A, B, 6, tcp(50000, 5060, 999, new Uint8Array(0), { syn: true })),
      segment(1000, two),
      segment(1000, two), // retransmitted
      segment(1000 + two.length + 1400, long.slice(1400, 2800)),
      segment(1000 + two.length, long.slice(0, 1400)),
      segment(1000 + two.length + 2800, long.slice(2800)),
      segment(1000 + two.length + 1400, long.slice(1400, 2800)), // retransmitted late
    ];
    const result = capture(frames);
    assert.deepEqual(starts(result), [
      'INVITE sip:bob@10.0.0.2 SIP/2.0',
      'ACK sip:bob@10.0.0.2 SIP/2.0',
      'INVITE sip:bob@10.0.0.2 SIP/2.0',
    ]);
    assert.equal(result.messages[2]!.text, long);
    // The message is complete with the segment that brought its last byte.
    assert.equal(result.messages[2]!.packet, 6);
  });

  it('sequence numbers that wrap past 2^32', () => {
    const text = invite();
    const start = 0xffffffff - 100;
    const result = capture([
      segment(start, text.slice(0, 300)),
      segment((start + 300) >>> 0, text.slice(300)),
    ]);
    assert.equal(result.messages.length, 1);
  });

  it('resynchronises after a segment the capture missed', () => {
    const first = invite('a');
    const frames = [segment(1, first.slice(0, 100))];
    // The rest of the first message never comes; a megabyte later a message starts cleanly.
    let seq = 1 + first.length;
    for (let i = 0; i < 100; i++) {
      const next = invite(`b${i}`, { 'X-Pad': 'y'.repeat(10_000) });
      frames.push(segment(seq, next));
      seq += next.length;
    }
    const result = capture(frames);
    assert.ok(result.messages.length >= 90, `${result.messages.length} found`);
    assert.equal(result.stats.tcpGaps, 1);
  });

  it('a long stream of bytes without line ends is read quickly and yields nothing', () => {
    let seed = 3;
    const noise = new Uint8Array(64_000).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 24) % 9 === 0 ? 0x41 : 0x20 + (seed >>> 28);
    });
    const frames = Array.from({ length: 80 }, (_, i) => segment(1 + i * noise.length, noise));
    const started = performance.now();
    assert.equal(capture(frames).messages.length, 0);
    assert.ok(performance.now() - started < 2000);
  });

  it('counts TLS and reads none of it', () => {
    const record = new Uint8Array([0x17, 3, 3, 0, 40, ...new Uint8Array(40)]);
    const result = capture([
      segment(1, new Uint8Array([0x16, 3, 1, 0, 4, 1, 0, 0, 0])),
      segment(10, record),
    ]);
    assert.equal(result.messages.length, 0);
    assert.equal(result.stats.tls, 2);
  });
});

describe('SCTP (RFC 4168)', () => {
  /** A DATA chunk: flags B (2) and E (1), stream 0, padded to four bytes. */
  const data = (payload: Uint8Array, flags: number) => {
    const length = 16 + payload.length;
    const chunk = concat(
      new Uint8Array([0, flags, length >> 8, length & 255, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]),
      payload,
      new Uint8Array((4 - (length % 4)) % 4),
    );
    return chunk;
  };
  const packet = (...chunks: Uint8Array[]) =>
    ipv4Packet(
      A,
      B,
      132,
      concat(new Uint8Array([0x13, 0xc4, 0x13, 0xc4, 0, 0, 0, 0, 0, 0, 0, 0]), ...chunks),
    );

  it('reads whole messages, two in one packet, and one split over two packets', () => {
    const long = ascii(invite('split'));
    const result = capture([
      packet(data(ascii(invite('a')), 3), data(ascii(ack('a')), 3)),
      packet(data(long.subarray(0, 300), 2)),
      packet(data(long.subarray(300), 1)),
    ]);
    assert.deepEqual(
      result.messages.map((m) => [m.transport, m.packet]),
      [
        ['SCTP', 1],
        ['SCTP', 1],
        ['SCTP', 3],
      ],
    );
    assert.equal(result.messages[2]!.text, invite('split'));
  });
});

describe('WebSocket (RFC 7118)', () => {
  it('reads masked client frames and a message split over frames and segments', () => {
    const upgrade =
      'GET / HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Protocol: sip\r\n\r\n';
    const mask = new Uint8Array([1, 2, 3, 4]);
    const text = ascii(invite('ws'));
    const stream = concat(
      ascii(upgrade),
      wsFrame(text.subarray(0, 200), { fin: false, opcode: 1, mask }),
      wsFrame(new Uint8Array(0), { opcode: 9, mask }), // a ping between the fragments
      wsFrame(text.subarray(200), { fin: true, opcode: 0, mask }),
      wsFrame(ascii(ack('ws')), { mask }),
    );
    const cut = upgrade.length + 150;
    const result = capture([
      ipv4Packet(A, B, 6, tcp(50000, 443, 1, stream.subarray(0, cut))),
      ipv4Packet(A, B, 6, tcp(50000, 443, 1 + cut, stream.subarray(cut))),
    ]);
    assert.deepEqual(starts(result), [
      'INVITE sip:bob@10.0.0.2 SIP/2.0',
      'ACK sip:bob@10.0.0.2 SIP/2.0',
    ]);
    assert.equal(result.messages[0]!.transport, 'WS');
    assert.equal(result.messages[0]!.text, invite('ws'));
  });

  it('reads unmasked server frames whose handshake was before the capture', () => {
    const result = capture([
      ipv4Packet(B, A, 6, tcp(443, 50000, 1, wsFrame(ascii(response('200 OK'))))),
    ]);
    assert.deepEqual(starts(result), ['SIP/2.0 200 OK']);
  });
});

describe('HEP', () => {
  it('reads HEP3 as HOMER receives it: the captured ends and time, not the HEP packet’s', () => {
    const packet = hep3(['10.1.1.1', 5080], ['10.1.1.2', 5060], T0 - 5_000_000, ascii(invite()));
    const result = capture([ipv4Packet('192.0.2.9', '192.0.2.10', 17, udp(9060, 9060, packet))]);
    assert.equal(result.messages.length, 1);
    const [message] = result.messages;
    assert.deepEqual(
      [message!.transport, message!.source, message!.destination, message!.time],
      ['HEP', '10.1.1.1:5080', '10.1.1.2:5060', T0 - 5_000_000],
    );
  });

  it('reads HEP3 over TCP, packets split across segments', () => {
    const stream = concat(
      hep3(['10.1.1.1', 5080], ['10.1.1.2', 5060], T0, ascii(invite())),
      hep3(['10.1.1.2', 5060], ['10.1.1.1', 5080], T0 + 1, ascii(response('200 OK'))),
    );
    const result = capture([
      ipv4Packet('192.0.2.9', '192.0.2.10', 6, tcp(40000, 9061, 1, stream.subarray(0, 700))),
      ipv4Packet('192.0.2.9', '192.0.2.10', 6, tcp(40000, 9061, 701, stream.subarray(700))),
    ]);
    assert.deepEqual(starts(result), ['INVITE sip:bob@10.0.0.2 SIP/2.0', 'SIP/2.0 200 OK']);
    assert.equal(result.messages[1]!.source, '10.1.1.2:5060');
  });

  it('reads HEP2', () => {
    const header = new Uint8Array([2, 16, 2, 17, 0x13, 0xc4, 0x13, 0xc4, 10, 0, 0, 1, 10, 0, 0, 2]);
    const time = new Uint8Array(10);
    new DataView(time.buffer).setUint32(0, 1_700_000_000, true);
    const packet = concat(header, time, ascii(invite()));
    const result = capture([ipv4Packet('192.0.2.9', '192.0.2.10', 17, udp(9060, 9060, packet))]);
    assert.equal(result.messages[0]!.source, '10.0.0.1:5060');
    assert.equal(result.messages[0]!.time, 1_700_000_000_000_000);
  });
});
