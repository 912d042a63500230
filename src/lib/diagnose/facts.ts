// What every rule reads from an exchange: codes and methods, the final responses of a request,
// which messages are copies of one another, times, and the words that name a message ("the
// INVITE on line 3") or a span of time ("0.5 s"). The timer defaults are RFC 3261's (§17.1.1.1,
// §17.1.2.2 and Table 4 in §A): T1 = 500 ms, T2 = 4 s, transaction timeout 64*T1 = 32 s.
import { headerList, parseParams } from '../sip-message.ts';
import { placeOf } from '../trace/find.ts';
import { sameHop } from '../trace/roles.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import type { Diagnosis, RuleReference, Severity } from './types.ts';

/** Microseconds, as FoundMessage.time counts them. */
export const SECOND = 1_000_000;
export const T1 = SECOND / 2;
export const T2 = 4 * SECOND;
export const TIMEOUT = 64 * T1;

export const codeOf = (item: ExchangeMessage): number | null =>
  item.found.message.kind === 'response' ? item.found.message.code : null;

export const methodOf = (item: ExchangeMessage): string | null =>
  item.found.message.kind === 'request' ? item.found.message.method.toUpperCase() : null;

/** The method a message is about: a request's own, a response's from its CSeq. */
export const methodAbout = (item: ExchangeMessage): string | null =>
  methodOf(item) ?? item.cseq?.method ?? null;

const isFinal = (item: ExchangeMessage) => (codeOf(item) ?? 0) >= 200;
export const isSuccess = (item: ExchangeMessage) => {
  const code = codeOf(item);
  return code !== null && code >= 200 && code < 300;
};

/** "INVITE" or "200 OK". */
export function labelOf(item: ExchangeMessage): string {
  const message = item.found.message;
  return message.kind === 'request'
    ? message.method
    : `${message.code}${message.reason ? ` ${message.reason}` : ''}`;
}

/** "the INVITE on line 3", "the 200 OK on packet 12". */
export const nameOf = (item: ExchangeMessage) => `the ${labelOf(item)} on ${placeOf(item.found)}`;

export const placeOfItem = (item: ExchangeMessage) => placeOf(item.found);

export const timeOf = (item: ExchangeMessage): number | null => item.found.time ?? null;

/** "0.5 s", "1.25 s", "32 s". */
export function seconds(micro: number): string {
  const value = micro / SECOND;
  if (value >= 10) return `${Math.round(value)} s`;
  return `${Number(value.toFixed(value < 1 ? 3 : 2))} s`;
}

/** The latest time anywhere in the exchange, or null when it has none. */
export function lastTime(exchange: Exchange): number | null {
  let last: number | null = null;
  for (const item of exchange.messages) {
    const time = timeOf(item);
    if (time !== null && (last === null || time > last)) last = time;
  }
  return last;
}

/** A participant's lane label, or `unknown` when the paste does not say who it is. */
export function who(exchange: Exchange, id: string, unknown = 'the other side'): string {
  if (id === 'unknown') return unknown;
  return exchange.participants.find((p) => p.id === id)?.label ?? unknown;
}

/** The transport of the hop a message took, from its top Via ("UDP", "TCP", "WSS"…). */
export function transportOf(item: ExchangeMessage): string | null {
  const via = headerList(item.found.message, 'Via')[0];
  const match = via ? /^SIP\s*\/\s*2\.0\s*\/\s*([A-Za-z]+)/i.exec(parseParams(via).value) : null;
  return match ? match[1]!.toUpperCase() : null;
}

/** Transports that deliver or fail on their own, so the transaction layer does not resend. */
export const RELIABLE = new Set(['TCP', 'TLS', 'SCTP', 'TLS-SCTP', 'WS', 'WSS']);

/** Indexes of the responses that answer a request, optionally only the final ones. */
export function responsesTo(exchange: Exchange, request: number, finalOnly = false): number[] {
  const number = exchange.messages[request]?.cseq?.number;
  const found: number[] = [];
  exchange.messages.forEach((item, index) => {
    if (item.related !== request || codeOf(item) === null || (finalOnly && !isFinal(item))) return;
    // A branch reused for a later request (RFC 3665 §3.3 does it) is not the same transaction.
    if (number !== undefined && item.cseq && item.cseq.number !== number) return;
    found.push(index);
  });
  return found;
}

