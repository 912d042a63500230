// Instant answers over the real content: what people paste, taken from real logs, must land on
// the right page first. Log lines are quoted from public issue threads (URL beside each) and
// from RFC 3665's message listings; IP addresses and numbers are as posted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answers, type Answer } from '../../src/lib/answers/index.ts';
import { realAnswerData } from './answer-data.ts';

const data = realAnswerData();
const first = (query: string) => answers(query, data)[0];
const urls = (query: string) => answers(query, data).map((answer) => answer.url);

function expectFirst(query: string, url: string, exact: boolean) {
  const answer = first(query);
  assert.ok(answer, `no answer for ${JSON.stringify(query)}`);
  assert.equal(
    answer.url,
    url,
    `${JSON.stringify(query)} → ${JSON.stringify(answers(query, data))}`,
  );
  assert.equal(answer.exact, exact, `${JSON.stringify(query)} exact`);
  return answer;
}

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

describe('answers: causes', () => {
  it('reads cause numbers in every common form', () => {
    for (const query of [
      'cause=17',
      'cause 17',
      'Cause: 17',
      'Q.850 17',
      'Q850 cause 17',
      'q.850 cause=17',
      'variable_hangup_cause_q850: [17]',
      'hangup_cause_q850=17',
    ]) {
      expectFirst(query, '/causes/17/', true);
    }
  });

  it('reads Reason headers with Q.850 causes', () => {
    // https://github.com/signalwire/freeswitch/issues/2521: a 183 that carries the cause.
    const progress = [
      'SIP/2.0 183 Session Progress',
      'Via: SIP/2.0/UDP 10.235.25.2:5080;branch=z9hG4bKBr49XeaStXg2a;rport=5080',
      'CSeq: 83934525 INVITE',
      'Reason: Q.850;cause=17;text="User busy"',
      'Content-Length: 0',
    ].join('\n');
    assert.deepEqual(urls(progress).slice(0, 3), ['/183/', '/causes/17/', '/486/']);
    // https://github.com/fusionpbx/fusionpbx/pull/5167 (spaces after the semicolons)
    expectFirst('Reason: Q.850; cause=16; text=NORMAL_CLEARING', '/causes/16/', true);
    // https://github.com/mikopbx/Core/issues/319
    expectFirst('Code: Q.850;cause=16', '/causes/16/', true);
  });

  it('reads cause names in any case, with underscores or spaces', () => {
    for (const [query, url] of [
      ['USER_BUSY', '/causes/17/'],
      ['user busy', '/causes/17/'],
      ['User Busy', '/causes/17/'],
      ['AST_CAUSE_BUSY', '/causes/17/'],
      ['ast_cause_user_busy', '/causes/17/'],
      ['SWITCH_CAUSE_USER_BUSY', '/causes/17/'],
      ['NORMAL_TEMPORARY_FAILURE', '/causes/41/'],
      ['normal temporary failure', '/causes/41/'],
      ['NORMAL CLEARING', '/causes/16/'],
      ['no circuit/channel available', '/causes/34/'],
      ['ORIGINATOR_CANCEL', '/causes/487/'],
      ['AST_CAUSE_CONGESTION', '/causes/34/'],
    ]) {
      const answer = expectFirst(query!, url!, true);
      assert.equal(answer.kind, 'cause');
    }
  });

  it('names the stack a cause name came from, and gives that stack’s code next', () => {
    const [fsCause, fsCode] = answers('CALL_REJECTED', data) as [Answer, Answer];
    assert.match(fsCause.detail, /^FreeSWITCH CALL_REJECTED/);
    // FreeSWITCH sends 603 for CALL_REJECTED where RFC 3398 sends 403.
    assert.deepEqual([fsCode.url, fsCode.detail], ['/603/', 'What FreeSWITCH sends for cause 21']);
    const [, rfcCode] = answers('call rejected', data) as [Answer, Answer];
    assert.equal(rfcCode.url, '/403/');
    const [astCause] = answers('AST_CAUSE_CALL_REJECTED', data) as [Answer];
    assert.match(astCause.detail, /^Asterisk AST_CAUSE_CALL_REJECTED/);
  });

  it('reads FreeSWITCH and Asterisk log lines', () => {
    const lines: [string, string][] = [
      // https://github.com/inextrix/ASTPP/issues/97
      [
        '2016-10-24 17:36:14.334476 [NOTICE] sofia.c:8048 Hangup sofia/external/50660007508 [CS_CONSUME_MEDIA] [NORMAL_CLEARING]',
        '/causes/16/',
      ],
      [
        '2016-10-24 17:36:14.334476 [INFO] mod_dptools.c:3401 Originate Failed.  Cause: NORMAL_CLEARING',
        '/causes/16/',
      ],
      // https://github.com/fusionpbx/fusionpbx/issues/2548
      [
        '0c9c70b8-0345-46e1-a193-67751042f058 2017-06-02 20:40:04.152248 [DEBUG] switch_ivr_originate.c:3829 Originate Resulted in Error Cause: 487 [ORIGINATOR_CANCEL]',
        '/causes/487/',
      ],
      [
        '873afbb6-acd8-432e-b6ea-1b739a7e7e9e 2017-06-02 20:40:04.152248 [DEBUG] switch_core_state_machine.c:174 sofia/external/5059687272 Standard REPORTING, cause: ORIGINATOR_CANCEL',
        '/causes/487/',
      ],
      [
        'Event: Hangup\r\nChannel: PJSIP/100-00000001\r\nCause: 17\r\nCause-txt: User busy',
        '/causes/17/',
      ],
      ['Cause-txt: Normal Clearing', '/causes/16/'],
    ];
    for (const [line, url] of lines) expectFirst(line, url, true);
  });

  it('leaves cause numbers that no table names', () => {
    assert.deepEqual(answers('cause=250', data), []);
    assert.deepEqual(answers('because 3 of them failed', data), []);
  });
});

