// The log-line reader's parts, as pure functions: what noise is, what a field's name says, how
// the words around a number weigh it, and what the full-text search looks for in a long line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { data } from './answer-checks.ts';
import { answers } from '../../src/lib/answers/index.ts';
import { fullTextQuery } from '../../src/lib/answers/full-text.ts';
import { blankNoise } from '../../src/lib/answers/noise.ts';
import { fieldKind, scoreNumber, SHOWN_FROM } from '../../src/lib/answers/numbers.ts';

describe('blankNoise', () => {
  it('blanks addresses, times, sizes, positions and numeric headers, keeping every position', () => {
    for (const noise of [
      '192.168.1.180',
      '10.0.0.5:5060',
      '[2001:db8::1]:5060',
      'sip:100@pbx.example.com',
      '10:23:45.512',
      '2024-05-01 10:00:00.123',
      'sofia.c:7493',
      't_reply.c(123)',
      '0x7f3a2b',
      'a3f9c2d41b',
      '97.77%',
      '180 ms',
      '512 bytes',
      'CSeq: 102 INVITE',
      'Content-Length: 180',
      'Warning: 399 host "Reason:148"',
      'm=audio 16384 RTP/AVP 0 8 101',
      'RFC 3261',
      'asterisk[123]',
      '0(12345)',
    ]) {
      const blanked = blankNoise(`x ${noise} y`);
      assert.equal(blanked.length, noise.length + 4, noise);
      assert.doesNotMatch(blanked, /[1-6]\d\d/, noise);
    }
  });

  it('leaves codes alone, and line breaks where they were', () => {
    assert.equal(blankNoise('got 486 from proxy'), 'got 486 from proxy');
    assert.equal(blankNoise('code=500\n10.0.0.1\n'), 'code=500\n        \n');
    assert.equal(blankNoise(''), '');
  });
});

describe('fieldKind', () => {
  it('reads a field name in any style', () => {
    for (const name of [
      'sipResponseCode',
      'SipResponseCode',
      'sip_term_status',
      'status',
      'reply-code',
      'reason',
    ])
      assert.equal(fieldKind(name), 'code', name);
    for (const name of [
      'HangupCauseCode',
      'X-Asterisk-HangupCauseCode',
      'hangupcause',
      'q850',
      'Cause',
    ])
      assert.equal(fieldKind(name), 'cause', name);
    assert.equal(fieldKind('sip_hangup_cause'), 'code-or-cause');
  });

  it('knows counts, ports and ids are not codes', () => {
    for (const name of [
      'prio',
      'rtp_port',
      'Content-Length',
      'cseq',
      'id',
      'response_time',
      'sip_tos',
      'because',
      'x',
    ])
      assert.equal(fieldKind(name), null, name);
  });
});

describe('scoreNumber', () => {
  const shown = (before: string, after: string) =>
    scoreNumber(before, after, false).score >= SHOWN_FROM;

  it('shows a number where the words around it make it a status', () => {
    assert.ok(shown('got sip response ', ' while registering'));
    assert.ok(shown('reply code is <', '>'));
    assert.ok(shown('Channel entering state [terminating][', ']'));
    assert.ok(shown('Telephony - ', ' - Caller ID is unauthorized'));
    assert.ok(shown('session closed: ', ' Rejected'));
    assert.ok(shown('Response msg ', '/INVITE/cseq=1'));
    assert.equal(scoreNumber('got sip response ', '', false).why, 'The status after “response”');
  });

  it('hides a number that counts something or names someone', () => {
    assert.ok(!shown('dialing extension ', ' now'));
    assert.ok(!shown('received [', '] new bytes from UDP'));
    assert.ok(!shown('Running State Change CS_NEW (Cur ', ' Tot 9314)'));
    assert.ok(!shown('Incoming SIP <', '>[S=1718575]'));
    assert.ok(!shown('sip_tos\t\t\t', ''));
    assert.ok(!shown('', ''));
    // The same number alone as a short query is what is looked up.
    assert.ok(scoreNumber('', '', true).score >= SHOWN_FROM);
  });
});

