// File formats and link layers, on captures built byte by byte: pcap, pcapng with several
// interfaces, link types and byte orders, and every way a file can be wrong.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bsdLoopback,
  ethernet,
  ipv4Packet,
  ipv6Packet,
  linuxCooked,
  linuxCooked2,
  pcapFile,
  pcapngFile,
  udp,
} from '../../../bench/lib/capture-bytes.ts';
import { gunzip } from '../../../src/lib/capture/gzip.ts';
import { readCapture } from '../../../src/lib/capture/read.ts';
import { CaptureError } from '../../../src/lib/capture/types.ts';
import { A, B, bytes, invite, response } from './sample.ts';

const T0 = 1_700_000_000_000_000;
const sipUdp = (text: string, from = A, to = B) =>
  ipv4Packet(from, to, 17, udp(5060, 5060, bytes(text)));

describe('pcap', () => {
  it('reads Ethernet with an 802.1Q tag: messages, addresses, times in microseconds', () => {
    const file = pcapFile(1, [
      { time: T0, data: ethernet(sipUdp(invite()), { vlan: true }) },
      { time: T0 + 120_000, data: ethernet(sipUdp(response('486 Busy Here'), B, A)) },
    ]);
    const { messages, stats } = readCapture(file);
    assert.equal(stats.format, 'pcap');
    assert.equal(messages.length, 2);
    assert.deepEqual(
      messages.map((m) => [m.time - T0, m.source, m.destination, m.transport, m.packet]),
      [
        [0, '10.0.0.1:5060', '10.0.0.2:5060', 'UDP', 1],
        [120_000, '10.0.0.2:5060', '10.0.0.1:5060', 'UDP', 2],
      ],
    );
    assert.ok(messages[0]!.text.startsWith('INVITE sip:bob@10.0.0.2 SIP/2.0\r\n'));
    assert.ok(messages[0]!.text.endsWith('RTP/AVP 0\r\n'));
  });

  it('reads Linux cooked v1 and v2, raw IP and BSD loopback with IPv6', () => {
    const v6 = ipv6Packet('2001:db8::1', '2001:db8::2', 17, udp(5060, 5060, bytes(invite())));
    const cases: [number, Uint8Array][] = [
      [113, linuxCooked(sipUdp(invite()))],
      [276, linuxCooked2(sipUdp(invite()))],
      [101, sipUdp(invite())],
      [0, bsdLoopback(v6, true)],
    ];
    for (const [linkType, data] of cases) {
      const { messages } = readCapture(pcapFile(linkType, [{ time: T0, data }]));
      assert.equal(messages.length, 1, `link type ${linkType}`);
    }
    const { messages } = readCapture(pcapFile(0, [{ time: T0, data: bsdLoopback(v6, true) }]));
    assert.equal(messages[0]!.source, '[2001:db8::1]:5060');
  });

  it('counts packets the snapshot length cut, and reads what is there', () => {
    const data = ethernet(sipUdp(invite()));
    const file = pcapFile(1, [{ time: T0, data: data.subarray(0, 200), wireLength: data.length }]);
    const { messages, stats } = readCapture(file);
    assert.equal(stats.cut, 1);
    assert.equal(messages.length, 1);
  });

  it('a file cut in the middle of a packet keeps the packets before it', () => {
    const file = pcapFile(1, [
      { time: T0, data: ethernet(sipUdp(invite())) },
      { time: T0 + 1, data: ethernet(sipUdp(response('200 OK'), B, A)) },
    ]);
    const { messages, stats } = readCapture(file.subarray(0, file.length - 50));
    assert.equal(stats.truncated, true);
    assert.equal(messages.length, 1);
  });
});

describe('pcapng', () => {
  it('reads two interfaces with different link types and time resolutions', () => {
    for (const little of [true, false]) {
      const file = pcapngFile(
        [{ linkType: 1 }, { linkType: 276, nanoseconds: true }],
        [
          { interface: 0, time: T0, data: ethernet(sipUdp(invite())) },
          { interface: 1, time: T0 + 5_000, data: linuxCooked2(sipUdp(response('200 OK'), B, A)) },
        ],
        little,
      );
      const { messages, stats } = readCapture(file);
      assert.equal(stats.format, 'pcapng');
      assert.deepEqual(
        messages.map((m) => m.time - T0),
        [0, 5_000],
        little ? 'little-endian' : 'big-endian',
      );
    }
  });
});

