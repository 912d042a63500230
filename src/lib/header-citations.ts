// A header row that says MUST or SHOULD cites the section of the RFC that states it. With the
// RFC text at hand this checks the citation: the section exists, it names the header field, and
// a paragraph that names it uses a normative keyword at least as strong as the row claims (or,
// for a MUST, a header table marks it mandatory in this response).
import { codeFromFileName } from './codes.ts';
import { sectionText, wordsOf } from './rfc-text.ts';

export interface HeaderRow {
  name: string;
  requirement: 'MUST' | 'SHOULD' | 'MAY';
  rfc: string;
  section: string;
}

/** Keywords that support each level (RFC 2119): a MUST row needs an absolute requirement. */
const KEYWORDS: Record<'MUST' | 'SHOULD', RegExp> = {
  MUST: /\b(MUST|REQUIRED|SHALL)\b/,
  SHOULD: /\b(MUST|REQUIRED|SHALL|SHOULD|RECOMMENDED)\b/,
};

/**
 * A row of a header table (RFC 3261 Table 2 and the tables that extend it) that marks the
 * header mandatory ("m") in responses with this code or its class.
 */
function tableMarksMandatory(text: string, headerName: string, code: number): boolean {
  const where = new Set([String(code), `${Math.floor(code / 100)}xx`, 'r', 'c']);
  return text.split('\n').some((line) => {
    const cells = line.replace(/\|/g, ' ').trim().split(/\s+/);
    return (
      cells[0]?.toLowerCase() === headerName.toLowerCase() &&
      where.has(cells[1]?.toLowerCase() ?? '') &&
      cells.slice(2).some((cell) => /^m\*{0,3}$/.test(cell))
    );
  });
}

function mentions(text: string, headerName: string): boolean {
  return ` ${wordsOf(text).join(' ')} `.includes(` ${wordsOf(headerName).join(' ')} `);
}

/**
 * Problems with the MUST and SHOULD rows of one page whose RFC text is available;
 * `rfcText` returns the text of an RFC ("RFC 3261"), or undefined when it is not at hand.
 */
export function checkHeaderCitations(
  filePath: string,
  headers: readonly HeaderRow[],
  rfcText: (rfc: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  const code = codeFromFileName(filePath);
  headers.forEach(({ name, requirement, rfc, section }, index) => {
    if (requirement === 'MAY') return;
    const text = rfcText(rfc);
    if (text === undefined) return;
    const where = `${filePath}: headers.${index} (${name}, ${requirement}, ${rfc} section ${section})`;
    const cited = sectionText(text, section);
    if (cited === null) {
      problems.push(`${where}: ${rfc} has no section ${section}`);
      return;
    }
    const paragraphs = cited.split(/\n[ \t]*\n/).filter((paragraph) => mentions(paragraph, name));
    if (paragraphs.length === 0) {
      problems.push(`${where}: the cited section never names ${name}`);
    } else if (
      !paragraphs.some((paragraph) => KEYWORDS[requirement].test(paragraph)) &&
      !(code !== null && tableMarksMandatory(cited, name, code))
    ) {
      problems.push(
        `${where}: no paragraph of the cited section that names ${name} says ${requirement} or stronger`,
      );
    }
  });
  return problems;
}
