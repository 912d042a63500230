// What one message says beyond its start line: for a response, how it compares with the
// registry and the code's page; for any message, the header fields an engineer looks for
// first (Reason, Warning, Retry-After, Min-Expires, Min-SE, Unsupported, Require, Allow and
// the authentication challenge), read into plain values.
import { causePath, codePath } from '../paths.ts';
import {
  authParams,
  headerList,
  headerValue,
  headerValues,
  parseParams,
  unquote,
  type SipMessage,
} from '../sip-message.ts';
import type { ExplainData } from './data.ts';

export interface DecodedReason {
  /** "Q.850", "SIP" or another protocol token as written. */
  protocol: string;
  cause: number | null;
  text: string | null;
  /** The Q.850 name, or the registered phrase for SIP causes. */
  name: string | null;
  freeswitch: string | null;
  asterisk: string[];
  /** The cause page or code page, when the site has one. */
  href: string | null;
}

export interface DecodedWarning {
  code: number;
  agent: string;
  text: string;
  /** What the warn-code means, from the RFC 3261 list. */
  meaning: string | null;
}

export interface Challenge {
  header: string;
  scheme: string;
  realm: string | null;
  algorithm: string | null;
  qop: string | null;
  stale: boolean;
}

export interface ResponseCheck {
  /** The code's page (registered or not). */
  href: string;
  registered: boolean;
  /** The registered phrase when the message's phrase differs from it. */
  registeredReason: string | null;
  /** Header fields the code's page marks MUST that the response lacks. */
  missingMust: string[];
}

export interface Annotations {
  response: ResponseCheck | null;
  reasons: DecodedReason[];
  warnings: DecodedWarning[];
  retryAfter: { seconds: number; comment: string | null } | null;
  minExpires: number | null;
  minSE: number | null;
  unsupported: string[];
  require: string[];
  allow: string[];
  challenges: Challenge[];
}

const normalise = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ').trim();
const integer = (value: string | undefined) => {
  const match = /^\s*(\d{1,10})/.exec(value ?? '');
  return match ? Number(match[1]) : null;
};

/**
 * Whether a MUST header from the code's page applies to this response. Some hold only in some
 * cases: Timestamp is echoed when the request had one (RFC 3261 §8.2.6.1); Record-Route is
 * copied from the request into a response that creates a dialog, and Contact is needed there
 * (§12.1.1), so for provisional and 2xx responses both concern INVITE only. Null: cannot tell.
 */
function applies(name: string, code: number, message: SipMessage, request: SipMessage | null) {
  const lower = name.toLowerCase();
  const method = /^\s*\d+\s+(\S+)/.exec(headerValue(message, 'CSeq') ?? '')?.[1]?.toUpperCase();
  const createsDialog = code >= 300 || method === 'INVITE';
  if (lower === 'timestamp') return request ? headerValue(request, name) !== undefined : null;
  if (lower === 'record-route')
    return createsDialog && request ? headerValue(request, name) !== undefined : null;
  if (lower === 'contact') return createsDialog;
  return true;
}

function missingMust(
  code: number,
  message: SipMessage,
  request: SipMessage | null,
  data: ExplainData,
) {
  const names = data.must[code] ?? [];
  // 415 names the Accept field that fits what was refused: one of the family is enough.
  const accept = names.filter((name) => /^accept(-|$)/i.test(name));
  const missing = names.filter(
    (name) =>
      !accept.includes(name) &&
      applies(name, code, message, request) === true &&
      headerValue(message, name) === undefined,
  );
  if (accept.length > 0 && accept.every((name) => headerValue(message, name) === undefined))
    missing.push(accept.join(' or '));
  return missing;
}

function checkResponse(
  code: number,
  reason: string,
  message: SipMessage,
  request: SipMessage | null,
  data: ExplainData,
) {
  const registered = data.reasons[code];
  return {
    href: codePath(code),
    registered: registered !== undefined,
    registeredReason:
      registered !== undefined && normalise(registered) !== normalise(reason) ? registered : null,
    missingMust: missingMust(code, message, request, data),
  };
}

