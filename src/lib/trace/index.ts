// Explains a pasted trace: finds the messages, builds the exchange, annotates each message,
// flags what does not add up, writes a summary and the ladder's input. Pure and synchronous:
// the same function runs in unit tests and in the browser.
import { diagnose } from '../diagnose/index.ts';
import type { Diagnosis } from '../diagnose/types.ts';
import type { LadderInput } from '../ladder.ts';
import { offerAnswerPairs, type OfferAnswer } from '../sdp/index.ts';
import { headerList } from '../sip-message.ts';
import { annotate, type Annotations } from './annotate.ts';
import type { ExplainData } from './data.ts';
import {
  buildExchange,
  type Dialog,
  type ExchangeMessage,
  type Participant,
  type Problem,
  type RequestRole,
} from './exchange.ts';
import { findMessages, placeOf, type FoundMessage } from './find.ts';
import { messageLabel, toLadder } from './ladder.ts';
import { senderClues, type SenderClue } from './sender.ts';
import { summarise, withArticle } from './summary.ts';

export type { ExplainData } from './data.ts';

export interface ExplainedMessage {
  /** 1-based line of the start line in the paste, or packet of the capture. */
  line: number;
  /** "line 3", or "packet 12" for a capture. */
  place: string;
  /** Microseconds since 1970, and since the message before, when the input gives times. */
  time: number | null;
  delta: number | null;
  from: string;
  to: string;
  /** The method, or the code and phrase. */
  label: string;
  kind: 'request' | 'response';
  code: number | null;
  role: RequestRole | null;
  /** What the message is, in words: "initial INVITE", "answers the INVITE on line 3"… */
  description: string;
  annotations: Annotations;
  /** For a response: what the message tells of the element that built it. */
  senders: SenderClue[];
  problems: Problem[];
  /** The message as read, prefixes removed. */
  text: string;
}

export interface Explanation {
  /** "empty": nothing pasted; "none": no SIP message found; "explained": messages found. */
  status: 'empty' | 'none' | 'explained';
  /** A sentence about the input as a whole: what it seems to be, or what was left out. */
  notice: string | null;
  participants: Participant[];
  messages: ExplainedMessage[];
  dialogs: Dialog[];
  problems: Problem[];
  /** What a seasoned eye sees in the exchange, each with the rule behind it. */
  diagnoses: Diagnosis[];
  /** Each SDP offer with its answer, compared media line by media line. */
  media: OfferAnswer[];
  summary: string;
  ladder: LadderInput;
  /** The code the ladder highlights: the final response the first caller got. */
  ladderCode: number | null;
}

export interface ExplainOptions {
  /** Messages explained at most; the rest is reported as not shown. */
  maxMessages?: number;
  /** Rows the ladder draws at most. */
  maxLadderRows?: number;
  /** Characters of input read at most. */
  maxChars?: number;
}

const DEFAULTS = { maxMessages: 1000, maxLadderRows: 200, maxChars: 4_000_000 };

function describe(item: ExchangeMessage, all: ExchangeMessage[]): string {
  const related = item.related === null ? null : all[item.related];
  const onLine = related ? ` on ${placeOf(related.found)}` : '';
  const message = item.found.message;
  if (message.kind === 'response') {
    const method = item.cseq?.method ?? 'request';
    return related
      ? `answers the ${method}${onLine}`
      : `answers ${withArticle(method)} that is not in the paste`;
  }
  const proxies = headerList(message, 'Via').length - 1;
  const via =
    proxies > 0 ? ` (${proxies} ${proxies === 1 ? 'proxy' : 'proxies'} on its way so far)` : '';
  return roleText(item, message.method, onLine) + via;
}

function roleText(item: ExchangeMessage, method: string, onLine: string): string {
  switch (item.role) {
    case 'initial-invite':
      return 'initial INVITE: it asks for a new session';
    case 're-invite':
      return 're-INVITE: it changes a session that exists (the To header has a tag)';
    case 'ack-non-2xx':
      return 'ACK for a non-2xx final response: part of the INVITE transaction, hop by hop';
    case 'ack-2xx':
      return 'ACK for a 2xx response: a transaction of its own, end to end';
    case 'ack-unmatched':
      return 'ACK that matches no INVITE in the paste';
    case 'cancel':
      return `CANCEL of the INVITE${onLine}`;
    case 'cancel-unmatched':
      return 'CANCEL of an INVITE that is not in the paste, or does not match it';
    case 'in-dialog':
      return `${method} within a dialog`;
    default:
      return `${method} outside a dialog`;
  }
}

