// The two mapping tables as RFC 3398's text prints them, and how content/causes/rfc3398.yaml
// compares with them: every printed row must be in the file, and a row the tables do not print
// (a footnote's 603, the 31 or 65 a Warning code picks, cause 44 from the prose) must say in its
// note where it comes from. Pure: the caller reads the RFC text.

/** A row as printed: `to` is null where the table prints "---" (no response, no cause). */
export interface PrintedRow {
  from: number;
  to: number | null;
}

/** The body of a section: from its heading at the start of a line to the next heading. */
function sectionBody(text: string, section: string): string | null {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`${section} `));
  if (start < 0) return null;
  const end = lines.findIndex((line, index) => index > start && /^\d+(\.\d+)+ \S/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/**
 * §7.2.4.1, ISUP cause → SIP response: "   17 user busy      486 Busy here". The name and the
 * response are set apart by two or more spaces.
 */
export function printedIsupToSip(text: string): PrintedRow[] | null {
  const body = sectionBody(text, '7.2.4.1');
  if (body === null) return null;
  return [...body.matchAll(/^ {3}(\d{1,3}) +\S.*? {2,}(\d{3}|---)(?= |$)/gm)].map((match) => ({
    from: Number(match[1]),
    to: match[2] === '---' ? null : Number(match[2]),
  }));
}

/**
 * §8.2.6.1, SIP response → ISUP cause: "   486 Busy here      17 User busy". The RFC prints
 * 505 Version Not Supported as "504 Version Not Supported"; the phrase tells it from 504.
 */
export function printedSipToIsup(text: string): PrintedRow[] | null {
  const body = sectionBody(text, '8.2.6.1');
  if (body === null) return null;
  return [...body.matchAll(/^ {3}(\d{3}) (\S.*?) {2,}(\d{1,3}|---)(?= |$)/gm)].map((match) => ({
    from: /version not supported/i.test(match[2]!) ? 505 : Number(match[1]),
    to: match[3] === '---' ? null : Number(match[3]),
  }));
}

interface FileRow {
  from: number;
  to: number | null;
  note?: string | undefined;
}

/**
 * Problems between one table of the file and the same table as printed, each naming the file:
 * a printed row the file lacks, or a row of the file that is not printed and carries no note.
 * A printed "---" row whose value the RFC gives elsewhere (488 "by Warning header") is matched
 * by any row of the file for that value.
 */
export function compareWithPrinted(
  file: string,
  table: string,
  rows: readonly FileRow[],
  printed: readonly PrintedRow[] | null,
  section: string,
): string[] {
  if (printed === null || printed.length === 0)
    return [`${file}: ${table}: RFC 3398 §${section} was not found in the RFC text`];
  const problems: string[] = [];
  const key = (row: { from: number; to: number | null }) => `${row.from}→${row.to ?? '---'}`;
  const inFile = new Set(rows.map(key));
  const fileValues = new Set(rows.map((row) => row.from));
  for (const row of printed) {
    const found = row.to === null ? fileValues.has(row.from) : inFile.has(key(row));
    if (!found)
      problems.push(
        `${file}: ${table} lacks ${key(row)}, which RFC 3398 §${section} prints in its table`,
      );
  }
  const printedKeys = new Set(printed.map(key));
  for (const row of rows) {
    if (!printedKeys.has(key(row)) && !row.note)
      problems.push(
        `${file}: ${table} row ${key(row)} is not in RFC 3398 §${section}'s table and has no note saying where it comes from`,
      );
  }
  return problems;
}