/** Reason (RFC 3326): "Q.850;cause=16;text=\"Normal call clearing\"", several per header. */
export function decodeReasons(message: SipMessage, data: ExplainData): DecodedReason[] {
  return headerList(message, 'Reason').map((value) => {
    const { value: protocol, params } = parseParams(value);
    const cause = integer(params['cause']);
    const decoded: DecodedReason = {
      protocol,
      cause,
      text: params['text'] ?? null,
      name: null,
      freeswitch: null,
      asterisk: [],
      href: null,
    };
    if (cause === null) return decoded;
    if (/^q\.850$/i.test(protocol)) {
      const names = data.causes[cause];
      decoded.name = names?.name ?? null;
      decoded.freeswitch = names?.freeswitch ?? null;
      decoded.asterisk = names?.asterisk ?? [];
      decoded.href = data.causePages && cause >= 1 && cause <= 127 ? causePath(cause) : null;
    } else if (/^sip$/i.test(protocol) && cause >= 100 && cause <= 699) {
      decoded.name = data.reasons[cause] ?? null;
      decoded.href = codePath(cause);
    }
    return decoded;
  });
}

/** What a warn-code means: its own entry, else the range it falls in. */
function warnMeaning(code: number, data: ExplainData): string | null {
  if (data.warnCodes[code]) return data.warnCodes[code]!;
  const range = Object.keys(data.warnCodes).find((key) => {
    const [low, high] = key.split('-').map(Number);
    return high !== undefined && code >= low! && code <= high;
  });
  return range ? `${data.warnCodes[range]} (RFC 3261 assigns no meaning to ${code} itself.)` : null;
}

/** Warning (RFC 3261 §20.43): warn-code SP warn-agent SP "warn-text", several per header. */
export function decodeWarnings(message: SipMessage, data: ExplainData): DecodedWarning[] {
  return headerList(message, 'Warning').flatMap((value) => {
    const match = /^(\d{3})\s+(\S+)\s*(.*)$/.exec(value.trim());
    if (!match) return [];
    const code = Number(match[1]);
    return [{ code, agent: match[2]!, text: unquote(match[3]!), meaning: warnMeaning(code, data) }];
  });
}

/** WWW-Authenticate and Proxy-Authenticate (RFC 3261 §20.27, §20.44). */
export function decodeChallenges(message: SipMessage): Challenge[] {
  return ['WWW-Authenticate', 'Proxy-Authenticate'].flatMap((header) =>
    headerValues(message, header).map((value) => {
      const { scheme, params } = authParams(value);
      return {
        header,
        scheme,
        realm: params['realm'] ?? null,
        algorithm: params['algorithm'] ?? null,
        qop: params['qop'] ?? null,
        stale: /^true$/i.test(params['stale'] ?? ''),
      };
    }),
  );
}

/** The request is the one the response answers, when it is in the paste. */
export function annotate(
  message: SipMessage,
  data: ExplainData,
  request: SipMessage | null = null,
): Annotations {
  const retry = headerValue(message, 'Retry-After');
  const retrySeconds = integer(retry);
  return {
    response:
      message.kind === 'response'
        ? checkResponse(message.code, message.reason, message, request, data)
        : null,
    reasons: decodeReasons(message, data),
    warnings: decodeWarnings(message, data),
    retryAfter:
      retrySeconds === null
        ? null
        : { seconds: retrySeconds, comment: /\(([^)]*)\)/.exec(retry ?? '')?.[1] ?? null },
    minExpires: integer(headerValue(message, 'Min-Expires')),
    minSE: integer(headerValue(message, 'Min-SE')),
    unsupported: headerList(message, 'Unsupported'),
    require: headerList(message, 'Require'),
    allow: headerList(message, 'Allow').map((method) => method.toUpperCase()),
    challenges: decodeChallenges(message),
  };
}
