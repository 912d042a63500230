// Session descriptions and SIP messages for the offer/answer and media diagnosis tests, and the
// bodies of RFC 3665's call flows as the RFC prints them.
import { readFileSync } from 'node:fs';
import { buildExchange } from '../../../src/lib/trace/exchange.ts';
import { findMessages } from '../../../src/lib/trace/find.ts';

const root = new URL('../../../', import.meta.url);

export const rfc3665 = readFileSync(new URL('reference/rfc/rfc3665.txt', root), 'utf8');

/** A section of RFC 3665 by its heading, up to the next section ("3.1.", "3.6."). */
export function rfc3665Section(number: string): string {
  const start = rfc3665.indexOf(`\n${number}  `);
  const next = rfc3665.slice(start + 1).search(/\n\d+\.\d*\.?\s{2}\S/);
  if (start === -1) throw new Error(`no section ${number}`);
  return rfc3665.slice(start + 1, next === -1 ? undefined : start + 1 + next);
}

export const sdpFixture = (name: string) =>
  readFileSync(new URL(`tests/fixtures/sdp/${name}`, root), 'utf8');

export interface SdpOptions {
  address?: string;
  port?: number;
  /** "0 8 101" */
  formats?: string;
  lines?: string[];
  direction?: string;
  /** Further m= sections, each a list of lines. */
  more?: string[][];
}

/** A small audio description; rtpmap lines are left to the caller. */
export function sdp(options: SdpOptions = {}): string {
  const address = options.address ?? '192.0.2.10';
  return [
    'v=0',
    `o=- 1 1 IN IP4 ${address}`,
    's=-',
    `c=IN IP4 ${address}`,
    't=0 0',
    `m=audio ${options.port ?? 49170} RTP/AVP ${options.formats ?? '0 8 101'}`,
    ...(options.lines ?? ['a=rtpmap:101 telephone-event/8000', 'a=fmtp:101 0-16']),
    ...(options.direction ? [`a=${options.direction}`] : []),
    ...(options.more ?? []).flat(),
    '',
  ].join('\n');
}

export interface Message {
  start: string;
  /** Header lines after the standard ones. */
  headers?: string[];
  via?: string;
  cseq: string;
  toTag?: string;
  callId?: string;
  contact?: string;
  body?: string;
  /** "U a -> b" line above the message. */
  from?: string;
  to?: string;
}

/** One SIP message as ngrep prints it, with its body's type and length. */
export function message(m: Message): string {
  const body = m.body ?? '';
  const lines = [
    m.start,
    `Via: ${m.via ?? 'SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1'}`,
    'From: <sip:alice@atlanta.example.com>;tag=a1',
    `To: <sip:bob@biloxi.example.com>${m.toTag ? `;tag=${m.toTag}` : ''}`,
    `Call-ID: ${m.callId ?? 'call-1'}`,
    `CSeq: ${m.cseq}`,
    ...(m.contact ? [`Contact: ${m.contact}`] : []),
    ...(m.headers ?? []),
    ...(body ? ['Content-Type: application/sdp'] : []),
    `Content-Length: ${new TextEncoder().encode(body.replace(/\n/g, '\r\n')).length}`,
    '',
    body,
  ].join('\n');
  const wrapper = m.from && m.to ? `U ${m.from} -> ${m.to}\n` : '';
  return `${wrapper}${lines}\n`;
}

/** The exchange of a trace given as text. */
export const exchangeOf = (text: string) => buildExchange(findMessages(text).messages);

export const ALICE = '192.0.2.10:5060';
export const BOB = '203.0.113.7:5060';