describe('answers: lines of any shape', () => {
  it('reads the code wherever the line puts it', () => {
    for (const [line, url] of [
      ['got sip response 408 while registering', '/408/'],
      ['picked branch 0, code 500 (prio=700)', '/500/'],
      ['reply code is <487>', '/487/'],
      ['receiving call response [403]', '/403/'],
      ['"sip_hangup_cause": "603"', '/603/'],
      ["'SipResponseCode' => '487'", '/487/'],
      ['Cause: 488', '/488/'],
      ['X-Asterisk-HangupCauseCode: 44', '/causes/44/'],
      ['hangupcause=17', '/causes/17/'],
      ['Cause-code = Recovery on timer expiry (102)', '/causes/102/'],
      ['INVITE 401', '/401/'],
    ] as const) {
      const [first] = answers(line, data);
      assert.deepEqual([first?.url, first?.exact], [url, true], line);
    }
  });

  it('says why it read a number so', () => {
    assert.equal(
      answers('got sip response 408 while registering', data)[0]!.detail,
      'The status after “response”',
    );
    assert.equal(
      answers('"sip_hangup_cause": "603"', data)[0]!.detail,
      'The value of “sip_hangup_cause”',
    );
  });

  it('finds names inside a long line, in any case and with _ - or spaces', () => {
    const line =
      '2024-01-01 10:00:00 [NOTICE] switch_channel.c:1 hangup reason: recovery-on-timer-expiry after 32s';
    assert.equal(answers(line, data)[0]!.url, '/causes/102/');
    // A reason phrase counts where it is written as one, not as words of a sentence.
    assert.deepEqual(
      answers(
        'ERROR: tm [t_suspend.c:192]: t_continue_helper(): active transaction not found',
        data,
      ),
      [],
    );
    assert.equal(answers('call failed: Service Unavailable (from carrier)', data)[0]!.url, '/503/');
  });

  it('opens nothing on Enter when two readings are close', () => {
    const [first] = answers('T_code=183, new_code=500', data);
    assert.equal(first!.exact, false);
  });

  it('answers nothing for numbers that are not codes', () => {
    for (const line of [
      'CSeq: 102 INVITE',
      'Content-Length: 180',
      '10.0.0.180:5060',
      'prio=700',
      'Received 180 bytes',
      'extension 100 registered',
    ])
      assert.deepEqual(answers(line, data), [], line);
  });

  it('stays safe on bad input: a megabyte, binary, markup, 10,000 digits', () => {
    const megabyte = 'Jan 1 00:00:00 host app[1]: line of 512 bytes from 10.0.0.1:5060 ok\n'.repeat(
      16_000,
    );
    assert.ok(megabyte.length > 1_000_000);
    assert.deepEqual(answers(megabyte, data), []);
    const binary = String.fromCharCode(
      ...Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 256),
    );
    assert.ok(Array.isArray(answers(binary, data)));
    assert.deepEqual(answers('<img src=x onerror=alert(1)> <b>code</b>', data), []);
    assert.deepEqual(answers('1'.repeat(10_000), data), []);
    assert.deepEqual(answers('486 '.repeat(25_000), data), []);
  });
});

describe('fullTextQuery', () => {
  it('keeps a typed query as it is', () => {
    assert.equal(fullTextQuery('busy here', []), 'busy here');
  });

  it('searches a long line for what its first answer read', () => {
    const line =
      '2024-01-01 10:00:00.123 [DEBUG] sofia.c:7493 Channel sofia/external/1000 entering state [completed][486]';
    assert.equal(fullTextQuery(line, answers(line, data)), '486');
    const cause =
      'Jan 1 00:00:00 pbx: Hangup sofia/external/1000 [CS_EXECUTE] [USER_BUSY] after ringing for long';
    assert.equal(fullTextQuery(cause, answers(cause, data)), 'User busy');
  });

  it('searches a long line without answers for its longest words, not every token', () => {
    const line =
      '2024-01-01 10:00:00.123 [DEBUG] switch_core.c:123 Something happened to transcoding negotiation on 10.0.0.1';
    assert.equal(fullTextQuery(line, []), 'transcoding negotiation Something');
  });
});

describe('answers: words engineers use for a cause', () => {
  it('reads Asterisk’s "circuit-busy" and "congestion" as cause 34, also inside a line', () => {
    for (const query of [
      'congestion',
      'circuit-busy',
      '    -- PJSIP/trunk-00000042 is circuit-busy',
      '[Dec  5 10:00:01] VERBOSE[1234][C-00000001] app_dial.c: PJSIP/trunk-00000042 is circuit-busy',
    ]) {
      const [first] = answers(query, data);
      assert.equal(first?.url, '/causes/34/', query);
      assert.match(first!.detail, /Looked up as/);
    }
  });
});
