// One paragraph in plain words: per call, who asked for what, how it ended, and who
// acknowledged it ("The INVITE from 10.0.0.5 was rejected with 486 Busy Here by 203.0.113.7
// after ringing; 10.0.0.5 acknowledged it.").
import type { SipResponse } from '../sip-message.ts';
import type { DecodedReason } from './annotate.ts';
import type { Exchange, ExchangeMessage } from './exchange.ts';

const MAX_CALLS = 3;
/** Attempts of one request told in full; more are counted. */
const MAX_ATTEMPTS = 4;

type Reasons = (index: number) => DecodedReason[];

export function summarise(exchange: Exchange, reasonsOf: Reasons): string {
  if (exchange.messages.length === 0) return '';
  const labels = new Map(exchange.participants.map((p) => [p.id, p.label]));
  const name = (id: string) => labels.get(id) ?? id;
  const calls = new Map<string, number[]>();
  exchange.messages.forEach((item, index) => {
    const id = item.callId ?? '';
    calls.set(id, [...(calls.get(id) ?? []), index]);
  });
  const sentences = [...calls.values()]
    .slice(0, MAX_CALLS)
    .map((indices) => describeCall(exchange.messages, indices, name, reasonsOf));
  if (calls.size > MAX_CALLS)
    sentences.push(`The paste holds ${calls.size - MAX_CALLS} more calls.`);
  return sentences.join(' ');
}

/** "an INVITE", "an ACK", "a BYE", "a 486 Busy Here". */
export function withArticle(word: string): string {
  return `${/^[AEIOU]/i.test(word) ? 'an' : 'a'} ${word}`;
}

const isResponse = (item: ExchangeMessage) => item.found.message.kind === 'response';
const codeOf = (item: ExchangeMessage) => (item.found.message as SipResponse).code;
const statusOf = (item: ExchangeMessage) => {
  const { code, reason } = item.found.message as SipResponse;
  return `${code} ${reason}`;
};
const methodOf = (item: ExchangeMessage) =>
  item.found.message.kind === 'request' ? item.found.message.method : (item.cseq?.method ?? '');

function causeText(reasons: DecodedReason[]): string {
  const q850 = reasons.find((reason) => /^q\.850$/i.test(reason.protocol) && reason.cause !== null);
  if (!q850) return '';
  return ` (cause ${q850.cause}${q850.name ? `, ${q850.name}` : ''})`;
}

function describeCall(
  messages: ExchangeMessage[],
  indices: number[],
  name: (id: string) => string,
  reasonsOf: Reasons,
): string {
  const items = indices.map((index) => messages[index]!);
  const first = items.find(
    (item) => !isResponse(item) && !['ACK', 'CANCEL'].includes(methodOf(item)),
  );
  if (!first) return describeFragment(items, indices, name, reasonsOf);
  const method = methodOf(first);
  const caller = first.from;
  const attempts = [
    ...new Set(
      items
        .filter((item) => methodOf(item) === method && item.cseq)
        .map((item) => item.cseq!.number),
    ),
  ];
  const clauses = attempts.map((number, attempt) => {
    const ofAttempt = items.filter((item) => item.cseq?.number === number);
    const outcome = describeOutcome(ofAttempt, method, caller, name, reasonsOf, messages);
    return attempt === 0 ? outcome : `sent again (CSeq ${number}), it ${outcome}`;
  });
  // A long series of attempts (a device polling with OPTIONS) reads as its start and its end.
  const told =
    clauses.length > MAX_ATTEMPTS
      ? [
          ...clauses.slice(0, MAX_ATTEMPTS - 1),
          `was sent ${clauses.length - MAX_ATTEMPTS} more times`,
          `last ${clauses.at(-1)!.replace(/^sent again /, '')}`,
        ]
      : clauses;
  const bye = items.find((item) => methodOf(item) === 'BYE' && !isResponse(item));
  const ending = bye ? ` The call was ended with BYE from ${name(bye.from)}.` : '';
  return `The ${method} from ${name(caller)} ${told.join('; ')}.${ending}`;
}

function describeOutcome(
  items: ExchangeMessage[],
  method: string,
  caller: string,
  name: (id: string) => string,
  reasonsOf: Reasons,
  all: ExchangeMessage[],
): string {
  const responses = items.filter((item) => isResponse(item) && item.cseq?.method === method);
  const finals = responses.filter((item) => codeOf(item) >= 200);
  const toCaller = finals.filter((item) => item.to === caller);
  const final = toCaller.at(-1) ?? finals.at(-1);
  const ringing = responses.some((item) => codeOf(item) === 180)
    ? ' after ringing'
    : responses.some((item) => codeOf(item) === 183)
      ? ' after session progress'
      : '';
  if (!final) {
    const last = responses.at(-1);
    return last
      ? `got no final response in the paste; the last was ${statusOf(last)}`
      : 'got no response in the paste';
  }
  const code = codeOf(final);
  const origin = finals.find((item) => codeOf(item) === code) ?? final;
  const cause = causeText(reasonsOf(all.indexOf(origin)).concat(reasonsOf(all.indexOf(final))));
  const by = `${statusOf(final)}${cause} by ${name(origin.from)}`;
  const cancel = items.find((item) => methodOf(item) === 'CANCEL' && !isResponse(item));
  let outcome: string;
  if (code < 300)
    outcome = `was ${method === 'INVITE' ? 'answered' : 'accepted'} with ${by}${ringing}`;
  else if (code < 400) outcome = `was redirected with ${by}`;
  else if (code === 401 || code === 407) outcome = `was challenged for credentials with ${by}`;
  else if (code === 487 && cancel)
    outcome = `was cancelled by ${name(cancel.from)}${ringing}; ${name(origin.from)} answered it with ${statusOf(final)}${cause}`;
  else outcome = `was rejected with ${by}${ringing}`;
  if (method !== 'INVITE') return outcome;
  const ack = items.find(
    (item) => methodOf(item) === 'ACK' && !isResponse(item) && item.from === caller,
  );
  if (ack) return `${outcome}; ${name(caller)} acknowledged it`;
  if (code < 300) return `${outcome}, but no ACK from ${name(caller)} follows in the paste`;
  return outcome;
}

/** A call whose first request is not in the paste: say what is there. */
function describeFragment(
  items: ExchangeMessage[],
  indices: number[],
  name: (id: string) => string,
  reasonsOf: Reasons,
): string {
  const parts = items.map((item, at) => {
    const route = `went from ${name(item.from)} to ${name(item.to)}`;
    if (!isResponse(item)) return `${withArticle(methodOf(item))} ${route}`;
    const cause = causeText(reasonsOf(indices[at]!));
    const answers = item.cseq ? `, answering ${withArticle(item.cseq.method)}` : '';
    return `${withArticle(statusOf(item))}${cause} ${route}${answers}`;
  });
  const missing = items.some(
    (item) => (isResponse(item) && item.related === null) || item.role?.endsWith('unmatched'),
  )
    ? ' The request that started the exchange is not in the paste.'
    : '';
  const text = parts.slice(0, 4).join('; then ');
  const more = parts.length > 4 ? `, and ${parts.length - 4} more messages` : '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${more}.${missing}`;
}
