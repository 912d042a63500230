// Reads a session description (RFC 8866 §5: "type=value" lines, a session part, then one part
// per m= line) as pasted from a trace: tolerant of CRLF or LF, stray indentation, missing lines
// and a body cut short, and never throws. Only what the explain page shows is interpreted; every
// a= line is kept as written.
import { staticPayloadType } from './payload-types.ts';
import type {
  Attribute,
  Codec,
  Connection,
  Direction,
  MediaDescription,
  Origin,
  SessionDescription,
} from './types.ts';

const SDP_LINE = /^([a-z])[ \t]*=(.*)$/;
const DIRECTIONS = new Set<string>(['sendrecv', 'sendonly', 'recvonly', 'inactive']);
/** More m= lines than any call has; past it the body is garbage or an attack on the page. */
const MAX_MEDIA = 64;
/** RTP payload types are 0–127 (RFC 3551 §6); a longer format list is not worth reading. */
const MAX_FORMATS = 128;

/** Whether a body is a session description: it starts with v=, or most of its lines are SDP. */
function looksLikeSdp(lines: string[]): boolean {
  const filled = lines.filter((line) => line !== '');
  if (filled.length === 0) return false;
  if (/^v[ \t]*=/.test(filled[0]!)) return true;
  const sdpLines = filled.filter((line) => SDP_LINE.test(line));
  const hasKeyLine = sdpLines.some((line) => /^[vomc][ \t]*=/.test(line));
  return hasKeyLine && sdpLines.length >= 2 && sdpLines.length * 2 >= filled.length;
}

function readConnection(value: string, line: number): Connection | null {
  const [netType, addressType, address] = value.trim().split(/\s+/);
  if (!netType || !addressType || !address) return null;
  // IPv4 multicast adds "/ttl[/count]", IPv6 multicast "/count" (RFC 8866 §5.7).
  return { netType, addressType: addressType.toUpperCase(), address: address.split('/')[0]!, line };
}

function readOrigin(value: string): Origin | null {
  const parts = value.trim().split(/\s+/);
  if (parts.length < 6) return null;
  const [username, sessionId, sessionVersion, netType, addressType, address] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { username, sessionId, sessionVersion, netType, addressType, address };
}

function readMediaLine(value: string, line: number): MediaDescription | null {
  const match = /^(\S+)\s+(\d+)(?:\/(\d+))?\s+(\S+)(?:\s+(.*))?$/.exec(value.trim());
  if (!match) return null;
  const port = Number(match[2]);
  if (port > 65535) return null;
  return {
    line,
    type: match[1]!.toLowerCase(),
    port,
    portCount: match[3] ? Number(match[3]) : null,
    protocol: match[4]!,
    formats: (match[5] ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_FORMATS),
    codecs: [],
    connection: null,
    direction: null,
    attributes: [],
  };
}

function readAttribute(value: string, line: number): Attribute {
  const colon = value.indexOf(':');
  return colon === -1
    ? { name: value.trim(), value: null, line }
    : { name: value.slice(0, colon).trim(), value: value.slice(colon + 1).trim(), line };
}

interface RtpMap {
  name: string;
  clockRate: number | null;
  channels: number | null;
}

/** a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>] (RFC 8866 §6.6). */
function rtpMaps(attributes: Attribute[]): Map<string, RtpMap> {
  const maps = new Map<string, RtpMap>();
  for (const { name, value } of attributes) {
    if (name.toLowerCase() !== 'rtpmap' || !value) continue;
    const match = /^(\d+)\s+([^/\s]+)(?:\s*\/\s*(\d+))?(?:\s*\/\s*(\d+))?/.exec(value);
    if (!match || maps.has(match[1]!)) continue;
    maps.set(match[1]!, {
      name: match[2]!,
      clockRate: match[3] ? Number(match[3]) : null,
      channels: match[4] ? Number(match[4]) : null,
    });
  }
  return maps;
}

function fmtps(attributes: Attribute[]): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const { name, value } of attributes) {
    if (name.toLowerCase() !== 'fmtp' || !value) continue;
    const match = /^(\S+)\s*(.*)$/.exec(value);
    if (match && !parameters.has(match[1]!)) parameters.set(match[1]!, match[2]!.trim());
  }
  return parameters;
}

/** One codec per format of the m= line, named by a=rtpmap or the RTP/AVP static table. */
function codecsOf(media: MediaDescription): Codec[] {
  const rtp = /RTP/i.test(media.protocol);
  const maps = rtpMaps(media.attributes);
  const parameters = fmtps(media.attributes);
  return media.formats.map((format): Codec => {
    const base = { format, parameters: parameters.get(format) ?? null };
    const payloadType = rtp && /^\d{1,3}$/.test(format) ? Number(format) : null;
    if (payloadType === null || payloadType > 127)
      return {
        ...base,
        payloadType: null,
        name: rtp ? null : format,
        clockRate: null,
        channels: null,
        source: rtp ? 'unknown' : 'format',
      };
    const mapped = maps.get(format);
    if (mapped) return { ...base, payloadType, ...mapped, source: 'rtpmap' };
    const known = staticPayloadType(payloadType);
    if (known) return { ...base, payloadType, ...known, source: 'static' };
    return { ...base, payloadType, name: null, clockRate: null, channels: null, source: 'unknown' };
  });
}

/** Reads a session description; null when the body is not one. */
export function readSdp(body: string): SessionDescription | null {
  if (typeof body !== 'string' || body.trim() === '') return null;
  const lines = body.split(/\r\n|\r|\n/).map((line) => line.trim());
  if (!looksLikeSdp(lines)) return null;
  const sdp: SessionDescription = {
    version: null,
    origin: null,
    sessionName: null,
    connection: null,
    direction: null,
    attributes: [],
    media: [],
    problems: [],
  };
  let media: MediaDescription | null = null;
  let skipping = false;
  let extraMedia = 0;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text === '') return;
    const match = SDP_LINE.exec(text);
    if (!match) {
      sdp.problems.push(`Line ${line} is not "type=value": ${text.slice(0, 60)}`);
      return;
    }
    const [, type, value = ''] = match;
    if (type === 'm') {
      media = readMediaLine(value, line);
      skipping = media === null || sdp.media.length >= MAX_MEDIA;
      if (media === null) sdp.problems.push(`Line ${line}: the m= line does not parse.`);
      else if (skipping) extraMedia++;
      else sdp.media.push(media);
      return;
    }
    if (skipping) return;
    if (type === 'c') {
      const connection = readConnection(value, line);
      if (!connection) sdp.problems.push(`Line ${line}: the c= line does not parse.`);
      else if (media) media.connection ??= connection;
      else sdp.connection ??= connection;
    } else if (type === 'a') {
      const attribute = readAttribute(value, line);
      const direction = DIRECTIONS.has(attribute.name) ? (attribute.name as Direction) : null;
      if (media) {
        media.attributes.push(attribute);
        if (direction) media.direction = direction;
      } else {
        sdp.attributes.push(attribute);
        if (direction) sdp.direction = direction;
      }
    } else if (!media && type === 'v') sdp.version ??= value.trim();
    else if (!media && type === 'o') sdp.origin ??= readOrigin(value);
    else if (!media && type === 's') sdp.sessionName ??= value;
  });
  if (extraMedia > 0)
    sdp.problems.push(`${extraMedia} more m= lines than the ${MAX_MEDIA} read were left out.`);
  for (const item of sdp.media) item.codecs = codecsOf(item);
  return sdp;
}
