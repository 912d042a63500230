// The media diagnoses: no codec in common, and a private address sent across the public network.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { indexRfcPhrases, sharedRuns } from '../../../src/lib/copied-wording.ts';
import { mediaRules } from '../../../src/lib/diagnose/media.ts';
import type { Diagnosis } from '../../../src/lib/diagnose/types.ts';
import type { Exchange } from '../../../src/lib/trace/types.ts';
import { ALICE, BOB, exchangeOf, message, rfc3665Section, sdp } from '../sdp/helpers.ts';
import { explainData, traceDir } from '../trace/explain-data.ts';

const diagnose = (exchange: Exchange): Diagnosis[] =>
  mediaRules.flatMap((rule) => rule(exchange, explainData));
const MEDIA_KINDS = ['no-common-codec', 'private-address'];
const kinds = (text: string) => diagnose(exchangeOf(text)).map(({ kind }) => kind);

const rfcFolder = new URL('../../../reference/rfc/', import.meta.url);
const rfcIndex = indexRfcPhrases(
  readdirSync(rfcFolder)
    .filter((name) => /^rfc\d+\.txt$/.test(name))
    .map((name) => ({ name, text: readFileSync(new URL(name, rfcFolder), 'utf8') })),
);

/** Every diagnosis has its shape, and its sentences are not copied from an RFC. */
function checkShape(diagnosis: Diagnosis, exchange: Exchange) {
  assert.ok(MEDIA_KINDS.includes(diagnosis.kind));
  assert.ok(diagnosis.messages.length > 0);
  for (const index of diagnosis.messages) assert.ok(exchange.messages[index]);
  assert.match(diagnosis.page, /^\/(\d{3}|guides\/media-negotiation)\/$/);
  assert.ok([3261, 3264].includes(diagnosis.rule.rfc));
  assert.deepEqual(sharedRuns(`${diagnosis.title}. ${diagnosis.detail}`, rfcIndex), []);
}

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

const INVITE = 'INVITE sip:bob@biloxi.example.com SIP/2.0';
const aliceInvite = (body: string, extra: Partial<Parameters<typeof message>[0]> = {}) =>
  message({ start: INVITE, cseq: '1 INVITE', body, from: ALICE, to: BOB, ...extra });
const bobResponse = (status: string, extra: Partial<Parameters<typeof message>[0]> = {}) =>
  message({
    start: `SIP/2.0 ${status}`,
    cseq: '1 INVITE',
    toTag: 'b1',
    from: BOB,
    to: ALICE,
    ...extra,
  });
const ALICE_G711 = sdp({ formats: '0 8 101' });

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

/** RFC 3581 §6's phone at 10.1.1.1 behind a NAT that the proxy sees as 192.0.2.1. */
function natCall(
  options: {
    c?: string;
    contact?: string;
    received?: string;
    extra?: string[];
    body?: string;
  } = {},
) {
  const via = 'SIP/2.0/UDP 10.1.1.1:4540;rport;branch=z9hG4bKkjshdyff';
  const invite = message({
    start: 'INVITE sip:user@example.com SIP/2.0',
    cseq: '1 INVITE',
    via,
    contact: options.contact ?? '<sip:alice@10.1.1.1:4540>',
    headers: options.extra,
    body: options.body ?? sdp({ address: options.c ?? '10.1.1.1' }),
  });
  const trying = message({
    start: 'SIP/2.0 100 Trying',
    cseq: '1 INVITE',
    via: `SIP/2.0/UDP 10.1.1.1:4540;received=${options.received ?? '192.0.2.1'};rport=9988;branch=z9hG4bKkjshdyff`,
  });
  return invite + trying;
}

