// The list of causes: every number any table names, with its Q.850, FreeSWITCH and Asterisk
// names, gathered once for the cause index (index.ts).
import type { Cause, CauseIndex } from './index.ts';
import type { CauseTables } from './tables.ts';

/** Every cause number any file names, with all its names. */
export function collectCauses({ q850, freeswitch, asterisk }: CauseTables): Cause[] {
  const numbers = new Set<number>([
    ...q850.causes.map(({ cause }) => cause),
    ...freeswitch.names.entries.map(({ cause }) => cause),
    ...asterisk.defines.entries.map(({ cause }) => cause),
    ...asterisk.names.entries.map(({ cause }) => cause),
  ]);
  return [...numbers]
    .sort((a, b) => a - b)
    .map((number) => {
      const standard = q850.causes.find(({ cause }) => cause === number);
      const fsName = freeswitch.names.entries.find(({ cause }) => cause === number)?.name ?? null;
      const astName = asterisk.names.entries.find(({ cause }) => cause === number);
      const defines = asterisk.defines.entries
        .filter(({ cause }) => cause === number)
        .map(({ define }) => define);
      return {
        cause: number,
        name: standard?.name ?? astName?.description ?? fsName ?? defines[0]!,
        q850: standard !== undefined,
        meaning: standard?.meaning ?? null,
        failure: standard?.failure ?? true,
        freeswitch: fsName,
        asteriskDefines: defines,
        asteriskName: astName ? { name: astName.name, description: astName.description } : null,
        aliases: standard?.aliases ?? [],
      };
    });
}

/** The Q.850 causes with their FreeSWITCH and Asterisk names, as the trace explainer reads them. */
export function q850Names(index: CauseIndex) {
  return index.causes
    .filter((cause) => cause.q850)
    .map(({ cause, name, freeswitch, asteriskDefines }) => ({
      cause,
      name,
      ...(freeswitch ? { freeswitch } : {}),
      ...(asteriskDefines.length > 0 ? { asterisk: asteriskDefines } : {}),
    }));
}
