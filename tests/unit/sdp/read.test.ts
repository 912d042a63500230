// The SDP reader on real bodies (tests/fixtures/sdp/, RFC 3665 as printed) and on bad input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  codecLabel,
  mediaSummaries,
  readSdp,
  staticPayloadType,
} from '../../../src/lib/sdp/index.ts';
import { rfc3665Section, sdp, sdpFixture } from './helpers.ts';

const labels = (text: string, line = 0) =>
  mediaSummaries(readSdp(text)!)[line]!.codecs.map(codecLabel);

describe('readSdp on real bodies', () => {
  it('a browser offer: opus, red, G722, PCMU, PCMA, CN; two telephone events; ICE lines kept', () => {
    const text = sdpFixture('webrtc-chrome-cut.sdp');
    const read = readSdp(text)!;
    assert.equal(read.media.length, 1);
    const [audio] = mediaSummaries(read);
    assert.deepEqual(audio!.codecs.map(codecLabel), [
      'opus/48000/2',
      'red/48000/2',
      'G722/8000',
      'PCMU/8000',
      'PCMA/8000',
      'CN/8000',
    ]);
    assert.deepEqual(
      audio!.dtmf.map(({ payloadType, clockRate, events, listed }) => [
        payloadType,
        clockRate,
        events,
        listed,
      ]),
      [
        [110, 48000, '0-15', false],
        [126, 8000, '0-15', false],
      ],
    );
    assert.equal(audio!.protocol, 'UDP/TLS/RTP/SAVPF');
    assert.equal(audio!.connection?.address, '192.168.1.6');
    assert.equal(audio!.connectionLevel, 'media');
    assert.equal(audio!.direction, 'sendrecv');
    assert.equal(audio!.directionLevel, 'media');
    assert.equal(read.media[0]!.codecs[0]!.parameters, 'minptime=10;useinbandfec=1');
    assert.equal(read.media[0]!.attributes.filter(({ name }) => name === 'candidate').length, 2);
    // The excerpt ends in the middle of an a=ssrc line: still read, nothing lost before it.
    assert.equal(read.media[0]!.attributes.at(-1)!.value, '2');
    assert.deepEqual(read.problems, []);
  });

  it('two m= lines, audio and video, the session-level c= applying to both', () => {
    const [audio, video] = mediaSummaries(readSdp(sdpFixture('freeswitch-audio-video-cut.sdp'))!);
    assert.deepEqual(audio!.codecs.map(codecLabel), [
      'G722/8000',
      'PCMA/8000',
      'PCMU/8000',
      'GSM/8000',
      'CN/8000',
    ]);
    assert.deepEqual(audio!.dtmf, [
      { payloadType: 101, clockRate: 8000, events: '0-16', listed: true },
    ]);
    assert.equal(video!.type, 'video');
    assert.equal(video!.port, 11058);
    assert.equal(video!.connection?.address, '172.18.2.142');
    assert.equal(video!.connectionLevel, 'session');
    // The body was cut before video's rtpmap: dynamic type 102 has no name.
    assert.deepEqual(video!.codecs.map(codecLabel), ['102 (not named)']);
  });

  it('audio and T.38: a non-RTP line lists its formats by name', () => {
    const [audio, image] = mediaSummaries(readSdp(sdpFixture('didww-audio-t38.sdp'))!);
    assert.deepEqual(audio!.codecs.map(codecLabel), [
      'PCMU/8000',
      'PCMA/8000',
      'G729/8000',
      'G723/8000',
    ]);
    assert.equal(audio!.codecs[2]!.parameters, 'annexb=no');
    assert.equal(image!.type, 'image');
    assert.equal(image!.protocol, 'udptl');
    assert.deepEqual(
      image!.codecs.map((codec) => [codec.name, codec.source]),
      [['t38', 'format']],
    );
  });

  it('an answer that rejects video with port 0', () => {
    const [audio, video] = mediaSummaries(readSdp(sdpFixture('pjsip-video-rejected.sdp'))!);
    assert.equal(audio!.rejected, false);
    assert.deepEqual(audio!.codecs.map(codecLabel), ['PCMU/8000']);
    assert.equal(video!.rejected, true);
    assert.equal(video!.hold, null);
  });

  it('c=IN IP6 and dynamic payload types', () => {
    const read = readSdp(sdpFixture('sippy-ipv6.sdp'))!;
    assert.equal(read.connection?.addressType, 'IP6');
    assert.equal(read.connection?.address, '2001:db8:0:0:7c1:0:52b8:0');
    assert.equal(read.origin?.address, '::1');
    assert.deepEqual(labels(sdpFixture('sippy-ipv6.sdp')).slice(0, 3), [
      'G729a/8000',
      'PCMU/8000',
      'G726-32/8000',
    ]);
  });

  it('RFC 3665 bodies, indented as the RFC prints them', () => {
    const section = rfc3665Section('3.1.');
    const body = section.slice(
      section.indexOf('   v=0'),
      section.indexOf('   a=rtpmap:0 PCMU/8000') + 25,
    );
    const read = readSdp(body)!;
    assert.equal(read.origin?.username, 'alice');
    assert.equal(read.connection?.address, '192.0.2.101');
    assert.deepEqual(labels(body), ['PCMU/8000']);
    assert.equal(read.media[0]!.port, 49172);
  });
});

