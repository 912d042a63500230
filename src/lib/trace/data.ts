// The reference data the explainer needs, built from content/ at build time and handed to it,
// so the same code runs in the build, in tests and in the browser, and the cause names can
// come from whichever table the site has.

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
  /**
   * RFC 3398's two tables, row for row: the responses a cause becomes (§7.2.4.1; empty where
   * the RFC sends none, as for 16) and the causes a response becomes (§8.2.6.1). Defaults and
   * ranges are left out: they say nothing about a particular pair.
   */
  rfc3398: { causeToSip: Record<string, number[]>; sipToCause: Record<string, number[]> };
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
  return {
    reasons: Object.fromEntries(
      sources.registry.map(({ code, reason }) => [code, reason.replace(/ \(Deprecated\)$/, '')]),
    ),
    must,
    warnCodes: Object.fromEntries(sources.warnCodes.map(({ code, meaning }) => [code, meaning])),
    causes: Object.fromEntries(sources.causes.map(({ cause, ...names }) => [cause, names])),
    causePages: sources.causePages,
    rfc3398: {
      causeToSip: byFrom(sources.rfc3398.causeToSip),
      sipToCause: byFrom(sources.rfc3398.sipToCause),
    },
  };
}
