// The rows of /codes.json: the same frontmatter the pages show, in a stable machine-readable shape
// (documented in README.md and public/codes.schema.json).
import type { CollectionEntry } from 'astro:content';
import { classOf, type ClassId } from './codes.ts';
import { routes } from './paths.ts';
import type { CauseIndex, CodeMapping, Outcome } from './causes/index.ts';
import { STACKS, type StackId } from './causes/tables.ts';
import type { StackSender } from './stacks/index.ts';

/**
 * What one table does with the code: the cause it records (by a row, a range or its default
 * branch), and the causes it sends the code for (rows, ranges, and whether its default does).
 */
export interface VendorMapping {
  toCause: number | null;
  toCauseVia: Outcome['via'] | null;
  fromCauses: number[];
  fromCauseRanges: { from: number; to: number }[];
  fromCausesDefault: boolean;
}

export interface CodesJsonRow {
  code: number;
  reason: string;
  class: ClassId;
  summary: string;
  url: string;
  rfc: string;
  section: string | null;
  deprecated: boolean;
  seeAlso: number[];
  headers: {
    name: string;
    requirement: 'MUST' | 'SHOULD' | 'MAY';
    when: string | null;
    rfc: string;
    section: string;
  }[];
  /** RFC 3398, in the same shape as a stack's, under the names it has always had. */
  q850: {
    fromIsup: number[];
    fromIsupDefault: boolean;
    toIsup: number | null;
    toIsupVia: Outcome['via'] | null;
  };
  vendors: Record<StackId, VendorMapping>;
  /** Where the open-source stacks send the code on their own (content/stacks/). */
  senders: {
    stack: StackSender['stackId'];
    phrase: string;
    condition: string;
    setting: string | null;
    by: 'code' | 'config';
    module: string;
    source: string;
    phraseOf: number | null;
  }[];
}

/** A row, a range and a default branch alike are what the table does with the code. */
function tableView(mapping: CodeMapping): VendorMapping {
  return {
    toCause: mapping.records?.value ?? null,
    toCauseVia: mapping.records?.via ?? null,
    fromCauses: mapping.sentFor.map(({ value }) => value),
    fromCauseRanges: mapping.sentForRanges.map(({ from, to }) => ({ from, to })),
    fromCausesDefault: mapping.sentForDefault !== null,
  };
}

export function codesJsonRows(
  pages: readonly { code: number; data: CollectionEntry<'codes'>['data'] }[],
  causes: CauseIndex,
  senders: readonly StackSender[] = [],
): CodesJsonRow[] {
  return [...pages]
    .sort((a, b) => a.code - b.code)
    .map(({ code, data }) => {
      const byMapper = new Map(causes.forCode(code).map((view) => [view.mapping.id, view]));
      const rfc = tableView(byMapper.get('rfc3398')!);
      return {
        code,
        reason: data.reason,
        class: classOf(code),
        summary: data.summary,
        // Relative to the site, wherever it is published (see README).
        url: routes.code(code),
        rfc: data.rfc,
        section: data.section ?? null,
        deprecated: data.deprecated,
        seeAlso: data.seeAlso.map((link) => link.code),
        headers: data.headers.map(({ name, requirement, when, rfc, section }) => ({
          name,
          requirement,
          when: when ?? null,
          rfc,
          section,
        })),
        q850: {
          fromIsup: rfc.fromCauses,
          fromIsupDefault: rfc.fromCausesDefault,
          toIsup: rfc.toCause,
          toIsupVia: rfc.toCauseVia,
        },
        vendors: Object.fromEntries(
          STACKS.map((stack) => [stack, tableView(byMapper.get(stack)!)]),
        ) as Record<StackId, VendorMapping>,
        senders: senders
          .filter((sender) => sender.code === code)
          .map(({ stackId, phrase, condition, setting, by, module, url, phraseOf }) => ({
            stack: stackId,
            phrase,
            condition,
            setting,
            by,
            module,
            source: url,
            phraseOf,
          })),
      };
    });
}
