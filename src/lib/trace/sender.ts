// Who built a response, where the message itself tells: the software it names (Server, and
// User-Agent, which some stacks put on responses too), the element that added a Warning, a
// reason phrase only one stack writes, a Q.850 cause a gateway carried over, and what the To
// tags and a 100 Trying say about which element answered. Each clue is only given when the
// message shows it; none is proof, since every header here can be configured or rewritten.
import { headerValues, type SipMessage, type SipResponse } from '../sip-message.ts';
import { decodeReasons, decodeWarnings } from './annotate.ts';
import type { ExplainData } from './data.ts';
import type { Exchange } from './exchange.ts';
import { phraseClues } from './sender-phrases.ts';
import { clip, MAX_EVIDENCE, type SenderClue } from './sender-clue.ts';
import { tagClues } from './sender-tags.ts';

export type { SenderClue, SenderClueKind } from './sender-clue.ts';

/** The header field as written in the message ("Server: …"), for the clue's evidence. */
function written(message: SipMessage, name: string, value: string): string {
  const header = message.headers.find(
    (field) => field.value === value && field.name.toLowerCase() === name.toLowerCase(),
  );
  return clip(`${header?.name ?? name}: ${value}`, MAX_EVIDENCE);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The stack a product string names as a whole word ("FreeSWITCH-mod_sofia/1.10"), if any. */
export function namedStack(product: string, stacks: ExplainData['stacks']): string | null {
  for (const [id, name] of Object.entries(stacks)) {
    if (new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(name)}(?![a-z0-9])`, 'i').test(product))
      return id;
  }
  return null;
}

function productClues(message: SipResponse, data: ExplainData): SenderClue[] {
  const clues: SenderClue[] = [];
  for (const [name, kind] of [
    ['Server', 'server'],
    ['User-Agent', 'user-agent'],
  ] as const) {
    for (const value of headerValues(message, name)) {
      if (value.trim() === '') continue;
      const quoted = `"${clip(value)}"`;
      const stack = namedStack(value, data.stacks);
      const lead =
        kind === 'server'
          ? `The Server header names the software that built this response: ${quoted} (RFC 3261 §20.35).`
          : `User-Agent, which RFC 3261 §20.41 defines for requests, is on this response too: some stacks name themselves this way on everything they send. Here it reads ${quoted}.`;
      const known = stack
        ? ` That is ${data.stacks[stack]}, one of the stacks whose own replies this site lists.`
        : '';
      clues.push({
        kind,
        text: `${lead}${known} The header can be changed or left out, so it is a hint rather than proof.`,
        evidence: written(message, name, value),
        ...(stack ? { stack } : {}),
      });
    }
  }
  return clues;
}

const looksLikeHost = (agent: string) => /[.:[]/.test(agent);

function warningClues(message: SipResponse, data: ExplainData): SenderClue[] {
  const seen = new Set<string>();
  return decodeWarnings(message, data).flatMap(({ code, agent }) => {
    if (agent === '' || seen.has(agent)) return [];
    seen.add(agent);
    const who = looksLikeHost(agent)
      ? `the element at ${clip(agent)}`
      : `an element that calls itself "${clip(agent)}"`;
    return [
      {
        kind: 'warning-agent' as const,
        text: `The Warning ${code} was added by ${who} (its warn-agent, RFC 3261 §20.43). Any element that handles the response may add a Warning, so this need not be the element that built it.`,
        evidence: clip(`Warning: ${code} ${agent}`, MAX_EVIDENCE),
      },
    ];
  });
}

function reasonClues(message: SipResponse, data: ExplainData): SenderClue[] {
  return decodeReasons(message, data).flatMap((reason) => {
    if (!/^q\.850$/i.test(reason.protocol) || reason.cause === null) return [];
    const named = reason.name ? ` (${reason.name})` : '';
    const byFreeswitch =
      reason.freeswitch !== null &&
      reason.text?.trim() === reason.freeswitch &&
      data.stacks['freeswitch'] !== undefined;
    const freeswitch = byFreeswitch
      ? ` Its text, ${reason.freeswitch}, is FreeSWITCH's name for the cause, which FreeSWITCH writes this way on the error responses it sends: a FreeSWITCH most likely built this response, or the one it was made from.`
      : '';
    const fields = headerValues(message, 'Reason').filter((field) => /q\.850/i.test(field));
    const value =
      fields.find((field) => new RegExp(`cause\\s*=\\s*"?0*${reason.cause}(?!\\d)`).test(field)) ??
      fields[0] ??
      '';
    return [
      {
        kind: 'q850-reason' as const,
        text: `A Reason header gives Q.850 cause ${reason.cause}${named}, the telephone network's (PSTN's) code for why a call ended. Gateways add one when they turn a release from the PSTN into a SIP response (RFC 3398 §7.2.4.1, RFC 6432): the answer came from the PSTN side through a gateway, unless a SIP switch that keeps its hang-up causes in Q.850 terms added it.${freeswitch}`,
        evidence: written(message, 'Reason', value),
        ...(byFreeswitch ? { stack: 'freeswitch' } : {}),
      },
    ];
  });
}

/** The clues to which element built the response at `index`; none for a request. */
export function senderClues(exchange: Exchange, index: number, data: ExplainData): SenderClue[] {
  const item = exchange.messages[index];
  if (!item || item.found.message.kind !== 'response') return [];
  const message = item.found.message;
  return [
    ...tagClues(exchange, index),
    ...productClues(message, data),
    ...phraseClues(message, data),
    ...warningClues(message, data),
    ...reasonClues(message, data),
  ];
}
