// Which bodies of a SIP message are read as SDP: application/sdp, the SDP part of a multipart
// body, and an untyped body that looks like SDP.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sdpOfMessage } from '../../../src/lib/sdp/index.ts';
import { sdp } from './helpers.ts';

const withType = (type: string | null, body: string, extra: string[] = []) => ({
  headers: [
    ...(type === null ? [] : [{ name: 'Content-Type', value: type }]),
    ...extra.map((line) => ({ name: line.split(':')[0]!, value: line.split(':')[1]!.trim() })),
  ],
  body,
});

describe('sdpOfMessage', () => {
  it('reads application/sdp, whatever the case and parameters', () => {
    assert.equal(sdpOfMessage(withType('application/sdp', sdp()))!.media.length, 1);
    assert.equal(sdpOfMessage(withType('Application/SDP; charset=utf-8', sdp()))!.media.length, 1);
  });

  it('reads the compact form c: of Content-Type', () => {
    const message = { headers: [{ name: 'c', value: 'application/sdp' }], body: sdp() };
    assert.ok(sdpOfMessage(message));
  });

  it('reads an untyped body that is SDP, and nothing else', () => {
    assert.ok(sdpOfMessage(withType(null, sdp())));
    assert.equal(sdpOfMessage(withType(null, 'just some text\n')), null);
  });

  it('ignores other types, empty bodies and compressed ones', () => {
    assert.equal(sdpOfMessage(withType('application/pidf+xml', sdp())), null);
    assert.equal(sdpOfMessage(withType('application/sdp', '')), null);
    assert.equal(
      sdpOfMessage(withType('application/sdp', sdp(), ['Content-Encoding: gzip'])),
      null,
    );
  });

  it('reads the SDP part of multipart/mixed, as SIP-I gateways send it with ISUP', () => {
    const body = [
      '--unique-boundary-1',
      'Content-Type: application/sdp',
      '',
      sdp({ formats: '8', lines: [] }).trimEnd(),
      '',
      '--unique-boundary-1',
      'Content-Type: application/ISUP;version=itu-t92+',
      'Content-Disposition: signal;handling=optional',
      '',
      '01 00 49 00 00 03 02 00 07 04 10 00 33 63 21 43 00 00 03 06 0d 03 80 90 a2',
      '--unique-boundary-1--',
      '',
    ].join('\n');
    const read = sdpOfMessage(withType('multipart/mixed;boundary=unique-boundary-1', body))!;
    assert.deepEqual(read.media[0]!.formats, ['8']);
    // A quoted boundary, and a multipart body without any SDP.
    assert.ok(sdpOfMessage(withType('multipart/mixed; boundary="unique-boundary-1"', body)));
    const isupOnly = body.replace('application/sdp', 'text/plain');
    assert.equal(
      sdpOfMessage(withType('multipart/mixed;boundary=unique-boundary-1', isupOnly)),
      null,
    );
    assert.equal(sdpOfMessage(withType('multipart/mixed', body)), null);
  });
});
