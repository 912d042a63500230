// diagnose() as a whole: bad input, order, rules passed in, and wording of its own.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { indexRfcPhrases, sharedRuns } from '../../../src/lib/copied-wording.ts';
import { byPlace, diagnose } from '../../../src/lib/diagnose/index.ts';
import type { Diagnosis, DiagnosisRule } from '../../../src/lib/diagnose/types.ts';
import { buildExchange } from '../../../src/lib/trace/exchange.ts';
import { findMessages } from '../../../src/lib/trace/find.ts';
import type { Exchange } from '../../../src/lib/trace/types.ts';
import { explainData, traceDir } from '../trace/explain-data.ts';
import {
  at,
  CALLEE,
  CALLER,
  diagnoseText,
  invite,
  kindsOf,
  method,
  rfcSection,
  status,
  withResends,
} from './helpers.ts';
import { REASONS, SCENARIOS, withReason } from './scenarios.ts';

const exchangeOf = (text: string) => buildExchange(findMessages(text).messages);

describe('bad input', () => {
  it('an empty exchange gives nothing', () => {
    const empty: Exchange = { participants: [], messages: [], dialogs: [], problems: [] };
    assert.deepEqual(diagnose(empty, explainData), []);
  });

  it('messages without Call-ID, CSeq, Via or tags do not throw', () => {
    const bare = [
      'INVITE sip:bob@biloxi.example.com SIP/2.0\n\n',
      'SIP/2.0 200 OK\n\n',
      'SIP/2.0 200 OK\n\n',
      'SIP/2.0 487 Request Terminated\nReason: Q.850;cause=16\n\n',
      'CANCEL sip:bob@biloxi.example.com SIP/2.0\n\n',
      'SIP/2.0 481 Call/Transaction Does Not Exist\n\n',
      'SIP/2.0 491 Request Pending\n\n',
      'SIP/2.0 422 Session Interval Too Small\n\n',
      'SIP/2.0 401 Unauthorized\nWWW-Authenticate: Digest\n\n',
      'SIP/2.0 302 Moved Temporarily\nContact: nonsense\n\n',
      'SIP/2.0 503 Service Unavailable\nRetry-After: soon\n\n',
      'BYE sip:bob@biloxi.example.com SIP/2.0\n\n',
    ].join('');
    const found = diagnoseText(bare);
    for (const diagnosis of found) assert.ok(diagnosis.messages.length > 0);
  });

  it('the same exchange with its times removed: no timing claims, and no silence claims', () => {
    for (const [name, text] of Object.entries(SCENARIOS)) {
      const untimed = text.replace(/^U 2024\/05\/01 [\d:.]+ /gm, 'U ');
      const found = diagnoseText(untimed);
      for (const diagnosis of found)
        assert.doesNotMatch(diagnosis.detail, /\d s apart|after the first sending|goes on/, name);
    }
    const untimed = SCENARIOS.timerADoubling.replace(/^U 2024\/05\/01 [\d:.]+ /gm, 'U ');
    assert.match(
      diagnoseText(untimed).find((d) => d.kind === 'timer-a')!.detail,
      /no times for these messages/,
    );
  });

  it('every fixture, RFC flow and scenario is diagnosed without throwing', () => {
    const texts = [
      ...readdirSync(traceDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(new URL(name, traceDir), 'utf8')),
      ...Object.values(SCENARIOS),
    ];
    for (const text of texts) assert.ok(Array.isArray(diagnoseText(text)));
  });
});

