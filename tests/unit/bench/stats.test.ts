import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stats, statsOfPresent, sum } from '../../../bench/lib/stats.ts';

describe('stats', () => {
  it('takes the middle value of an odd count and keeps the runs in order', () => {
    assert.deepEqual(stats([30, 10, 20]), { median: 20, min: 10, max: 30, runs: [30, 10, 20] });
  });

  it('averages the two middle values of an even count', () => {
    assert.equal(stats([4, 1, 3, 2]).median, 2.5);
  });

  it('handles a single run', () => {
    assert.deepEqual(stats([7]), { median: 7, min: 7, max: 7, runs: [7] });
  });

  it('refuses an empty series rather than report NaN', () => {
    assert.throws(() => stats([]), /no values/);
  });

  it('does not change its input', () => {
    const values = [3, 1, 2];
    stats(values);
    assert.deepEqual(values, [3, 1, 2]);
  });
});

describe('statsOfPresent', () => {
  it('leaves out missing values', () => {
    assert.deepEqual(statsOfPresent([null, 5, 1, null]), {
      median: 3,
      min: 1,
      max: 5,
      runs: [5, 1],
    });
  });

  it('is null when every value is missing', () => {
    assert.equal(statsOfPresent([null, null]), null);
    assert.equal(statsOfPresent([]), null);
  });
});

describe('sum', () => {
  it('adds, and is 0 for nothing', () => {
    assert.equal(sum([1, 2, 3.5]), 6.5);
    assert.equal(sum([]), 0);
  });
});
