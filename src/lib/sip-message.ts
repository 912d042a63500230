// A small reader for SIP responses as written in the examples: enough to check that each one
// is well formed (RFC 3261 §7, §7.3, §25) and says what its page says.

export interface SipResponse {
  code: number;
  reason: string;
  /** Header fields in order, names as written. */
  headers: { name: string; value: string }[];
  body: string;
}

const STATUS_LINE = /^SIP\/2\.0 ([1-6]\d\d) ([^\r\n]+)$/;
const HEADER_LINE = /^([A-Za-z0-9!%*_+`'~.-]+)[ \t]*:[ \t]*(.*)$/;
const COMPACT_FORMS: Record<string, string> = {
  v: 'via',
  f: 'from',
  t: 'to',
  i: 'call-id',
  l: 'content-length',
  m: 'contact',
  c: 'content-type',
  k: 'supported',
};

/** Headers every response carries (RFC 3261 §8.2.6.2, §20.14 for stream transports). */
export const MANDATORY_HEADERS = ['Via', 'From', 'To', 'Call-ID', 'CSeq', 'Content-Length'];

export function parseSipResponse(text: string): SipResponse {
  const normalised = text.replace(/\r\n/g, '\n');
  const split = normalised.indexOf('\n\n');
  const head = split === -1 ? normalised.replace(/\n$/, '') : normalised.slice(0, split);
  const body = split === -1 ? '' : normalised.slice(split + 2);
  const [statusLine = '', ...lines] = head.split('\n');
  const status = STATUS_LINE.exec(statusLine);
  if (!status) throw new Error(`status line "${statusLine}" is not "SIP/2.0 NNN Reason Phrase"`);

  const headers: SipResponse['headers'] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && headers.length > 0) {
      headers[headers.length - 1]!.value += ` ${line.trim()}`;
      continue;
    }
    const header = HEADER_LINE.exec(line);
    if (!header) throw new Error(`"${line}" is not a header field`);
    headers.push({ name: header[1]!, value: header[2]!.trim() });
  }
  return { code: Number(status[1]), reason: status[2]!, headers, body };
}

/** Whether the response has a header, by full or compact name, ignoring case. */
export function hasHeader(message: SipResponse, name: string): boolean {
  const wanted = name.toLowerCase();
  return message.headers.some(
    ({ name: present }) =>
      (COMPACT_FORMS[present.toLowerCase()] ?? present.toLowerCase()) === wanted,
  );
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
  const length = message.headers.find(({ name }) => /^(content-length|l)$/i.test(name));
  const bodyBytes = new TextEncoder().encode(message.body.replace(/\n/g, '\r\n')).length;
  if (length && Number(length.value) !== bodyBytes) {
    problems.push(`Content-Length is ${length.value} but the body has ${bodyBytes} bytes`);
  }
  const cseq = message.headers.find(({ name }) => name.toLowerCase() === 'cseq');
  if (cseq && !/^\d+ [A-Z]+$/.test(cseq.value))
    problems.push(`CSeq "${cseq.value}" is not "number METHOD"`);
  return problems;
}
