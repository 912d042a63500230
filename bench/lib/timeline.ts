// Latencies from the probe's timeline (probe.ts). Pure, so the rules are unit-tested.
import type { ShownState } from './probe.ts';

/**
 * When what the region finally showed was first painted: the first of the run of identical
 * states that ends the timeline. Null when the region ended up empty or that state was never
 * painted.
 */
export function finalPaintAt(states: readonly ShownState[]): number | null {
  const final = states.at(-1);
  if (!final?.signature) return null;
  let first = states.length - 1;
  while (first > 0 && states[first - 1].signature === final.signature) first -= 1;
  return states[first].paintedAt;
}

/**
 * Milliseconds from `since` (the last key) until what the region finally showed was painted;
 * 0 if it was painted before, since the reader already saw it. Null as for finalPaintAt.
 */
export function shownAfter(states: readonly ShownState[], since: number): number | null {
  const painted = finalPaintAt(states);
  return painted === null ? null : Math.max(0, painted - since);
}

/**
 * How many different non-empty states the region showed after `since`: with a short debounce,
 * each pause between keys can paint the results of a query the reader has not finished typing.
 */
export function updatesAfter(states: readonly ShownState[], since: number): number {
  return states.filter((state) => state.at >= since && state.signature).length;
}
