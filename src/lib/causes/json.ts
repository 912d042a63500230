// The rows of /causes.json: every cause, its names and the four mappings, from the same lookups
// the pages use (documented in README.md and public/causes.schema.json).
import { causePath } from '../paths.ts';
import type { CauseIndex } from './index.ts';
import { MAPPERS, type MapperId } from './tables.ts';

export interface CausesJsonRow {
  cause: number;
  name: string;
  q850: boolean;
  url: string;
  names: { freeswitch: string | null; asterisk: string[] };
  /** The code each table's row sends for the cause; where RFC 3398 gives two, the first. */
  toSip: Record<MapperId, number | null>;
  /** The codes whose row in each table gives the cause. */
  fromSip: Record<MapperId, number[]>;
}

const perMapper = <T>(value: (id: MapperId) => T) =>
  Object.fromEntries(MAPPERS.map((id) => [id, value(id)])) as Record<MapperId, T>;

export function causesJsonRows(index: CauseIndex): CausesJsonRow[] {
  return index.causes.map((cause) => {
    const views = new Map(index.forCause(cause.cause).map((view) => [view.mapping.id, view]));
    return {
      cause: cause.cause,
      name: cause.name,
      q850: cause.q850,
      url: causePath(cause.cause),
      names: { freeswitch: cause.freeswitch, asterisk: cause.asteriskDefines },
      toSip: perMapper((id) => {
        const row = views.get(id)!.sends.find((outcome) => outcome.via === 'row');
        return row?.value ?? null;
      }),
      fromSip: perMapper((id) => views.get(id)!.from.map((row) => row.value)),
    };
  });
}
