// A status code across the mappings, and how one table answers for a value (rows, ranges,
// default) and names its source. Causes and names are in causes.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCauseIndex, lookUp } from '../../src/lib/causes/index.ts';
import { mappings, sourceLabel, sourceUrl } from '../../src/lib/causes/tables.ts';
import { tables } from './cause-tables.ts';

const index = createCauseIndex(tables());
const byMapper = <T extends { mapping: { id: string } }>(views: T[]) =>
  Object.fromEntries(views.map((view) => [view.mapping.id, view]));

describe('createCauseIndex: a code across the mappings', () => {
  it('gives the cause each records, marking departures from RFC 3398', () => {
    const views = byMapper(index.forCode(503));
    assert.deepEqual(views.rfc3398!.records, { value: 41, via: 'row', note: undefined });
    assert.equal(views.freeswitch!.recordsDiffer, null);
    assert.equal(views.asteriskPjsip!.records!.value, 34);
    assert.equal(views.asteriskPjsip!.recordsDiffer, 41);
    assert.deepEqual(views.asteriskChanSip!.records!.via, 'default');
    assert.equal(views.asteriskChanSip!.recordsDiffer, 41);
  });

  it('uses a range branch before the default', () => {
    const views = byMapper(index.forCode(580));
    assert.deepEqual(views.asteriskPjsip!.records, { value: 34, via: 'range' });
    assert.deepEqual(views.rfc3398!.records, {
      value: 41,
      via: 'range',
      note: 'Any other 4xx-6xx status.',
    });
    assert.equal(views.asteriskPjsip!.recordsDiffer, 41);
  });

  it('keeps every RFC 3398 row for a code, the first as what it records', () => {
    const edited = tables();
    edited.rfc3398.sipToIsup.push({ code: 486, cause: 34, note: 'Under another condition.' });
    const views = byMapper(createCauseIndex(edited).forCode(486));
    assert.equal(views.rfc3398!.records!.value, 17);
    assert.deepEqual(views.rfc3398!.alsoRecords, [
      { value: 34, via: 'row', note: 'Under another condition.' },
    ]);
    assert.equal(views.freeswitch!.recordsDiffer, null);
    assert.deepEqual(views.freeswitch!.alsoRecords, []);
  });

  it('keeps a row RFC 3398 lists with no cause, and marks no stack against it', () => {
    const views = byMapper(index.forCode(487));
    assert.deepEqual(views.rfc3398!.records, {
      value: null,
      via: 'row',
      note: 'Listed with no mapping.',
    });
    assert.equal(views.freeswitch!.recordsDiffer, null);
  });

  it('names the default branch that sends the code for every other cause', () => {
    assert.deepEqual(byMapper(index.forCode(480)).freeswitch!.sentForDefault, {
      note: 'Any other cause is sent as 480.',
    });
    assert.deepEqual(byMapper(index.forCode(500)).rfc3398!.sentForDefault, {
      note: 'Any cause the table lacks gets 500.',
    });
    assert.equal(byMapper(index.forCode(486)).freeswitch!.sentForDefault, null);
  });

  it('lists the causes each sends the code for', () => {
    const views = byMapper(index.forCode(503));
    assert.deepEqual(
      views.freeswitch!.sentFor.map((row) => row.value),
      [34, 41],
    );
    assert.deepEqual(views.rfc3398!.sentFor, [{ value: 34, note: undefined, rfc3398: null }]);
    const decline = byMapper(index.forCode(603));
    assert.deepEqual(decline.freeswitch!.sentFor, [{ value: 21, note: undefined, rfc3398: null }]);
    assert.deepEqual(
      decline.rfc3398!.sentFor.map((row) => row.value),
      [21],
    );
  });

  it('gives empty views for a code no table names', () => {
    for (const view of index.forCode(199)) {
      assert.deepEqual(view.sentFor, []);
      assert.equal(view.recordsDiffer, null);
    }
  });

  it('finds the replies and rewrites of proxies by code', () => {
    assert.equal(index.replies(477)[0]!.software, 'Kamailio');
    assert.deepEqual(
      index.replies(477)[0]!.senders.map((sender) => sender.function),
      ['kill_transaction', 'sl_reply_error'],
    );
    // Only the senders that meet the reply's error: tm never reports a bad URI on its own.
    assert.deepEqual(
      index.replies(479)[0]!.senders.map((sender) => sender.function),
      ['sl_reply_error'],
    );
    assert.deepEqual(index.replies(478), []);
    assert.equal(index.rewrites(503).from.length, 1);
    assert.equal(index.rewrites(500).to.length, 1);
    assert.deepEqual(index.rewrites(486), { from: [], to: [] });
  });
});

describe('lookUp and sources', () => {
  const [rfc, freeswitch, , chanSip] = mappings(tables());

  it('prefers a row, then a range, then the default', () => {
    const table = {
      ...freeswitch!.sipToCause,
      ranges: [{ from: 480, to: 489, value: 99 }],
    };
    assert.equal(lookUp(table, 486)[0]!.via, 'row');
    assert.deepEqual(lookUp(table, 481), [{ value: 99, via: 'range' }]);
    assert.equal(lookUp(table, 499)[0]!.via, 'default');
    assert.deepEqual(lookUp(rfc!.sipToCause, 399), []);
    assert.equal(lookUp(rfc!.sipToCause, 499)[0]!.via, 'range');
    assert.deepEqual(lookUp(chanSip!.causeToSip, 17), [
      { value: 486, via: 'row', note: undefined, phrase: 'Busy here' },
    ]);
  });

  it('links each table to its RFC section or to the file at its commit', () => {
    assert.equal(
      sourceUrl(rfc!.causeToSip.source),
      'https://www.rfc-editor.org/rfc/rfc3398.html#section-7.2.4.1',
    );
    assert.equal(sourceLabel(rfc!.sipToCause.source), 'RFC 3398 §8.2.6.1');
    assert.equal(
      sourceUrl(freeswitch!.causeToSip.source),
      `https://github.com/signalwire/freeswitch/blob/${'a'.repeat(40)}/src/mod/endpoints/mod_sofia/mod_sofia.c`,
    );
    assert.equal(
      sourceLabel(freeswitch!.causeToSip.source),
      'hangup_cause_to_sip() in mod_sofia.c',
    );
    assert.equal(
      chanSip!.causeToSip.source.kind === 'code' && chanSip!.causeToSip.source.ref,
      '18',
    );
  });
});
