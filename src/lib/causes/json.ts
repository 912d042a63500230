// The rows of /causes.json: every cause, its names and the four mappings, from the same lookups
// the pages use (documented in README.md and public/causes.schema.json). A range or default
// branch is what a table does as much as a row is, so both directions carry them.
import { causePath } from '../paths.ts';
import { firstValue, type CauseIndex, type Outcome } from './index.ts';
import { MAPPERS, type MapperId } from './tables.ts';

export interface CausesJsonRow {
  cause: number;
  name: string;
  q850: boolean;
  url: string;
  names: { freeswitch: string | null; asterisk: string[] };
  /** The code each table sends for the cause, by whichever branch; RFC 3398's first if two. */
  toSip: Record<MapperId, number | null>;
  /** The branch that gave `toSip`: the table's own row, a range branch or its default. */
  toSipVia: Record<MapperId, Outcome['via'] | null>;
  /** The codes whose row in each table gives the cause. */
  fromSip: Record<MapperId, number[]>;
  /** Spans of codes a range branch records as the cause. */
  fromSipRanges: Record<MapperId, { from: number; to: number }[]>;
  /** Registered codes the default branch records as the cause; null where it gives another. */
  fromSipDefault: Record<MapperId, number[] | null>;
}

const perMapper = <T>(value: (id: MapperId) => T) =>
  Object.fromEntries(MAPPERS.map((id) => [id, value(id)])) as Record<MapperId, T>;

export function causesJsonRows(index: CauseIndex): CausesJsonRow[] {
  return index.causes.map((cause) => {
    const views = new Map(index.forCause(cause.cause).map((view) => [view.mapping.id, view]));
    const view = (id: MapperId) => views.get(id)!;
    return {
      cause: cause.cause,
      name: cause.name,
      q850: cause.q850,
      url: causePath(cause.cause),
      names: { freeswitch: cause.freeswitch, asterisk: cause.asteriskDefines },
      toSip: perMapper((id) => firstValue(view(id).sends)),
      toSipVia: perMapper((id) => view(id).sends[0]?.via ?? null),
      fromSip: perMapper((id) => view(id).from.map((row) => row.value)),
      fromSipRanges: perMapper((id) => view(id).fromRanges.map(({ from, to }) => ({ from, to }))),
      fromSipDefault: perMapper((id) => view(id).fromDefault?.codes ?? null),
    };
  });
}
