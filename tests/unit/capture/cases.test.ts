// Captures built byte by byte (tests/fixtures/built-captures.ts), each a case a real capture
// shows: every SIP message found, as many as the bytes hold start lines or CSeq headers, every
// final response linked to its request, and the calls listed.
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { gunzip } from '../../../src/lib/capture/gzip.ts';
import { readCapture } from '../../../src/lib/capture/read.ts';
import { parseCaptured } from '../../../src/lib/trace/captured.ts';
import { listCalls } from '../../../src/lib/trace/calls.ts';
import { explainFound } from '../../../src/lib/trace/index.ts';
import { explainData } from '../trace/explain-data.ts';
import {
  callsCapture,
  ipInIpCapture,
  ipv6FragmentsCapture,
  ipv6UdpCapture,
  sctpCapture,
  tcpRetransmissionCapture,
  tcpSegmentedCapture,
  websocketCapture,
} from '../../fixtures/built-captures.ts';

/** Each message carries one CSeq header: counted in the raw bytes, whatever splits them. */
const cseqCount = (bytes: Uint8Array) =>
  new TextDecoder('latin1').decode(bytes).match(/\r\nCSeq:/g)?.length ?? 0;

/** Start lines in the raw bytes: requests and responses, wherever TCP cut the rest. */
function rawStartLines(bytes: Uint8Array) {
  const text = new TextDecoder('latin1').decode(bytes);
  return {
    requests: text.match(/ SIP\/2\.0\r\n/g)?.length ?? 0,
    responses: text.match(/SIP\/2\.0 \d{3} /g)?.length ?? 0,
  };
}

function read(bytes: Uint8Array) {
  const { messages, stats } = readCapture(bytes);
  const { found } = parseCaptured(messages);
  return {
    messages,
    stats,
    found,
    calls: listCalls(found),
    requests: messages.filter((m) => !m.text.startsWith('SIP/2.0 ')).length,
    responses: messages.filter((m) => m.text.startsWith('SIP/2.0 ')).length,
  };
}

/** Every final response of every call is linked to its request. */
function assertLinked(name: string, bytes: Uint8Array, timed = false) {
  const { found, calls } = read(bytes);
  for (const call of calls) {
    const explanation = explainFound(
      call.messages.map((at) => found[at]!),
      explainData,
    );
    const unmatched = explanation.problems.filter((p) => p.kind === 'unmatched-response');
    assert.deepEqual(unmatched, [], `${name} ${call.callId}`);
    if (timed)
      assert.ok(explanation.messages.every((m) => m.time !== null && m.place.startsWith('packet')));
  }
}

describe('captures of several calls, tunnels and fragments', () => {
  it('several calls with RTP: every message, the 403s among them, the calls in order', () => {
    const built = callsCapture();
    const { stats, found, calls } = read(built.bytes);
    assert.equal(stats.packets, built.packets);
    assert.equal(stats.rtp, built.rtp);
    assert.equal(found.length, built.messages);
    assert.equal(found.length, cseqCount(built.bytes));
    const forbidden = found.filter((f) => f.message.kind === 'response' && f.message.code === 403);
    assert.equal(forbidden.length, 3);
    assert.deepEqual(
      calls.map((call) => `${call.method} ${call.finalCode} ${call.messages.length}`),
      built.calls.map((call) => `${call.method} ${call.finalCode} ${call.messages}`),
    );
  });

  it('SIP over TCP inside an IP-in-IP tunnel', () => {
    const built = ipInIpCapture();
    const { found, calls, messages } = read(built.bytes);
    assert.equal(found.length, built.messages);
    assert.ok(messages.every((m) => m.transport === 'TCP' && m.source.startsWith('192.0.2.')));
    assert.equal(calls[0]!.final, '200 OK');
  });

  it('IPv6 with fragmented SIP: every message in one call', () => {
    const built = ipv6FragmentsCapture();
    const { found, calls } = read(built.bytes);
    assert.ok(built.packets > built.messages);
    assert.equal(found.length, built.messages);
    assert.equal(found.length, cseqCount(built.bytes));
    assert.equal(calls.length, 1);
    assert.deepEqual(found[0]!.wrapper!.source, { address: built.source });
  });

  for (const [name, build] of [
    ['several calls', callsCapture],
    ['IP in IP', ipInIpCapture],
    ['IPv6 fragments', ipv6FragmentsCapture],
  ] as const)
    it(`${name}: every response is linked to its request, every message has its time`, () => {
      assertLinked(name, build().bytes, true);
    });
});

describe('captures over TCP, WebSocket and SCTP', () => {
  it('a retransmitted TCP segment is read once', () => {
    const built = tcpRetransmissionCapture();
    const raw = rawStartLines(built.bytes);
    const { messages } = read(built.bytes);
    assert.equal(raw.requests + raw.responses, built.messages + 1);
    assert.equal(messages.length, built.messages);
    assert.equal(new Set(messages.map((m) => m.text)).size, built.messages);
  });

  it('many messages cut anywhere by TCP, gzip-compressed: all read', async () => {
    const built = tcpSegmentedCapture();
    const bytes = await gunzip(new Uint8Array(gzipSync(built.bytes)), 2 ** 24);
    const { requests, responses, messages, stats } = read(bytes);
    assert.deepEqual({ requests, responses }, rawStartLines(bytes));
    assert.equal(messages.length, built.messages);
    assert.equal(stats.tcpGaps, 0);
  });

  it('SIP over WebSocket, masked client frames included, the call relayed over UDP', () => {
    const built = websocketCapture();
    const { messages, stats } = read(built.bytes);
    const websocket = messages.filter((m) => m.transport === 'WS');
    assert.equal(messages.length, built.messages);
    assert.equal(websocket.length, built.websocket);
    assert.equal(websocket.filter((m) => !m.text.startsWith('SIP/2.0')).length, built.masked);
    // Masked frames hide their start lines from the raw bytes.
    const raw = rawStartLines(built.bytes);
    assert.equal(raw.requests + raw.responses + built.masked, messages.length);
    assert.equal(stats.srtp, true);
  });

  it('SIP over SCTP, a message split over two DATA chunks', () => {
    const built = sctpCapture();
    const { requests, responses, messages } = read(built.bytes);
    assert.deepEqual({ requests, responses }, rawStartLines(built.bytes));
    assert.deepEqual(
      messages.map((m) => m.transport),
      new Array(built.messages).fill('SCTP'),
    );
  });

  it('SIP over IPv6 and UDP', () => {
    const built = ipv6UdpCapture();
    const { requests, responses, messages } = read(built.bytes);
    assert.deepEqual({ requests, responses }, rawStartLines(built.bytes));
    assert.equal(messages.length, built.messages);
    assert.equal(messages[0]!.source, built.source);
  });

  for (const [name, build] of [
    ['TCP retransmission', tcpRetransmissionCapture],
    ['TCP segments', tcpSegmentedCapture],
    ['WebSocket', websocketCapture],
    ['SCTP', sctpCapture],
  ] as const)
    it(`${name}: every final response linked to its request`, () => {
      assertLinked(name, build().bytes);
    });
});
