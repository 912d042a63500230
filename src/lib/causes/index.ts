// One place for every lookup across the cause tables: by number, by name, what each stack
// sends for a cause, what it records for a response, and where it departs from RFC 3398.
// Code pages, cause pages, codes.json, causes.json and the answers data all read through here.
import {
  mappings,
  MAPPERS,
  type CauseTables,
  type Mapping,
  type MapperId,
  type MappingTable,
  type TableSource,
} from './tables.ts';
import { collectCauses } from './cause-list.ts';
import { codesByDefault, givenValues, lookUp, reverse, type Outcome } from './lookup.ts';
import { nameKeys, normalizeName } from './names.ts';

export interface Cause {
  cause: number;
  /** The Q.850 name; for a stack's own cause, the name the stack gives it. */
  name: string;
  /** Whether ITU-T Q.850 defines the cause. */
  q850: boolean;
  /** What it means, for Q.850 causes. */
  meaning: string | null;
  /** False for a normal outcome, such as 16 Normal call clearing. */
  failure: boolean;
  /** FreeSWITCH's name as its logs show it ("USER_BUSY"), or null. */
  freeswitch: string | null;
  /** Every AST_CAUSE_ define with this value, as written in causes.h. */
  asteriskDefines: string[];
  /** The name and description Asterisk shows (HANGUPCAUSE, the CLI), or null. */
  asteriskName: { name: string; description: string } | null;
  /** Words engineers meet for it in logs ("circuit-busy"). */
  aliases: string[];
}

/** A value mapped to the one being looked at, with whether RFC 3398 maps it differently. */
export interface Mapped {
  value: number;
  note?: string | undefined;
  /** The reason phrase sent with the code, where the stack writes its own (chan_sip). */
  phrase?: string | undefined;
  /** RFC 3398's value for the same input, where it differs from this stack's; else null. */
  rfc3398: number[] | null;
}

/** One mapper's view of a cause (cause → SIP, and the responses it turns into the cause). */
export interface CauseMapping {
  mapping: Mapping;
  /** The responses sent for the cause: RFC 3398 may give two rows with conditions. */
  sends: Outcome[];
  /** RFC 3398's responses for the cause where this stack sends something else; else null. */
  sendsDiffer: number[] | null;
  /** Responses whose row gives this cause. */
  from: Mapped[];
  /** Spans of responses a range branch turns into this cause ("any other 5xx"). */
  fromRanges: { from: number; to: number; note?: string | undefined }[];
  /**
   * The default branch, where every response without a row or range becomes this cause, with
   * the registered final codes (300 up) that reach it.
   */
  fromDefault: { note: string; codes: number[] } | null;
}

/** One mapper's view of a response code. */
export interface CodeMapping {
  mapping: Mapping;
  /** The cause recorded on receiving the code, or null where the table has nothing. */
  records: Outcome | null;
  /** Further rows for the code, each under its own condition (RFC 3398's 488: 31, or 65). */
  alsoRecords: Outcome[];
  /** RFC 3398's cause for the code where this stack records another; else null. */
  recordsDiffer: number | null;
  /** Causes whose row sends this code. */
  sentFor: Mapped[];
  /** Spans of causes a range branch sends as this code. */
  sentForRanges: { from: number; to: number; note?: string | undefined }[];
  /** The default branch, where every cause without a row or range is sent as this code. */
  sentForDefault: { note: string } | null;
}

type ProxyData = CauseTables['proxyReplies'];
/** A reply a proxy builds itself, with the modules that send it (the suffix after the number). */
export type ProxyReply = ProxyData['replies'][number] & {
  senders: (ProxyData['signatures'][number]['senders'][number] & {
    repository: string;
    commit: string;
  })[];
};
export type ProxyRewrite = ProxyData['rewrites'][number];
/** Registered-code replies a proxy builds with phrases of its own, and where it builds them. */
export type ProxyPhrases = ProxyData['otherPhrases'][number];

