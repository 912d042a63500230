// The reference data the explainer needs, built from content/ at build time and handed to it,
// so the same code runs in the build, in tests and in the browser, and the cause names can
// come from whichever table the site has.
import type { StackSender } from '../stacks/index.ts';

export interface CauseNames {
  /** The ITU-T Q.850 name. */
  name: string;
  /** FreeSWITCH's name for the cause, e.g. "USER_BUSY". */
  freeswitch?: string;
  /** Asterisk's AST_CAUSE_* names for the cause. */
  asterisk?: string[];
}

export interface ExplainData {
  /** The registered reason phrase of each code, e.g. { "486": "Busy Here" }. */
  reasons: Record<string, string>;
  /** Header fields each code's page says the response must carry. */
  must: Record<string, string[]>;
  /** RFC 3261 §20.43 warn-codes ("305") and ranges ("300-329"), each with what it means. */
  warnCodes: Record<string, string>;
  /** Q.850 causes by number. */
  causes: Record<string, CauseNames>;
  /** Whether the site has a page per cause (/causes/NN/) to link to. */
  causePages: boolean;
  /** The stacks the site reads, by id: their names, to recognise them in Server and User-Agent. */
  stacks: Record<string, string>;
  /**
   * By code, the reason phrases a stack writes itself when it builds a reply on its own, only
   * those that differ from the registered phrase: they name the stack that built a response.
   */
  ownPhrases: Record<string, OwnPhrase[]>;
  /** "(477/TM)"-style signatures ("TM"), with the module that signs so and the stacks it is in. */
  signatures: Record<string, { module: string; stacks: string[] }>;
  /**
   * RFC 3398's two tables, row for row: the responses a cause becomes (§7.2.4.1; empty where
   * the RFC sends none, as for 16) and the causes a response becomes (§8.2.6.1). Defaults and
   * ranges are left out: they say nothing about a particular pair.
   */
  rfc3398: { causeToSip: Record<string, number[]>; sipToCause: Record<string, number[]> };
}

export interface OwnPhrase {
  /** As it goes on the wire, any "(477/TM)" signature included. */
  phrase: string;
  /** A key of `stacks`. */
  stack: string;
  /** When the stack sends it, in one sentence. */
  condition: string;
  /** Sent by the stack's stock configuration rather than its code. */
  config?: true;
  /** The line of source that sends it. */
  url: string;
}

type MappingRows = { rows: readonly { from: number; to: number | null }[] };

export interface ExplainDataSources {
  registry: readonly { code: number; reason: string }[];
  codes: readonly {
    code: number;
    headers: readonly { name: string; requirement: string; when?: string | undefined }[];
  }[];
  warnCodes: readonly { code: string; meaning: string }[];
  causes: readonly ({ cause: number } & CauseNames)[];
  causePages: boolean;
  /** Every stack's own replies, as `allSenders` resolves them. */
  senders: readonly StackSender[];
  /** The proxies' "(N/TM)" signatures, as content/causes/proxy-replies.yaml lists them. */
  signatures: readonly {
    software: string;
    senders: readonly { suffix: string; module: string }[];
  }[];
  /** RFC 3398's mapping as the cause index holds it. */
  rfc3398: { causeToSip: MappingRows; sipToCause: MappingRows };
}

function byFrom({ rows }: MappingRows): Record<string, number[]> {
  const table: Record<string, number[]> = {};
  for (const { from, to } of rows) {
    table[from] ??= [];
    if (to !== null && !table[from].includes(to)) table[from].push(to);
  }
  return table;
}

/**
 * MUST rows that hold only under a condition (`when`) are checked only for the headers whose
 * condition the explainer can judge from the trace itself (see `applies` in annotate.ts); for
 * the rest, such as Require in a reliable provisional response, a missing header is no fault.
 * The Accept family of 415 is judged as a family: each member is needed for its own problem,
 * which a trace does not show, but a 415 must carry at least one (RFC 3261 §21.4.13).
 */
const JUDGED_CONDITIONS = new Set([
  'timestamp',
  'record-route',
  'contact',
  'accept',
  'accept-encoding',
  'accept-language',
]);

const phraseKey = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ').trim();

/** Each stack's own phrases, leaving out the registered phrase every stack sends alike. */
function ownPhrases(
  senders: ExplainDataSources['senders'],
  reasons: Record<string, string>,
): Record<string, OwnPhrase[]> {
  const byCode: Record<string, OwnPhrase[]> = {};
  for (const sender of senders) {
    const registered = reasons[sender.code];
    if (registered !== undefined && phraseKey(registered) === phraseKey(sender.phrase)) continue;
    (byCode[sender.code] ??= []).push({
      phrase: sender.phrase,
      stack: sender.stackId,
      condition: sender.condition,
      ...(sender.by === 'config' ? { config: true as const } : {}),
      url: sender.url,
    });
  }
  return byCode;
}

function signatures(sources: ExplainDataSources['signatures']): ExplainData['signatures'] {
  const bySuffix: ExplainData['signatures'] = {};
  for (const { software, senders } of sources)
    for (const { suffix, module } of senders) {
      const entry = (bySuffix[suffix] ??= { module, stacks: [] });
      if (!entry.stacks.includes(software)) entry.stacks.push(software);
    }
  return bySuffix;
}

/** Keeps only what the explainer reads, so the page stays small. */
export function buildExplainData(sources: ExplainDataSources): ExplainData {
  const must: Record<string, string[]> = {};
  for (const { code, headers } of sources.codes) {
    const names = headers
      .filter(
        (header) =>
          header.requirement === 'MUST' &&
          (!header.when || JUDGED_CONDITIONS.has(header.name.toLowerCase())),
      )
      .map(({ name }) => name);
    if (names.length > 0) must[code] = names;
  }
  const reasons = Object.fromEntries(
    sources.registry.map(({ code, reason }) => [code, reason.replace(/ \(Deprecated\)$/, '')]),
  );
  return {
    reasons,
    must,
    warnCodes: Object.fromEntries(sources.warnCodes.map(({ code, meaning }) => [code, meaning])),
    causes: Object.fromEntries(sources.causes.map(({ cause, ...names }) => [cause, names])),
    causePages: sources.causePages,
    stacks: Object.fromEntries(sources.senders.map(({ stackId, stack }) => [stackId, stack])),
    ownPhrases: ownPhrases(sources.senders, reasons),
    signatures: signatures(sources.signatures),
    rfc3398: {
      causeToSip: byFrom(sources.rfc3398.causeToSip),
      sipToCause: byFrom(sources.rfc3398.sipToCause),
    },
  };
}
