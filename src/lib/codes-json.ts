// The rows of /codes.json: the same frontmatter the pages show, in a stable machine-readable shape
// (documented in README.md and public/codes.schema.json).
import type { CollectionEntry } from 'astro:content';
import { classOf, type ClassId } from './codes.ts';
import { routes } from './paths.ts';
import { mappingFor, type Q850Tables } from './q850.ts';

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
}

export function codesJsonRows(
  pages: readonly { code: number; data: CollectionEntry<'codes'>['data'] }[],
  tables: Q850Tables,
): CodesJsonRow[] {
  return [...pages]
    .sort((a, b) => a.code - b.code)
    .map(({ code, data }) => {
      const mapping = mappingFor(code, tables);
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
          fromIsup: [...new Set(mapping.fromIsup.map((row) => row.cause))],
          toIsup: mapping.toIsup?.cause ?? null,
        },
      };
    });
}
