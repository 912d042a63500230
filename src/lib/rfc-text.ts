// Reading RFC plain text: the published .txt layout (page headers and footers between pages,
// section headings at the left margin) and the text rendered from the XML sources (headings
// "4.2.2. Title", sentences wrapped at odd places). Used by the checks that hold the content
// to the RFC texts: cited sections must say what a page claims, and no sentence may be copied.

/** Page footers ("Rosenberg, et. al.   Standards Track   [Page 12]") and running headers. */
const PAGE_FOOTER = /\[Page \d+\]\s*$/;
const PAGE_HEADER = /^RFC \d{3,5} {2,}.*\S {2,}\S.*\d{4}\s*$/;
/** A section heading: a number at the left margin, e.g. "21.4.18 480 ..." or "4.2.2. INFO ...". */
const HEADING = /^(\d+(?:\.\d+)*)\.?[ \t]+\S/;

/** The RFC text without page breaks, so that a sentence split across two pages reads whole. */
export function withoutPageBreaks(raw: string): string {
  return raw
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((line) => !line.includes('\f') && !PAGE_FOOTER.test(line) && !PAGE_HEADER.test(line))
    .join('\n');
}

/**
 * The text of one section, its subsections included (a rule stated in 8.2.6.2 belongs to 8.2.6),
 * from its heading to the next heading outside it; null when the RFC has no such section.
 * Lines of the table of contents are indented, so they never count as headings.
 */
export function sectionText(raw: string, section: string): string | null {
  const lines = withoutPageBreaks(raw).split('\n');
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === section);
  if (start === -1) return null;
  let end = lines.length;
  for (let index = start + 1; index < lines.length; index++) {
    const number = HEADING.exec(lines[index]!)?.[1];
    if (number !== undefined && number !== section && !number.startsWith(`${section}.`)) {
      end = index;
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

/**
 * The words of a text, compared without case, punctuation or layout: "non-\n   INVITE" and
 * "Non-INVITE" give the same words; an apostrophe joins ("user's" is one word).
 */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}
