// Finds every SIP message in a pasted log, whatever wraps it: a prefix repeated on each line
// (logcat, quoting, RFC indentation), binary bytes before the start line (tcpdump -A), a "."
// for each carriage return (ngrep), Wireshark's dissection tree, or nothing at all.
import {
  bodyBytes,
  headerValue,
  parseSipMessageDetailed,
  type SipMessage,
} from '../sip-message.ts';
import {
  LITERAL_CRLF,
  markPageBreaks,
  PAGE_BREAK,
  readWireshark,
  timeAbove,
  wrapperAbove,
} from './surroundings.ts';
import { isLogLine, readWrapperLine, type WrapperLine } from './wrappers.ts';

export interface FoundMessage {
  /** 1-based line of the start line in the paste. */
  line: number;
  message: SipMessage;
  /** The lines the message was read from, prefixes removed. */
  text: string;
  /** The log line above the message that says who sent it to whom, if any. */
  wrapper: WrapperLine | null;
  /** Lines that were not header fields and were joined to the header above (hard wraps). */
  joinedLines: number;
  /** The header block ended without a blank line: the paste or log cut the message. */
  cut: boolean;
  /** Content-Length as declared and the body's size, when they disagree. */
  lengthMismatch: { declared: string; measured: number } | null;
  /** Microseconds since 1970, when the capture or log gives the time. */
  time?: number | null;
  /** Where the message is, when not a line of a paste: "packet 12". */
  place?: string;
}

/** Where a message is, in words: "line 3", or "packet 12" for a capture. */
export const placeOf = (found: FoundMessage): string => found.place ?? `line ${found.line}`;

export interface FindOptions {
  /** Stop after this many messages (the rest is counted as not shown). */
  limit?: number;
}

export interface FindResult {
  messages: FoundMessage[];
  /** True when the limit was reached before the end of the paste. */
  truncated: boolean;
  lines: number;
}

