// The parts of a line that redaction leaves alone whatever they hold: the start line's method,
// version, code and reason, header names, the numbers SIP and SDP work with (CSeq, lengths,
// expiries, ports, payload types, codec clock rates, session versions) and times. A value that
// happens to equal one of these numbers (an extension "8000" and "PCMA/8000") must not change
// them.
import { findStart } from '../trace/find.ts';

export type Span = [start: number, end: number];

/** Header fields whose values are numbers, tokens and method names, never personal data. */
const STRUCTURAL_HEADERS =
  'CSeq|Content-Length|Max-Forwards|Expires|Min-Expires|Session-Expires|Min-SE|RSeq|RAck|' +
  'Retry-After|Timestamp|Date|Content-Type|Accept|Accept-Encoding|Accept-Language|Allow|' +
  'Allow-Events|Supported|Require|Proxy-Require|Unsupported|Event|Subscription-State|' +
  'Content-Disposition|Content-Encoding|Priority|Privacy|Reason';

/** SDP attributes that describe media, not who takes part (RFC 4566, RFC 3264, RFC 5888…). */
const MEDIA_ATTRIBUTES =
  'rtpmap|fmtp|ptime|maxptime|minptime|sendrecv|sendonly|recvonly|inactive|rtcp-mux|rtcp-fb|' +
  'rtcp-rsize|setup|connection|mid|group|extmap|silenceSupp|framerate|quality|direction|' +
  'T38\\w*|orient|type|charset|sdplang|lang|msid-semantic|bundle-only|ssrc-group|sctpmap|' +
  'sctp-port|max-message-size|content|label|maxprate|curr|des|conf';

const RULES: RegExp[] = [
  new RegExp(`(?:^|\\s)(?:${STRUCTURAL_HEADERS})[ \\t]*:.*$`, 'gi'),
  /^\s*[lckuoex][ \t]*:.*$/g,
  /(?:^|\s)Warning[ \t]*:[ \t]*\d{3}/gi,
  // Header names at the start of a line.
  /^\s*[A-Za-z][A-Za-z0-9-]*[ \t]*:/g,
  // SDP: version, times, media lines, bandwidth, repeat times, zones; media attributes; the
  // session id and version of o= (RFC 4566 §5.2).
  /(?:^|\s)[vtmbrz]=\S.*$/g,
  new RegExp(`(?:^|\\s)a=(?:${MEDIA_ATTRIBUTES})(?![\\w-]).*$`, 'g'),
  /(?<=(?:^|\s)o=\S+\s+)\d+\s+\d+\s+IN\s+IP[46]/g,
  // Ports after an address, and as parameters.
  /(?<=[\w\]]):\d{1,5}(?![\w@.:-])/g,
  /\b(?:r?port|sport|dport)=\d+/g,
  // Dates and times of day.
  /(?<![\w:.])\d{4}[-/.]\d\d[-/.]\d\d(?!\d)/g,
  /(?<![\w:.])\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d+)?/g,
  // Sizes that logs print around a message.
  /\b\d+ bytes\b|\blength \d+|\[\d+\]/g,
];

/** The kept spans of one line, sorted and merged. */
export function keptSpans(line: string): Span[] {
  const spans: Span[] = [];
  const start = findStart(line);
  if (start !== -1) {
    const rest = line.slice(start);
    if (rest.startsWith('SIP/2.0')) spans.push([start, line.length]);
    else {
      const uri = rest.indexOf(' ');
      const version = line.lastIndexOf(' SIP/2.0');
      spans.push([start, start + uri]);
      if (version > start + uri) spans.push([version, line.length]);
    }
  }
  for (const rule of RULES) {
    rule.lastIndex = 0;
    for (let match = rule.exec(line); match; match = rule.exec(line)) {
      spans.push([match.index, match.index + match[0].length]);
      if (match[0].length === 0) rule.lastIndex++;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}