function noticeFor(text: string): string {
  const sample = text.slice(0, 65536);
  // eslint-disable-next-line no-control-regex -- control characters are what tells a binary file
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (control > sample.length / 20)
    return 'This looks like a binary file, such as a packet capture: open it with the file button below the box (pcap, pcapng or gzip) instead of pasting it, and its calls are listed.';
  if (/^HTTP\/\d(?:\.\d)? \d{3}|^(?:GET|POST|PUT|DELETE|HEAD|PATCH) \S+ HTTP\/\d/m.test(sample))
    return 'This is an HTTP message, not SIP: a SIP message starts with a line such as "INVITE sip:bob@example.com SIP/2.0" or "SIP/2.0 486 Busy Here".';
  return 'No SIP message found. A SIP message starts with a request line such as "INVITE sip:bob@example.com SIP/2.0" or a status line such as "SIP/2.0 486 Busy Here".';
}

const EMPTY_LADDER: LadderInput = { participants: [], messages: [] };

export function explainTrace(
  text: string,
  data: ExplainData,
  options: ExplainOptions = {},
): Explanation {
  const { maxMessages, maxChars } = { ...DEFAULTS, ...options };
  const base = {
    participants: [],
    messages: [],
    dialogs: [],
    problems: [],
    diagnoses: [],
    media: [],
    summary: '',
    ladder: EMPTY_LADDER,
    ladderCode: null,
  };
  if (text.trim() === '') return { status: 'empty', notice: null, ...base };
  const input = text.length > maxChars ? text.slice(0, maxChars) : text;
  const found = findMessages(input, { limit: maxMessages });
  if (found.messages.length === 0) return { status: 'none', notice: noticeFor(input), ...base };
  const longer = found.truncated || text.length > maxChars;
  return explainFound(found.messages, data, { ...options, longer });
}

/** Explains messages already found: read from a paste, or from a packet capture. */
export function explainFound(
  found: readonly FoundMessage[],
  data: ExplainData,
  options: ExplainOptions & { longer?: boolean; input?: string } = {},
): Explanation {
  const { maxMessages, maxLadderRows } = { ...DEFAULTS, ...options };
  const kept = found.slice(0, maxMessages);
  const exchange = buildExchange(kept);
  const annotations = exchange.messages.map((item) => {
    const request = item.related === null ? null : exchange.messages[item.related]!.found.message;
    return annotate(item.found.message, data, request);
  });
  const labels = new Map(exchange.participants.map((p) => [p.id, p.label]));
  const problemsOf = new Map<number, Problem[]>();
  for (const problem of exchange.problems)
    problemsOf.set(problem.message, [...(problemsOf.get(problem.message) ?? []), problem]);
  const messages: ExplainedMessage[] = exchange.messages.map((item, index) => {
    const message = item.found.message;
    const time = item.found.time ?? null;
    const before = index > 0 ? (exchange.messages[index - 1]!.found.time ?? null) : null;
    return {
      line: item.found.line,
      place: placeOf(item.found),
      time,
      delta: time !== null && before !== null ? time - before : null,
      from: labels.get(item.from) ?? item.from,
      to: labels.get(item.to) ?? item.to,
      label: messageLabel(item),
      kind: message.kind,
      code: message.kind === 'response' ? message.code : null,
      role: item.role,
      description: describe(item, exchange.messages),
      annotations: annotations[index]!,
      senders: senderClues(exchange, index, data),
      problems: problemsOf.get(index) ?? [],
      text: item.found.text,
    };
  });
  const notices: string[] = [];
  if (options.longer || found.length > kept.length)
    notices.push(
      `Showing the first ${messages.length} messages of a longer ${options.input ?? 'paste'}.`,
    );
  if (messages.length > maxLadderRows)
    notices.push(
      `The ladder draws the first ${maxLadderRows} messages; all ${messages.length} are listed below it.`,
    );
  const caller = exchange.messages[0]!.from;
  const headline =
    exchange.messages.find(
      (item) =>
        item.found.message.kind === 'response' &&
        item.found.message.code >= 300 &&
        item.to === caller,
    ) ??
    exchange.messages.find(
      (item) => item.found.message.kind === 'response' && item.found.message.code >= 200,
    );
  return {
    status: 'explained',
    notice: notices.length > 0 ? notices.join(' ') : null,
    participants: exchange.participants,
    messages,
    dialogs: exchange.dialogs,
    problems: exchange.problems,
    diagnoses: diagnose(exchange, data),
    media: offerAnswerPairs(exchange),
    summary: summarise(exchange, (index) => annotations[index]?.reasons ?? []),
    ladder: toLadder(exchange, maxLadderRows),
    ladderCode:
      headline && headline.found.message.kind === 'response' ? headline.found.message.code : null,
  };
}
