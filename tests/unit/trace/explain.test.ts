// The explainer on synthetic exchanges: roles, each kind of problem, annotations, summary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainTrace } from '../../../src/lib/trace/index.ts';
import { CALLEE, CALLER, ngrep, request, response, there, back } from './calls.ts';
import { explainData } from './explain-data.ts';

const kinds = (text: string) => explainTrace(text, explainData).problems.map((p) => p.kind);

describe('explainTrace: a busy call', () => {
  const trace = [
    there(request('INVITE')),
    back(response('180 Ringing', { toTag: 'b1' })),
    back(response('486 Busy Here', { toTag: 'b1', extra: ['Retry-After: 300 (in a meeting)'] })),
    there(request('ACK', { toTag: 'b1', cseq: '1 ACK' })),
  ].join('\n');
  const result = explainTrace(trace, explainData);

  it('names the participants from the log and writes the summary', () => {
    assert.deepEqual(
      result.participants.map((p) => p.label),
      [CALLER, CALLEE],
    );
    assert.equal(
      result.summary,
      `The INVITE from ${CALLER} was rejected with 486 Busy Here by ${CALLEE} after ringing; ${CALLER} acknowledged it.`,
    );
  });

  it('knows each request’s role and finds no problem', () => {
    assert.deepEqual(
      result.messages.map((m) => m.role),
      ['initial-invite', null, null, 'ack-non-2xx'],
    );
    assert.deepEqual(result.problems, []);
  });

  it('reads Retry-After and links the code page', () => {
    const busy = result.messages[2]!.annotations;
    assert.deepEqual(busy.retryAfter, { seconds: 300, comment: 'in a meeting' });
    assert.equal(busy.response?.href, '/486/');
    assert.equal(busy.response?.registered, true);
    assert.equal(busy.response?.registeredReason, null);
    assert.equal(result.ladderCode, 486);
  });
});

describe('explainTrace: problems in the trace', () => {
  it('a 2xx to INVITE with no ACK', () => {
    assert.deepEqual(kinds(there(request('INVITE')) + back(response('200 OK', { toTag: 't' }))), [
      'no-ack',
    ]);
  });

  it('an ACK for a 2xx with a new branch is fine, one reusing the INVITE branch is not', () => {
    const ok = there(request('INVITE')) + back(response('200 OK', { toTag: 't' }));
    assert.deepEqual(
      kinds(ok + there(request('ACK', { branch: 'z9hG4bKnew', toTag: 't', cseq: '1 ACK' }))),
      [],
    );
    assert.deepEqual(kinds(ok + there(request('ACK', { toTag: 't', cseq: '1 ACK' }))), [
      'ack-mismatch',
    ]);
  });

  it('an ACK or CANCEL that does not match its INVITE', () => {
    const invite = there(request('INVITE')) + back(response('486 Busy Here', { toTag: 't' }));
    assert.deepEqual(
      kinds(invite + there(request('ACK', { branch: 'z9hG4bKother', toTag: 't', cseq: '2 ACK' }))),
      ['ack-mismatch'],
    );
    assert.deepEqual(
      kinds(
        there(request('INVITE')) +
          there(request('CANCEL', { branch: 'z9hG4bKother', cseq: '1 CANCEL' })),
      ),
      ['cancel-mismatch'],
    );
    const cancelled = explainTrace(
      there(request('INVITE')) + there(request('CANCEL', { cseq: '1 CANCEL' })),
      explainData,
    );
    assert.equal(cancelled.messages[1]!.role, 'cancel');
    assert.match(cancelled.messages[1]!.description, /CANCEL of the INVITE on line 2/);
  });

  it('a response, an ACK or a CANCEL with no INVITE in the paste', () => {
    assert.deepEqual(kinds(back(response('486 Busy Here', { toTag: 't' }))), [
      'unmatched-response',
    ]);
    assert.deepEqual(kinds(there(request('ACK', { cseq: '1 ACK', toTag: 't' }))), [
      'unmatched-ack',
    ]);
    assert.deepEqual(kinds(there(request('CANCEL', { cseq: '1 CANCEL' }))), ['unmatched-cancel']);
  });

  it('a retransmission', () => {
    const invite = there(request('INVITE'));
    assert.deepEqual(kinds(invite + invite), ['retransmission']);
    const ringing = back(response('180 Ringing', { toTag: 't' }));
    assert.deepEqual(kinds(invite + ringing + ringing), ['retransmission']);
  });

  it('a Content-Length that disagrees with the body', () => {
    const body = 'v=0\no=- 1 1 IN IP4 192.0.2.10\ns=-\n';
    assert.deepEqual(kinds(there(request('INVITE', { body }))), []);
    assert.deepEqual(kinds(there(request('INVITE', { body, contentLength: 200 }))), [
      'content-length',
    ]);
  });

  it('a re-INVITE and a request within a dialog', () => {
    const result = explainTrace(
      there(request('INVITE', { toTag: 't', cseq: '2 INVITE' })) +
        there(request('BYE', { toTag: 't', cseq: '3 BYE' })),
      explainData,
    );
    assert.deepEqual(
      result.messages.map((m) => m.role),
      ['re-invite', 'in-dialog'],
    );
  });
});

describe('explainTrace: words', () => {
  it('uses "an" before a vowel', () => {
    const result = explainTrace(
      ngrep(CALLEE, CALLER, response('486 Busy Here', { toTag: 't' })),
      explainData,
    );
    assert.equal(result.messages[0]!.description, 'answers an INVITE that is not in the paste');
    assert.match(result.summary, /^A 486 Busy Here went from .* answering an INVITE\./);
  });

  it('tells a long series of attempts by its start and end, in a few hundred characters', () => {
    const polls = Array.from({ length: 300 }, (_, at) => [
      there(request('OPTIONS', { branch: `z9hG4bKp${at}`, cseq: `${at + 1} OPTIONS` })),
      back(response('200 OK', { branch: `z9hG4bKp${at}`, cseq: `${at + 1} OPTIONS`, toTag: 'b' })),
    ]).flat();
    const { summary } = explainTrace(polls.join('\n'), explainData);
    assert.ok(summary.length < 400, `${summary.length} characters`);
    assert.match(summary, /was sent 296 more times; last \(CSeq 300\), it was accepted/);
  });
});

describe('content/warn-codes.yaml', () => {
  it('holds exactly the warn-codes RFC 3261 §20.43 lists, and its four ranges', async () => {
    const { warnCodes } = await import('./explain-data.ts');
    assert.deepEqual(Object.keys(warnCodes), [
      '300',
      '301',
      '302',
      '303',
      '304',
      '305',
      '306',
      '307',
      '330',
      '331',
      '370',
      '399',
      '300-329',
      '330-339',
      '370-379',
      '390-399',
    ]);
  });

  it('explains an unlisted code by its range', () => {
    const warning = explainTrace(
      ngrep(
        CALLEE,
        CALLER,
        response('488 Not Acceptable Here', {
          toTag: 't',
          extra: ['Warning: 392 10.0.0.1:6060 "Noisy feedback"'],
        }),
      ),
      explainData,
    ).messages[0]!.annotations.warnings[0]!;
    assert.match(warning.meaning!, /fits none of the other ranges.*assigns no meaning to 392/);
  });
});
