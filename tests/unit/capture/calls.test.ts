// The call list, times read from log lines, and how the ladder shows times and retransmissions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ethernet, ipv4Packet, pcapFile, udp } from '../../../bench/lib/capture-bytes.ts';
import { captureNotes, noSipNotice } from '../../../src/lib/capture/notice.ts';
import { readCapture } from '../../../src/lib/capture/read.ts';
import { parseCaptured } from '../../../src/lib/trace/captured.ts';
import { callMatches, listCalls } from '../../../src/lib/trace/calls.ts';
import { explainFound, explainTrace } from '../../../src/lib/trace/index.ts';
import { formatDelta, formatDuration, timeInLine } from '../../../src/lib/trace/times.ts';
import { explainData } from '../trace/explain-data.ts';
import { A, B, ack, bytes, invite, response } from './sample.ts';

const T0 = Date.UTC(2024, 4, 1, 12, 0, 0) * 1000;

function found(list: [string, boolean][]) {
  const file = pcapFile(
    1,
    list.map(([text, back], index) => ({
      time: T0 + index * 250_000,
      data: ethernet(ipv4Packet(back ? B : A, back ? A : B, 17, udp(5060, 5060, bytes(text)))),
    })),
  );
  return parseCaptured(readCapture(file).messages).found;
}

describe('call list', () => {
  it('one row per Call-ID with its start, ends, method, final response, length, count', () => {
    const messages = found([
      [invite('one'), false],
      [invite('two'), false],
      [response('486 Busy Here', 'one'), true],
      [response('200 OK', 'two'), true],
      [ack('one'), false],
    ]);
    const calls = listCalls(messages);
    assert.deepEqual(
      calls.map((c) => [c.callId, c.from, c.to, c.method, c.final, c.messages.length]),
      [
        ['one', 'alice@example.com', 'bob@example.com', 'INVITE', '486 Busy Here', 3],
        ['two', 'alice@example.com', 'bob@example.com', 'INVITE', '200 OK', 2],
      ],
    );
    assert.equal(calls[0]!.end! - calls[0]!.start!, 1_000_000);
    assert.ok(callMatches(calls[0]!, '486'));
    assert.ok(callMatches(calls[0]!, 'busy ALICE'));
    assert.ok(!callMatches(calls[1]!, '486'));
  });

  it('related legs: a Call-ID carried across, or the same correlation header', () => {
    const messages = found([
      [invite('leg-a', { 'X-CID': 'corr-12345' }), false],
      [invite('leg-b', { 'X-CID': 'corr-12345' }), false],
      [invite('leg-c', { 'X-Orig-Call-ID': 'leg-a' }), false],
      [invite('leg-d'), false],
    ]);
    const calls = listCalls(messages);
    assert.deepEqual(
      calls.map((c) => c.related.sort()),
      [[1, 2], [0], [0], []],
    );
  });
});

describe('times', () => {
  it('reads times in log lines', () => {
    assert.equal(
      timeInLine('U 2024/05/01 12:00:00.123456 10.0.0.1:5060 -> 10.0.0.2:5060'),
      T0 + 123_456,
    );
    assert.equal(timeInLine('[2024-05-01 12:00:00.5] VERBOSE[123]'), T0 + 500_000);
    assert.equal(timeInLine('2024-05-01T12:00:00,25Z'), T0 + 250_000);
    assert.equal(
      timeInLine('recv 1090 bytes from udp/[10.0.0.1]:5060 at 12:00:01.000001'),
      43_201_000_001,
    );
    assert.equal(timeInLine('no time here, port 5060'), null);
    assert.equal(timeInLine('99:99:99'), null);
    assert.equal(timeInLine('from [2001:db8:12:34:56::1]:5060 mac 00:11:22:33:44:55'), null);
  });

  it('a pasted log with times gets them, and the ladder notes the delta', () => {
    const text = [
      'U 2024/05/01 12:00:00.000000 10.0.0.1:5060 -> 10.0.0.2:5060',
      invite().replace(/\r\n/g, '\n'),
      'U 2024/05/01 12:00:00.120000 10.0.0.2:5060 -> 10.0.0.1:5060',
      response('486 Busy Here').replace(/\r\n/g, '\n'),
    ].join('\n');
    const explanation = explainTrace(text, explainData);
    assert.deepEqual(
      explanation.messages.map((m) => [m.time, m.delta]),
      [
        [T0, null],
        [T0 + 120_000, 120_000],
      ],
    );
    assert.equal(explanation.ladder.messages[1]!.note, '12:00:00.120 (+0.120 s)');
  });

  it('a retransmission is marked and drawn as a repeat, not a new step', () => {
    const messages = found([
      [invite(), false],
      [invite(), false],
      [response('486 Busy Here'), true],
      [ack(), false],
    ]);
    const explanation = explainFound(messages, explainData);
    const repeat = explanation.ladder.messages[1]!;
    assert.equal(repeat.repeat, true);
    assert.match(repeat.note!, /^retransmission · 12:00:00\.250 \(\+0\.250 s\)$/);
    assert.match(explanation.messages[1]!.problems[0]!.text, /repeats the one on packet 1/);
  });

  it('writes deltas and durations', () => {
    assert.equal(formatDelta(120_000), '+0.120 s');
    assert.equal(formatDelta(32_500_000), '+32.5 s');
    assert.equal(formatDuration(65_000_000), '1 min 5 s');
  });
});

describe('what the page says about a capture', () => {
  const stats = {
    format: 'pcap' as const,
    packets: 10,
    notIp: 1,
    tls: 3,
    rtp: 4,
    srtp: false,
    cut: 1,
    truncated: true,
    tcpGaps: 0,
  };
  it('counts what could not be read', () => {
    const notes = captureNotes(stats, 2, 1).join(' ');
    assert.match(notes, /10 packets, 2 SIP messages in 1 call/);
    assert.match(notes, /3 packets of TLS could not be read/);
    assert.match(notes, /4 packets of RTP or RTCP \(media\)/);
    assert.match(
      captureNotes({ ...stats, srtp: true }, 2, 1).join(' '),
      /offer SRTP, which is encrypted/,
    );
    assert.match(notes, /snapshot length/);
    assert.match(notes, /ends in the middle of a packet/);
    assert.match(
      noSipNotice(stats),
      /^No SIP message in this capture \(10 packets, among them 3 packets of TLS/,
    );
  });
});