describe('the RTP/AVP static payload types (RFC 3551 §6)', () => {
  it('names a static type that has no rtpmap', () => {
    assert.deepEqual(labels(sdp({ formats: '0 8 18 9 3 4 13', lines: [] })), [
      'PCMU/8000',
      'PCMA/8000',
      'G729/8000',
      'G722/8000',
      'GSM/8000',
      'G723/8000',
      'CN/8000',
    ]);
    assert.equal(
      mediaSummaries(readSdp(sdp({ formats: '0', lines: [] }))!)[0]!.codecs[0]!.source,
      'static',
    );
  });
  it('knows the video types and the two-channel L16', () => {
    assert.deepEqual(staticPayloadType(34), { name: 'H263', clockRate: 90000, channels: null });
    assert.deepEqual(staticPayloadType(10), { name: 'L16', clockRate: 44100, channels: 2 });
  });
  it('leaves reserved and dynamic types unnamed, and an rtpmap wins over the table', () => {
    assert.equal(staticPayloadType(2), null);
    assert.equal(staticPayloadType(19), null);
    assert.equal(staticPayloadType(96), null);
    assert.deepEqual(labels(sdp({ formats: '8', lines: ['a=rtpmap:8 pcma/8000'] })), ['pcma/8000']);
  });
});

describe('directions, holds and DTMF', () => {
  it('a session-level direction applies to every line without its own', () => {
    const text = sdp({
      lines: [],
      more: [['m=video 51372 RTP/AVP 31', 'a=recvonly']],
    }).replace('t=0 0', 't=0 0\na=inactive');
    const [audio, video] = mediaSummaries(readSdp(text)!);
    assert.equal(audio!.direction, 'inactive');
    assert.equal(audio!.directionLevel, 'session');
    assert.equal(audio!.hold, 'inactive');
    assert.equal(video!.direction, 'recvonly');
    assert.equal(video!.hold, null);
  });
  it('no direction at all is sendrecv', () => {
    const [audio] = mediaSummaries(readSdp(sdp())!);
    assert.equal(audio!.direction, 'sendrecv');
    assert.equal(audio!.directionLevel, 'default');
  });
  it('sendonly holds; so does the older connection address 0.0.0.0', () => {
    assert.equal(mediaSummaries(readSdp(sdp({ direction: 'sendonly' }))!)[0]!.hold, 'sendonly');
    assert.equal(mediaSummaries(readSdp(sdp({ address: '0.0.0.0' }))!)[0]!.hold, 'zero-address');
  });
  it('telephone events listed as events=, and a telephone-event without fmtp', () => {
    const [audio] = mediaSummaries(
      readSdp(sdp({ lines: ['a=rtpmap:101 telephone-event/8000', 'a=fmtp:101 events=0-11'] }))!,
    );
    assert.deepEqual(audio!.dtmf[0], {
      payloadType: 101,
      clockRate: 8000,
      events: '0-11',
      listed: true,
    });
    assert.deepEqual(audio!.codecs.map(codecLabel), ['PCMU/8000', 'PCMA/8000']);
  });
});

