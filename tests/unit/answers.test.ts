// Instant answers over the real content: what people paste, taken from real logs, must land on
// the right page first. Log lines are quoted from public issue threads (URL beside each) and
// from RFC 3665's message listings; IP addresses and numbers are as posted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { data, urls, expectFirst } from './answer-checks.ts';
import { answers, type Answer } from '../../src/lib/answers/index.ts';

describe('answers: the examples that used to find nothing or the wrong page', () => {
  it('pasted status lines', () => {
    expectFirst('SIP/2.0 503 Service Unavailable', '/503/', true);
    expectFirst('SIP/2.0 486 Busy Here', '/486/', true);
  });

  it('USER_BUSY is cause 17, with 486 next', () => {
    const [cause, code] = answers('USER_BUSY', data) as [Answer, Answer];
    assert.deepEqual([cause.url, cause.exact, cause.kind], ['/causes/17/', true, 'cause']);
    assert.deepEqual([code.url, code.exact, code.match], ['/486/', false, 'maps-to']);
  });

  it('cause=17 opens the cause page', () => {
    expectFirst('cause=17', '/causes/17/', true);
  });

  it('Reason: Q.850;cause=34 is cause 34, with 503 close behind', () => {
    expectFirst('Reason: Q.850;cause=34', '/causes/34/', true);
    assert.equal(urls('Reason: Q.850;cause=34')[1], '/503/');
  });

  it('NORMAL_CLEARING is cause 16 and says it is a normal hang-up', () => {
    const answer = expectFirst('NORMAL_CLEARING', '/causes/16/', true);
    assert.match(answer.detail, /^Not a failure: /);
    assert.match(answer.detail, /hung up/);
  });

  it('spam is 607', () => {
    const answer = expectFirst('spam', '/607/', false);
    assert.equal(answer.match, 'alias');
  });

  it('4O4 suggests 404 and is never read as another code', () => {
    const all = answers('4O4', data);
    assert.deepEqual(
      all.map((answer) => [answer.kind, answer.url, answer.exact]),
      [['suggestion', '/404/', false]],
    );
    assert.equal(all[0]!.label, 'Did you mean 404 Not Found?');
  });
});

describe('answers: codes and status lines', () => {
  it('a bare code is exact, registered or not', () => {
    const busy = expectFirst('486', '/486/', true);
    assert.deepEqual([busy.kind, busy.label], ['code', '486 Busy Here']);
    const unknown = expectFirst(' 499 ', '/499/', true);
    assert.equal(unknown.kind, 'unregistered-code');
    assert.deepEqual(answers('099', data), []);
    assert.deepEqual(answers('700', data), []);
  });

  it('letters typed for digits: O, o, l and I', () => {
    for (const [typed, url] of [
      ['5OO', '/500/'],
      ['4o8', '/408/'],
      ['l80', '/180/'],
      ['I00', '/100/'],
      ['6O3', '/603/'],
    ]) {
      const all = answers(typed!, data);
      assert.deepEqual(
        all.map((answer) => answer.url),
        [url],
        typed,
      );
      assert.equal(all[0]!.kind, 'suggestion');
    }
    // No digit at all, or no such code: no guess.
    assert.deepEqual(answers('lol', data), []);
    assert.deepEqual(answers('4O9', data), []);
  });

  it('reads status lines with log prefixes, odd spacing and case', () => {
    const lines: [string, string][] = [
      // https://github.com/davehorton/sofia-sip/pull/6
      [
        'nta.c:3459 agent_recv_response() nta: received 480 Temporarily Unavailable for INVITE (1)',
        '/480/',
      ],
      [
        'nta.c:6950 incoming_reply() nta: sent 503 Service Unavailable for INVITE (1012419617)',
        '/503/',
      ],
      // https://github.com/onsip/SIP.js/issues/261
      ['"SIP/2.0 488 Not acceptable here" in Asterisk 11.19', '/488/'],
      // RFC 3665 §3.6, F6 (two spaces after the version)
      ['SIP/2.0  486 Busy Here', '/486/'],
      // RFC 3665 §3.2 prints a phrase of its own; the code is what counts.
      ['SIP/2.0 407 Proxy Authorization Required', '/407/'],
      ['SIP/2.0 480 No Response', '/480/'],
      [
        '2024-05-01 10:00:00.123 [DEBUG] sofia.c:7493 Channel entering state [completed][486]\nsip:bob SIP/2.0 486 Busy here',
        '/486/',
      ],
      ['Got SIP response 486 "Busy Here" back from 10.0.0.5:5060', '/486/'],
      ['<-- SIP/2.0 200 OK', '/200/'],
      ['sip/2.0 603 decline', '/603/'],
    ];
    for (const [line, url] of lines) {
      const answer = expectFirst(line, url, true);
      assert.equal(answer.match, 'status-line', line);
    }
  });

  it('a pasted trace answers with its failure first, each code once', () => {
    // RFC 3665 §3.6 (busy), F1–F10 condensed to their status lines and a few headers.
    const trace = [
      'F2 100 Trying Proxy 1 -> Alice',
      'SIP/2.0 100 Trying',
      'Via: SIP/2.0/UDP client.atlanta.example.com:5060;branch=z9hG4bK74bf9',
      'CSeq: 1 INVITE',
      'Content-Length: 0',
      '',
      'F6 486 Busy Here Bob -> Proxy 2',
      'SIP/2.0  486 Busy Here',
      'To: Bob <sip:bob@biloxi.example.com>;tag=314159',
      '',
      'F10 486 Busy Here Proxy 1 -> Alice',
      'SIP/2.0 486 Busy Here',
    ].join('\r\n');
    assert.deepEqual(urls(trace), ['/486/', '/100/']);
  });

  it('a Reason header with the SIP protocol is a status code', () => {
    const answer = expectFirst(
      'Reason: SIP;cause=480;text="Temporarily Unavailable"',
      '/480/',
      true,
    );
    assert.equal(answer.match, 'reason-header');
    // FreeSWITCH writes its own causes above 127 this way (see content/causes/freeswitch.yaml).
    assert.deepEqual(urls('Reason: SIP;cause=487;text="ORIGINATOR_CANCEL"').slice(0, 2), [
      '/487/',
      '/causes/487/',
    ]);
  });

  it('reads status codes in log fields', () => {
    // https://github.com/kamailio/kamailio/issues/4911
    expectFirst(
      'acc [acc.c:286]: acc_log_request(): ACC: call missed: timestamp=1788859236;method=INVITE;code=478;reason=Request Failure;src_user=+33XXXXXXXXX',
      '/478/',
      true,
    );
    expectFirst('variable_proto_specific_hangup_cause: [sip:486]', '/486/', true);
    expectFirst('variable_sip_term_status: [503]', '/503/', true);
  });
});

