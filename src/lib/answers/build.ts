// The answers themselves: labels, details and addresses for a code, a cause, or a phrase that
// names one. Addresses come from src/lib/paths.ts, so they follow the site's base path.
import { causePath, codePath } from '../paths.ts';
import type { AnswerCause } from './data.ts';
import type { Answer } from './index.ts';
import type { NameSource, Prepared } from './prepare.ts';

/**
 * Records an answer: `score` says how sure the reading is (higher is surer, see ./index.ts);
 * `related` marks a page that follows from another answer (the code a cause maps to) rather than
 * a second reading of the text, so it never makes the text unclear.
 */
export type Add = (answer: Answer, score: number, at: number, related?: boolean) => void;

export function codeAnswer(
  data: Prepared,
  code: number,
  match: Answer['match'],
  exact: boolean,
): Answer {
  const known = data.codes.get(code);
  if (known)
    return {
      kind: 'code',
      label: `${code} ${known.reason}`,
      detail: match === 'status-line' ? 'Status line' : 'Status code',
      url: codePath(code),
      exact,
      match,
      code,
    };
  const senders = [
    ...new Set(
      data.phrases.filter((e) => e.code === code && e.source === 'proxy').map((e) => e.by),
    ),
  ];
  return {
    kind: 'unregistered-code',
    label: `${code} (not registered)`,
    detail:
      senders.length > 0 ? `Sent by ${senders.join(' and ')}` : 'No specification registers it',
    url: codePath(code),
    exact,
    match,
    code,
  };
}

export function ownPhraseDetail(by: string, phrase: string, from?: number): string {
  return from !== undefined
    ? `${by} relays a ${from} as ${phrase.length > 0 ? `“${phrase}”` : 'this'}`
    : `${by}’s own phrase “${phrase}”`;
}

export function ownPhraseAnswer(
  data: Prepared,
  code: number,
  by: string,
  phrase: string,
  from?: number,
): Answer {
  return {
    ...codeAnswer(data, code, 'proxy-phrase', false),
    detail: ownPhraseDetail(by, phrase, from),
  };
}

export function causeAnswer(
  cause: AnswerCause,
  match: Answer['match'],
  source: NameSource = 'q850',
  written = '',
): Answer {
  const asWritten = written
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  const owner = cause.freeswitch ? 'FreeSWITCH' : 'Asterisk';
  const names =
    source === 'freeswitch' && cause.freeswitch
      ? `FreeSWITCH ${cause.freeswitch}`
      : source === 'asterisk'
        ? `Asterisk ${asWritten || (cause.asterisk?.[0] ?? '')}`
        : cause.q850
          ? 'Q.850 cause'
          : `${owner}’s own cause`;
  const sip = cause.sip.rfc3398 !== undefined ? ` · RFC 3398 sends ${cause.sip.rfc3398}` : '';
  return {
    kind: 'cause',
    label: `Cause ${cause.cause} ${cause.name}`,
    detail: cause.normal ? `Not a failure: ${cause.normal}` : `${names}${sip}`,
    url: causePath(cause.cause),
    exact: true,
    match,
    cause: cause.cause,
  };
}

/** The SIP code that goes with a cause: the named stack's (row, range or default), else RFC 3398's. */
export function mapsTo(
  cause: AnswerCause,
  source: NameSource,
  data: Prepared,
  add: Add,
  at: number,
  score: number,
) {
  const { sip } = cause;
  const [by, code] =
    source === 'freeswitch' && sip.freeswitch !== undefined
      ? ['FreeSWITCH', sip.freeswitch]
      : source === 'asterisk' && (sip.asteriskPjsip ?? sip.asteriskChanSip) !== undefined
        ? ['Asterisk', (sip.asteriskPjsip ?? sip.asteriskChanSip)!]
        : sip.rfc3398 !== undefined
          ? ['RFC 3398', sip.rfc3398]
          : [null, null];
  if (by === null || code === null) return;
  add(
    {
      ...codeAnswer(data, code, 'maps-to', false),
      detail: `What ${by} sends to refuse a call with cause ${cause.cause}`,
    },
    score - 2,
    at,
    true,
  );
}
