import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  afterKey,
  CLOSED,
  isListboxKey,
  withOptions,
  type ListboxKey,
  type ListboxState,
} from '../../src/lib/listbox-keys.ts';

const open = (active: number, count = 3): ListboxState => ({ open: true, active, count });

/** The active option after pressing each key in turn from `state`. */
function press(state: ListboxState, ...keys: ListboxKey[]): ListboxState {
  return keys.reduce((current, key) => afterKey(current, key) ?? current, state);
}

describe('afterKey', () => {
  it('ArrowDown opens on the first option, then walks down and wraps to the first', () => {
    assert.deepEqual(afterKey({ ...CLOSED, count: 3 }, 'ArrowDown'), open(0));
    assert.deepEqual(afterKey(open(-1), 'ArrowDown'), open(0));
    assert.deepEqual(afterKey(open(0), 'ArrowDown'), open(1));
    assert.deepEqual(afterKey(open(2), 'ArrowDown'), open(0));
  });
  it('ArrowUp opens on the last option, then walks up and wraps to the last', () => {
    assert.deepEqual(afterKey({ ...CLOSED, count: 3 }, 'ArrowUp'), open(2));
    assert.deepEqual(afterKey(open(-1), 'ArrowUp'), open(2));
    assert.deepEqual(afterKey(open(2), 'ArrowUp'), open(1));
    assert.deepEqual(afterKey(open(0), 'ArrowUp'), open(2));
  });
  it('the arrows leave the field alone when there is nothing to choose', () => {
    assert.equal(afterKey(open(-1, 0), 'ArrowDown'), null);
    assert.equal(afterKey(CLOSED, 'ArrowUp'), null);
  });
  it('Home and End jump to the ends once an option is active, and move the caret before', () => {
    assert.deepEqual(afterKey(open(1), 'Home'), open(0));
    assert.deepEqual(afterKey(open(1), 'End'), open(2));
    assert.equal(afterKey(open(-1), 'Home'), null);
    assert.equal(afterKey(open(-1), 'End'), null);
    assert.equal(afterKey({ open: false, active: -1, count: 3 }, 'End'), null);
  });
  it('Escape closes the popup, then is left to the field (which clears itself)', () => {
    assert.deepEqual(afterKey(open(1), 'Escape'), { open: false, active: -1, count: 3 });
    assert.equal(afterKey({ open: false, active: -1, count: 3 }, 'Escape'), null);
  });
  it('a sequence of keys ends where a reader expects', () => {
    assert.deepEqual(press(open(-1, 5), 'ArrowDown', 'ArrowDown', 'End', 'ArrowUp'), open(3, 5));
    assert.deepEqual(press(open(-1, 5), 'ArrowUp', 'Home', 'Escape', 'ArrowDown'), open(0, 5));
  });
});

describe('isListboxKey', () => {
  it('claims only the listbox keys', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape'])
      assert.ok(isListboxKey(key));
    for (const key of ['Enter', 'a', '/', 'Tab', 'ArrowLeft', 'PageDown']) {
      assert.equal(isListboxKey(key), false, key);
    }
  });
});

describe('withOptions', () => {
  it('keeps an option active while it is still listed, and drops it otherwise', () => {
    assert.deepEqual(withOptions(open(1), 5, 3), open(3, 5));
    assert.deepEqual(withOptions(open(1), 2, 4), open(-1, 2));
    assert.deepEqual(withOptions(open(1), 0, -1), open(-1, 0));
  });
});