describe('more of the formats', () => {
  it('pcap with nanosecond times', () => {
    const file = pcapFile(1, [{ time: T0, data: ethernet(sipUdp(invite())) }]);
    const view = new DataView(file.buffer);
    view.setUint32(0, 0xa1b23c4d, true);
    view.setUint32(24 + 4, 123_456_789, true);
    assert.equal(readCapture(file).messages[0]!.time, T0 + 123_456);
  });

  it('pcapng with two sections, each with its own interfaces and byte order', () => {
    const first = pcapngFile(
      [{ linkType: 1 }],
      [{ interface: 0, time: T0, data: ethernet(sipUdp(invite())) }],
    );
    const second = pcapngFile(
      [{ linkType: 101 }],
      [{ interface: 0, time: T0 + 1, data: sipUdp(response('200 OK'), B, A) }],
      false,
    );
    const joined = new Uint8Array([...first, ...second]);
    assert.deepEqual(
      readCapture(joined).messages.map((m) => m.time - T0),
      [0, 1],
    );
  });
});

describe('bad input: a clear message, never a hang', () => {
  const fails = (file: Uint8Array, pattern: RegExp) =>
    assert.throws(
      () => readCapture(file),
      (error: unknown) => error instanceof CaptureError && pattern.test(error.message),
    );
  it('empty, a JPEG, text, a pcap header alone, a corrupt record length', () => {
    fails(new Uint8Array(0), /empty/);
    fails(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), /JPEG/);
    fails(bytes('INVITE sip:bob@example.com SIP/2.0\r\n'), /neither a pcap nor a pcapng/);
    fails(new Uint8Array([0xd4, 0xc3, 0xb2, 0xa1, 2, 0]), /too short/);
    const file = pcapFile(1, [{ time: T0, data: ethernet(sipUdp(invite())) }]);
    new DataView(file.buffer).setUint32(24 + 8, 0x7fffffff, true);
    fails(file, /corrupt/);
  });

  it('a pcapng block with a bad length', () => {
    const file = pcapngFile([{ linkType: 1 }], []);
    new DataView(file.buffer).setUint32(file.length - 20 + 4, 13, true);
    fails(file, /corrupt/);
  });

  it('a capture without SIP reads with no message, RTP counted', () => {
    const rtp = new Uint8Array(172);
    rtp[0] = 0x80;
    const file = pcapFile(1, [
      { time: T0, data: ethernet(ipv4Packet(A, B, 17, udp(4000, 4002, rtp))) },
      { time: T0, data: new Uint8Array(60) },
    ]);
    const { messages, stats } = readCapture(file);
    assert.equal(messages.length, 0);
    assert.equal(stats.rtp, 1);
    assert.equal(stats.notIp, 1);
  });

  it('random bytes with a pcap header: read or refused, quickly', () => {
    let seed = 7;
    const noise = new Uint8Array(200_000).map(
      () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24,
    );
    const file = pcapFile(1, [{ time: T0, data: noise }]);
    const started = performance.now();
    assert.equal(readCapture(file).messages.length, 0);
    assert.ok(performance.now() - started < 2000);
  });
});

describe('gzip', () => {
  const compress = async (data: Uint8Array) =>
    new Uint8Array(
      await new Response(
        new Blob([data as Uint8Array<ArrayBuffer>])
          .stream()
          .pipeThrough(new CompressionStream('gzip')),
      ).arrayBuffer(),
    );
  it('decompresses a capture', async () => {
    const file = pcapFile(1, [{ time: T0, data: ethernet(sipUdp(invite())) }]);
    assert.deepEqual(await gunzip(await compress(file), 1 << 20), file);
  });
  it('refuses one that inflates past the limit, and a damaged one', async () => {
    const zeros = await compress(new Uint8Array(4 << 20));
    await assert.rejects(gunzip(zeros, 1 << 20), /larger than 1 MB/);
    await assert.rejects(gunzip(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]), 1 << 20), /damaged/);
  });
});
