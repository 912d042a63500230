import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCauseIndex } from '../../src/lib/causes/index.ts';
import { nameKeys, normalizeName } from '../../src/lib/causes/names.ts';
import { tables } from './cause-tables.ts';

const index = createCauseIndex(tables());
const byMapper = <T extends { mapping: { id: string } }>(views: T[]) =>
  Object.fromEntries(views.map((view) => [view.mapping.id, view]));

describe('normalizeName and nameKeys', () => {
  it('reads names in any case, with underscores, spaces or punctuation', () => {
    for (const text of ['USER_BUSY', 'user busy', 'User-Busy', '  user__busy ']) {
      assert.equal(normalizeName(text), 'user busy');
    }
    assert.equal(normalizeName('No circuit/channel available'), 'no circuit channel available');
    assert.equal(normalizeName('<>!!'), '');
  });

  it('indexes each name, the Q.850 name without its aside and the prefixed FreeSWITCH name', () => {
    assert.deepEqual(
      nameKeys({
        q850Name: 'Unallocated (unassigned) number',
        freeswitch: 'UNALLOCATED_NUMBER',
        asteriskDefines: ['AST_CAUSE_UNALLOCATED'],
      }),
      [
        'unallocated unassigned number',
        'unallocated number',
        'switch cause unallocated number',
        'ast cause unallocated',
      ],
    );
  });
});

describe('createCauseIndex: causes', () => {
  it('lists every number any file names, in order, with all its names', () => {
    assert.deepEqual(
      index.causes.map((cause) => cause.cause),
      [1, 16, 17, 21, 22, 34, 41, 127, 487],
    );
    assert.deepEqual(index.cause(17), {
      cause: 17,
      name: 'User busy',
      q850: true,
      meaning: 'The callee is engaged.',
      failure: true,
      freeswitch: 'USER_BUSY',
      asteriskDefines: ['AST_CAUSE_USER_BUSY', 'AST_CAUSE_BUSY'],
      asteriskName: { name: 'USER_BUSY', description: 'User busy' },
      aliases: [],
    });
  });

  it('names a stack’s own cause by the stack’s name, and marks it as not Q.850', () => {
    const cancel = index.cause(487)!;
    assert.equal(cancel.name, 'ORIGINATOR_CANCEL');
    assert.equal(cancel.q850, false);
    assert.equal(cancel.meaning, null);
  });

  it('says which causes are not failures', () => {
    assert.equal(index.cause(16)!.failure, false);
    assert.equal(index.cause(17)!.failure, true);
  });

  it('finds causes by any of their names, in any case and spacing', () => {
    for (const name of [
      'USER_BUSY',
      'user busy',
      'User Busy',
      'AST_CAUSE_BUSY',
      'ast_cause_user_busy',
      'SWITCH_CAUSE_USER_BUSY',
    ]) {
      assert.deepEqual(
        index.byName(name).map((cause) => cause.cause),
        [17],
        name,
      );
    }
    assert.deepEqual(
      index.byName('unallocated number').map((cause) => cause.cause),
      [1],
    );
    assert.deepEqual(
      index.byName('no circuit channel available').map((c) => c.cause),
      [34],
    );
    assert.deepEqual(
      index.byName('NORMAL_TEMPORARY_FAILURE').map((c) => c.cause),
      [41],
    );
  });

  it('finds nothing for unknown, empty or partial names', () => {
    for (const text of ['', '   ', 'busy', 'USER_BUSYX', 'ast cause', '486']) {
      assert.deepEqual(index.byName(text), [], text);
    }
    assert.equal(index.cause(999), undefined);
  });
});