const STATUS_AT = /^SIP\/2\.0[ \t]+[1-6]\d\d(?:[ \t]|$)/;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9!%*_+`'~.-]*[ \t]*:/;
const WIRESHARK_LABEL = /^(\s*)(?:Request-Line|Status-Line): $/;
const encoder = new TextEncoder();

/** Where a start line begins in a line, or -1. Written without backtracking regexes: a pasted
 * line can be megabytes long. */
export function findStart(line: string): number {
  let at = line.indexOf('SIP/2.0 ');
  while (at !== -1) {
    if (STATUS_AT.test(line.slice(at, at + 16)) && (at === 0 || !/[\w/]/.test(line[at - 1]!)))
      return at;
    at = line.indexOf('SIP/2.0 ', at + 1);
  }
  const trimmed = line.replace(LITERAL_CRLF, '').replace(/\.$/, '').trimEnd();
  if (!trimmed.endsWith(' SIP/2.0')) return -1;
  const beforeVersion = trimmed.slice(0, -' SIP/2.0'.length);
  const uriStart = beforeVersion.lastIndexOf(' ');
  if (uriStart <= 0 || !/^(?:(?:sips?|tel|urn):\S+|\*)$/i.test(beforeVersion.slice(uriStart + 1)))
    return -1;
  let methodStart = uriStart;
  // No method is anywhere near 32 letters long; a longer run of capitals is not a request.
  while (
    methodStart > 0 &&
    uriStart - methodStart <= 32 &&
    /[A-Z-]/.test(beforeVersion[methodStart - 1]!)
  )
    methodStart--;
  if (methodStart === uriStart || !/[A-Z]/.test(beforeVersion[methodStart]!)) return -1;
  if (methodStart > 0 && /[A-Za-z0-9]/.test(beforeVersion[methodStart - 1]!)) return -1;
  return methodStart;
}

/** A pattern for the prefix a log repeats on each line: digits may change from line to line. */
function prefixPattern(prefix: string): RegExp | null {
  if (prefix === '') return null;
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, '\\d+');
  return new RegExp(`^${escaped}`);
}

interface Reader {
  lines: string[];
  /** Removes the repeated prefix and the ngrep dot; null when the line does not belong. */
  clean: (raw: string) => string | null;
}

function makeReader(lines: string[], start: number, column: number, dots: boolean): Reader {
  const prefix = lines[start]!.slice(0, column);
  let pattern = prefixPattern(prefix);
  // tcpdump's binary bytes before a start line are not repeated below it.
  const next = lines.slice(start + 1, start + 4).find((line) => line.trim() !== '');
  if (pattern && next !== undefined && !pattern.test(next)) pattern = null;
  const whitespacePrefix = /^\s*$/.test(prefix);
  const clean = (raw: string): string | null => {
    let line = raw;
    if (pattern) {
      const match = pattern.exec(line);
      if (match) line = line.slice(match[0].length);
      else if (line.trim() === '' || line.trim() === prefix.trim()) line = '';
      else if (!whitespacePrefix) return null;
    }
    if (dots) line = line.replace(/\.$/, '');
    return line;
  };
  return { lines, clean };
}

export function findMessages(text: string, options: FindOptions = {}): FindResult {
  const limit = options.limit ?? Infinity;
  const lines = markPageBreaks(text.split(/\r\n|\r|\n/));
  const messages: FoundMessage[] = [];
  let previousEnd = -1;
  let index = 0;
  while (index < lines.length) {
    const column = findStart(lines[index]!);
    if (column === -1) {
      index++;
      continue;
    }
    if (messages.length >= limit) return { messages, truncated: true, lines: lines.length };
    const found = readMessage(lines, index, column, previousEnd);
    if (found.message) messages.push(found.message);
    previousEnd = Math.max(found.end, index);
    index = previousEnd + 1;
  }
  return { messages, truncated: false, lines: lines.length };
}

function readMessage(lines: string[], start: number, column: number, previousEnd: number) {
  const first = lines[start]!;
  const wireshark = WIRESHARK_LABEL.exec(first.slice(0, column));
  const startText = first.slice(column).replace(LITERAL_CRLF, '');
  const dots = /\.$/.test(startText) && /\.$/.test(lines[start + 1] ?? '');
  const startLine = (dots ? startText.replace(/\.$/, '') : startText).trimEnd();
  const wrapper = wrapperAbove(lines, start, previousEnd);

  let headerLines: string[];
  let bodyLines: string[] = [];
  let end: number;
  let cut = false;
  if (wireshark) {
    const read = readWireshark(lines, start, wireshark[1]!.length);
    headerLines = read.headers;
    end = read.end;
  } else {
    const reader = makeReader(lines, start, column, dots);
    headerLines = [];
    end = start;
    cut = true;
    for (let index = start + 1; index < lines.length; index++) {
      if (lines[index] === PAGE_BREAK) {
        // Headers may go on over a page break; anything else after one starts the body.
        let after = index;
        while (lines[after] === PAGE_BREAK) after++;
        const next = reader.clean(lines[after] ?? '') ?? '';
        if (HEADER_LINE.test(next) || /^[ \t]/.test(next)) {
          index = after - 1;
          continue;
        }
        cut = false;
        end = after - 1;
        break;
      }
      const line = reader.clean(lines[index]!);
      if (line === null || findStart(line) !== -1) break;
      if (line.trim() === '') {
        cut = false;
        end = index;
        break;
      }
      const isHeader = HEADER_LINE.test(line) || /^[ \t]/.test(line);
      if (!isHeader && (readWrapperLine(line) || isLogLine(line))) break;
      if (isHeader && isLogLine(line)) break;
      headerLines.push(line);
      end = index;
    }
    if (!cut) {
      const body = readBody(reader, end + 1, headerLines);
      bodyLines = body.lines;
      end = body.end;
    }
  }
  // A status line quoted inside a log sentence, with nothing after it, is not a message.
  if (headerLines.length === 0 && column > 0 && !wireshark) return { message: null, end: start };

  const messageText = [startLine, ...headerLines].join('\n') + '\n\n' + bodyLines.join('\n');
  let parsed;
  try {
    parsed = parseSipMessageDetailed(messageText, { lenient: true });
  } catch {
    return { message: null, end };
  }
  const declared = headerValue(parsed.message, 'Content-Length');
  let lengthMismatch: FoundMessage['lengthMismatch'] = null;
  if (declared !== undefined && !wireshark) {
    const measured = bodyBytes(parsed.message.body);
    const measuredLf = bodyBytes(parsed.message.body, '\n');
    const number = /^\d+$/.test(declared.trim()) ? Number(declared) : NaN;
    if (number !== measured && number !== measuredLf) lengthMismatch = { declared, measured };
  }
  return {
    message: {
      line: start + 1,
      time: timeAbove(lines, start, previousEnd),
      message: parsed.message,
      text: messageText.replace(/\n+$/, ''),
      wrapper,
      joinedLines: parsed.joinedLines.length,
      cut,
      lengthMismatch,
    } satisfies FoundMessage,
    end,
  };
}

/** The body: as many bytes as Content-Length says (lines counted with CRLF), or, without it,
 * every line up to the next message or log line. */
function readBody(reader: Reader, from: number, headerLines: string[]) {
  const declaredLine = headerLines.find((line) => /^(?:content-length|l)[ \t]*:/i.test(line));
  const declared = declaredLine ? Number(declaredLine.replace(/^[^:]*:/, '').trim()) : NaN;
  const lines: string[] = [];
  let bytes = 0;
  let end = from - 1;
  for (let index = from; index < reader.lines.length && lines.length < 2000; index++) {
    if (Number.isFinite(declared) && bytes >= declared) break;
    if (reader.lines[index] === PAGE_BREAK) continue;
    const line = reader.clean(reader.lines[index]!);
    if (line === null || findStart(line) !== -1 || readWrapperLine(line) || isLogLine(line)) break;
    // Logs and RFC layout put blank lines between the header block and the body.
    if (lines.length === 0 && line.trim() === '') continue;
    lines.push(line);
    bytes += (/\P{ASCII}/u.test(line) ? encoder.encode(line).length : line.length) + 2;
    if (line.trim() !== '') end = index;
  }
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length > 0) lines.push('');
  return { lines, end: Math.max(end, from - 1) };
}
