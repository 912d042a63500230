// Small synthetic exchanges for the checks the real traces do not cover.
export interface MessageOptions {
  branch?: string;
  cseq?: string;
  toTag?: string;
  callId?: string;
  extra?: string[];
  body?: string;
  contentLength?: number;
}

export function request(method: string, options: MessageOptions = {}): string {
  return message(`${method} sip:bob@biloxi.example.com SIP/2.0`, method, options);
}

export function response(status: string, options: MessageOptions = {}): string {
  return message(`SIP/2.0 ${status}`, 'INVITE', options);
}

function message(startLine: string, method: string, options: MessageOptions): string {
  const body = options.body ?? '';
  return [
    startLine,
    `Via: SIP/2.0/UDP 192.0.2.10:5060;branch=${options.branch ?? 'z9hG4bKa1'}`,
    'From: Alice <sip:alice@atlanta.example.com>;tag=from1',
    `To: Bob <sip:bob@biloxi.example.com>${options.toTag ? `;tag=${options.toTag}` : ''}`,
    `Call-ID: ${options.callId ?? 'call-1@192.0.2.10'}`,
    `CSeq: ${options.cseq ?? `1 ${method}`}`,
    ...(options.extra ?? []),
    `Content-Length: ${options.contentLength ?? new TextEncoder().encode(body.replace(/\n/g, '\r\n')).length}`,
    '',
    body,
  ].join('\n');
}

/** "U a -> b" lines so that every message has its two ends. */
export function ngrep(from: string, to: string, text: string): string {
  return `U ${from} -> ${to}\n${text}\n`;
}

export const CALLER = '192.0.2.10:5060';
export const CALLEE = '203.0.113.7:5060';

/** A message from the caller to the callee, and one back, as ngrep prints them. */
export const there = (text: string) => ngrep(CALLER, CALLEE, text);
export const back = (text: string) => ngrep(CALLEE, CALLER, text);
