import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ShownState } from '../../../bench/lib/probe.ts';
import { finalPaintAt, shownAfter, updatesAfter } from '../../../bench/lib/timeline.ts';

const state = (at: number, signature: string, paintedAt: number | null = at + 10): ShownState => ({
  at,
  paintedAt,
  signature,
});

describe('shownAfter', () => {
  it('times the last key to the paint of what the box finally shows', () => {
    const states = [state(0, '1 /486/ 486 Busy Here'), state(400, ''), state(560, '2 /486/ 486')];
    assert.equal(shownAfter(states, 300), 270);
  });

  it('skips results of a query the reader had not finished typing', () => {
    const states = [state(0, ''), state(350, '3 /480/ 480'), state(390, ''), state(600, '4 /486/')];
    assert.equal(shownAfter(states, 380), 230);
  });

  it('is 0 when the final answer was on screen before the last key', () => {
    const states = [state(0, ''), state(100, '1 486 Busy Here')];
    assert.equal(shownAfter(states, 300), 0);
  });

  it('counts from the first of identical states at the end', () => {
    const states = [state(0, ''), state(500, 'same'), state(520, 'same')];
    assert.equal(finalPaintAt(states), 510);
  });

  it('is null when the box ends up empty, never painted, or saw nothing', () => {
    assert.equal(shownAfter([state(0, 'a'), state(500, '')], 300), null);
    assert.equal(shownAfter([state(0, ''), state(500, 'a', null)], 300), null);
    assert.equal(shownAfter([], 300), null);
  });
});

describe('updatesAfter', () => {
  it('counts the non-empty states from the first key on', () => {
    const states = [state(0, 'old'), state(150, ''), state(200, 'a'), state(300, 'b')];
    assert.equal(updatesAfter(states, 100), 2);
    assert.equal(updatesAfter(states, 250), 1);
  });
});
