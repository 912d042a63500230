// Instant answers over the real content, for causes, proxies, aliases and phrases: what people
// paste from PBX and proxy logs must land on the right page first. Log lines are quoted from
// public issue threads (URL beside each); IP addresses and numbers are as posted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { data, first, urls, expectFirst } from './answer-checks.ts';
import { answers, type Answer } from '../../src/lib/answers/index.ts';

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
    // The cause says why the call failed; the 183 only carried it.
    assert.deepEqual(urls(progress).slice(0, 3), ['/causes/17/', '/183/', '/486/']);
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
    // FreeSWITCH sends 603 for CALL_REJECTED; RFC 3398's first row is 403 (603 when the user refused).
    assert.deepEqual(
      [fsCode.url, fsCode.detail],
      ['/603/', 'What FreeSWITCH sends to refuse a call with cause 21'],
    );
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
    expectFirst('busy here', '/486/', true);
    assert.deepEqual(urls('Not Acceptable').slice(0, 2), ['/406/', '/606/']);
    const former = first('Unsupported Certificate')!;
    assert.deepEqual([former.url, former.detail], ['/437/', 'Its former reason phrase']);
    // chan_sip's own wording of a registered phrase
    expectFirst('Declined', '/603/', true);
  });

  it('reads a code standing among a few words', () => {
    // One code and nothing else: Enter opens it.
    expectFirst('error 503', '/503/', true);
    expectFirst('486 📵', '/486/', true);
  });
});
