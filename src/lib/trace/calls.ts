// The call list of a capture or a long log, as sngrep shows it: one row per Call-ID with its
// start, ends, first method, final response, length and message count; and the legs that belong
// together, where a header of one names another (a Call-ID carried across, or the same
// correlation header such as X-CID on both).
import { headerValue, parseParams, type SipMessage } from '../sip-message.ts';
import type { FoundMessage } from './find.ts';

export interface Call {
  callId: string;
  /** Indexes into the messages, in order. */
  messages: number[];
  start: number | null;
  end: number | null;
  from: string;
  to: string;
  /** The method of the first request ("INVITE", "REGISTER"). */
  method: string;
  /** The last final response to the first request's CSeq, e.g. "486 Busy Here". */
  final: string | null;
  finalCode: number | null;
  /** Indexes into the call list of the legs tied to this one by a header. */
  related: number[];
}

/** The user part and host of a From or To header, without display name or parameters. */
export function addressOf(value: string | undefined): string {
  if (!value) return '';
  const inBrackets = /<([^>]*)>/.exec(value)?.[1];
  const uri = (inBrackets ?? value.split(';')[0]!).trim();
  return uri.replace(/^sips?:/i, '');
}

/** Header values that may tie one leg to another: long enough not to collide by chance. */
const CORRELATION =
  /^(?:x-[\w-]*(?:call|cid|corr|leg|session|uuid|id)[\w-]*|p-charging-vector|session-id|replaces|refer-to|referred-by)$/i;

function correlations(message: SipMessage): string[] {
  const values: string[] = [];
  for (const { name, value } of message.headers) {
    if (!CORRELATION.test(name)) continue;
    if (/^p-charging-vector$/i.test(name)) {
      const icid = parseParams(`x;${value}`).params['icid-value'];
      if (icid) values.push(icid.replace(/"/g, ''));
      continue;
    }
    // Replaces and Refer-To carry a Call-ID; other headers carry it or an id of their own.
    const decoded = decodeURIComponent(value.replace(/%(?![0-9a-f]{2})/gi, '%25'));
    const id = /(?:Replaces=|^)([^;?&>\s]+)/i.exec(decoded.split('?')[1] ?? decoded)?.[1];
    if (id) values.push(id.trim());
  }
  return values;
}

export function listCalls(found: readonly FoundMessage[]): Call[] {
  const byId = new Map<string, Call>();
  const ties = new Map<string, Set<string>>();
  found.forEach((item, index) => {
    const message = item.message;
    const callId = headerValue(message, 'Call-ID')?.trim() || '(no Call-ID)';
    let call = byId.get(callId);
    if (!call) {
      call = {
        callId,
        messages: [],
        start: null,
        end: null,
        from: addressOf(headerValue(message, 'From')),
        to: addressOf(headerValue(message, 'To')),
        method: message.kind === 'request' ? message.method : '',
        final: null,
        finalCode: null,
        related: [],
      };
      byId.set(callId, call);
    }
    call.messages.push(index);
    const time = item.time ?? null;
    if (time !== null) {
      call.start = call.start === null ? time : Math.min(call.start, time);
      call.end = call.end === null ? time : Math.max(call.end, time);
    }
    if (!call.method && message.kind === 'request') call.method = message.method;
    const cseq = /^\s*\d+\s+(\S+)/.exec(headerValue(message, 'CSeq') ?? '')?.[1];
    if (message.kind === 'response' && message.code >= 200 && cseq === call.method) {
      call.final = `${message.code} ${message.reason}`.trim();
      call.finalCode = message.code;
    }
    for (const value of correlations(message)) {
      if (!ties.has(value)) ties.set(value, new Set());
      ties.get(value)!.add(callId);
    }
  });
  const calls = [...byId.values()];
  const position = new Map(calls.map((call, at) => [call.callId, at]));
  for (const [value, ids] of ties) {
    // The value is another leg's Call-ID, or a correlation id two legs share.
    const members = new Set(ids);
    if (position.has(value)) members.add(value);
    // A short shared id (a counter, "1") ties legs by chance; a Call-ID named is a tie.
    else if (value.length < 6) continue;
    if (members.size < 2) continue;
    for (const id of members) {
      const call = calls[position.get(id)!]!;
      for (const other of members)
        if (other !== id && !call.related.includes(position.get(other)!))
          call.related.push(position.get(other)!);
    }
  }
  return calls;
}

/** Whether a call matches what was typed in the filter: any of its columns, any case. */
export function callMatches(call: Call, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = [call.callId, call.from, call.to, call.method, call.final ?? '']
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}
