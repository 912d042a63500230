// The real traces and a few built ones, and what of an explanation redaction must not change.
import { readdirSync, readFileSync } from 'node:fs';
import { syntheticCapture } from '../../../bench/lib/synthetic-capture.ts';
import { readCapture } from '../../../src/lib/capture/read.ts';
import { traceText } from '../../../src/lib/share/trace-text.ts';
import { foundFromCapture } from '../../../src/lib/trace/captured.ts';
import type { Explanation } from '../../../src/lib/trace/index.ts';
import { traceDir } from '../trace/explain-data.ts';

export const fixtures = readdirSync(traceDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(new URL(name, traceDir), 'utf8') }));

/** What a reader must find the same before and after redaction. */
export function shape(explanation: Explanation) {
  return {
    status: explanation.status,
    labels: explanation.messages.map((m) => m.label),
    roles: explanation.messages.map((m) => m.role),
    descriptions: explanation.messages.map((m) => m.description),
    times: explanation.messages.map((m) => m.time),
    participants: explanation.participants.length,
    dialogs: explanation.dialogs.map((d) => ({ messages: d.messages, toTags: d.toTags.length })),
    problems: explanation.problems.map((p) => `${p.message}:${p.kind}`),
    ladderCode: explanation.ladderCode,
  };
}

const CRLF = '\r\n';

/** A call through a proxy with a transfer: REFER with Replaces in Refer-To, SRTP and ICE. */
export const transferCall = [
  'INVITE sip:+4930555123456@pbx.acme-corp.de SIP/2.0',
  'Via: SIP/2.0/TLS 192.168.1.20:5061;branch=z9hG4bKa1b2c3;rport',
  'Via: SIP/2.0/UDP [2a02:8108:1234:5600::17]:5060;branch=z9hG4bKd4e5f6;received=2a02:8108:1234:5600::17',
  'Max-Forwards: 70',
  'From: "Jane Smith" <sip:jane.smith@acme-corp.de>;tag=f00d1234',
  'To: "+49 30 555123456" <sip:+4930555123456@pbx.acme-corp.de>',
  'Call-ID: 8f14e45f-ceea-467a-9575-1234abcd@192.168.1.20',
  'CSeq: 8000 INVITE',
  'Contact: <sip:jane.smith@192.168.1.20:5061;transport=tls>;+sip.instance="<urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>"',
  'P-Asserted-Identity: "Jane Smith" <sip:+4930555000111@acme-corp.de>, <tel:+4930555000111>',
  'Diversion: <sip:+4930555999000@acme-corp.de>;reason=unconditional;counter=1',
  'Remote-Party-ID: "Jane Smith" <sip:+4930555000111@acme-corp.de>;party=calling;screen=yes',
  'Proxy-Authorization: Digest username="jane.smith", realm="acme-corp.de", nonce="5f3a9c0d7b", uri="sip:+4930555123456@pbx.acme-corp.de", response="6629fae49393a05397450978507c4ef1", cnonce="0a4f113b", nc=00000001, qop=auth, opaque="ab12cd"',
  'User-Agent: Yealink SIP-T46G 28.81.0.25',
  'Content-Type: application/sdp',
  'Content-Length: 463',
  '',
  'v=0',
  'o=jane 8000 8001 IN IP4 192.168.1.20',
  's=-',
  'c=IN IP4 100.72.14.3',
  't=0 0',
  'm=audio 8000 RTP/SAVP 8 101',
  'a=rtpmap:8 PCMA/8000',
  'a=rtpmap:101 telephone-event/8000',
  'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:32',
  'a=ice-ufrag:F7gI',
  'a=ice-pwd:x9cml/YzichV2+XlhiMu8g',
  'a=fingerprint:sha-256 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB',
  'a=candidate:1 1 UDP 2130706431 192.168.1.20 8000 typ host',
  'a=sendrecv',
  '',
].join(CRLF);

export const referCall = [
  '2024-05-01 12:00:01.000 10.20.30.40:5060 -> 198.51.7.9:5060',
  'REFER sip:+4930555123456@198.51.7.9 SIP/2.0',
  'Via: SIP/2.0/UDP 10.20.30.40:5060;branch=z9hG4bK77aa',
  'From: <sip:jane.smith@acme-corp.de>;tag=f00d1234',
  'To: <sip:+4930555123456@pbx.acme-corp.de>;tag=beef9876',
  'Call-ID: 8f14e45f-ceea-467a-9575-1234abcd@192.168.1.20',
  'CSeq: 8001 REFER',
  'Refer-To: <sip:bob@pbx.acme-corp.de?Replaces=8f14e45f-ceea-467a-9575-1234abcd%40192.168.1.20%3Bto-tag%3Dbeef9876%3Bfrom-tag%3Df00d1234>',
  'Content-Length: 0',
  '',
  '2024-05-01 12:00:01.120 198.51.7.9:5060 -> 10.20.30.40:5060',
  'SIP/2.0 202 Accepted',
  'Via: SIP/2.0/UDP 10.20.30.40:5060;branch=z9hG4bK77aa',
  'From: <sip:jane.smith@acme-corp.de>;tag=f00d1234',
  'To: <sip:+4930555123456@pbx.acme-corp.de>;tag=beef9876',
  'Call-ID: 8f14e45f-ceea-467a-9575-1234abcd@192.168.1.20',
  'CSeq: 8001 REFER',
  'Content-Length: 0',
  '',
  '2024-05-01 12:00:01.300 10.20.30.40:5060 -> 198.51.7.9:5060',
  'INVITE sip:bob@pbx.acme-corp.de SIP/2.0',
  'Via: SIP/2.0/UDP 10.20.30.40:5060;branch=z9hG4bK88bb',
  'From: <sip:jane.smith@acme-corp.de>;tag=c0ffee01',
  'To: <sip:bob@pbx.acme-corp.de>',
  'Call-ID: 11223344@10.20.30.40',
  'CSeq: 1 INVITE',
  'Replaces: 8f14e45f-ceea-467a-9575-1234abcd@192.168.1.20;to-tag=beef9876;from-tag=f00d1234',
  'Content-Length: 0',
  '',
].join('\n');

/** A capture's worth of calls as shared text, at least `bytes` long (1 MiB ≈ 3,000 messages). */
export function largeTrace(bytes: number): string {
  const perMessage = 350;
  const messages = Math.ceil(bytes / perMessage / 5) * 5;
  const found = foundFromCapture(readCapture(syntheticCapture(messages, 0)).messages);
  return traceText(
    found.map((item) => ({
      text: item.text,
      time: item.time ?? null,
      from:
        item.wrapper!.source && 'address' in item.wrapper!.source
          ? item.wrapper!.source.address
          : '',
      to:
        item.wrapper!.destination && 'address' in item.wrapper!.destination
          ? item.wrapper!.destination.address
          : '',
    })),
  );
}
