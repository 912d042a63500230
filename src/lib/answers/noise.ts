// The numbers in a log line that are not status codes or causes: addresses, ports, times,
// dates, versions, sizes, durations, source positions, identifiers and numeric header values.
// They are blanked out (same length, so positions still match the original) before any number
// is read as a code, so that "192.168.1.180", "10:23:45.512" or "CSeq: 102 INVITE" never answer.

/** Each pattern's match, or its first group where it has one, is blanked. */
const NOISE: RegExp[] = [
  // Addresses with their ports, URIs with a user part, web addresses.
  /\b(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?/g,
  // Dates and times.
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?/g,
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b/g,
  /\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}\]?(?::\d{1,5})?/g,
  /\b(?:sips?|tel|mailto):[^\s<>"',;]*[@.][^\s<>"',;]*/gi,
  /\b(?:sips?|tel):\+?[\d-]{4,}/gi,
  /\b(?:https?|wss?):\/\/\S+/gi,
  /\b[A-Za-z][\w-]*(?:\.[\w-]+)+:\d{1,5}\b/g,
  // Versions and decimals ("1.10.7", "16.2", "0.180").
  /(?<!\d)\d+(?:\.\d+)+/g,
  // Source positions: "sofia.c:7493", "t_reply.c(123)", "chan_sip.c line 456".
  /\b[\w-]+\.(?:c|h|cc|cpp|cxx|hpp|go|js|mjs|ts|py|java|kt|rs|php|rb|lua|erl|ex|exs|cs|m|mm|swift|scala|pl|sh)\s*(?::\s*\d+|\(\d+\)|,?\s+line\s+\d+|#L\d+)/gi,
  // Hex: 0x7f3a, hashes and ids mixing letters and digits, UUIDs.
  /\b0x[0-9A-Fa-f]+\b/g,
  /\b(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{6,}\b/g,
  // Percentages, and amounts with a unit: "180s", "512 bytes", "8000 Hz", "3 calls".
  /(?<!\d)\d+\s?%/g,
  /\b(?<!\d)\d+\s?(?:ms|msecs?|milliseconds?|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|bytes?|b|kb|kib|mb|mib|gb|kbps|kbit|mbps|bps|hz|khz|pkts?|packets?|frames?|calls?|channels?|times|retries|attempts|tries|chars?|characters|lines?|octets?|records?|rows?|entries|users?|dB)\b/gi,
  // A process or thread number fixed to a name or a level: "asterisk[1234]", "0(12345) ERROR".
  /\w\[\d+\]/g,
  /\b(?<!\d)\d+\(\d+\)/g,
  // Numeric header values: "CSeq: 102 INVITE", "Content-Length: 180", "Warning: 399 …".
  /\b(?:CSeq|Content-Length|Max-Forwards|Expires|Min-Expires|Session-Expires|Min-SE|RSeq|RAck|Retry-After|Max-Breadth|Timestamp)\s*:\s*\d+(?:\s+\d+)*/gi,
  // A Warning header's code is a warn-code, and its text is the sender's own.
  /\bWarning\s*:\s*\d{3}\b[^\r\n]*/gi,
  /^[ \t]*(?:l|x)[ \t]*:[ \t]*\d+/gim,
  // SDP: "m=audio 16384 RTP/AVP 0 8 101", "a=rtpmap:101 telephone-event/8000".
  /(?:^|[\s"'])(?:m=(?:audio|video|image|application|text|message)\b|a=(?:rtpmap|fmtp|rtcp|ptime|maxptime|crypto|candidate|ssrc|mid|extmap)\b|c=IN\b|o=\S+\s+\d+)[^\r\n]*/gim,
  /\bRTP\/S?AVPF?(?:\s+\d+)+/g,
  // Protocol and document numbers: "RFC 3261", "section 21.4.24", "#123", "No. 123".
  /\b(?:rfc|section|sec|chapter|page|step|issue|ticket|bug|version)\s*[#.]?\s*\d+/gi,
  /#\d+/g,
];

/** The text with every noise span blanked to spaces, each position where it was. */
export function blankNoise(text: string): string {
  let blanked = text;
  for (const pattern of NOISE) {
    blanked = blanked.replace(pattern, (span) => blank(span));
  }
  return blanked;
}

/** Spaces for everything but line breaks, so lines stay where they were. */
function blank(span: string): string {
  return span.replace(/[^\r\n]/g, ' ');
}
