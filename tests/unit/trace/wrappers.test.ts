// Each log format's wrapper line, read into who sent the message to whom.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStart } from '../../../src/lib/trace/find.ts';
import { isLogLine, isPageBreak, readWrapperLine } from '../../../src/lib/trace/wrappers.ts';

const ends = (line: string) => {
  const wrapper = readWrapperLine(line);
  return wrapper && [wrapper.format, wrapper.source, wrapper.destination];
};

describe('readWrapperLine', () => {
  it('Asterisk pjsip logger banners, with dashes or em dashes', () => {
    assert.deepEqual(ends('<--- Received SIP request (812 bytes) from UDP:203.0.113.7:5060 --->'), [
      'asterisk-pjsip',
      { address: '203.0.113.7:5060' },
      { local: 'Asterisk' },
    ]);
    assert.deepEqual(
      ends(
        '[Mar 10 17:27:02] VERBOSE[1] res_pjsip_logger.c: <— Transmitting SIP response (575 bytes) to TLS:[2001:db8::1]:5061 —>',
      ),
      ['asterisk-pjsip', { local: 'Asterisk' }, { address: '[2001:db8::1]:5061' }],
    );
  });

  it('chan_sip, sofia-sip, belle-sip and pjsua lines', () => {
    assert.deepEqual(ends('<--- SIP read from UDP:192.0.2.85:2371 --->')?.[1], {
      address: '192.0.2.85:2371',
    });
    assert.deepEqual(ends('Reliably Transmitting (NAT) to 192.0.2.102:50163:')?.[2], {
      address: '192.0.2.102:50163',
    });
    assert.deepEqual(ends('recv 1024 bytes from udp/[10.0.0.5]:5060 at 12:00:01.000000:'), [
      'sofia-sip',
      { address: '10.0.0.5:5060' },
      { local: 'Logging host' },
    ]);
    assert.deepEqual(ends('send 371 bytes to tcp/[2001:db8::5]:64706 at 16:25:17.144477:')?.[2], {
      address: '[2001:db8::5]:64706',
    });
    assert.deepEqual(
      ends('channel [0x1]: message sent to [UDP://pbx.example.com:5060], size: [481] bytes')?.[2],
      { address: 'pbx.example.com:5060' },
    );
    assert.deepEqual(
      ends(
        '00:00:07.167 pjsua_core.c ....TX 910 bytes Request msg INVITE/cseq=21755 (tdta0x3f83f25c) to UDP 192.168.1.107:5060:',
      )?.[2],
      { address: '192.168.1.107:5060' },
    );
  });

  it('ngrep, sngrep and tcpdump lines', () => {
    assert.deepEqual(ends('U 1.2.3.4:5060 -> 5.6.7.8:5060'), [
      'ngrep',
      { address: '1.2.3.4:5060' },
      { address: '5.6.7.8:5060' },
    ]);
    assert.deepEqual(
      ends('U 2015/08/20 17:34:01.843371 212.79.111.155:5060 -> 192.168.1.10:5060')?.[2],
      { address: '192.168.1.10:5060' },
    );
    assert.deepEqual(
      ends('2024/11/19 16:01:35.861404 172.21.10.46:6660 -> 172.21.10.43:6660')?.[1],
      { address: '172.21.10.46:6660' },
    );
    assert.deepEqual(
      ends('09:17:59.864749 IP host.example.com.sip > 10.0.0.7.49658: UDP, length 576'),
      ['tcpdump', { address: 'host.example.com:5060' }, { address: '10.0.0.7:49658' }],
    );
  });

  it('RFC 3665 flow lines, and nothing from ordinary log lines', () => {
    assert.deepEqual(readWrapperLine('   F3 100 Trying Proxy 1 -> Alice')?.flowLine, {
      rest: '100 Trying Proxy 1',
      to: 'Alice',
    });
    assert.equal(
      readWrapperLine(
        '2021-04-02 17:28:37.360956 [DEBUG] sofia.c:7325 entering state [ready][200]',
      ),
      null,
    );
    assert.equal(readWrapperLine('Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1'), null);
  });
});

describe('page breaks, log lines and start lines', () => {
  it('knows RFC page furniture', () => {
    assert.ok(
      isPageBreak('Johnston, et al.         Best Current Practice                 [Page 75]'),
    );
    assert.ok(
      isPageBreak('RFC 3665              SIP Basic Call Flow Examples         December 2003'),
    );
    assert.ok(!isPageBreak('   F1 INVITE Alice -> Proxy 1'));
  });

  it('knows log lines and not header fields', () => {
    assert.ok(isLogLine('2020-07-03 21:14:44.482903 SipDialog::~SipDialog - destroying'));
    assert.ok(isLogLine('Sep 08 11:19:43 core-rbx-1 kamailio[237295]: INFO: x'));
    assert.ok(isLogLine('<------------>'));
    assert.ok(!isLogLine('Date: Wed, 18 Nov 2020 11:57:41 GMT'));
    assert.ok(!isLogLine('a=rtpmap:0 PCMU/8000'));
  });

  it('finds a start line after a prefix, and not inside a sentence', () => {
    assert.equal(findStart('I/flutter (32165): SIP/2.0 401 Unauthorized'), 19);
    assert.equal(findStart('...c.......SIP/2.0 401 Unauthorized'), 11);
    assert.equal(findStart('..4..c..x..REGISTER sip:10.5.3.27:25564 SIP/2.0'), 11);
    assert.equal(findStart('CANCEL sip:48@ctmx.3s.pl:6050 SIP/2.0.'), 0);
    assert.equal(
      findStart('Unable to decipher SIP request: OPTIONS sip:1@0.0.0.0:5060 SIP/2.0Error'),
      -1,
    );
    assert.equal(findStart('Via: SIP/2.0/UDP 10.0.0.1'), -1);
    assert.equal(findStart('XSIP/2.0 200 OK'), -1);
  });
});
