// The media diagnoses on the real traces, and no codec in common (the private address: in
// media-address.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { exchangeOf, message, rfc3665Section, sdp } from '../sdp/helpers.ts';
import { traceDir } from '../trace/explain-data.ts';
import {
  aliceInvite,
  ALICE_G711,
  bobResponse,
  checkShape,
  diagnose,
  kinds,
  MEDIA_KINDS,
} from './media-helpers.ts';

describe('media diagnoses on the real traces', () => {
  const names = readdirSync(traceDir).filter((name) => name.endsWith('.txt'));
  for (const name of names) {
    it(name, () => {
      const sidecar = JSON.parse(
        readFileSync(new URL(name.replace(/\.txt$/, '.json'), traceDir), 'utf8'),
      ) as { expect: { diagnoses?: string[] } };
      const exchange = exchangeOf(readFileSync(new URL(name, traceDir), 'utf8'));
      const found = diagnose(exchange);
      for (const diagnosis of found) checkShape(diagnosis, exchange);
      assert.deepEqual(
        [...new Set(found.map(({ kind }) => kind))].sort(),
        [...(sidecar.expect.diagnoses ?? [])].filter((kind) => MEDIA_KINDS.includes(kind)).sort(),
        JSON.stringify(found, null, 1),
      );
    });
  }

  it('the Janus answer with port 0 everywhere names the stream and its line', () => {
    const exchange = exchangeOf(
      readFileSync(new URL('janus-asterisk-port-zero.txt', traceDir), 'utf8'),
    );
    const [diagnosis] = diagnose(exchange);
    assert.equal(diagnosis!.title, 'The 200 on line 2 rejects every media stream');
    assert.match(diagnosis!.detail, /an offer that is not in the paste/);
    assert.match(diagnosis!.detail, /audio \(line 6 of the body\)/);
    assert.equal(diagnosis!.page, '/guides/media-negotiation/');
    assert.deepEqual(diagnosis!.rule, {
      rfc: 3264,
      section: '6.1',
      name: 'no media format in common',
    });
  });

  for (const section of ['3.1.', '3.2.', '3.6.', '3.7.', '3.9.'])
    it(`RFC 3665 §${section} calls between public addresses: nothing to report`, () => {
      assert.deepEqual(kinds(rfc3665Section(section)), []);
    });
});

describe('no common codec', () => {
  it('a 488 whose own body lists only G.729 (capabilities with port 0)', () => {
    const capabilities = sdp({ address: '203.0.113.7', port: 0, formats: '18 101' });
    const text =
      aliceInvite(ALICE_G711) + bobResponse('488 Not Acceptable Here', { body: capabilities });
    const exchange = exchangeOf(text);
    const [diagnosis, ...rest] = diagnose(exchange);
    assert.deepEqual(rest, []);
    checkShape(diagnosis!, exchange);
    assert.equal(diagnosis!.kind, 'no-common-codec');
    assert.equal(diagnosis!.severity, 'error');
    assert.equal(diagnosis!.title, 'No codec in common: the INVITE on line 2 was refused with 488');
    assert.match(diagnosis!.detail, /offers PCMU\/8000, PCMA\/8000;/);
    assert.match(diagnosis!.detail, /described only G729\/8000 in this trace \(line \d+\)/);
    assert.deepEqual(diagnosis!.messages, [1, 0]);
    assert.equal(diagnosis!.page, '/488/');
  });

  it('a 606 with Warning 305 and no body', () => {
    const text =
      aliceInvite(ALICE_G711) +
      bobResponse('606 Not Acceptable', {
        headers: ['Warning: 305 biloxi.example.com "Incompatible media format"'],
      });
    const [diagnosis] = diagnose(exchangeOf(text));
    assert.equal(diagnosis!.page, '/606/');
    assert.match(
      diagnosis!.detail,
      /Its codecs are not in the trace, but the 606 carries "Warning: 305/,
    );
  });

  it('a 488 without any evidence of the other side, or with a codec in common, is left alone', () => {
    assert.deepEqual(kinds(aliceInvite(ALICE_G711) + bobResponse('488 Not Acceptable Here')), []);
    const earlier = bobResponse('183 Session Progress', {
      body: sdp({ address: '203.0.113.7', formats: '8' }),
    });
    const refused = bobResponse('488 Not Acceptable Here', {
      headers: ['Warning: 305 biloxi.example.com "Incompatible media format"'],
    });
    assert.deepEqual(kinds(aliceInvite(ALICE_G711) + earlier + refused), []);
    // Other refusals are about something else than codecs.
    const busy = bobResponse('486 Busy Here', { body: sdp({ port: 0, formats: '18' }) });
    assert.deepEqual(kinds(aliceInvite(ALICE_G711) + busy), []);
  });

  it('a B2BUA that offers only G.729 on its other leg, then refuses the caller', () => {
    const B2BUA = '198.51.100.5:5060';
    const legB = message({
      start: 'INVITE sip:bob@192.0.2.77 SIP/2.0',
      cseq: '10 INVITE',
      callId: 'leg-b',
      via: 'SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bKb2b',
      body: sdp({ address: '198.51.100.5', formats: '18 101' }),
      from: B2BUA,
      to: '192.0.2.77:5060',
    });
    const refusedB = message({
      start: 'SIP/2.0 488 Not Acceptable Here',
      cseq: '10 INVITE',
      callId: 'leg-b',
      toTag: 'x',
      via: 'SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bKb2b',
      from: '192.0.2.77:5060',
      to: B2BUA,
    });
    const text =
      aliceInvite(ALICE_G711, { to: B2BUA }) +
      legB +
      refusedB +
      bobResponse('488 Not Acceptable Here', { from: B2BUA });
    const found = diagnose(exchangeOf(text));
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.messages, [3, 0]);
    assert.match(found[0]!.detail, /described only G729\/8000 in this trace \(line \d+\)/);
  });

  it('an answer that rejects every line of the offer', () => {
    const answer = sdp({ address: '203.0.113.7', port: 0, formats: '0' });
    const text = aliceInvite(ALICE_G711) + bobResponse('200 OK', { body: answer });
    const [diagnosis] = diagnose(exchangeOf(text));
    assert.match(diagnosis!.title, /^The 200 on line \d+ rejects every media stream$/);
    assert.match(diagnosis!.detail, /the offer on line 2 \(PCMU\/8000, PCMA\/8000\)/);
    assert.deepEqual(diagnosis!.messages, [1, 0]);
  });

  it('an offer with every port 0 answered the same way is not a refusal', () => {
    const off = sdp({ port: 0 });
    assert.deepEqual(kinds(aliceInvite(off) + bobResponse('200 OK', { body: off })), []);
  });
});
