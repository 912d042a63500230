// How one table answers for one value: its own rows, else a range branch, else its default
// branch. Every lookup across the cause tables goes through these, so a default branch is read
// the same way on every page and in every JSON file.
import type { MappingTable } from './tables.ts';

/** What a table gives for one value: a row of its own, a range branch, or its default. */
export interface Outcome {
  value: number | null;
  via: 'row' | 'range' | 'default';
  note?: string | undefined;
  /** The reason phrase sent with a code, where the stack writes its own. */
  phrase?: string | undefined;
}

/** A stack's own reason phrase, as a key only where there is one. */
const own = (phrase: string | undefined) => (phrase === undefined ? {} : { phrase });

/** What a table gives for a value: its rows, else a range branch, else its default. */
export function lookUp(table: MappingTable, value: number): Outcome[] {
  const rows = table.rows.filter((row) => row.from === value);
  if (rows.length > 0)
    return rows.map(({ to, note, phrase }) => ({ value: to, via: 'row', note, ...own(phrase) }));
  const range = table.ranges.find((span) => span.from <= value && value <= span.to);
  if (range) return [{ value: range.value, via: 'range', ...(range.note && { note: range.note }) }];
  const { fallback } = table;
  if (fallback)
    return [
      { value: fallback.value, via: 'default', note: fallback.note, ...own(fallback.phrase) },
    ];
  return [];
}

/** The first value a table gives, whether through a row, a range or its default; else null. */
export function firstValue(outcomes: readonly Outcome[]): number | null {
  return outcomes.find((outcome) => outcome.value !== null)?.value ?? null;
}

/** The values a table gives for a value, through whichever branch, nulls left out. */
export const givenValues = (table: MappingTable, value: number) =>
  lookUp(table, value).flatMap((outcome) => (outcome.value === null ? [] : [outcome.value]));

/** The values whose row in the table gives `value`, in table order, each once. */
export function reverse(table: MappingTable, value: number) {
  const seen = new Set<number>();
  return table.rows.filter((row) => row.to === value && !seen.has(row.from) && seen.add(row.from));
}

/**
 * The registered codes a table's default branch decides: final responses from 300 up with no
 * row or range of their own. A 1xx or 2xx never ends a call, so it is left out.
 */
export function codesByDefault(table: MappingTable, registered: Iterable<number>): number[] {
  if (!table.fallback) return [];
  return [...registered]
    .filter((code) => code >= 300 && code <= 699)
    .filter((code) => lookUp(table, code)[0]?.via === 'default')
    .sort((a, b) => a - b);
}
