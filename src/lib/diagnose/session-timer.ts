// 422 Session Interval Too Small (RFC 4028 §6): the Session-Expires asked for is below what a
// server on the path accepts, and the 422 says how much in Min-SE. The retry must carry a
// Min-SE at least that large and a Session-Expires no smaller (§7.4, §7.1); a retry that is
// still refused, or several rounds, means a side is not reading the Min-SE it was given.
import { routes } from '../paths.ts';
import { headerValue } from '../sip-message.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import { codeOf, finding, firstSendings, methodOf, nameOf, responsesTo, times } from './facts.ts';
import type { DiagnosisRule, Severity } from './types.ts';

const seconds = (item: ExchangeMessage, name: string): number | null => {
  const match = /^\s*(\d{1,10})/.exec(headerValue(item.found.message, name) ?? '');
  return match ? Number(match[1]) : null;
};

interface Attempt {
  request: number;
  final: number | null;
}

function chains(exchange: Exchange): Attempt[][] {
  const byKey = new Map<string, Attempt[]>();
  for (const { item, index } of firstSendings(exchange)) {
    const method = methodOf(item);
    if (method !== 'INVITE' && method !== 'UPDATE') continue;
    const key = `${item.callId}|${method}|${item.fromTag}|${item.from}`;
    const final = responsesTo(exchange, index, true)[0] ?? null;
    byKey.set(key, [...(byKey.get(key) ?? []), { request: index, final }]);
  }
  return [...byKey.values()];
}

const raise = (current: Severity, to: Severity): Severity =>
  current === 'error' || to === 'error'
    ? 'error'
    : current === 'warning' || to === 'warning'
      ? 'warning'
      : 'info';

export const sessionInterval: DiagnosisRule = (exchange) =>
  chains(exchange).flatMap((chain) => {
    const refused = chain.filter(
      (attempt) => attempt.final !== null && codeOf(exchange.messages[attempt.final]!) === 422,
    );
    if (refused.length === 0) return [];
    const problems: string[] = [];
    const messages: number[] = [];
    let severity = 'info' as Severity;
    let largest = 0;
    refused.forEach((attempt, round) => {
      const response = exchange.messages[attempt.final!]!;
      const request = exchange.messages[attempt.request]!;
      messages.push(attempt.final!, attempt.request);
      const minSE = seconds(response, 'Min-SE');
      const asked = seconds(request, 'Session-Expires');
      if (minSE === null) {
        severity = raise(severity, 'warning');
        problems.push(
          `${nameOf(response)} has no Min-SE, which a 422 must carry (§6): the client cannot tell what to ask for.`,
        );
      } else {
        problems.push(
          `${nameOf(response)} refused Session-Expires ${asked ?? '(none)'} and asked for at least ${minSE} s.`,
        );
        // A later round is normal when another server on the path wants more (RFC 4028 §13
        // shows two proxies doing it); refusing what the retry already offered is not.
        if (round > 0 && asked !== null && asked >= minSE) {
          severity = raise(severity, 'error');
          problems.push(
            `The ${methodOf(request)} it refused already asked for ${asked} s, at least the ${minSE} s that 422 names: the server contradicts its own Min-SE.`,
          );
        } else if (round > 0 && minSE > largest) {
          severity = raise(severity, 'warning');
          problems.push(
            `Another server on the path wants more than the last one (${largest} s): each minimum costs a round trip, which a configured Session-Expires of at least ${minSE} s would save.`,
          );
        }
        largest = Math.max(largest, minSE);
      }
      const retry = chain.find((other) => other.request > attempt.final!);
      if (!retry) return;
      const again = exchange.messages[retry.request]!;
      messages.push(retry.request);
      const retryMin = seconds(again, 'Min-SE');
      const retryAsked = seconds(again, 'Session-Expires');
      if (largest > 0 && (retryMin === null || retryMin < largest)) {
        severity = raise(severity, 'error');
        problems.push(
          `${nameOf(again)} ${retryMin === null ? 'has no Min-SE' : `has Min-SE ${retryMin}`}, but after a 422 the retry must carry Min-SE of at least ${largest} (§7.4).`,
        );
      }
      if (largest > 0 && retryAsked !== null && retryAsked < largest) {
        severity = raise(severity, 'error');
        problems.push(
          `${nameOf(again)} still asks for Session-Expires ${retryAsked}, below that Min-SE (§7.1).`,
        );
      }
    });
    if (refused.length > 1 && severity === 'error')
      problems.push(
        `That is ${refused.length} rounds of 422 in all: a side is ignoring or resetting the Min-SE it was given.`,
      );
    const method = methodOf(exchange.messages[refused[0]!.request]!) ?? 'INVITE';
    const retried = chain.some((other) => other.request > refused.at(-1)!.final!);
    if (!retried)
      problems.push(
        'No retry follows in the paste; the client may send one with the Min-SE (§7.3).',
      );
    const fine = severity === 'info' && retried;
    return [
      finding(
        '422-session-interval',
        severity,
        fine
          ? `${method} refused with 422 once, then retried with the Min-SE`
          : refused.length > 1
            ? `${method} refused with 422 ${times(refused.length)}`
            : `${method} refused with 422 Session Interval Too Small`,
        `${problems.join(' ')}${fine ? ' This is the negotiation RFC 4028 describes, at the cost of one round trip; raising the configured Session-Expires avoids it.' : ''}`,
        messages,
        {
          rfc: 4028,
          section: refused.length > 1 || !fine ? '7.4' : '6',
          name: 'Min-SE after a 422',
        },
        routes.code(422),
      ),
    ];
  });