describe('private address sent across the public network', () => {
  it('a phone behind NAT offers its private address and gives it as Contact', () => {
    const exchange = exchangeOf(natCall());
    const [diagnosis, ...rest] = diagnose(exchange);
    assert.deepEqual(rest, []);
    checkShape(diagnosis!, exchange);
    assert.equal(diagnosis!.kind, 'private-address');
    assert.equal(diagnosis!.severity, 'warning');
    assert.equal(diagnosis!.title, 'Private address 10.1.1.1 sent across the public network');
    assert.match(
      diagnosis!.detail,
      /gives 10\.1\.1\.1, a private address \(RFC 1918\), in the session-level c= for audio \(line 4 of the body\) and in the Contact header\./,
    );

    assert.match(
      diagnosis!.detail,
      /seen as 192\.0\.2\.1 by the next hop \(Via received= on line \d+\)/,
    );
    assert.match(diagnosis!.detail, /one-way audio/);
    assert.match(diagnosis!.detail, /BYE/);
    assert.deepEqual(diagnosis!.rule, {
      rfc: 3264,
      section: '5.1',
      name: 'where the offerer wants media',
    });
    assert.deepEqual(diagnosis!.messages, [0]);
  });

  it('names the shared space of RFC 6598 and unique local IPv6 of RFC 4193', () => {
    const [shared] = diagnose(
      exchangeOf(natCall({ c: '100.105.239.180', contact: '<sip:alice@example.com>' })),
    );
    assert.match(
      shared!.detail,
      /100\.105\.239\.180, a carrier-grade NAT address \(RFC 6598\), in the session-level c=/,
    );
    const v6 = sdp().replace('c=IN IP4 192.0.2.10', 'c=IN IP6 fd12:3456:789a::1');
    const [local] = diagnose(exchangeOf(natCall({ body: v6, contact: '<sip:alice@example.com>' })));
    assert.match(
      local!.detail,
      /fd12:3456:789a::1, a unique local IPv6 address \(RFC 4193\), in the session-level c=/,
    );
    assert.deepEqual(local!.rule.rfc, 3264);
  });

  it('a Contact alone is flagged under the Contact rule', () => {
    const [diagnosis] = diagnose(exchangeOf(natCall({ c: '198.51.100.20' })));
    assert.deepEqual(diagnosis!.rule, { rfc: 3261, section: '8.1.1.8', name: 'Contact' });
    assert.doesNotMatch(diagnosis!.detail, /one-way audio/);
  });

  it('a call between private addresses only is a LAN call', () => {
    assert.deepEqual(kinds(natCall({ received: '10.1.1.99' })), []);
    // Packet addresses from the capture, both private.
    const lan = message({
      start: INVITE,
      cseq: '1 INVITE',
      body: sdp({ address: '192.168.1.5' }),
      from: '192.168.1.5:5060',
      to: '192.168.1.1:5060',
    });
    assert.deepEqual(kinds(lan), []);
  });

  it('the packet addresses of a capture or log line show a public path', () => {
    const wan = message({
      start: INVITE,
      cseq: '1 INVITE',
      body: sdp({ address: '192.168.1.5' }),
      from: '192.168.1.5:5060',
      to: BOB,
    });
    assert.deepEqual(kinds(wan), ['private-address']);
    assert.match(diagnose(exchangeOf(wan))[0]!.detail, /sent to 203\.0\.113\.7:5060/);
  });

  it('leaves alone what does not carry media to a private address', () => {
    // A session-level c= that every media line overrides with a public one.
    const overridden = sdp({
      address: '192.168.10.115',
      lines: ['c=IN IP4 198.51.100.172', 'a=rtpmap:101 telephone-event/8000'],
    });
    assert.deepEqual(
      kinds(natCall({ body: overridden, contact: '<sip:alice@198.51.100.172:40936>' })),
      [],
    );
    // ICE gives the far end other addresses to try.
    const ice = sdp({
      address: '192.168.1.6',
      lines: [
        'a=candidate:1 1 UDP 1694498687 198.51.100.172 37499 typ srflx raddr 192.168.1.6 rport 37499',
      ],
    });
    assert.deepEqual(kinds(natCall({ body: ice, contact: '<sip:alice@example.com>' })), []);
    // A rejected line, a held line at 0.0.0.0, a host name.
    for (const body of [
      sdp({ address: '10.1.1.1', port: 0 }),
      sdp({ address: '0.0.0.0' }),
      sdp({ address: 'alice.example.com' }),
    ])
      assert.deepEqual(kinds(natCall({ body, contact: '<sip:alice@example.com>' })), []);
  });

  it('a private Contact behind a Record-Route proxy, or on a WebSocket, is fine', () => {
    const public_c = { c: '198.51.100.20' };
    assert.deepEqual(
      kinds(natCall({ ...public_c, extra: ['Record-Route: <sip:192.0.2.2;lr>'] })),
      [],
    );
    assert.deepEqual(
      kinds(natCall({ ...public_c, contact: '<sip:10.1.1.1:8089;transport=ws>' })),
      [],
    );
  });

  it('one diagnosis for the same address on several hops', () => {
    const relayed = message({
      start: 'INVITE sip:user@192.0.2.99 SIP/2.0',
      cseq: '1 INVITE',
      via: 'SIP/2.0/UDP 192.0.2.2;branch=z9hG4bKkjsh77',
      headers: [
        'Via: SIP/2.0/UDP 10.1.1.1:4540;received=192.0.2.1;rport=9988;branch=z9hG4bKkjshdyff',
      ],
      contact: '<sip:alice@10.1.1.1:4540>',
      body: sdp({ address: '10.1.1.1' }),
    });
    const found = diagnose(exchangeOf(natCall() + relayed));
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.messages, [0, 2]);
    assert.match(found[0]!.detail, /The same address recurs on line \d+\./);
  });
});