describe('readSdp on bad input', () => {
  it('is null for what is not SDP', () => {
    for (const text of [
      '',
      '   \n\n',
      'hello world',
      '<?xml version="1.0"?><presence/>',
      'INVITE sip:bob@biloxi.example.com SIP/2.0',
      '\u0000\u0001\u0002\u00ff\ufffd binary \u0007\u0008',
      String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256)),
    ])
      assert.equal(readSdp(text), null, JSON.stringify(text.slice(0, 30)));
    assert.equal(readSdp(undefined as unknown as string), null);
  });

  it('reads CRLF, LF and CR alike, and a body cut after the m= line', () => {
    const lf = sdp();
    assert.deepEqual(readSdp(lf.replace(/\n/g, '\r\n')), readSdp(lf));
    assert.deepEqual(readSdp(lf.replace(/\n/g, '\r')), readSdp(lf));
    const cut =
      'v=0\no=- 1 1 IN IP4 192.0.2.1\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\nm=audio 4000 RTP/AVP 0 8';
    assert.deepEqual(labels(cut), ['PCMU/8000', 'PCMA/8000']);
  });

  it('reads a body whose v= line is missing when the rest is SDP', () => {
    assert.equal(readSdp('c=IN IP4 192.0.2.1\nm=audio 4000 RTP/AVP 0\n')!.media.length, 1);
  });

  it('notes lines that are not type=value, and m= and c= lines that do not parse', () => {
    const read = readSdp(
      'v=0\nthis is not sdp\nc=IN\nm=audio port RTP/AVP 0\na=rtpmap:0 PCMU/8000\nm=audio 4000 RTP/AVP 8\n',
    )!;
    assert.equal(read.problems.length, 3);
    assert.equal(read.media.length, 1);
    assert.deepEqual(read.media[0]!.attributes, []);
  });

  it('keeps a payload type out of range and an rtpmap without a clock rate', () => {
    // Cisco gateways disable video with "m=video 0 RTP/AVP 255" (sipwise/rtpengine#2122).
    const cisco = readSdp(sdp({ more: [['m=video 0 RTP/AVP 255']] }))!;
    assert.deepEqual(cisco.media[1]!.codecs[0], {
      format: '255',
      payloadType: null,
      name: null,
      clockRate: null,
      channels: null,
      parameters: null,
      source: 'unknown',
    });
    // AirPlay's "a=rtpmap:96 AppleLossless" (clux/sdp-transform#30).
    assert.deepEqual(labels(sdp({ formats: '96', lines: ['a=rtpmap:96 AppleLossless'] })), [
      'AppleLossless',
    ]);
  });

  it('reads at most 64 media lines and 128 formats a line, and says so', () => {
    const many = Array.from({ length: 500 }, (_, i) => [
      `m=audio ${2000 + 2 * i} RTP/AVP 0`,
      'a=sendrecv',
    ]);
    const read = readSdp(sdp({ more: many }))!;
    assert.equal(read.media.length, 64);
    assert.match(read.problems.at(-1)!, /437 more m= lines/);
    const wide = readSdp(
      sdp({ formats: Array.from({ length: 1000 }, (_, i) => i % 128).join(' ') }),
    )!;
    assert.equal(wide.media[0]!.formats.length, 128);
  });

  it('reads a megabyte of a= lines quickly', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `a=x-${i}:${'y'.repeat(20)}`);
    const started = performance.now();
    const read = readSdp(sdp({ lines }))!;
    assert.equal(read.media[0]!.attributes.length, 40_000);
    assert.ok(performance.now() - started < 2000);
  });
});
