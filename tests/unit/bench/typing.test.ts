import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProbeReport, ShownState } from '../../../bench/lib/probe.ts';
import { probeSelectors, within } from '../../../bench/lib/search-ui.ts';
import { summarizeTyping } from '../../../bench/lib/typing.ts';
import { debouncesToTry } from '../../../bench/measures/debounce.ts';
import { summarizeQueries } from '../../../bench/measures/typing.ts';

const state = (at: number, signature: string): ShownState => ({
  at,
  paintedAt: at + 8,
  signature,
});

function report(overrides: Partial<ProbeReport> = {}): ProbeReport {
  return {
    timeOrigin: 1_000_000,
    armedAt: 100,
    firstInteractionAt: 120,
    keys: 4,
    firstKeyAt: 200,
    lastKeyAt: 500,
    results: [state(100, ''), state(320, '1 /480/'), state(700, '2 /486/')],
    answers: null,
    blockingMs: 12,
    ...overrides,
  };
}

describe('summarizeTyping', () => {
  it('times the results from the last key and the whole search from the first interaction', () => {
    const typed = summarizeTyping('busy', report());
    assert.equal(typed.fullTextMs, 208);
    assert.equal(typed.interactionToResultMs, 588);
    assert.equal(typed.resultUpdates, 2);
    assert.equal(typed.armedAtEpoch, 1_000_100);
    assert.equal(typed.resultsPaintedAtEpoch, 1_000_708);
  });

  it('says answers are not available when the page has no answer element', () => {
    const typed = summarizeTyping('486', report());
    assert.equal(typed.answersShown, false);
    assert.equal(typed.answersMs, null);
  });

  it('times answers when the page renders them', () => {
    const typed = summarizeTyping(
      '486',
      report({ answers: [state(100, ''), state(520, 'a 486')] }),
    );
    assert.equal(typed.answersShown, true);
    assert.equal(typed.answersMs, 28);
  });

  it('has no result time when nothing was found', () => {
    const typed = summarizeTyping('zzz', report({ results: [state(100, '')] }));
    assert.equal(typed.fullTextMs, null);
    assert.equal(typed.resultsPaintedAtEpoch, null);
  });
});

describe('summarizeQueries', () => {
  it('takes medians over the queries, answers only where shown', () => {
    const typed = [
      summarizeTyping('a', report()),
      summarizeTyping('b', report({ lastKeyAt: 600 })),
      summarizeTyping('c', report({ lastKeyAt: 650 })),
    ];
    const summary = summarizeQueries(typed);
    assert.equal(summary.fullTextMs?.median, 108);
    assert.equal(summary.answersAvailable, false);
    assert.equal(summary.answersMs, null);
  });
});

describe('debouncesToTry', () => {
  it("tries the box's own delay, then the shorter ones", () => {
    assert.deepEqual(debouncesToTry(300), [300, 100, 50, 0]);
    assert.deepEqual(debouncesToTry(150), [150, 100, 50, 0]);
    assert.deepEqual(debouncesToTry(60), [60, 50, 0]);
    assert.deepEqual(debouncesToTry(0), [0]);
  });
});

describe('search UI selectors', () => {
  it('prefers the data attributes and falls back to Pagefind', () => {
    assert.equal(
      within('header', ['[data-search-input]', 'pagefind-searchbox input']),
      '[data-site-search] :is([data-search-input], pagefind-searchbox input)',
    );
    const probe = probeSelectors('searchPage');
    assert.equal(probe.scope, '[data-search-page]');
    assert.match(probe.result, /^:is\(\[data-search-result\], /);
    assert.equal(probe.answers, '[data-answers]');
  });
});
