// What the client should do next after two kinds of answer, and whether it did: a 503 (stay
// away for Retry-After, else treat it as a 500, and a proxy should not relay it, RFC 3261
// §21.5.4 and §16.7) and a 3xx redirect (try the Contact addresses, §8.1.3.4).
import { routes } from '../paths.ts';
import { headerList, headerValue, parseParams } from '../sip-message.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import {
  codeOf,
  copyIndexes,
  finding,
  firstSendings,
  labelOf,
  listOf,
  methodOf,
  nameOf,
  seconds,
  SECOND,
  timeOf,
  who,
} from './facts.ts';
import type { Diagnosis, DiagnosisRule, Severity } from './types.ts';

function retryAfter(item: ExchangeMessage): number | null {
  const match = /^\s*(\d{1,10})/.exec(headerValue(item.found.message, 'Retry-After') ?? '');
  return match ? Number(match[1]) : null;
}

/** The same 503 passed on by the element that received it, to the one before. */
function relayOf(exchange: Exchange, index: number): number {
  const item = exchange.messages[index]!;
  return exchange.messages.findIndex(
    (other, at) =>
      at > index &&
      codeOf(other) === 503 &&
      other.callId === item.callId &&
      other.cseq?.number === item.cseq?.number &&
      other.from === item.to &&
      other.to !== item.from &&
      item.to !== 'unknown',
  );
}

export const serviceUnavailable: DiagnosisRule = (exchange) => {
  const copies = copyIndexes(exchange);
  return exchange.messages.flatMap((item, index) => {
    if (codeOf(item) !== 503 || copies.has(index)) return [];
    const request = item.related === null ? null : exchange.messages[item.related]!;
    const wait = retryAfter(item);
    const sentences: string[] = [];
    const messages = item.related === null ? [index] : [index, item.related];
    let severity: Severity = 'info';
    if (wait === null)
      sentences.push(
        `It has no Retry-After, so the client handles it as a 500 (§21.5.4): try another server if there is one, but no promise of a later recovery was made.`,
      );
    else {
      sentences.push(
        `Its Retry-After asks ${who(exchange, item.to)} to send nothing more to ${who(exchange, item.from)} for ${wait} s and to try another server meanwhile (§21.5.4).`,
      );
      const answeredAt = timeOf(item);
      const early = exchange.messages.findIndex(
        (other, at) =>
          at > index &&
          methodOf(other) !== null &&
          methodOf(other) !== 'ACK' &&
          other.from === item.to &&
          other.to === item.from &&
          item.from !== 'unknown' &&
          answeredAt !== null &&
          timeOf(other) !== null &&
          timeOf(other)! - answeredAt < wait * SECOND,
      );
      if (early !== -1) {
        severity = 'warning';
        messages.push(early);
        sentences.push(
          `${nameOf(exchange.messages[early]!)} went to the same server ${seconds(timeOf(exchange.messages[early]!)! - answeredAt!)} later, before that time was up.`,
        );
      }
    }
    const relay = relayOf(exchange, index);
    if (relay !== -1) {
      severity = 'warning';
      messages.push(relay);
      sentences.push(
        `${who(exchange, item.to)} passed it on as ${nameOf(exchange.messages[relay]!)}: a proxy should relay a 503 only when it knows every request it could forward would fail too, and otherwise send a 500 (§16.7).`,
      );
    }
    return [
      finding(
        '503-service-unavailable',
        severity,
        `${(request && methodOf(request)) ?? item.cseq?.method ?? 'Request'} refused with 503 Service Unavailable${wait === null ? '' : ` (Retry-After ${wait} s)`}`,
        `${nameOf(item)} says ${who(exchange, item.from, 'the server')} is overloaded or down for maintenance. ${sentences.join(' ')}`,
        messages,
        relay === -1
          ? { rfc: 3261, section: '21.5.4', name: '503 and Retry-After' }
          : { rfc: 3261, section: '16.7', name: 'Proxies and 503' },
        routes.guide('overload-and-server-failure'),
      ),
    ];
  });
};

/** "user@host:port" of a SIP URI or name-addr, lower-cased, without parameters. */
export function uriKey(value: string): string | null {
  const inAngles = /<([^>]*)>/.exec(value);
  const uri = (inAngles ? inAngles[1]! : parseParams(value).value).trim();
  const match = /^sips?:([^;?>]+)/i.exec(uri);
  if (!match) return null;
  const address = match[1]!.toLowerCase();
  return /:\d+$/.test(address) ? address : `${address}:5060`;
}

export const redirects: DiagnosisRule = (exchange) => {
  const copies = copyIndexes(exchange);
  const found: Diagnosis[] = [];
  const requests = firstSendings(exchange);
  exchange.messages.forEach((item, index) => {
    const code = codeOf(item);
    if (code === null || code < 300 || code > 399 || copies.has(index) || item.related === null)
      return;
    const request = exchange.messages[item.related]!;
    const contacts = headerList(item.found.message, 'Contact');
    const targets = contacts.map(uriKey).filter((key): key is string => key !== null);
    const followed = requests.some(
      ({ item: other, index: at }) =>
        at > index &&
        other.from === request.from &&
        other.found.message.kind === 'request' &&
        targets.includes(uriKey(other.found.message.uri) ?? ''),
    );
    if (followed) return;
    const shown = contacts.slice(0, 3).map((contact) => parseParams(contact).value);
    found.push(
      finding(
        'redirect-not-followed',
        contacts.length === 0 ? 'warning' : 'info',
        contacts.length === 0
          ? `${labelOf(item)} without a Contact`
          : `${labelOf(item)} not followed in the paste`,
        contacts.length === 0
          ? `${nameOf(item)} redirects ${nameOf(request)} but names no address in Contact, so the client has nowhere to go and the request fails.`
          : `${nameOf(item)} offers ${listOf(shown)}, and no later request in the paste goes there. A client should try the Contact addresses (§8.1.3.4); if it does not, the call ends here. Check whether the client or the proxy in front of it is set to follow redirects.`,
        [index, item.related],
        { rfc: 3261, section: '8.1.3.4', name: 'Following a 3xx' },
        routes.guide('redirection'),
      ),
    );
  });
  return found;
};
