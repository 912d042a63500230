// The data instant answers read: one small JSON file (/answers.json) built from the content, so
// that the browser can answer what was typed or pasted without the full-text index. Only what
// answers() needs is in it; addresses are built from the numbers by src/lib/paths.ts.
import { firstValue, type CauseIndex } from '../causes/index.ts';
import { normalizeName } from '../causes/names.ts';
import type { StackId } from '../causes/tables.ts';

/** Bump when the shape changes, so that a cached copy of another shape is ignored. */
export const ANSWER_DATA_VERSION = 1;

export interface AnswerCode {
  code: number;
  /** The registered reason phrase. */
  reason: string;
  /** Phrases it was registered under before. */
  former?: string[];
  /** Words the RFC ties to the code ("spam" for 607), from the code's frontmatter. */
  aliases?: string[];
}

export interface AnswerCause {
  cause: number;
  /** The Q.850 name, or the stack's own name for a cause Q.850 lacks. */
  name: string;
  q850: boolean;
  freeswitch?: string;
  /** AST_CAUSE_ defines, then the name Asterisk shows and its description. */
  asterisk?: string[];
  /** The code each table sends for the cause, through its row, a range or its default branch. */
  sip: Partial<Record<'rfc3398' | StackId, number>>;
  /** For causes that are not failures: what the cause means. */
  normal?: string;
  /** Words engineers use for the cause ("congestion"), from the cause's content. */
  aliases?: string[];
}

/** A reason phrase a proxy or stack sends on its own, which identifies the code. */
export interface AnswerPhrase {
  code: number;
  phrase: string;
  /** Who sends it, e.g. "Kamailio" or "Asterisk chan_sip". */
  by: string;
  /**
   * "proxy": a proxy's own reply, recognisable anywhere in a log; "stack": a stack's wording of
   * a registered phrase ("Busy here"); "rewrite": the line a proxy relays in place of another
   * code ("500 Service Unavailable"). The last two are only read right after their code.
   */
  source: 'proxy' | 'stack' | 'rewrite';
  /** For a rewrite: the code the proxy received. */
  from?: number;
}

export interface AnswerData {
  version: number;
  codes: AnswerCode[];
  causes: AnswerCause[];
  phrases: AnswerPhrase[];
}

/** "477 Send failed (477/TM)" → "Send failed"; the suffix names the sender, not the reply. */
function phraseOf(sentAs: string): string {
  return sentAs.replace(/^\d{3} /, '').replace(/ \([^()]*\/[A-Z/]+\)$/, '');
}

export function answerData(
  codes: readonly AnswerCode[],
  causes: CauseIndex,
  stackPhrases: readonly AnswerPhrase[] = chanSipPhrases(causes),
): AnswerData {
  const phrases = new Map<string, AnswerPhrase>();
  const add = (entry: AnswerPhrase) => {
    const registered = codes.find((row) => row.code === entry.code)?.reason;
    if (registered?.toLowerCase() === entry.phrase.toLowerCase()) return;
    phrases.set(`${entry.code} ${entry.phrase.toLowerCase()} ${entry.by}`, entry);
  };
  const { replies, otherPhrases, rewrites } = causes.proxyReplies;
  for (const reply of replies)
    add({ code: reply.code, phrase: reply.phrase, by: reply.software, source: 'proxy' });
  for (const group of otherPhrases)
    for (const entry of group.entries)
      add({
        code: entry.code,
        phrase: phraseOf(entry.sentAs),
        by: group.software,
        source: 'proxy',
      });
  for (const entry of stackPhrases) add(entry);
  // Added after the check against the registered phrase: "Service Unavailable" is 503's, and
  // that is the point of "500 Service Unavailable".
  for (const rewrite of rewrites) {
    if (!rewrite.sentAs) continue;
    phrases.set(`rewrite ${rewrite.sentAs}`, {
      code: rewrite.to,
      phrase: phraseOf(rewrite.sentAs),
      by: `${rewrite.software} ${rewrite.module}`,
      source: 'rewrite',
      from: rewrite.from,
    });
  }

  return {
    version: ANSWER_DATA_VERSION,
    codes: codes.map(({ code, reason, former, aliases }) => ({
      code,
      reason,
      ...(former?.length ? { former } : {}),
      ...(aliases?.length ? { aliases } : {}),
    })),
    causes: causes.causes.map((cause) => {
      const sip: AnswerCause['sip'] = {};
      for (const view of causes.forCause(cause.cause)) {
        const code = firstValue(view.sends);
        if (code !== null) sip[view.mapping.id] = code;
      }
      // A name that reads the same as one already listed ("Call Rejected", CALL_REJECTED) adds
      // nothing to the look-up: normalised names are what answers() compares.
      const known = new Set([cause.name, cause.freeswitch ?? ''].map(normalizeName));
      const asterisk = [
        ...cause.asteriskDefines,
        ...(cause.asteriskName ? [cause.asteriskName.name, cause.asteriskName.description] : []),
      ].filter((name) => {
        const key = normalizeName(name);
        return !known.has(key) && known.add(key);
      });
      return {
        cause: cause.cause,
        name: cause.name,
        q850: cause.q850,
        ...(cause.freeswitch ? { freeswitch: cause.freeswitch } : {}),
        ...(asterisk.length ? { asterisk } : {}),
        sip,
        ...(!cause.failure && cause.meaning ? { normal: cause.meaning } : {}),
        ...(cause.aliases.length > 0 ? { aliases: cause.aliases } : {}),
      };
    }),
    phrases: [...phrases.values()],
  };
}

/** The reason phrases chan_sip writes itself ("Busy here"), from its cause-to-SIP table. */
function chanSipPhrases(causes: CauseIndex): AnswerPhrase[] {
  const table = causes.mappings.find((mapping) => mapping.id === 'asteriskChanSip')!.causeToSip;
  const rows = [
    ...table.rows,
    ...(table.fallback ? [{ ...table.fallback, to: table.fallback.value }] : []),
  ];
  return rows.flatMap((row) =>
    row.phrase && row.to !== null
      ? [{ code: row.to, phrase: row.phrase, by: 'Asterisk chan_sip', source: 'stack' as const }]
      : [],
  );
}
