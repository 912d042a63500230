// Redaction: nothing original is left, the same value gets the same stand-in everywhere, and the
// explainer reads the redacted trace as it read the original.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeReplacements, redactTrace } from '../../../src/lib/share/redact.ts';
import { explainTrace } from '../../../src/lib/trace/index.ts';
import { explainData } from '../trace/explain-data.ts';
import { fixtures, largeTrace, referCall, shape, transferCall } from './traces.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A value as a whole token: not part of a longer word, number or dotted name. */
const token = (value: string, flags = '') =>
  new RegExp(
    `(?<![A-Za-z0-9]|[A-Za-z0-9][.-])${escape(value)}(?![A-Za-z0-9]|[.-][A-Za-z0-9])`,
    flags,
  );

const PRODUCT_LINE = /^\s*(?:\S+: )?(?:User-Agent|Server)\s*:/i;
/** Addresses and numbers found by a scan of their own, not by the redactor's. */
function sensitiveIn(text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    if (PRODUCT_LINE.test(line)) continue;
    for (const [ip] of line.matchAll(/(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w])/g)) {
      const [a] = ip.split('.').map(Number);
      if (a !== 127 && a !== 0) found.add(ip);
    }
    for (const [, number] of line.matchAll(/(?:sips?|tel):\+?(\d{3,})(?=[@;>\s]|$)/g))
      found.add(number!);
  }
  return [...found];
}

/**
 * Where a replaced value must no longer be. An extension as short as "200" is also a status code
 * and a CSeq, which stay: it must be gone from where it was a number, the user part of a URI.
 */
const wherever = (value: string, caseless: boolean) =>
  /^\d{1,4}$/.test(value)
    ? new RegExp(`(?:sips?|tel):${value}(?=[@;>])`)
    : token(value, caseless ? 'i' : '');

describe('redaction of the real traces', () => {
  for (const { name, text } of fixtures) {
    it(name, () => {
      const { text: redacted, replacements } = redactTrace(text);
      assert.ok(replacements.length > 0, 'something is replaced');
      for (const { original, kind } of replacements) {
        const caseless = kind === 'host' || kind === 'ip-address';
        assert.doesNotMatch(redacted, wherever(original, caseless), `${kind} ${original}`);
      }
      for (const value of sensitiveIn(text))
        assert.doesNotMatch(redacted, wherever(value, false), `left in the text: ${value}`);
      assert.deepEqual(
        shape(explainTrace(redacted, explainData)),
        shape(explainTrace(text, explainData)),
      );
      assert.equal(redactTrace(text).text, redacted, 'the same text is redacted the same way');
    });
  }
});

describe('redaction of a call with every kind of value', () => {
  const { text, replacements } = redactTrace(transferCall);
  const placeholderOf = (original: string) =>
    replacements.find((item) => item.original === original)?.placeholder;

  it('leaves none of the originals', () => {
    for (const { original } of replacements) assert.doesNotMatch(text, token(original, 'i'));
    for (const secret of ['WVNfX19zZW1j', 'F7gI', 'x9cml', '4A:AD:B9', 'f81d4fae', '5f3a9c0d7b'])
      assert.ok(!text.includes(secret), secret);
  });

  it('gives addresses stand-ins of the same class, and keeps loopback and ports', () => {
    assert.equal(placeholderOf('192.168.1.20'), '10.0.0.1');
    assert.equal(placeholderOf('100.72.14.3'), '100.64.0.1');
    assert.match(placeholderOf('2a02:8108:1234:5600::17')!, /^2001:db8::/);
    assert.match(text, /\[2001:db8::1\]:5060;branch=.*;received=2001:db8::1\r\n/);
    assert.match(text, /Via: SIP\/2\.0\/TLS 10\.0\.0\.1:5061;/);
  });

  it('keeps the shape of phone numbers', () => {
    const number = placeholderOf('4930555123456')!;
    assert.equal(number.length, 13);
    assert.match(text, new RegExp(`^INVITE sip:\\+${number}@host\\d\\.invalid SIP/2\\.0`));
    assert.match(text, /To: "\+\d\d \d\d \d{9}" <sip:\+\d{13}@/);
  });

  it('leaves CSeq, ports, payload types, codec rates and session versions alone', () => {
    assert.match(text, /CSeq: 8000 INVITE/);
    assert.match(text, /m=audio 8000 RTP\/SAVP 8 101/);
    assert.match(text, /a=rtpmap:8 PCMA\/8000/);
    assert.match(text, /o=\S+ 8000 8001 IN IP4 10\.0\.0\.1/);
    assert.match(text, /User-Agent: Yealink SIP-T46G 28\.81\.0\.25/);
  });

  it('replaces SDP keys, ICE credentials and the fingerprint, and keeps them well formed', () => {
    assert.match(text, /inline:key1\|2\^20\|1:32/);
    assert.match(text, /a=ice-ufrag:ufrag1\r\na=ice-pwd:icepwd1/);
    assert.match(text, /a=fingerprint:sha-256 (?:00:){19}01\r\n/);
  });

  it('keeps Content-Length true to the body', () => {
    const body = text.split('\r\n\r\n')[1]!;
    const declared = Number(/Content-Length: (\d+)/.exec(text)![1]);
    assert.equal(declared, new TextEncoder().encode(body).length);
    assert.deepEqual(explainTrace(text, explainData).problems, []);
  });

  it('says what it replaced, kind by kind', () => {
    assert.equal(
      describeReplacements(replacements),
      '3 IP addresses, 3 phone numbers, 2 user names, 1 display name, 2 host names, 1 Call-ID, ' +
        '1 tag, 2 branches, 4 authentication values, 4 SDP keys and ICE credentials, ' +
        '1 device or network identifier',
    );
  });
});

