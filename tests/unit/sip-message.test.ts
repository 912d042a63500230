import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkExample, hasHeader, parseSipResponse } from '../../src/lib/sip-message.ts';

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
