// What surrounds a message in a log: Wireshark's packet-details tree, RFC page breaks, and the
// log lines above a start line that say who sent it and when.
import { timeInLine } from './times.ts';
import { isPageBreak, readWrapperLine, type WrapperLine } from './wrappers.ts';

export const PAGE_BREAK = '\f';
export const LITERAL_CRLF = /\\r\\n$/;

/** Reads Wireshark's packet details: headers one level below "Message Header", deeper lines
 * (its dissection of each header) skipped. */
export function readWireshark(lines: string[], start: number, labelIndent: number) {
  const headers: string[] = [];
  let headerIndent = -1;
  let inHeader = false;
  let end = start;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') break;
    const indent = line.length - line.trimStart().length;
    if (indent < labelIndent || (indent === labelIndent && inHeader)) break;
    end = index;
    if (/^\s*Message Header\s*$/.test(line)) {
      inHeader = true;
      continue;
    }
    if (!inHeader) continue;
    if (headerIndent === -1) headerIndent = indent;
    if (indent === headerIndent) headers.push(line.trim().replace(LITERAL_CRLF, ''));
  }
  return { headers, end };
}

/** Marks each RFC page break, with the blank lines padding it, as PAGE_BREAK. */
export function markPageBreaks(lines: string[]): string[] {
  for (let index = 0; index < lines.length; index++) {
    if (!isPageBreak(lines[index]!)) continue;
    let from = index;
    while (from > 0 && lines[from - 1]!.trim() === '') from--;
    let to = index;
    while (to + 1 < lines.length && (lines[to + 1]!.trim() === '' || isPageBreak(lines[to + 1]!)))
      to++;
    lines.fill(PAGE_BREAK, from, to + 1);
    index = to;
  }
  return lines;
}

/** The time on the start line or on one of the few log lines above it. */
export function timeAbove(lines: string[], start: number, previousEnd: number): number | null {
  for (let index = start; index > previousEnd && index >= start - 3; index--) {
    const time = timeInLine(lines[index]!.slice(0, 200));
    if (time !== null) return time;
  }
  return null;
}

export function wrapperAbove(
  lines: string[],
  start: number,
  previousEnd: number,
): WrapperLine | null {
  let looked = 0;
  for (let index = start - 1; index > previousEnd && looked < 4; index--) {
    const line = lines[index]!;
    if (line.trim() === '' || /^\s*[-=#_*]*\s*$/.test(line)) continue;
    looked++;
    const wrapper = readWrapperLine(line);
    if (wrapper) return wrapper;
  }
  return null;
}
