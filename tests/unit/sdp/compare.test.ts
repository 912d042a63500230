// An answer against its offer: codecs accepted, dropped and added, rejected lines, holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codecLabel, compareOfferAnswer, readSdp } from '../../../src/lib/sdp/index.ts';
import { sdp, sdpFixture } from './helpers.ts';

const compare = (offer: string, answer: string) =>
  compareOfferAnswer(readSdp(offer)!, readSdp(answer)!);

describe('compareOfferAnswer', () => {
  it('lists the codecs accepted, dropped and added', () => {
    const result = compare(
      sdp({ formats: '0 8 18 101' }),
      sdp({ address: '203.0.113.7', formats: '8 9 101' }),
    );
    const [line] = result.media;
    assert.deepEqual(
      line!.accepted.map(({ offered }) => codecLabel(offered)),
      ['PCMA/8000', 'telephone-event/8000'],
    );
    assert.deepEqual(line!.dropped.map(codecLabel), ['PCMU/8000', 'G729/8000']);
    assert.deepEqual(line!.added.map(codecLabel), ['G722/8000']);
    assert.equal(line!.rejected, false);
    assert.equal(result.commonCodec, true);
    assert.equal(result.allRejected, false);
  });

  it('matches a codec by name, clock rate and channels, not by payload type number', () => {
    const offer = sdp({ formats: '96', lines: ['a=rtpmap:96 opus/48000/2'] });
    const answer = sdp({ formats: '111', lines: ['a=rtpmap:111 OPUS/48000/2'] });
    const [line] = compare(offer, answer).media;
    assert.equal(line!.accepted.length, 1);
    assert.equal(line!.accepted[0]!.answered.payloadType, 111);
    const mono = sdp({ formats: '111', lines: ['a=rtpmap:111 opus/48000'] });
    assert.equal(compare(offer, mono).media[0]!.accepted.length, 0);
  });

  it('telephone events alone are not a common codec', () => {
    const result = compare(sdp({ formats: '0 101' }), sdp({ formats: '18 101' }));
    assert.equal(result.commonCodec, false);
    assert.deepEqual(
      result.media[0]!.accepted.map(({ offered }) => offered.name),
      ['telephone-event'],
    );
  });

  it('a line answered with port 0 is rejected and its codecs all dropped', () => {
    const offer = sdp({ more: [['m=video 51372 RTP/AVP 31 34']] });
    const answer = readFileAnswer();
    const result = compare(offer, answer);
    assert.equal(result.media[1]!.rejected, true);
    assert.deepEqual(result.media[1]!.dropped.map(codecLabel), ['H261/90000', 'H263/90000']);
    assert.deepEqual(result.media[1]!.added, []);
    assert.equal(result.allRejected, false);
  });

  it('every line rejected, a missing line, and an extra one', () => {
    const offer = sdp({ more: [['m=video 51372 RTP/AVP 31']] });
    const allZero = sdp({ port: 0, more: [['m=video 0 RTP/AVP 31']] });
    assert.equal(compare(offer, allZero).allRejected, true);
    assert.equal(compare(offer, allZero).commonCodec, false);
    const short = compare(offer, sdp());
    assert.equal(short.media[1]!.answered, null);
    assert.equal(short.media[1]!.rejected, true);
    assert.equal(compare(sdp(), offer).extraAnswerLines, 1);
  });

  it('reports a hold in the offer and what the answer does with it', () => {
    const result = compare(sdp({ direction: 'sendonly' }), sdp({ direction: 'recvonly' }));
    assert.equal(result.media[0]!.offerHold, 'sendonly');
    assert.equal(result.media[0]!.answerHold, null);
    const old = compare(sdp({ address: '0.0.0.0' }), sdp());
    assert.equal(old.media[0]!.offerHold, 'zero-address');
  });
});

function readFileAnswer(): string {
  // pjsua's real answer: audio accepted (PCMU, telephone-event), video rejected with port 0.
  return sdpFixture('pjsip-video-rejected.sdp');
}
