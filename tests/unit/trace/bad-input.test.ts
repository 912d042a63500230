// Input that is not a clean trace: each gets a clear status or a partial explanation, and
// nothing throws.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { explainTrace } from '../../../src/lib/trace/index.ts';
import { CALLEE, CALLER, ngrep, request, response } from './calls.ts';
import { explainData, traceDir } from './explain-data.ts';

const explain = (text: string, options = {}) => explainTrace(text, explainData, options);

describe('explainTrace: bad input', () => {
  it('empty or blank input', () => {
    assert.equal(explain('').status, 'empty');
    assert.equal(explain(' \n\t\r\n').status, 'empty');
  });

  it('garbage', () => {
    const result = explain('hello world\nthis is not a trace: 42\n<<>>\n');
    assert.equal(result.status, 'none');
    assert.match(result.notice!, /No SIP message found/);
  });

  it('binary bytes', () => {
    let binary = '';
    for (let index = 0; index < 20000; index++) binary += String.fromCharCode((index * 7919) % 256);
    const result = explain(binary);
    assert.equal(result.status, 'none');
    assert.match(result.notice!, /binary file/);
  });

  it('an HTTP message', () => {
    const result = explain('GET /index.html HTTP/1.1\nHost: example.com\n\n');
    assert.equal(result.status, 'none');
    assert.match(result.notice!, /HTTP message, not SIP/);
    assert.equal(explain('HTTP/1.1 404 Not Found\nContent-Length: 0\n\n').status, 'none');
  });

  it('half a message: a start line and a few headers', () => {
    const result = explain(
      'SIP/2.0 486 Busy Here\nVia: SIP/2.0/UDP 192.0.2.10;branch=z9hG4bKa\nFrom: <sip:a',
    );
    assert.equal(result.status, 'explained');
    assert.deepEqual(
      result.messages.map((m) => m.label),
      ['486 Busy Here'],
    );
    assert.ok(result.problems.some((p) => p.kind === 'incomplete'));
  });

  it('headers without a start line are not a message', () => {
    assert.equal(explain('Via: SIP/2.0/UDP h;branch=z9hG4bKa\nCSeq: 1 INVITE\n').status, 'none');
  });

  it('markup and script in header values come back as data, unchanged', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const text = ngrep(
      CALLER,
      CALLEE,
      response(`486 ${hostile}`, {
        toTag: 't',
        extra: [
          `Reason: Q.850;cause=17;text="${hostile}"`,
          `Warning: 399 "><svg/onload=alert(3)> "${hostile}"`,
        ],
      }),
    );
    const result = explain(text);
    const busy = result.messages[0]!;
    assert.equal(busy.label, `486 ${hostile}`);
    assert.equal(busy.annotations.reasons[0]!.text, hostile);
    assert.equal(busy.annotations.warnings[0]!.agent, '"><svg/onload=alert(3)>');
    assert.ok(result.summary.includes(hostile));
  });

  it('hundreds of messages', () => {
    const calls = Array.from(
      { length: 300 },
      (_, index) =>
        ngrep(
          CALLER,
          CALLEE,
          request('OPTIONS', { branch: `z9hG4bK${index}`, callId: `c${index}`, cseq: '1 OPTIONS' }),
        ) +
        ngrep(
          CALLEE,
          CALLER,
          response('200 OK', {
            branch: `z9hG4bK${index}`,
            callId: `c${index}`,
            cseq: '1 OPTIONS',
            toTag: 't',
          }),
        ),
    ).join('\n');
    const result = explain(calls);
    assert.equal(result.messages.length, 600);
    assert.deepEqual(result.problems, []);
    assert.equal(result.ladder.messages.length, 200);
    assert.match(result.notice!, /ladder draws the first 200 messages; all 600/);
    assert.match(result.summary, /The paste holds 297 more calls/);
  });

  it('a megabyte of log: the first messages are explained and the rest announced', () => {
    const trace = readFileSync(new URL('rfc3665-no-answer.txt', traceDir), 'utf8');
    let log = '';
    while (log.length < 1_000_000)
      log += `${trace}\n2026-01-01 00:00:00.000 [DEBUG] something unrelated happened\n`;
    const result = explain(log);
    assert.equal(result.status, 'explained');
    assert.equal(result.messages.length, 1000);
    assert.match(result.notice!, /Showing the first 1000 messages/);
    const all = explain(log, { maxMessages: 5000 });
    assert.ok(all.messages.length > 1000 && !/Showing the first/.test(all.notice ?? ''));
  });

  it('a single enormous line does not hang the finder', () => {
    const line = 'A'.repeat(2_000_000) + ' sip:x SIP/2.0';
    assert.equal(explain(line).status, 'none');
    assert.equal(explain('SIP/2.0 '.repeat(200_000)).status, 'none');
  });

  it('a message cut inside a later one does not swallow it', () => {
    const text =
      'SIP/2.0 180 Ringing\nVia: SIP/2.0/UDP h;branch=z9hG4bKa\n' +
      request('BYE', { toTag: 't', cseq: '2 BYE' });
    assert.deepEqual(
      explain(text).messages.map((m) => m.label),
      ['180 Ringing', 'BYE'],
    );
  });
});
