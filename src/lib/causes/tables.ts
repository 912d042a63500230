// The cause files as the collections hold them, and the four mappings between causes and SIP
// responses (RFC 3398 and three stacks) in one shape, so that every lookup treats them alike.
import type { CollectionEntry } from 'astro:content';
import { rfcUrl } from '../codes.ts';

export type Q850Data = CollectionEntry<'q850'>['data'];
export type Rfc3398Data = CollectionEntry<'rfc3398'>['data'];
export type FreeswitchData = CollectionEntry<'freeswitch'>['data'];
export type AsteriskData = CollectionEntry<'asterisk'>['data'];
export type ProxyRepliesData = CollectionEntry<'proxyReplies'>['data'];

export interface CauseTables {
  q850: Q850Data;
  rfc3398: Rfc3398Data;
  freeswitch: FreeswitchData;
  asterisk: AsteriskData;
  proxyReplies: ProxyRepliesData;
}

/** RFC 3398 first: every stack is compared with it. */
export const MAPPERS = ['rfc3398', 'freeswitch', 'asteriskPjsip', 'asteriskChanSip'] as const;
export type MapperId = (typeof MAPPERS)[number];
export const STACKS = ['freeswitch', 'asteriskPjsip', 'asteriskChanSip'] as const;
export type StackId = (typeof STACKS)[number];

export const MAPPER_LABELS: Record<MapperId, string> = {
  rfc3398: 'RFC 3398',
  freeswitch: 'FreeSWITCH',
  asteriskPjsip: 'Asterisk chan_pjsip',
  asteriskChanSip: 'Asterisk chan_sip',
};

/** Where a table comes from: an RFC section, or a function in a repository at a commit. */
export type TableSource =
  | { kind: 'rfc'; rfc: string; section: string }
  | {
      kind: 'code';
      repository: string;
      commit: string;
      path: string;
      /** The function that holds the table, where one does. */
      function?: string | undefined;
      /** The release branch read, where it is not the main one (chan_sip). */
      ref?: string | undefined;
    };

/** One direction of a mapping: `from` is a cause (cause → SIP) or a code (SIP → cause). */
export interface MappingTable {
  source: TableSource;
  /** When the stack consults the table, and what overrides it. */
  note?: string | undefined;
  /**
   * `to` is null where the source lists the value and gives nothing for it (RFC 3398's cause 16);
   * `phrase`: the reason phrase sent, where the stack writes its own (chan_sip).
   */
  rows: {
    from: number;
    to: number | null;
    note?: string | undefined;
    phrase?: string | undefined;
  }[];
  /** Branches that cover a span of values, checked before the default. */
  ranges: { from: number; to: number; value: number; note?: string | undefined }[];
  /** What the function does for a value it does not list; null where the source has no default. */
  fallback: { value: number | null; note: string; phrase?: string | undefined } | null;
}

export interface Mapping {
  id: MapperId;
  label: string;
  causeToSip: MappingTable;
  sipToCause: MappingTable;
}

type SipToCause = FreeswitchData['sipToCause'];
type CauseToSip = FreeswitchData['causeToSip'];

function codeSource(
  repository: string,
  table: { path: string; function: string; commit?: string },
  commit: string,
  ref?: string,
): TableSource {
  return {
    kind: 'code',
    repository,
    commit: table.commit ?? commit,
    path: table.path,
    function: table.function,
    ref,
  };
}

function sipToCause(table: SipToCause, source: TableSource): MappingTable {
  return {
    source,
    note: table.note,
    rows: table.rows.map(({ code, cause, note }) => ({ from: code, to: cause, note })),
    ranges: table.ranges.map(({ from, to, cause }) => ({ from, to, value: cause })),
    fallback: { value: table.default.cause, note: table.default.note },
  };
}

function causeToSip(table: CauseToSip, source: TableSource): MappingTable {
  return {
    source,
    note: table.note,
    rows: table.rows.map(({ cause, code, note, phrase }) => ({
      from: cause,
      to: code,
      note,
      phrase,
    })),
    ranges: table.ranges.map(({ from, to, code }) => ({ from, to, value: code })),
    fallback: { value: table.default.code, note: table.default.note, phrase: table.default.phrase },
  };
}

/** The four mappings, RFC 3398 first. */
export function mappings(tables: CauseTables): Mapping[] {
  const { rfc3398, freeswitch, asterisk } = tables;
  const fs = (table: { path: string; function: string }) =>
    codeSource(freeswitch.repository, table, freeswitch.commit);
  const ast = (table: { path: string; function: string; commit: string }, ref?: string) =>
    codeSource(asterisk.repository, table, table.commit, ref);
  const { pjsip, chanSip } = asterisk;
  const unlisted = rfc3398.sipToIsupUnlisted;
  return [
    {
      id: 'rfc3398',
      label: MAPPER_LABELS.rfc3398,
      causeToSip: {
        source: { kind: 'rfc', rfc: 'RFC 3398', section: '7.2.4.1' },
        rows: rfc3398.isupToSip.map(({ cause, code, note }) => ({ from: cause, to: code, note })),
        ranges: [],
        fallback: { value: rfc3398.isupToSipDefault.code, note: rfc3398.isupToSipDefault.note },
      },
      sipToCause: {
        source: { kind: 'rfc', rfc: 'RFC 3398', section: '8.2.6.1' },
        rows: rfc3398.sipToIsup.map(({ code, cause, note }) => ({ from: code, to: cause, note })),
        ranges: [
          { from: unlisted.from, to: unlisted.to, value: unlisted.cause, note: unlisted.note },
        ],
        fallback: null,
      },
    },
    {
      id: 'freeswitch',
      label: MAPPER_LABELS.freeswitch,
      causeToSip: causeToSip(freeswitch.causeToSip, fs(freeswitch.causeToSip)),
      sipToCause: sipToCause(freeswitch.sipToCause, fs(freeswitch.sipToCause)),
    },
    {
      id: 'asteriskPjsip',
      label: MAPPER_LABELS.asteriskPjsip,
      causeToSip: causeToSip(pjsip.causeToSip, ast(pjsip.causeToSip)),
      sipToCause: sipToCause(pjsip.sipToCause, ast(pjsip.sipToCause)),
    },
    {
      id: 'asteriskChanSip',
      label: MAPPER_LABELS.asteriskChanSip,
      causeToSip: causeToSip(chanSip.causeToSip, ast(chanSip.causeToSip, chanSip.ref)),
      sipToCause: sipToCause(chanSip.sipToCause, ast(chanSip.sipToCause, chanSip.ref)),
    },
  ];
}

/** A link to the table's source: the RFC section, or the file at the commit it was read from. */
export function sourceUrl(source: TableSource): string {
  if (source.kind === 'rfc') return rfcUrl(source.rfc, source.section);
  return `https://github.com/${source.repository}/blob/${source.commit}/${source.path}`;
}

/** "RFC 3398 §7.2.4.1" or "hangup_cause_to_sip() in mod_sofia.c". */
export function sourceLabel(source: TableSource): string {
  if (source.kind === 'rfc') return `${source.rfc} §${source.section}`;
  const file = source.path.replace(/^.*\//, '');
  return source.function ? `${source.function}() in ${file}` : file;
}