export interface CauseIndex {
  /** Every cause any table names, in numeric order. */
  causes: readonly Cause[];
  mappings: readonly Mapping[];
  /** Replies, phrases and rewrites of proxies, as content/causes/proxy-replies.yaml has them. */
  proxyReplies: ProxyData;
  /** Where the cause numbers and names were read. */
  nameSources: { label: string; source: TableSource; note?: string | undefined }[];
  cause(cause: number): Cause | undefined;
  /** Causes whose Q.850, FreeSWITCH or Asterisk name matches, in any case and spacing. */
  byName(text: string): Cause[];
  forCause(cause: number): CauseMapping[];
  forCode(code: number): CodeMapping[];
  /** Replies proxies generate with this code, unregistered codes (477) above all. */
  replies(code: number): ProxyReply[];
  /** Phrases proxies send with this registered code (Kamailio's "500 ... (N/TM)"). */
  phrases(code: number): ProxyPhrases[];
  /** Rewrites that take this code in (`from`) or give it out (`to`). */
  rewrites(code: number): { from: ProxyRewrite[]; to: ProxyRewrite[] };
}

/** `registered`: the registered codes, to list those a default branch decides. */
export function createCauseIndex(
  tables: CauseTables,
  registered: readonly number[] = [],
): CauseIndex {
  const all = mappings(tables);
  const rfc = all.find((mapping) => mapping.id === 'rfc3398')!;
  const causes = collectCauses(tables);
  const byNumber = new Map(causes.map((cause) => [cause.cause, cause]));
  const byKey = new Map<string, Set<number>>();
  for (const cause of causes) {
    const keys = nameKeys({
      q850Name: cause.q850 ? cause.name : null,
      freeswitch: cause.freeswitch,
      asteriskDefines: cause.asteriskDefines,
      asteriskName: cause.asteriskName?.name,
      asteriskDescription: cause.asteriskName?.description,
    });
    for (const key of keys) byKey.set(key, (byKey.get(key) ?? new Set()).add(cause.cause));
  }

  // A stack's default branch speaks only for causes the stack has: Asterisk never holds
  // FreeSWITCH's cause 816, so no "default" answer is shown for it there.
  const q850Numbers = new Set(tables.q850.causes.map(({ cause }) => cause));
  const hasAsteriskName = (cause: number) => {
    const named = byNumber.get(cause);
    return Boolean(named && (named.asteriskDefines.length > 0 || named.asteriskName));
  };
  const knownTo: Record<MapperId, (cause: number) => boolean> = {
    rfc3398: (cause) => q850Numbers.has(cause),
    freeswitch: (cause) => q850Numbers.has(cause) || byNumber.get(cause)?.freeswitch != null,
    asteriskPjsip: (cause) => q850Numbers.has(cause) || hasAsteriskName(cause),
    asteriskChanSip: (cause) => q850Numbers.has(cause) || hasAsteriskName(cause),
  };

  // RFC 3398's answer for a value, its default and range included: the stacks are compared
  // with what the RFC would have a gateway do, not only with the rows it prints.
  const rfcSendsFor = (cause: number) =>
    knownTo.rfc3398(cause) ? givenValues(rfc.causeToSip, cause) : [];
  const rfcRecordsFor = (code: number) => givenValues(rfc.sipToCause, code);
  const spans = (table: MappingTable, value: number) =>
    table.ranges
      .filter((range) => range.value === value)
      .map(({ from, to, note }) => ({ from, to, ...(note && { note }) }));
  const byDefault = (table: MappingTable, value: number) =>
    table.fallback && table.fallback.value === value ? { note: table.fallback.note } : null;
  const recordedByDefault = (table: MappingTable, cause: number) => {
    const branch = byDefault(table, cause);
    return branch && { ...branch, codes: codesByDefault(table, registered) };
  };

  function forCause(cause: number): CauseMapping[] {
    const rfcSends = rfcSendsFor(cause);
    return all.map((mapping) => {
      const sends = knownTo[mapping.id](cause) ? lookUp(mapping.causeToSip, cause) : [];
      const isRfc = mapping.id === 'rfc3398';
      const same = sends.some(({ value }) => value !== null && rfcSends.includes(value));
      return {
        mapping,
        sends,
        sendsDiffer: !isRfc && rfcSends.length > 0 && !same ? rfcSends : null,
        from: reverse(mapping.sipToCause, cause).map(({ from, note }) => {
          const rfcCause = rfcRecordsFor(from);
          const differs = !isRfc && rfcCause.length > 0 && !rfcCause.includes(cause);
          return { value: from, note, rfc3398: differs ? rfcCause : null };
        }),
        fromRanges: spans(mapping.sipToCause, cause),
        fromDefault: recordedByDefault(mapping.sipToCause, cause),
      };
    });
  }

  function forCode(code: number): CodeMapping[] {
    const rfcRecords = rfcRecordsFor(code);
    return all.map((mapping) => {
      const [records = null, ...alsoRecords] = lookUp(mapping.sipToCause, code);
      const isRfc = mapping.id === 'rfc3398';
      const differs =
        !isRfc && rfcRecords.length > 0 && !rfcRecords.includes(records?.value ?? NaN);
      return {
        mapping,
        records,
        alsoRecords,
        recordsDiffer: differs ? rfcRecords[0]! : null,
        sentFor: reverse(mapping.causeToSip, code).map(({ from, note, phrase }) => {
          const rfcCodes = rfcSendsFor(from);
          const differs = !isRfc && rfcCodes.length > 0 && !rfcCodes.includes(code);
          return {
            value: from,
            note,
            ...(phrase && { phrase }),
            rfc3398: differs ? rfcCodes : null,
          };
        }),
        sentForRanges: spans(mapping.causeToSip, code),
        sentForDefault: byDefault(mapping.causeToSip, code),
      };
    });
  }

  const { replies, rewrites, signatures, otherPhrases } = tables.proxyReplies;
  const sendersOf = (software: string) =>
    signatures
      .filter((signature) => signature.software === software)
      .flatMap(({ repository, commit, senders }) =>
        senders.map((sender) => ({ ...sender, repository, commit })),
      );

  const { q850, freeswitch, asterisk } = tables;
  const code = (repository: string, commit: string, path: string, fn?: string): TableSource => ({
    kind: 'code',
    repository,
    commit,
    path,
    function: fn,
  });
  const nameSources = [
    ...q850.sources.map((source) => ({
      label: `Q.850 ${source.what}`,
      source: code(source.repository, source.commit, source.path),
    })),
    {
      label: `FreeSWITCH names (${freeswitch.names.enum ?? 'enum'})`,
      source: code(freeswitch.repository, freeswitch.commit, freeswitch.names.path),
    },
    {
      label: 'Asterisk defines',
      source: code(asterisk.repository, asterisk.defines.commit, asterisk.defines.path),
    },
    {
      label: `Asterisk names (${asterisk.names.table ?? 'table'})`,
      source: code(asterisk.repository, asterisk.names.commit, asterisk.names.path),
      note: asterisk.names.note,
    },
  ];
  return {
    causes,
    mappings: all,
    proxyReplies: tables.proxyReplies,
    nameSources,
    cause: (cause) => byNumber.get(cause),
    byName(text) {
      const numbers = byKey.get(normalizeName(text)) ?? new Set<number>();
      return [...numbers].sort((a, b) => a - b).map((cause) => byNumber.get(cause)!);
    },
    forCause,
    forCode,
    replies: (code) =>
      replies
        .filter((reply) => reply.code === code)
        .map((reply) => ({
          ...reply,
          senders: sendersOf(reply.software).filter((sender) =>
            reply.sentBy.includes(sender.function),
          ),
        })),
    phrases: (code) =>
      otherPhrases
        .map((group) => ({ ...group, entries: group.entries.filter((row) => row.code === code) }))
        .filter((group) => group.entries.length > 0),
    rewrites: (code) => ({
      from: rewrites.filter((rewrite) => rewrite.from === code),
      to: rewrites.filter((rewrite) => rewrite.to === code),
    }),
  };
}

export { MAPPERS };
export { q850Names } from './cause-list.ts';
export { codesByDefault, firstValue, lookUp, type Outcome } from './lookup.ts';
