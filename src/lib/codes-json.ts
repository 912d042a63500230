// The rows of /codes.json: the same frontmatter the pages show, in a stable machine-readable shape
// (documented in README.md and public/codes.schema.json).
import type { CollectionEntry } from 'astro:content';
import { classOf, type ClassId } from './codes.ts';
import { routes } from './paths.ts';
import type { CauseIndex, CodeMapping } from './causes/index.ts';
import { STACKS, type StackId } from './causes/tables.ts';
import type { StackSender } from './stacks/index.ts';

/** What one stack does with the code: the cause its table records, the causes it sends it for. */
export interface VendorMapping {
  toCause: number | null;
  fromCauses: number[];
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
  q850: { fromIsup: number[]; toIsup: number | null };
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

/** Only a row of the table counts: a default branch is not a mapping of this code. */
function ownRow(mapping: CodeMapping): VendorMapping {
  return {
    toCause: mapping.records?.via === 'row' ? mapping.records.value : null,
    fromCauses: mapping.sentFor.map(({ value }) => value),
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
      const rfc = ownRow(byMapper.get('rfc3398')!);
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
        q850: { fromIsup: rfc.fromCauses, toIsup: rfc.toCause },
        vendors: Object.fromEntries(
          STACKS.map((stack) => [stack, ownRow(byMapper.get(stack)!)]),
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
