// The private-address diagnosis: a private, shared or unique local address in SDP or Contact on a
// path that is otherwise public, and the LAN calls and NAT-aware cases that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BOB, exchangeOf, message, sdp } from '../sdp/helpers.ts';
import { checkShape, diagnose, INVITE, kinds } from './media-helpers.ts';

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
