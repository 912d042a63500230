// The exchange: who took part, which messages belong to one transaction (top Via branch and
// CSeq, RFC 3261 §17.1.3 and §17.2.3) and one dialog (Call-ID and tags, §12), what each
// request is for, and what in the paste does not add up.
import { headerList, headerValue, parseParams, type SipMessage } from '../sip-message.ts';
import { addressKey, requestTarget, toHost, topViaSentBy } from './addresses.ts';
import { placeOf, type FoundMessage } from './find.ts';
import { assignRoles, checkMessages, sameHop } from './roles.ts';
import type { Dialog, Exchange, ExchangeMessage, Participant, Problem } from './types.ts';
import type { Endpoint } from './wrappers.ts';

export type * from './types.ts';

const UNKNOWN: Participant = { id: 'unknown', label: 'Unknown' };

function basics(message: SipMessage) {
  const cseqMatch = /^\s*(\d+)\s+([A-Za-z-]+)/.exec(headerValue(message, 'CSeq') ?? '');
  const via = headerList(message, 'Via')[0];
  const tag = (name: string) => {
    const value = headerValue(message, name);
    return value ? (parseParams(value.replace(/^[^<]*<[^>]*>/, 'x')).params['tag'] ?? null) : null;
  };
  return {
    callId: headerValue(message, 'Call-ID')?.trim() || null,
    cseq: cseqMatch ? { number: Number(cseqMatch[1]), method: cseqMatch[2]!.toUpperCase() } : null,
    branch: via ? (parseParams(via).params['branch'] ?? null) : null,
    fromTag: tag('From'),
    toTag: tag('To'),
  };
}

export function buildExchange(found: readonly FoundMessage[]): Exchange {
  const participants = new Map<string, Participant>();
  const participant = (key: string | null, label: string): string => {
    if (key === null) return UNKNOWN.id;
    if (!participants.has(key)) participants.set(key, { id: `p${participants.size}`, label });
    return participants.get(key)!.id;
  };
  const endpoint = (value: Endpoint | undefined): string | null =>
    !value
      ? null
      : 'local' in value
        ? participant(`local:${value.local}`, value.local)
        : participant(addressKey(value.address), value.address);

  const messages: ExchangeMessage[] = found.map((item) => ({
    found: item,
    from: UNKNOWN.id,
    to: UNKNOWN.id,
    ...basics(item.message),
    related: null,
    role: null,
  }));
  const problems: Problem[] = [];
  const requestsByKey = new Map<string, number>();
  const key = (branch: string | null, method: string, m: ExchangeMessage) =>
    branch ? `${branch}|${method}` : `${m.callId}|${m.cseq?.number}|${method}|${m.fromTag}`;

  messages.forEach((item, index) => {
    const { message, wrapper } = item.found;
    // Who: from the log line above, else from the message itself.
    if (wrapper?.flowLine) {
      const label =
        message.kind === 'request' ? message.method : `${message.code} ${message.reason}`;
      const rest = wrapper.flowLine.rest;
      const sender = rest.startsWith(label)
        ? rest.slice(label.length).trim()
        : rest.replace(/^\S+\s+/, '');
      item.from = participant(`name:${sender}`, sender);
      item.to = participant(`name:${wrapper.flowLine.to}`, wrapper.flowLine.to);
    } else if (wrapper?.source || wrapper?.destination) {
      item.from = endpoint(wrapper.source) ?? UNKNOWN.id;
      item.to = endpoint(wrapper.destination) ?? UNKNOWN.id;
    } else if (message.kind === 'request') {
      const sender = topViaSentBy(message);
      item.from = sender ? participant(addressKey(sender), sender) : UNKNOWN.id;
      const target = requestTarget(message);
      item.to = target ? participant(addressKey(target), target) : UNKNOWN.id;
    }
    const method = item.cseq?.method ?? '';
    if (message.kind === 'request') {
      const own = key(item.branch, message.method === 'ACK' ? 'ACK' : message.method, item);
      const earlier = requestsByKey.get(own);
      if (earlier !== undefined && sameHop(messages[earlier]!, item))
        problems.push({
          kind: 'retransmission',
          message: index,
          text: `This ${message.method} repeats the one on ${placeOf(messages[earlier]!.found)}: a retransmission.`,
        });
      else if (earlier === undefined) requestsByKey.set(own, index);
      return;
    }
    // A response: its request has the same top Via branch and CSeq method.
    let request = requestsByKey.get(key(item.branch, method, item));
    if (request === undefined && !item.cseq && item.branch)
      request = [...requestsByKey].find(([k]) => k.startsWith(`${item.branch}|`))?.[1];
    item.related = request ?? null;
    if (!wrapper) {
      const receiver = topViaSentBy(message);
      item.to = receiver ? participant(addressKey(receiver), receiver) : UNKNOWN.id;
      if (request !== undefined) item.from = messages[request]!.to;
      else {
        const host = toHost(message);
        item.from =
          host && addressKey(host) !== addressKey(receiver ?? '')
            ? participant(addressKey(host), host)
            : UNKNOWN.id;
      }
    }
    const twin = messages
      .slice(0, index)
      .findIndex(
        (other) =>
          other.found.message.kind === 'response' &&
          other.found.message.code === message.code &&
          other.branch === item.branch &&
          other.toTag === item.toTag &&
          other.cseq?.number === item.cseq?.number &&
          sameHop(other, item),
      );
    if (twin !== -1)
      problems.push({
        kind: 'retransmission',
        message: index,
        text: `This ${message.code} repeats the one on ${placeOf(messages[twin]!.found)}: a retransmission.`,
      });
    else if (request === undefined)
      problems.push({
        kind: 'unmatched-response',
        message: index,
        text: `The request this ${message.code} answers (${item.cseq ? `CSeq ${item.cseq.number} ${item.cseq.method}` : 'no CSeq'}) is not in the paste.`,
      });
  });

  for (const item of messages) if (item.from === item.to) item.to = UNKNOWN.id;
  assignRoles(messages, requestsByKey, key, problems);
  checkMessages(messages, problems);
  const list = [...participants.values()];
  const used = new Set(messages.flatMap((item) => [item.from, item.to]));
  if (used.has(UNKNOWN.id)) list.push(UNKNOWN);
  // Lanes in order of first appearance, so the first sender stands on the left.
  const order = [...new Set(messages.flatMap((item) => [item.from, item.to]))];
  list.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  problems.sort((a, b) => a.message - b.message);
  return {
    participants: list.filter((p) => used.has(p.id)),
    messages,
    dialogs: groupDialogs(messages),
    problems,
  };
}

function groupDialogs(messages: ExchangeMessage[]): Dialog[] {
  const dialogs = new Map<string, Dialog>();
  messages.forEach((item, index) => {
    if (!item.callId) return;
    const id = `${item.callId}|${item.fromTag ?? ''}`;
    const dialog = dialogs.get(id) ?? {
      callId: item.callId,
      fromTag: item.fromTag,
      toTags: [],
      messages: [],
    };
    if (item.toTag && !dialog.toTags.includes(item.toTag)) dialog.toTags.push(item.toTag);
    dialog.messages.push(index);
    dialogs.set(id, dialog);
  });
  return [...dialogs.values()];
}
