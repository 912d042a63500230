// Offers paired with their answers, on RFC 3665's call flows and on small exchanges for what the
// RFC does not show: hold, PRACK, UPDATE, forking, refusals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { offerAnswerPairs, sdpMessages } from '../../../src/lib/sdp/index.ts';
import { ALICE, BOB, exchangeOf, message, rfc3665Section, sdp } from './helpers.ts';

const summary = (text: string) =>
  offerAnswerPairs(exchangeOf(text)).map((pair) => ({
    place: pair.place,
    offer: pair.offer.index,
    answer: pair.answer?.index ?? null,
    rejection: pair.rejection,
    repeats: pair.repeats,
  }));

const ALICE_SDP = sdp();
const BOB_SDP = sdp({ address: '203.0.113.7', port: 3456, formats: '0 101' });

describe('offerAnswerPairs on RFC 3665', () => {
  it('§3.1: the INVITE offers, the 200 OK answers', () => {
    const text = rfc3665Section('3.1.');
    assert.deepEqual(summary(text), [
      { place: 'invite', offer: 0, answer: 2, rejection: null, repeats: null },
    ]);
    const [pair] = offerAnswerPairs(exchangeOf(text));
    assert.equal(pair!.comparison!.commonCodec, true);
    assert.equal(pair!.offer.sdp.connection!.address, '192.0.2.101');
    assert.equal(pair!.answer!.sdp.connection!.address, '192.0.2.201');
  });

  it('§3.2: the 407 refuses the first offer; each proxy hop repeats the second', () => {
    assert.deepEqual(summary(rfc3665Section('3.2.')), [
      { place: 'invite', offer: 0, answer: null, rejection: 1, repeats: null },
      { place: 'invite', offer: 3, answer: 13, rejection: null, repeats: null },
      { place: 'invite', offer: 4, answer: 12, rejection: null, repeats: 1 },
      { place: 'invite', offer: 6, answer: 11, rejection: null, repeats: 1 },
    ]);
  });

  it('§3.6: an INVITE without SDP gets the offer in the 200 OK and the answer in the ACK', () => {
    assert.deepEqual(summary(rfc3665Section('3.6.')), [
      { place: 'invite-2xx', offer: 8, answer: 11, rejection: null, repeats: null },
      { place: 'invite-2xx', offer: 9, answer: 10, rejection: null, repeats: 0 },
    ]);
  });

  it('§3.7: the re-INVITE that changes address is a new offer with its own answer', () => {
    const pairs = offerAnswerPairs(exchangeOf(rfc3665Section('3.7.')));
    const reinvite = pairs.find((pair) => pair.place === 're-invite')!;
    assert.equal(reinvite.offer.sdp.connection!.address, '192.0.2.100');
    assert.equal(reinvite.answer!.index, reinvite.offer.index + 1);
    assert.equal(reinvite.comparison!.media[0]!.accepted.length, 1);
  });

  it('§3.9: the busy call is refused with 486 on every hop', () => {
    const pairs = summary(rfc3665Section('3.9.'));
    assert.equal(pairs.length, 3);
    assert.ok(pairs.every((pair) => pair.answer === null && pair.rejection !== null));
  });
});

