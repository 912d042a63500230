// Who built each response: what the To tags and hops tell (forks, a proxy's own answer, a 100
// Trying), and input that is not clean.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { senderClues } from '../../../src/lib/trace/sender.ts';
import { back, request, response, there } from './calls.ts';
import { explainData } from './explain-data.ts';
import { allClues, answer, exchangeOf, kinds } from './sender-helpers.ts';

describe('senderClues: To tags and hops', () => {
  const invite = there(request('INVITE'));

  it('a fork: answers with different tags come from different elements', () => {
    const clues = allClues(
      invite +
        back(response('180 Ringing', { toTag: 'a' })) +
        back(response('180 Ringing', { toTag: 'b' })) +
        back(response('180 Ringing', { toTag: 'a' })) +
        back(response('200 OK', { toTag: 'b' })),
    );
    assert.deepEqual(clues[1], []);
    const [second] = clues[2]!;
    assert.equal(second!.kind, 'other-to-tag');
    assert.deepEqual(second!.related, [1]);
    assert.match(second!.text, /the 180 on line \d+ \(tag a\).*forked/);
    assert.doesNotMatch(second!.text, /built this final response itself/);
    assert.deepEqual(clues[3]![0]!.related, [2]);
    const [ok] = clues[4]!;
    assert.deepEqual(ok!.related, [1]);
    assert.match(ok!.text, /starts a dialog of its own \(§13\.2\.2\.4\)/);
  });

  it('a final response from a proxy, with a tag of its own', () => {
    const clues = allClues(
      invite +
        back(response('180 Ringing', { toTag: 'uas' })) +
        back(response('408 Request Timeout', { toTag: 'proxy' })),
    );
    assert.match(clues[2]![0]!.text, /a proxy on the way built this final response itself/);
  });

  it('the same tag throughout, other requests and in-dialog requests give no tag clue', () => {
    const sameTag = allClues(
      invite +
        back(response('100 Trying')) +
        back(response('180 Ringing', { toTag: 'a' })) +
        back(response('486 Busy Here', { toTag: 'a' })),
    );
    assert.deepEqual(
      sameTag.flat().map((clue) => clue.kind),
      ['trying'],
    );
    const otherRequests = allClues(
      invite +
        back(response('180 Ringing', { toTag: 'a' })) +
        there(request('INVITE', { branch: 'z9hG4bKa2', cseq: '2 INVITE' })) +
        back(response('180 Ringing', { toTag: 'b', branch: 'z9hG4bKa2', cseq: '2 INVITE' })),
    );
    assert.deepEqual(otherRequests.flat(), []);
    const inDialog = allClues(
      there(request('INVITE', { toTag: 'a' })) +
        back(response('491 Request Pending', { toTag: 'x' })),
    );
    assert.deepEqual(inDialog.flat(), []);
  });

  it('no To tag: a 100 may do without, other answers may not', () => {
    const clues = allClues(
      invite + back(response('100 Trying')) + back(response('180 Ringing', { toTag: '' })),
    );
    assert.deepEqual(kinds(clues[1]!), ['trying']);
    assert.deepEqual(kinds(clues[2]!), ['no-to-tag']);
    assert.match(clues[2]![0]!.text, /§8\.2\.6\.2/);
    assert.equal(clues[2]![0]!.evidence, 'To: Bob <sip:bob@biloxi.example.com>');
  });

  it('a response whose request is not in the paste is compared by its transaction', () => {
    const clues = allClues(
      back(response('180 Ringing', { toTag: 'a' })) + back(response('200 OK', { toTag: 'b' })),
    );
    assert.deepEqual(clues[1]![0]!.related, [0]);
  });
});

describe('senderClues: bad input', () => {
  it('an index out of range, or a request, gives nothing', () => {
    const exchange = exchangeOf(there(request('INVITE')));
    assert.deepEqual(senderClues(exchange, 0, explainData), []);
    assert.deepEqual(senderClues(exchange, 5, explainData), []);
    assert.deepEqual(senderClues(exchange, -1, explainData), []);
  });

  it('a response with no headers at all', () => {
    const exchange = exchangeOf('SIP/2.0 486 Busy Here\n\n');
    assert.deepEqual(senderClues(exchange, 0, explainData), []);
  });

  it('markup in values comes back unchanged, for the page to escape', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const [server] = answer('486 Busy Here', [`Server: ${hostile}`]);
    assert.ok(server!.text.includes(hostile));
  });

  it('data without stacks or phrases gives the other clues only', () => {
    const data = { ...explainData, stacks: {}, ownPhrases: {}, signatures: {} };
    const text =
      there(request('INVITE')) +
      back(response('477 Send failed (477/TM)', { toTag: 't', extra: ['Server: OpenSIPS (3.4)'] }));
    const exchange = exchangeOf(text);
    const clues = senderClues(exchange, 1, data);
    assert.deepEqual(kinds(clues), ['server']);
    assert.equal(clues[0]!.stack, undefined);
  });
});
