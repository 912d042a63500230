// The keyboard of a combobox whose listbox pops up under a text field (the ARIA 1.2 combobox
// pattern): focus stays in the field and one option at a time is "active", shown to assistive
// technology through aria-activedescendant. Pure, so every key is unit-tested.

export interface ListboxState {
  /** Whether the popup is shown. */
  open: boolean;
  /** Index of the active option, -1 for none (typing goes to the field). */
  active: number;
  /** How many options the listbox holds. */
  count: number;
}

export const CLOSED: ListboxState = { open: false, active: -1, count: 0 };

/** The keys the listbox answers; any other key belongs to the text field. */
export type ListboxKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'Escape';

export function isListboxKey(key: string): key is ListboxKey {
  return ['ArrowDown', 'ArrowUp', 'Home', 'End', 'Escape'].includes(key);
}

/**
 * The state after a key, or null when the key is left to the text field: Home and End move the
 * caret until an option is active, Escape clears the field once the popup is closed, and the
 * arrows do nothing without options.
 */
export function afterKey(state: ListboxState, key: ListboxKey): ListboxState | null {
  const { open, active, count } = state;
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return null;
      return { open: true, count, active: !open || active >= count - 1 ? 0 : active + 1 };
    case 'ArrowUp':
      if (count === 0) return null;
      return { open: true, count, active: !open || active <= 0 ? count - 1 : active - 1 };
    case 'Home':
      return open && active >= 0 ? { ...state, active: 0 } : null;
    case 'End':
      return open && active >= 0 ? { ...state, active: count - 1 } : null;
    case 'Escape':
      return open ? { ...state, open: false, active: -1 } : null;
  }
}

/** The state once the options are drawn again: the same option stays active if it is still there. */
export function withOptions(state: ListboxState, count: number, active: number): ListboxState {
  return { ...state, count, active: active >= 0 && active < count ? active : -1 };
}