describe('offerAnswerPairs on other exchanges', () => {
  const invite = (extra: Partial<Parameters<typeof message>[0]> = {}) =>
    message({
      start: 'INVITE sip:bob@biloxi.example.com SIP/2.0',
      cseq: '1 INVITE',
      body: ALICE_SDP,
      from: ALICE,
      to: BOB,
      ...extra,
    });
  const response = (status: string, extra: Partial<Parameters<typeof message>[0]> = {}) =>
    message({
      start: `SIP/2.0 ${status}`,
      cseq: '1 INVITE',
      toTag: 'b1',
      from: BOB,
      to: ALICE,
      ...extra,
    });
  const ack = (extra: Partial<Parameters<typeof message>[0]> = {}) =>
    message({
      start: 'ACK sip:bob@biloxi.example.com SIP/2.0',
      cseq: '1 ACK',
      via: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK2',
      toTag: 'b1',
      from: ALICE,
      to: BOB,
      ...extra,
    });

  it('the first description in a response is the answer; a later one is not', () => {
    const text =
      invite() +
      response('183 Session Progress', { body: BOB_SDP }) +
      response('200 OK', { body: BOB_SDP }) +
      ack();
    assert.deepEqual(summary(text), [
      { place: 'invite', offer: 0, answer: 1, rejection: null, repeats: null },
    ]);
  });

  it('a re-INVITE putting the call on hold, answered recvonly', () => {
    const hold = message({
      start: 'INVITE sip:bob@biloxi.example.com SIP/2.0',
      cseq: '2 INVITE',
      toTag: 'b1',
      via: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK3',
      body: sdp({ direction: 'sendonly' }),
      from: ALICE,
      to: BOB,
    });
    const held = response('200 OK', {
      cseq: '2 INVITE',
      via: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK3',
      body: sdp({ address: '203.0.113.7', formats: '0 101', direction: 'recvonly' }),
    });
    const text = invite() + response('200 OK', { body: BOB_SDP }) + ack() + hold + held;
    const pairs = offerAnswerPairs(exchangeOf(text));
    assert.equal(pairs.length, 2);
    assert.equal(pairs[1]!.place, 're-invite');
    assert.equal(pairs[1]!.comparison!.media[0]!.offerHold, 'sendonly');
    assert.equal(pairs[1]!.answer!.sdp.media[0]!.direction, 'recvonly');
  });

  it('an offer in a reliable 183 is answered in the PRACK; a PRACK offer in its 200', () => {
    const noOffer = invite({ body: '' });
    const reliable = response('183 Session Progress', {
      body: BOB_SDP,
      headers: ['Require: 100rel', 'RSeq: 1'],
    });
    const prack = message({
      start: 'PRACK sip:bob@biloxi.example.com SIP/2.0',
      cseq: '2 PRACK',
      toTag: 'b1',
      via: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK4',
      headers: ['RAck: 1 1 INVITE'],
      body: ALICE_SDP,
      from: ALICE,
      to: BOB,
    });
    const prackOffer = message({
      start: 'PRACK sip:bob@biloxi.example.com SIP/2.0',
      cseq: '3 PRACK',
      toTag: 'b1',
      via: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK5',
      headers: ['RAck: 2 1 INVITE'],
      body: sdp({ formats: '8' }),
      from: ALICE,
      to: BOB,
    });
    const prackOk = response('200 OK', {
      cseq: '3 PRACK',
      via: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK5',
      body: sdp({ address: '203.0.113.7', formats: '8' }),
    });
    assert.deepEqual(summary(noOffer + reliable + prack + prackOffer + prackOk), [
      { place: 'reliable-provisional', offer: 1, answer: 2, rejection: null, repeats: null },
      { place: 'prack', offer: 3, answer: 4, rejection: null, repeats: null },
    ]);
  });

  it('an UPDATE offer refused with 488', () => {
    const update = message({
      start: 'UPDATE sip:bob@biloxi.example.com SIP/2.0',
      cseq: '2 UPDATE',
      toTag: 'b1',
      via: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK6',
      body: sdp({ formats: '18' }),
      from: ALICE,
      to: BOB,
    });
    const refused = response('488 Not Acceptable Here', {
      cseq: '2 UPDATE',
      via: 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK6',
    });
    assert.deepEqual(
      summary(invite() + response('200 OK', { body: BOB_SDP }) + ack() + update + refused).at(-1),
      {
        place: 'update',
        offer: 3,
        answer: null,
        rejection: 4,
        repeats: null,
      },
    );
  });

  it('each dialog of a forked INVITE answers the offer in a pair of its own', () => {
    const other = (status: string) =>
      response(status, { toTag: 'c2', body: sdp({ address: '198.51.100.9' }) });
    const text =
      invite() +
      response('183 Session Progress', { body: BOB_SDP }) +
      other('183 Session Progress') +
      response('200 OK', { body: BOB_SDP });
    assert.deepEqual(summary(text), [
      { place: 'invite', offer: 0, answer: 1, rejection: null, repeats: null },
      { place: 'invite', offer: 0, answer: 2, rejection: null, repeats: 0 },
    ]);
  });

  it('a retransmitted INVITE is not a second offer; messages without SDP are left out', () => {
    const text =
      invite() + invite() + response('100 Trying') + response('200 OK', { body: BOB_SDP }) + ack();
    assert.equal(offerAnswerPairs(exchangeOf(text)).length, 1);
    assert.deepEqual(
      sdpMessages(exchangeOf(text)).map(({ index }) => index),
      [0, 1, 3],
    );
  });
});
