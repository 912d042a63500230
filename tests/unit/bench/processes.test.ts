import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportedMs } from '../../../bench/lib/processes.ts';

describe('reportedMs', () => {
  it("reads Astro's own timer in milliseconds, seconds and minutes", () => {
    assert.equal(reportedMs('[build] 611 page(s) built in 512ms\n'), 512);
    assert.equal(reportedMs('[build] 611 page(s) built in 2.22s\n'), 2220);
    assert.equal(reportedMs('[build] 8036 page(s) built in 1m 12s\n'), 72_000);
  });

  it("reads Pagefind's own timer", () => {
    assert.equal(reportedMs('Indexed 82 pages\nFinished in 0.151 seconds\n'), 151);
  });

  it('is null when the output has no timer', () => {
    assert.equal(reportedMs('Nothing to see'), null);
  });
});
