// The ISUP (Q.850 cause) ↔ SIP mappings of RFC 3398, seen from one status code.
import type { CollectionEntry } from 'astro:content';

import type { RegistryRow } from './registry.ts';

export type Q850Tables = CollectionEntry<'q850'>['data'];

export interface MappedCause {
  cause: number;
  name: string;
  note?: string | undefined;
}

export interface CodeMapping {
  /** ISUP causes that a gateway turns into this code. */
  fromIsup: MappedCause[];
  /** The ISUP cause a gateway sends when it receives this code, or null if the table has none. */
  toIsup: MappedCause | null;
}

export function mappingFor(code: number, tables: Q850Tables): CodeMapping {
  const names = new Map(tables.causes.map(({ cause, name }) => [cause, name]));
  const named = ({ cause, note }: { cause: number; note?: string | undefined }): MappedCause => ({
    cause,
    name: names.get(cause) ?? `Cause ${cause}`,
    note,
  });
  const toIsup = tables.sipToIsup.find((row) => row.code === code);
  return {
    fromIsup: tables.isupToSip.filter((row) => row.code === code).map(named),
    toIsup: toIsup ? named(toIsup) : null,
  };
}

/** The Reason header field (RFC 3326) that carries a Q.850 cause in SIP. */
export function reasonHeader({ cause, name }: { cause: number; name: string }): string {
  return `Reason: Q.850;cause=${cause};text="${name.replace(/["\\]/g, '\\$&')}"`;
}

/** Rules the tables must keep: every cause named once, every code registered, one row per code. */
export function validateQ850(
  tables: Q850Tables,
  registry: readonly RegistryRow[],
  filePath: string,
): string[] {
  const problems: string[] = [];
  const named = new Set<number>();
  for (const { cause } of tables.causes) {
    if (named.has(cause)) problems.push(`${filePath}: cause ${cause} is named twice`);
    named.add(cause);
  }
  const registered = new Set(registry.map((row) => row.code));
  const rows = [
    ...tables.isupToSip.map((row) => ({ ...row, table: 'isupToSip' })),
    ...tables.sipToIsup.map((row) => ({ ...row, table: 'sipToIsup' })),
  ];
  for (const { table, cause, code } of rows) {
    if (!named.has(cause))
      problems.push(`${filePath}: ${table} uses cause ${cause}, which has no name`);
    if (!registered.has(code))
      problems.push(`${filePath}: ${table} maps ${code}, which is not registered`);
  }
  const mapped = new Set<number>();
  for (const { code } of tables.sipToIsup) {
    if (mapped.has(code)) problems.push(`${filePath}: sipToIsup maps ${code} twice`);
    mapped.add(code);
  }
  return problems;
}
