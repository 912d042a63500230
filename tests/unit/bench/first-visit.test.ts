import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stats } from '../../../bench/lib/stats.ts';
import { targetRows } from '../../../bench/lib/targets.ts';
import { firstVisitSection, tallyServed } from '../../../bench/measures/first-visit.ts';
import type { InteractionResults } from '../../../bench/measures/interaction.ts';

describe('tallyServed', () => {
  it('counts requests and gzip bytes, keeping the paths in order', () => {
    const sent = [
      { path: '/486/', status: 200, gzip: 9_800, at: 1 },
      { path: '/sw.js', status: 200, gzip: 2_100, at: 2 },
    ];
    assert.deepEqual(tallyServed(sent), {
      requests: 2,
      gzip: 11_900,
      paths: ['/486/', '/sw.js'],
    });
    assert.deepEqual(tallyServed([]), { requests: 0, gzip: 0, paths: [] });
  });
});

const firstVisit = {
  page: '/486/',
  loads: 3,
  afterLoadMs: 10_000,
  requests: stats([1, 1, 1]),
  gzip: stats([9_900, 9_900, 9_900]),
  workers: 0,
  paths: ['/486/'],
  keep: { requests: 812, gzip: 2_400_000, ms: 21_500 },
};

describe('firstVisitSection', () => {
  it('sets the first visit beside keeping the whole reference', () => {
    const text = firstVisitSection(firstVisit);
    assert.match(text, /no service worker registered/);
    assert.match(text, /\| First visit, until 10\.0 s after load \| 1 \| 9,900 bytes \| +\|/);
    assert.match(
      text,
      /\| Keeping the reference offline, until done \| 812 \| 2\.40 MB \| 21\.5 s \|/,
    );
  });
});

describe('targetRows, first visit and keystrokes', () => {
  const interaction = {
    boxes: [{ page: '/search/', worstMs: stats([48, 56, 40]), fullTextMs: stats([170]) }],
  } as unknown as InteractionResults;

  it('sets the first visit, the worst key and the first result against their budgets', () => {
    const rows = targetRows({ error: 'x' }, { error: 'x' }, firstVisit, interaction);
    const byTarget = Object.fromEntries(rows.map((row) => [row.target, row]));
    assert.deepEqual(byTarget['First visit, `/486/`, workers on: requests'], {
      target: 'First visit, `/486/`, workers on: requests',
      limit: '2',
      measured: '1',
      met: true,
    });
    assert.equal(byTarget['First visit, `/486/`, workers on: gzip'].limit, '10,000 bytes');
    assert.equal(byTarget['First visit, `/486/`, workers on: gzip'].met, true);
    const worst = byTarget['Worst key of the first search, key to next paint, `/search/`'];
    assert.equal(worst.measured, '48 ms');
    assert.equal(worst.met, true);
    assert.equal(byTarget['First full-text result, first search, `/search/`'].met, false);
  });

  it('leaves them out when they failed or were not measured', () => {
    assert.deepEqual(targetRows({ error: 'x' }, { error: 'x' }), []);
    assert.deepEqual(
      targetRows({ error: 'x' }, { error: 'x' }, { error: 'x' }, { error: 'x' }),
      [],
    );
  });
});