describe('answers: proxies, aliases and phrases', () => {
  it('reads Kamailio and OpenSIPS replies, suffixes and all', () => {
    const lines: [string, string][] = [
      ['477 Unfortunately error on sending to next hop occurred (477/TM)', '/477/'],
      // https://github.com/kamailio/kamailio/issues/2802-style sl log line
      [
        'sl [sl_funcs.c:362]: sl_reply_error(): stateless error reply used: Unfortunately error on sending to next hop occurred (477/SL)',
        '/477/',
      ],
      // https://github.com/dOpensource/dsiprouter/issues/221
      ['477 -Unfortunately error on sending to next hop occurred (477/SL)', '/477/'],
      // https://github.com/OpenSIPS/opensips/issues/1221
      ['OpenSIPS 2.2.x - 477/TM Error', '/477/'],
      ['Unresolvable destination (478/TM)', '/478/'],
      ['Unresolvable destination (476/SL)', '/476/'],
      ['SIP/2.0 479 Regretfully, we were not able to process the URI (479/SL)', '/479/'],
    ];
    for (const [line, url] of lines) {
      const answer = expectFirst(line, url, true);
      assert.equal(answer.kind, 'unregistered-code', line);
    }
    // Without its signature, a phrase both proxies use names both codes.
    assert.deepEqual(urls('Unresolvable destination'), ['/478/', '/476/']);
    // A registered code's own phrase: the number in brackets is an error, not the code.
    const sorry = first("I'm terribly sorry, server error occurred (1/SL)")!;
    assert.deepEqual([sorry.url, sorry.match], ['/500/', 'proxy-phrase']);
  });

  it('says when a status line is a relayed rewrite', () => {
    const answer = expectFirst('SIP/2.0 500 Service Unavailable', '/500/', true);
    assert.match(answer.detail, /relays a 503/);
  });

  it('reads aliases, also among other words', () => {
    for (const [query, url] of [
      ['spam', '/607/'],
      ['Robocall', '/607/'],
      ['telemarketing', '/607/'],
      ['spam call', '/607/'],
      ['do not disturb', '/480/'],
      ['DND', '/480/'],
      ['glare', '/491/'],
    ]) {
      const answer = expectFirst(query!, url!, false);
      assert.equal(answer.match, 'alias', query);
    }
  });

  it('reads reason phrases, current and former, before a stack cause of the same words', () => {
    expectFirst('busy here', '/486/', false);
    assert.deepEqual(urls('Not Acceptable').slice(0, 2), ['/406/', '/606/']);
    const former = first('Unsupported Certificate')!;
    assert.deepEqual([former.url, former.detail], ['/437/', 'Its former reason phrase']);
    // chan_sip's own wording of a registered phrase
    expectFirst('Declined', '/603/', false);
  });

  it('reads a code standing among a few words', () => {
    expectFirst('error 503', '/503/', false);
    expectFirst('486 📵', '/486/', false);
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
    expectFirst('<mark>486</mark>', '/486/', false);
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