describe('answers: bad input', () => {
  it('answers nothing for empty, blank or non-text input', () => {
    for (const query of ['', ' ', '\t\n', '\u0000\u0001\u0002', '📞🔥💥', 'Busy', '.*', '(a+)+$']) {
      assert.deepEqual(answers(query, data), [], JSON.stringify(query));
    }
    assert.deepEqual(answers(undefined as unknown as string, data), []);
    assert.deepEqual(answers(486 as unknown as string, data), []);
    assert.deepEqual(answers('486', undefined as unknown as typeof data), []);
  });

  it('ignores markup and control characters around what it reads', () => {
    expectFirst('<mark>486</mark>', '/486/', true);
    expectFirst('<script>alert(1)</script>SIP/2.0 486 Busy Here', '/486/', true);
    expectFirst('SIP/2.0\u0000 486\u0007 Busy Here', '/486/', true);
    expectFirst('\u202EUSER_BUSY', '/causes/17/', true);
    for (const query of [
      '<img src=x onerror=alert(1)>',
      '${alert(1)}',
      '^$|?*+(){}[]',
      "' OR '1'='1",
    ]) {
      assert.deepEqual(answers(query, data), [], query);
    }
  });

  it('reads a 100 KB paste, finding the line that matters at its end', () => {
    const noise = 'DEBUG[213] config.c: extract uint from [1] in [0, 4294967295] gives [1](0)\n';
    const paste = `${noise.repeat(Math.ceil(100_000 / noise.length))}SIP/2.0 503 Service Unavailable\n`;
    assert.ok(paste.length > 100_000);
    assert.deepEqual(urls(paste), ['/503/']);
    assert.deepEqual(answers('x'.repeat(100_000), data), []);
    // A long run of bare numbers is neither short enough to be a query nor a status line.
    assert.deepEqual(answers('486 '.repeat(25_000), data), []);
  });

  it('answers at most the limit asked for, each page once', () => {
    const many = [
      'SIP/2.0 100 Trying',
      'SIP/2.0 180 Ringing',
      'SIP/2.0 486 Busy Here',
      'SIP/2.0 486 Busy Here',
      'cause=17',
      'USER_BUSY',
      'SIP/2.0 603 Decline',
      'SIP/2.0 200 OK',
    ].join('\n');
    const all = answers(many, data, 10);
    assert.equal(new Set(all.map((answer) => answer.url)).size, all.length);
    assert.equal(answers(many, data, 3).length, 3);
    assert.equal(all[0]!.url, '/486/');
  });

  it('reads nothing from a request without responses (a whole INVITE as logged)', () => {
    // https://github.com/asterisk/asterisk/issues/1003 (shortened)
    const invite = [
      '[Nov 27 01:55:12] VERBOSE[213] res_pjsip_logger.c: <--- Received SIP request (924 bytes) from UDP:123.127.194.4:32766 --->',
      'INVITE sip:0150****1701@58.57.109.227 SIP/2.0^M',
      'Via: SIP/2.0/UDP 123.127.194.4:32766;branch=z9hG4bK73be2e080a52466a^M',
      'CSeq: 21703 INVITE^M',
      'Max-Forwards: 70^M',
      'm=audio 16130 RTP/AVP 18 8 0 101^M',
      'a=fmtp:101 0-15^M',
      '[Nov 27 01:55:12] DEBUG[213] config.c: extract int from [100] in [0, 65535] gives [100](0)',
    ].join('\n');
    assert.deepEqual(answers(invite, data), []);
  });

  it('is the same for the same input, and every url is a site path', () => {
    const query = 'Reason: Q.850;cause=34;text="No circuit/channel available"';
    assert.deepEqual(answers(query, data), answers(query, data));
    for (const answer of answers(query, data)) assert.match(answer.url, /^\/(causes\/)?\d+\/$/);
  });
});
