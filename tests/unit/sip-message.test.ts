import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bodyBytes,
  canonicalName,
  checkExample,
  hasHeader,
  headerList,
  headerValue,
  parseParams,
  parseSipMessage,
  parseSipMessageDetailed,
  parseSipResponse,
  parseStartLine,
} from '../../src/lib/sip-message.ts';

const busy = [
  'SIP/2.0 486 Busy Here',
  'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds',
  'From: Alice <sip:alice@atlanta.example.com>;tag=1928301774',
  'To: Bob <sip:bob@biloxi.example.com>;tag=a6c85cf',
  'Call-ID: a84b4c76e66710@pc33.atlanta.example.com',
  'CSeq: 314159 INVITE',
  'Retry-After: 300',
  'Content-Length: 0',
  '',
].join('\n');

describe('parseSipResponse', () => {
  it('reads the status line and header fields in order', () => {
    const message = parseSipResponse(busy);
    assert.equal(message.code, 486);
    assert.equal(message.reason, 'Busy Here');
    assert.deepEqual(
      message.headers.map(({ name }) => name),
      ['Via', 'From', 'To', 'Call-ID', 'CSeq', 'Retry-After', 'Content-Length'],
    );
    assert.equal(message.body, '');
  });

  it('joins folded header lines and accepts CRLF', () => {
    const message = parseSipResponse('SIP/2.0 200 OK\r\nSupported: timer,\r\n  100rel\r\n');
    assert.deepEqual(message.headers, [{ name: 'Supported', value: 'timer, 100rel' }]);
  });

  it('rejects a malformed status line or header line', () => {
    assert.throws(() => parseSipResponse('HTTP/1.1 200 OK\n'), /status line/);
    assert.throws(() => parseSipResponse('SIP/2.0 486\n'), /status line/);
    assert.throws(
      () => parseSipResponse('SIP/2.0 486 Busy Here\nnot a header\n'),
      /not a header field/,
    );
  });

  it('finds headers by compact form and case', () => {
    const message = parseSipResponse('SIP/2.0 200 OK\nv: SIP/2.0/UDP h\ncall-id: x\n');
    assert.ok(hasHeader(message, 'Via'));
    assert.ok(hasHeader(message, 'Call-ID'));
    assert.ok(!hasHeader(message, 'Contact'));
  });
});

describe('checkExample', () => {
  const expected = { code: 486, reasons: ['Busy Here'], requiredHeaders: [] };

  it('accepts a well-formed example', () => {
    assert.deepEqual(checkExample(busy, expected), []);
  });

  it('reports another status, a missing header, a required header and a wrong length', () => {
    assert.deepEqual(checkExample(busy, { ...expected, code: 600, reasons: ['Busy Everywhere'] }), [
      'status line is "486 Busy Here", expected "600 Busy Everywhere"',
    ]);
    assert.deepEqual(checkExample(busy.replace(/^CSeq.*\n/m, ''), expected), [
      'lacks the CSeq header field',
    ]);
    assert.deepEqual(checkExample(busy, { ...expected, requiredHeaders: ['Allow'] }), [
      'lacks the Allow header field',
    ]);
    assert.deepEqual(
      checkExample(busy.replace('Content-Length: 0', 'Content-Length: 12'), expected),
      ['Content-Length is 12 but the body has 0 bytes'],
    );
    assert.deepEqual(checkExample(busy.replace('314159 INVITE', 'INVITE'), expected), [
      'CSeq "INVITE" is not "number METHOD"',
    ]);
  });

  it('reports a message that does not parse', () => {
    assert.deepEqual(checkExample('486 Busy Here', expected), [
      'status line "486 Busy Here" is not "SIP/2.0 NNN Reason Phrase"',
    ]);
  });
});

describe('parseSipMessage', () => {
  it('reads a request line, compact names, multiple values and parameters', () => {
    const message = parseSipMessage(
      [
        'INVITE sip:bob@biloxi.example.com;transport=tcp SIP/2.0',
        'v: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds;rport',
        'Via: SIP/2.0/UDP proxy.example.com;branch=z9hG4bKb, SIP/2.0/TCP p2;branch=z9hG4bKc',
        'f: "Alice, A." <sip:alice@atlanta.example.com>;tag=1928301774',
        't: <sip:bob@biloxi.example.com>',
        'i: a84b4c76e66710',
        'CSeq: 1 INVITE',
        'k: 100rel, timer',
        'l: 0',
        '',
      ].join('\r\n'),
    );
    assert.equal(message.kind, 'request');
    assert.deepEqual(message.kind === 'request' && [message.method, message.uri], [
      'INVITE',
      'sip:bob@biloxi.example.com;transport=tcp',
    ]);
    assert.equal(headerValue(message, 'Call-ID'), 'a84b4c76e66710');
    assert.equal(headerList(message, 'Via').length, 3);
    assert.deepEqual(headerList(message, 'Supported'), ['100rel', 'timer']);
    assert.deepEqual(headerList(message, 'From'), [
      '"Alice, A." <sip:alice@atlanta.example.com>;tag=1928301774',
    ]);
    assert.deepEqual(parseParams(headerList(message, 'Via')[0]!), {
      value: 'SIP/2.0/UDP pc33.atlanta.example.com',
      params: { branch: 'z9hG4bK776asdhds', rport: '' },
    });
    assert.equal(canonicalName('o'), 'event');
    assert.equal(canonicalName('U'), 'allow-events');
  });

  it('reads every compact form RFC 3261 defines', () => {
    const names = 'v f t i m l c k s e'.split(' ');
    const full = [
      'via',
      'from',
      'to',
      'call-id',
      'contact',
      'content-length',
      'content-type',
      'supported',
      'subject',
      'content-encoding',
    ];
    assert.deepEqual(names.map(canonicalName), full);
  });

  it('measures a body in wire bytes, counting CRLF even where the log lost the CR', () => {
    assert.equal(bodyBytes('v=0\no=x\n'), 10);
    assert.equal(bodyBytes('v=0\r\no=x\r\n'), 10);
    assert.equal(bodyBytes('v=0\no=x\n', '\n'), 8);
    assert.equal(bodyBytes('é\n'), 4);
  });

  it('accepts two spaces after the version, as RFC 3665 prints one 486', () => {
    const message = parseSipMessage('SIP/2.0  486 Busy Here\nCSeq: 1 INVITE\n');
    assert.deepEqual(message.kind === 'response' && [message.code, message.reason], [
      486,
      'Busy Here',
    ]);
    assert.throws(
      () => parseSipResponse('SIP/2.0  486 Busy Here\n'),
      /status line/,
      'examples stay strict',
    );
  });

  it('joins hard-wrapped lines when lenient and reports them', () => {
    const text =
      'SIP/2.0 401 Unauthorized\nVia: SIP/2.0/TCP \n192.0.2.4:5060;r\neceived=192.0.2.4\nCSeq: 1 REGISTER\n';
    assert.throws(() => parseSipMessage(text), /not a header field/);
    const { message, joinedLines } = parseSipMessageDetailed(text, { lenient: true });
    assert.equal(headerValue(message, 'Via'), 'SIP/2.0/TCP 192.0.2.4:5060;received=192.0.2.4');
    assert.equal(joinedLines.length, 2);
  });

  it('rejects what is neither a request line nor a status line', () => {
    assert.throws(
      () => parseSipMessage('GET / HTTP/1.1\n'),
      /neither a request line nor a status line/,
    );
    assert.throws(() => parseSipMessage('INVITE bob SIP/2.0\n'), /neither/);
    assert.equal(parseStartLine('OPTIONS * SIP/2.0')?.kind, 'request');
  });
});
