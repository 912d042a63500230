// Summaries of repeated measurements. Timings on a shared machine are noisy, so every figure is
// reported as a median with its range and the runs behind it.

/** The median of a series with its range, and the runs themselves in the order measured. */
export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Median, minimum and maximum; an even count takes the mean of the two middle values. */
export function stats(values: readonly number[]): Stats {
  if (values.length === 0) throw new Error('stats of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: [...values] };
}

/** Stats of the values that exist, or null when none does (a measure the page cannot give). */
export function statsOfPresent(values: readonly (number | null)[]): Stats | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length > 0 ? stats(present) : null;
}
