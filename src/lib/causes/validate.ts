// Rules the cause files must keep together. Each problem names the file to edit.
import type { RegistryRow } from '../registry.ts';
import type { CauseTables } from './tables.ts';

export type CauseFilePaths = Record<keyof CauseTables, string>;

/** `what` appears twice in `values`: each repeat is reported once. */
function repeats<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}

export function validateCauseTables(
  tables: CauseTables,
  registry: readonly RegistryRow[],
  files: CauseFilePaths,
): string[] {
  const problems: string[] = [];
  const registered = new Set(registry.map((row) => row.code));
  const { q850, rfc3398, freeswitch, asterisk, proxyReplies } = tables;

  // Names: a number named twice in one list, or one name given two numbers.
  for (const cause of repeats(q850.causes.map((row) => row.cause)))
    problems.push(`${files.q850}: cause ${cause} is listed twice`);
  for (const cause of repeats(freeswitch.names.entries.map((row) => row.cause)))
    problems.push(`${files.freeswitch}: cause ${cause} has two names`);
  problems.push(
    ...twoNumbers(files.freeswitch, 'name', freeswitch.names.entries),
    ...twoNumbers(
      files.asterisk,
      'define',
      asterisk.defines.entries.map(({ define, cause }) => ({ name: define, cause })),
    ),
  );
  for (const cause of repeats(asterisk.names.entries.map((row) => row.cause)))
    problems.push(`${files.asterisk}: names lists cause ${cause} twice`);
  for (const name of repeats(asterisk.names.entries.map((row) => row.name)))
    problems.push(`${files.asterisk}: names gives ${name} twice`);

  const q850Numbers = q850.causes.map((row) => row.cause);
  const q850Causes = { causes: new Set(q850Numbers), by: `Q.850 (${files.q850})` };
  const fsCauses = {
    causes: new Set([...q850Numbers, ...freeswitch.names.entries.map((row) => row.cause)]),
    by: 'Q.850 or FreeSWITCH',
  };
  const astCauses = {
    causes: new Set([
      ...q850Numbers,
      ...asterisk.defines.entries.map((row) => row.cause),
      ...asterisk.names.entries.map((row) => row.cause),
    ]),
    by: 'Q.850 or Asterisk',
  };

  const defineValue = new Map(asterisk.defines.entries.map((row) => [row.define, row.cause]));

  /**
   * Checks one table: every cause named, every code it sends registered, no value listed twice.
   * A stack's SIP-to-cause table may list codes no one registered: it reads what might arrive
   * (Asterisk handles 409 and 411, which SIP no longer has), and sends none of them.
   */
  function checkTable(
    file: string,
    table: string,
    named: { causes: Set<number>; by: string },
    rows: { cause: number | null; code: number | null }[],
    /** What may not repeat: one value, or (RFC 3398) the pair, in the table's direction. */
    key: 'cause' | 'code' | 'cause→code' | 'code→cause',
    extra: { causes: (number | null)[]; codes: (number | null)[]; readsCodes?: boolean },
  ) {
    for (const cause of [...rows.map((row) => row.cause), ...extra.causes]) {
      if (cause !== null && !named.causes.has(cause))
        problems.push(`${file}: ${table} uses cause ${cause}, which has no ${named.by} name`);
    }
    const sent = extra.readsCodes ? extra.codes : [...rows.map((row) => row.code), ...extra.codes];
    for (const code of sent) {
      if (code !== null && !registered.has(code))
        problems.push(`${file}: ${table} maps to ${code}, which is not a registered code`);
    }
    const keys: string[] = rows.map((row) =>
      key === 'cause' || key === 'code'
        ? `${row[key]}`
        : key === 'cause→code'
          ? `${row.cause}→${row.code}`
          : `${row.code}→${row.cause}`,
    );
    for (const value of repeats(keys))
      problems.push(`${file}: ${table} has a duplicate row for ${key} ${value}`);
  }

  // RFC 3398 gives some values two rows with conditions (cause 22 → 410 or 301; 488 → 31 or
  // 65 by the Warning code), so only an identical pair is a duplicate there; a stack's switch
  // cannot list a value twice.
  const { isupToSipDefault: isupDefault, sipToIsupUnlisted: unlisted } = rfc3398;
  checkTable(files.rfc3398, 'isupToSip', q850Causes, rfc3398.isupToSip, 'cause→code', {
    causes: [],
    codes: [isupDefault.code],
  });
  checkTable(files.rfc3398, 'sipToIsup', q850Causes, rfc3398.sipToIsup, 'code→cause', {
    causes: [unlisted.cause],
    codes: [],
  });
  if (unlisted.from > unlisted.to)
    problems.push(
      `${files.rfc3398}: sipToIsupUnlisted ${unlisted.from}–${unlisted.to} runs backwards`,
    );

  const stackTables = [
    [files.freeswitch, '', fsCauses, freeswitch],
    [files.asterisk, 'pjsip.', astCauses, asterisk.pjsip],
    [files.asterisk, 'chanSip.', astCauses, asterisk.chanSip],
  ] as const;
  for (const [file, prefix, named, { sipToCause, causeToSip }] of stackTables) {
    checkTable(file, `${prefix}sipToCause`, named, sipToCause.rows, 'code', {
      causes: [sipToCause.default.cause, ...sipToCause.ranges.map((range) => range.cause)],
      codes: [],
      readsCodes: true,
    });
    checkTable(file, `${prefix}causeToSip`, named, causeToSip.rows, 'cause', {
      causes: [],
      codes: [causeToSip.default.code, ...causeToSip.ranges.map((range) => range.code)],
    });
    // A row that names the define its switch uses must name one with the row's value.
    for (const [direction, rows] of [
      ['sipToCause', sipToCause.rows],
      ['causeToSip', causeToSip.rows],
    ] as const) {
      for (const row of rows) {
        const value = row.define ? defineValue.get(row.define) : undefined;
        if (row.define && value !== row.cause)
          problems.push(
            `${file}: ${prefix}${direction} gives ${row.define} for cause ${row.cause}, but causes.h ${
              value === undefined ? 'has no such define' : `gives it ${value}`
            }`,
          );
      }
    }
    for (const range of [...sipToCause.ranges, ...causeToSip.ranges]) {
      if (range.from > range.to)
        problems.push(`${file}: ${prefix} range ${range.from}–${range.to} runs backwards`);
    }
  }

  // Proxies may reply with codes no one registered: that is why they are listed.
  for (const reply of proxyReplies.replies) {
    for (const wire of reply.sentAs) {
      if (!wire.startsWith(`${reply.code} `))
        problems.push(
          `${files.proxyReplies}: ${reply.software} ${reply.code}: "${wire}" does not start with ${reply.code}`,
        );
      if (!wire.includes(reply.phrase))
        problems.push(
          `${files.proxyReplies}: ${reply.software} ${reply.code}: "${wire}" does not contain the phrase "${reply.phrase}"`,
        );
    }
  }
  // Each reply names the functions that send it, and each status line's suffix ("/TM") must be
  // signed by one of them: a sender listed for the software may still never meet this error.
  for (const reply of proxyReplies.replies) {
    const senders = proxyReplies.signatures
      .filter((signature) => signature.software === reply.software)
      .flatMap((signature) => signature.senders);
    const named = senders.filter((sender) => reply.sentBy.includes(sender.function));
    for (const fn of reply.sentBy) {
      if (!named.some((sender) => sender.function === fn))
        problems.push(
          `${files.proxyReplies}: ${reply.software} ${reply.code} is sent by ${fn}(), which signatures does not list for ${reply.software}`,
        );
    }
    for (const wire of reply.sentAs) {
      const suffix = /\(\d+\/([A-Z/]+)\)$/.exec(wire)?.[1];
      if (suffix && !named.some((sender) => sender.suffix === suffix))
        problems.push(
          `${files.proxyReplies}: ${reply.software} ${reply.code}: "${wire}" is signed /${suffix}, but none of its senders (${reply.sentBy.join(', ')}) signs so`,
        );
    }
  }
  for (const key of repeats(
    proxyReplies.replies.map((reply) => `${reply.software} ${reply.code} "${reply.phrase}"`),
  ))
    problems.push(`${files.proxyReplies}: the reply ${key} is listed twice`);
  for (const group of proxyReplies.otherPhrases) {
    for (const entry of group.entries) {
      if (!registered.has(entry.code))
        problems.push(
          `${files.proxyReplies}: ${group.software} otherPhrases lists ${entry.code}, which is not a registered code; list it under replies`,
        );
      if (!entry.sentAs.startsWith(`${entry.code} `))
        problems.push(
          `${files.proxyReplies}: ${group.software} "${entry.sentAs}" does not start with ${entry.code}`,
        );
    }
  }
  for (const rewrite of proxyReplies.rewrites) {
    if (rewrite.sentAs && !rewrite.sentAs.startsWith(`${rewrite.to} `))
      problems.push(
        `${files.proxyReplies}: the ${rewrite.software} rewrite sends "${rewrite.sentAs}", which does not start with ${rewrite.to}`,
      );
    for (const code of [rewrite.from, rewrite.to]) {
      if (!registered.has(code))
        problems.push(
          `${files.proxyReplies}: the ${rewrite.software} rewrite uses ${code}, which is not a registered code`,
        );
    }
  }
  for (const key of repeats(
    proxyReplies.rewrites.map((rw) => `${rw.software} ${rw.module} ${rw.from}→${rw.to}`),
  ))
    problems.push(`${files.proxyReplies}: the rewrite ${key} is listed twice`);
  return problems;
}

/** A name listed twice: for two numbers it is a contradiction, for one it is a repeat. */
function twoNumbers(file: string, what: string, entries: { name: string; cause: number }[]) {
  const numbers = new Map<string, number[]>();
  for (const { name, cause } of entries) numbers.set(name, [...(numbers.get(name) ?? []), cause]);
  return [...numbers]
    .filter(([, causes]) => causes.length > 1)
    .map(([name, causes]) =>
      new Set(causes).size > 1
        ? `${file}: ${what} ${name} stands for two causes: ${causes.join(' and ')}`
        : `${file}: ${what} ${name} is listed twice`,
    );
}