describe('createCauseIndex: a cause across the mappings', () => {
  it('gives what each sends, and what each records as the cause', () => {
    const views = byMapper(index.forCause(17));
    for (const id of ['rfc3398', 'freeswitch', 'asteriskPjsip', 'asteriskChanSip']) {
      const phrase = id === 'asteriskChanSip' ? { phrase: 'Busy here' } : {};
      assert.deepEqual(
        views[id]!.sends,
        [{ value: 486, via: 'row', note: undefined, ...phrase }],
        id,
      );
      assert.equal(views[id]!.sendsDiffer, null, id);
    }
    assert.deepEqual(
      views.rfc3398!.from.map((row) => row.value),
      [486, 600],
    );
    assert.deepEqual(
      views.asteriskPjsip!.from.map((row) => row.value),
      [486],
    );
  });

  it('reads both of RFC 3398’s rows for a cause: a stack sending either is no departure', () => {
    const views = byMapper(index.forCause(21));
    assert.deepEqual(
      views.rfc3398!.sends.map((outcome) => outcome.value),
      [403, 603],
    );
    assert.match(views.rfc3398!.sends[1]!.note!, /user/);
    assert.deepEqual(views.freeswitch!.sends[0]!.value, 603);
    assert.equal(views.freeswitch!.sendsDiffer, null);
    assert.equal(views.asteriskPjsip!.sendsDiffer, null);
  });

  it('counts a default branch as what the stack does, and a missing default as sending nothing', () => {
    const views = byMapper(index.forCause(21));
    assert.deepEqual(views.asteriskChanSip!.sends, [
      { value: null, via: 'default', note: 'Any other cause gives no code of its own.' },
    ]);
    assert.deepEqual(views.asteriskChanSip!.sendsDiffer, [403, 603]);
  });

  it('compares a stack with RFC 3398’s default where the RFC has no row', () => {
    const views = byMapper(index.forCause(41));
    assert.deepEqual(views.rfc3398!.sends, [
      { value: 500, via: 'default', note: 'Any cause the table lacks gets 500.' },
    ]);
    assert.deepEqual(views.freeswitch!.sendsDiffer, [500]);
    assert.deepEqual(views.freeswitch!.fromDefault, null);
  });

  it('keeps both RFC 3398 rows of a cause and compares a stack with either', () => {
    const views = byMapper(index.forCause(22));
    assert.deepEqual(
      views.rfc3398!.sends.map((outcome) => outcome.value),
      [410, 301],
    );
    assert.deepEqual(views.freeswitch!.sends, [
      { value: 480, via: 'default', note: 'Any other cause is sent as 480.' },
    ]);
    assert.deepEqual(views.freeswitch!.sendsDiffer, [410, 301]);
  });

  it('gives no default for a cause the stack does not have', () => {
    const views = byMapper(index.forCause(487));
    assert.deepEqual(views.freeswitch!.sends, [{ value: 487, via: 'row', note: undefined }]);
    assert.deepEqual(views.asteriskPjsip!.sends, []);
    assert.deepEqual(views.asteriskChanSip!.sends, []);
  });

  it('marks nothing where RFC 3398 lists the cause with no response', () => {
    const views = byMapper(index.forCause(16));
    assert.deepEqual(views.rfc3398!.sends, [
      { value: null, via: 'row', note: 'Normal clearing becomes a BYE or a CANCEL.' },
    ]);
    assert.equal(views.freeswitch!.sendsDiffer, null);
  });

  it('names the default branch that records every other response as the cause', () => {
    const views = byMapper(index.forCause(16));
    assert.deepEqual(views.freeswitch!.fromDefault, {
      note: 'Any other response is recorded as normal clearing.',
      codes: [],
    });
    const withCodes = createCauseIndex(tables(), [100, 180, 300, 302, 404, 486, 487, 580, 699]);
    // 404, 486 and 487 have rows; 1xx never end a call; 580 and 699 reach the default.
    assert.deepEqual(
      byMapper(withCodes.forCause(16)).freeswitch!.fromDefault!.codes,
      [300, 302, 580, 699],
    );
    assert.equal(views.rfc3398!.fromDefault, null);
    assert.deepEqual(byMapper(index.forCause(41)).rfc3398!.fromRanges, [
      { from: 400, to: 699, note: 'Any other 4xx-6xx status.' },
    ]);
  });

  it('lists the responses recorded as the cause, ranges and differences included', () => {
    const views = byMapper(index.forCause(34));
    assert.deepEqual(views.asteriskPjsip!.from, [{ value: 503, note: undefined, rfc3398: [41] }]);
    assert.deepEqual(views.asteriskPjsip!.fromRanges, [{ from: 500, to: 599 }]);
    assert.deepEqual(views.rfc3398!.from, []);
  });
});
