// The one reader of SIP messages (RFC 3261 §7): it checks the wire examples on the code pages at
// build time and reads the messages found in a pasted trace in the browser. Pure functions only.

export interface SipHeader {
  /** The name as written, e.g. "Via" or "v". */
  name: string;
  value: string;
}

interface SipMessageBase {
  /** Header fields in order, folded lines joined. */
  headers: SipHeader[];
  /** Everything after the blank line, lines joined with "\n". */
  body: string;
}

export interface SipRequest extends SipMessageBase {
  kind: 'request';
  method: string;
  uri: string;
}

export interface SipResponse extends SipMessageBase {
  kind: 'response';
  code: number;
  reason: string;
}

export type SipMessage = SipRequest | SipResponse;

const STATUS_LINE = /^SIP\/2\.0 ([1-6]\d\d) ([^\r\n]+)$/;
/** Logs and even RFC 3665 put two spaces after the version now and then. */
const LOOSE_STATUS_LINE = /^SIP\/2\.0[ \t]+([1-6]\d\d)(?:[ \t]+([^\r\n]*))?$/;
const REQUEST_LINE = /^([A-Z][A-Z-]*) ((?:sips?|tel|urn):[^ ]+|\*) SIP\/2\.0$/i;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9!%*_+`'~.-]*)[ \t]*:[ \t]*(.*)$/;

/** Compact header names: RFC 3261 §7.3.3 and §20, RFC 6665 (o, u), RFC 3515 (r), RFC 3892 (b). */
const COMPACT_FORMS: Record<string, string> = {
  v: 'via',
  f: 'from',
  t: 'to',
  i: 'call-id',
  l: 'content-length',
  m: 'contact',
  c: 'content-type',
  k: 'supported',
  s: 'subject',
  e: 'content-encoding',
  o: 'event',
  r: 'refer-to',
  u: 'allow-events',
  b: 'referred-by',
};

/** Headers every response carries (RFC 3261 §8.2.6.2, §20.14 for stream transports). */
export const MANDATORY_HEADERS = ['Via', 'From', 'To', 'Call-ID', 'CSeq', 'Content-Length'];

/** The full lower-case name of a header field, whether written in full or compact form. */
export function canonicalName(name: string): string {
  let known = canonicalNames.get(name);
  if (known === undefined) {
    const lower = name.toLowerCase();
    known = COMPACT_FORMS[lower] ?? lower;
    // Header names repeat endlessly in a long trace; the cache stays as small as their variety.
    if (canonicalNames.size < 5000) canonicalNames.set(name, known);
  }
  return known;
}
const canonicalNames = new Map<string, string>();

/** Reads a start line; null when it is neither a request line nor a status line. */
export function parseStartLine(
  line: string,
):
  | { kind: 'request'; method: string; uri: string }
  | { kind: 'response'; code: number; reason: string }
  | null {
  const status = LOOSE_STATUS_LINE.exec(line);
  if (status)
    return { kind: 'response', code: Number(status[1]), reason: (status[2] ?? '').trim() };
  const request = REQUEST_LINE.exec(line);
  if (request) return { kind: 'request', method: request[1]!.toUpperCase(), uri: request[2]! };
  return null;
}

export interface ParseOptions {
  /**
   * Logs wrap long lines and lose indentation: when true, a line that is not a header field is
   * joined to the header before it (and reported) instead of failing the message.
   */
  lenient?: boolean;
}

export interface ParsedMessage {
  message: SipMessage;
  /** Lines that were not header fields and were joined to the header before them. */
  joinedLines: string[];
}

/** Reads one message: start line, header fields (folded lines joined), blank line, body. */
export function parseSipMessageDetailed(text: string, options: ParseOptions = {}): ParsedMessage {
  const normalised = text.replace(/\r\n?/g, '\n');
  const split = normalised.indexOf('\n\n');
  const head = split === -1 ? normalised.replace(/\n$/, '') : normalised.slice(0, split);
  const body = split === -1 ? '' : normalised.slice(split + 2);
  const [startLine = '', ...lines] = head.split('\n');
  const start = parseStartLine(startLine);
  if (!start) throw new Error(`"${startLine}" is neither a request line nor a status line`);

  const headers: SipHeader[] = [];
  const joinedLines: string[] = [];
  let previous = startLine;
  for (const line of lines) {
    const last = headers[headers.length - 1];
    // A hard wrap that broke the line at a space keeps the space; one inside a word does not.
    const gap = /[ \t]$/.test(previous) ? ' ' : '';
    previous = line;
    if (/^[ \t]/.test(line) && last) {
      last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }
    const header = HEADER_LINE.exec(line);
    if (header) {
      headers.push({ name: header[1]!, value: header[2]!.trim() });
    } else if (options.lenient) {
      if (last) last.value += gap + line.trim();
      joinedLines.push(line);
    } else {
      throw new Error(`"${line}" is not a header field`);
    }
  }
  return { message: { ...start, headers, body }, joinedLines };
}

export function parseSipMessage(text: string, options: ParseOptions = {}): SipMessage {
  return parseSipMessageDetailed(text, options).message;
}

export function parseSipResponse(text: string): SipResponse {
  const firstLine = text.replace(/\r\n?/g, '\n').split('\n', 1)[0] ?? '';
  if (!STATUS_LINE.test(firstLine))
    throw new Error(`status line "${firstLine}" is not "SIP/2.0 NNN Reason Phrase"`);
  return parseSipMessage(text) as SipResponse;
}

/** Whether the message has a header, by full or compact name, ignoring case. */
export function hasHeader(message: Pick<SipMessage, 'headers'>, name: string): boolean {
  return headerValues(message, name).length > 0;
}

/** Every value of a header field, one per header line, in order. */
export function headerValues(message: Pick<SipMessage, 'headers'>, name: string): string[] {
  const wanted = canonicalName(name);
  return message.headers
    .filter((header) => canonicalName(header.name) === wanted)
    .map(({ value }) => value);
}

/** The first value of a header field, or undefined. */
export function headerValue(
  message: Pick<SipMessage, 'headers'>,
  name: string,
): string | undefined {
  return headerValues(message, name)[0];
}

/** Splits on a separator outside double quotes and angle brackets. */
export function splitOutside(value: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (quoted && char === '\\') {
      current += char + (value[index + 1] ?? '');
      index++;
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '<') angle++;
    else if (!quoted && char === '>') angle = Math.max(0, angle - 1);
    if (char === separator && !quoted && angle === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/** The values of a list header (Allow, Supported, several Via values…), across all its lines. */
export function headerList(message: Pick<SipMessage, 'headers'>, name: string): string[] {
  return headerValues(message, name).flatMap((value) => splitOutside(value, ','));
}

/** A header value and its ";name=value" parameters (names lower-cased, quotes removed). */
export function parseParams(value: string): { value: string; params: Record<string, string> } {
  const [main = '', ...rest] = splitOutside(value, ';');
  const params: Record<string, string> = {};
  for (const part of rest) {
    const equals = part.indexOf('=');
    const key = (equals === -1 ? part : part.slice(0, equals)).trim().toLowerCase();
    const raw = equals === -1 ? '' : part.slice(equals + 1).trim();
    if (key) params[key] = unquote(raw);
  }
  return { value: main.trim(), params };
}

export function unquote(value: string): string {
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(value.trim());
  return match ? match[1]!.replace(/\\(.)/g, '$1') : value.trim();
}

/** Bytes of a body as sent: each line ends in CRLF on the wire, even if the log lost the CR. */
export function bodyBytes(body: string, lineEnd: '\r\n' | '\n' = '\r\n'): number {
  return new TextEncoder().encode(body.replace(/\r?\n/g, lineEnd)).length;
}

/**
 * Problems with an example response for a page: a malformed message, another status, a missing
 * mandatory header or one the page says the response must carry, or a wrong Content-Length.
 */
export function checkExample(
  text: string,
  expected: { code: number; reasons: readonly string[]; requiredHeaders: readonly string[] },
): string[] {
  let message: SipResponse;
  try {
    message = parseSipResponse(text);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  if (message.code !== expected.code || !expected.reasons.includes(message.reason)) {
    problems.push(
      `status line is "${message.code} ${message.reason}", expected "${expected.code} ${expected.reasons[0]}"`,
    );
  }
  for (const name of [...MANDATORY_HEADERS, ...expected.requiredHeaders]) {
    if (!hasHeader(message, name)) problems.push(`lacks the ${name} header field`);
  }
  const length = headerValue(message, 'Content-Length');
  const bytes = bodyBytes(message.body);
  if (length !== undefined && Number(length) !== bytes) {
    problems.push(`Content-Length is ${length} but the body has ${bytes} bytes`);
  }
  const cseq = headerValue(message, 'CSeq');
  if (cseq !== undefined && !/^\d+ [A-Z]+$/.test(cseq))
    problems.push(`CSeq "${cseq}" is not "number METHOD"`);
  return problems;
}

/**
 * A challenge or credentials (WWW-Authenticate, Authorization…, RFC 3261 §20.27, §20.7, §25.1):
 * the scheme, and the parameters by lower-case name, unquoted.
 */
export function authParams(value: string): { scheme: string; params: Record<string, string> } {
  const scheme = /^\s*(\S+)/.exec(value)?.[1] ?? '';
  const params: Record<string, string> = {};
  for (const part of splitOutside(value.replace(/^\s*\S+/, ''), ',')) {
    const equals = part.indexOf('=');
    if (equals > 0)
      params[part.slice(0, equals).trim().toLowerCase()] = unquote(part.slice(equals + 1));
  }
  return { scheme, params };
}