export interface CopyGroup {
  /** The first time the message was sent. */
  original: number;
  /** Each later copy of it, in order. */
  copies: number[];
}

/** Whether `later` is the same message as `earlier`, resent on the same hop. */
function sameMessage(earlier: ExchangeMessage, later: ExchangeMessage): boolean {
  const a = earlier.found.message;
  const b = later.found.message;
  if (!sameHop(earlier, later) || earlier.callId !== later.callId) return false;
  if (earlier.cseq?.number !== later.cseq?.number) return false;
  if (a.kind === 'request' && b.kind === 'request')
    return (
      a.method.toUpperCase() === b.method.toUpperCase() &&
      (earlier.branch !== null
        ? earlier.branch === later.branch
        : earlier.fromTag === later.fromTag && later.branch === null)
    );
  if (a.kind === 'response' && b.kind === 'response')
    return (
      a.code === b.code &&
      earlier.branch === later.branch &&
      earlier.toTag === later.toTag &&
      earlier.cseq?.method === later.cseq?.method
    );
  return false;
}

/**
 * Messages sent more than once, each with its copies. The exchange marks every copy as a
 * retransmission; this finds the first sending of each, so one finding covers all the copies.
 */
export function copyGroups(exchange: Exchange): CopyGroup[] {
  const known = groupsOf.get(exchange);
  if (known) return known;
  const groups = findCopyGroups(exchange);
  groupsOf.set(exchange, groups);
  return groups;
}

/** Every rule asks for the copies; a long capture is searched once. */
const groupsOf = new WeakMap<Exchange, CopyGroup[]>();

function findCopyGroups(exchange: Exchange): CopyGroup[] {
  const copies = new Set(
    exchange.problems.filter((p) => p.kind === 'retransmission').map((p) => p.message),
  );
  const groups = new Map<number, number[]>();
  for (const copy of [...copies].sort((a, b) => a - b)) {
    const later = exchange.messages[copy];
    if (!later) continue;
    let original = -1;
    for (let index = 0; index < copy; index++) {
      if (!copies.has(index) && sameMessage(exchange.messages[index]!, later)) {
        original = index;
        break;
      }
    }
    if (original === -1) continue;
    groups.set(original, [...(groups.get(original) ?? []), copy]);
  }
  return [...groups].map(([original, list]) => ({ original, copies: list }));
}

/** Every index that is a resent copy of an earlier message. */
export function copyIndexes(exchange: Exchange): Set<number> {
  return new Set(copyGroups(exchange).flatMap((group) => group.copies));
}

/** Requests sent for the first time (not copies), with their index. */
export function firstSendings(exchange: Exchange): { item: ExchangeMessage; index: number }[] {
  const copies = copyIndexes(exchange);
  return exchange.messages
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => methodOf(item) !== null && !copies.has(index));
}

/** "Call-ID a84b4c76e66710, From tag 1928301774, To tag a6c85cf". */
export function dialogName(item: ExchangeMessage): string {
  const parts = [`Call-ID ${item.callId ?? '(none)'}`];
  parts.push(`From tag ${item.fromTag ?? '(none)'}`);
  parts.push(`To tag ${item.toTag ?? '(none)'}`);
  return parts.join(', ');
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Capitals where sentences start, since message names ("the INVITE on line 3") open many. */
const sentenceCase = (text: string) =>
  text.replace(
    /(^|[.?!]\s+)([a-z])/g,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );

/** Builds a diagnosis; `messages` is written first-to-look-at first. */
export function finding(
  kind: string,
  severity: Severity,
  title: string,
  detail: string,
  messages: number[],
  rule: RuleReference,
  page: string,
): Diagnosis {
  return {
    kind,
    severity,
    title: sentenceCase(title),
    detail: sentenceCase(detail),
    messages: [...new Set(messages)],
    rule,
    page,
  };
}

/** "once", "twice", "3 times". */
export const times = (count: number) =>
  count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;

/** "a", "a and b", "a, b and c". */
export function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