describe('order and extra rules', () => {
  const extra: DiagnosisRule = (exchange) =>
    exchange.messages.length === 0
      ? []
      : [
          {
            kind: 'no-common-codec',
            severity: 'error',
            title: 'Offer and answer share no codec',
            detail: 'A rule from elsewhere.',
            messages: [exchange.messages.length - 1],
            rule: { rfc: 3264, section: '6', name: 'Answer to an offer' },
            page: '/488/',
          },
        ];

  it('runs the rules it is given after its own', () => {
    const found = diagnose(exchangeOf(SCENARIOS.timerG), explainData, [extra]);
    assert.deepEqual(kindsOf(found), ['no-common-codec', 'timer-g']);
  });

  it('sorts by the first message named, then errors before warnings before infos', () => {
    const found = diagnose(exchangeOf(SCENARIOS.race487After200), explainData, [extra]);
    const firsts = found.map((d) => d.messages[0]!);
    assert.deepEqual(
      firsts,
      [...firsts].sort((a, b) => a - b),
    );
    const sample: Diagnosis[] = (['info', 'error', 'warning'] as const).map((severity) => ({
      ...found[0]!,
      severity,
      messages: [2],
    }));
    assert.deepEqual(
      [...sample].sort(byPlace).map((d) => d.severity),
      ['error', 'warning', 'info'],
    );
  });

  it('names the CANCEL the receiver of an unknown dialog sent for its own INVITE', () => {
    const text =
      at(0, CALLER, CALLEE, invite()) +
      at(
        1,
        CALLEE,
        CALLER,
        method('BYE', {
          toTag: 'alice1',
          fromTag: 'bob1',
          via: CALLEE,
          branch: 'z9hG4bKb1',
        }).replace(
          'To: <sip:bob@biloxi.example.com>;tag=alice1',
          'To: <sip:bob@biloxi.example.com>;tag=alice1',
        ),
      ) +
      at(
        1.01,
        CALLER,
        CALLEE,
        status('481 Call/Transaction Does Not Exist', {
          toTag: 'alice1',
          fromTag: 'bob1',
          via: CALLEE,
          branch: 'z9hG4bKb1',
          cseq: '1 BYE',
        }),
      ) +
      at(6, CALLER, CALLEE, method('CANCEL'));
    const found = diagnoseText(text).find((d) => d.kind === 'dialog-unknown-481')!;
    assert.match(found.detail, /later sends the CANCEL on line \d+ for its INVITE of this Call-ID/);
  });
});

describe('wording', () => {
  it('no finding shares a run of ten words with the RFC texts', () => {
    const folder = new URL('../../../reference/rfc/', import.meta.url);
    const index = indexRfcPhrases(
      readdirSync(folder)
        .filter((name) => /^rfc\d+\.txt$/.test(name))
        .map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') })),
    );
    const texts = [
      ...readdirSync(traceDir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(new URL(name, traceDir), 'utf8')),
      ...Object.values(SCENARIOS),
      ...REASONS.map(({ status: line, cause }) => withReason(line, cause)),
      withResends(rfcSection(3665, '2.5')),
      withResends(rfcSection(3665, '3.4')),
      rfcSection(4028, '13'),
    ];
    const kinds = new Set<string>();
    for (const text of texts)
      for (const diagnosis of diagnoseText(text)) {
        kinds.add(diagnosis.kind);
        for (const words of [diagnosis.title, diagnosis.detail])
          assert.deepEqual(sharedRuns(words, index), [], `${diagnosis.kind}: ${words}`);
      }
    // Every kind the rules can give was read; the media kinds' wording is read in media.test.ts.
    const media = new Set(['no-common-codec', 'private-address']);
    assert.deepEqual([...kinds].filter((kind) => !media.has(kind)).sort(), [
      '2xx-retransmission',
      '2xx-without-ack',
      '422-session-interval',
      '491-glare',
      '503-service-unavailable',
      'auth-loop',
      'cancel-481',
      'cancel-after-answer',
      'dialog-unknown-481',
      'final-after-2xx',
      'no-answer-after-100',
      'reason-contradicts-status',
      'redirect-not-followed',
      'reliable-1xx',
      'response-repeated',
      'second-final',
      'timer-a',
      'timer-b',
      'timer-e',
      'timer-f',
      'timer-g',
    ]);
  });
});