describe('stable stand-ins', () => {
  const { text, replacements } = redactTrace(referCall);
  const placeholderOf = (original: string) =>
    replacements.find((item) => item.original === original)!.placeholder;

  it('give a tag and a Call-ID the same stand-in in To, Replaces and the escaped Refer-To', () => {
    const callId = placeholderOf('8f14e45f-ceea-467a-9575-1234abcd@192.168.1.20');
    const toTag = placeholderOf('beef9876');
    const fromTag = placeholderOf('f00d1234');
    assert.match(
      text,
      new RegExp(`Replaces: ${escape(callId)};to-tag=${toTag};from-tag=${fromTag}`),
    );
    assert.ok(text.includes(`Replaces=${encodeURIComponent(callId)}%3Bto-tag%3D${toTag}`));
    assert.equal(text.split(`;tag=${toTag}`).length - 1, 2);
    assert.ok(!text.includes('beef9876') && !text.includes('1234abcd'));
  });

  it('count every place a value was replaced', () => {
    const tag = replacements.find((item) => item.original === 'beef9876')!;
    assert.equal(tag.count, 4);
  });

  it('keep the explanation: same labels, roles, participants, transactions and dialogs', () => {
    assert.deepEqual(
      shape(explainTrace(text, explainData)),
      shape(explainTrace(referCall, explainData)),
    );
  });
});

describe('redaction of a capture shared as text', () => {
  it('keeps the explanation of 300 messages between the same two hosts', () => {
    const text = largeTrace(100_000);
    const redacted = redactTrace(text).text;
    assert.doesNotMatch(redacted, /10\.1\.0\.[12]\b|example\.com|bench@/);
    assert.deepEqual(
      shape(explainTrace(redacted, explainData)),
      shape(explainTrace(text, explainData)),
    );
  });
});

describe('IPv6 addresses', () => {
  it('get stand-ins of their class, one per address however it is written', () => {
    const text = [
      'U [fd12:3456:789a::5]:5060 -> [FE80::1C2B:3FF:FE4D:5E6F]:5060',
      'OPTIONS sip:[2a02:8108:0:0::17] SIP/2.0',
      'Via: SIP/2.0/UDP [fd12:3456:789a:0:0:0:0:5]:5060;branch=z9hG4bK1',
      'Contact: <sip:[::1]:5060>',
      'X-Note: 2A02:8108::17',
    ].join('\n');
    const redacted = redactTrace(text).text.split('\n');
    assert.equal(redacted[0], 'U [fd00::1]:5060 -> [fe80::1]:5060');
    assert.equal(redacted[1], 'OPTIONS sip:[2001:db8::1] SIP/2.0');
    assert.match(redacted[2]!, /^Via: SIP\/2\.0\/UDP \[fd00::1\]:5060;/);
    assert.equal(redacted[3], 'Contact: <sip:[::1]:5060>');
    assert.equal(redacted[4], 'X-Note: 2001:db8::1');
  });
});

describe('what is kept', () => {
  it('leaves a message with nothing personal as it is', () => {
    const text = 'SIP/2.0 100 Trying\nCSeq: 100 INVITE\nContent-Length: 0\n';
    assert.deepEqual(redactTrace(text), { text, replacements: [] });
  });

  it('keeps 0.0.0.0 (hold), loopback and Anonymous', () => {
    const text = [
      'INVITE sip:anonymous@anonymous.invalid SIP/2.0',
      'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=1928301774',
      'Contact: <sip:127.0.0.1:5060>',
      '',
      'c=IN IP4 0.0.0.0',
    ].join('\n');
    const redacted = redactTrace(text).text;
    assert.match(redacted, /^INVITE sip:anonymous@anonymous\.invalid SIP\/2\.0\n/);
    assert.match(redacted, /From: "Anonymous" <sip:anonymous@anonymous\.invalid>;tag=tag1/);
    assert.match(redacted, /127\.0\.0\.1:5060/);
    assert.match(redacted, /c=IN IP4 0\.0\.0\.0/);
  });

  it('does not take a CSeq number, a length or a port for the phone number they equal', () => {
    const text = [
      'INVITE sip:5060@10.1.1.1:5060 SIP/2.0',
      'To: <sip:5060@10.1.1.1>',
      'CSeq: 5060 INVITE',
      'Content-Length: 0',
    ].join('\n');
    const redacted = redactTrace(text).text;
    assert.match(redacted, /^INVITE sip:0001@10\.0\.0\.1:5060 SIP\/2\.0\n/);
    assert.match(redacted, /CSeq: 5060 INVITE/);
  });

  it('reads an empty text', () => {
    assert.deepEqual(redactTrace(''), { text: '', replacements: [] });
  });
});
