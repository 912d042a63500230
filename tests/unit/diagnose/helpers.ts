// Shared by the diagnosis tests: reading a trace into diagnoses, cutting a flow out of an RFC
// text, and writing small timed exchanges in ngrep's layout.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { diagnose } from '../../../src/lib/diagnose/index.ts';
import type { Diagnosis, DiagnosisRule } from '../../../src/lib/diagnose/types.ts';
import { buildExchange } from '../../../src/lib/trace/exchange.ts';
import { findMessages } from '../../../src/lib/trace/find.ts';
import { explainData } from '../trace/explain-data.ts';

export function diagnoseText(text: string, extraRules: DiagnosisRule[] = []): Diagnosis[] {
  return diagnose(buildExchange(findMessages(text).messages), explainData, extraRules);
}

export const kindsOf = (found: readonly Diagnosis[]) =>
  [...new Set(found.map((d) => d.kind))].sort();

export const only = (found: readonly Diagnosis[], kind: string) => {
  const matching = found.filter((d) => d.kind === kind);
  if (matching.length !== 1)
    throw new Error(`expected one ${kind}, got ${JSON.stringify(kindsOf(found))}`);
  return matching[0]!;
};

const rfcFolder = new URL('../../../reference/rfc/', import.meta.url);

/** One section of an RFC text, from its heading ("3.10.") to the next heading of any level. */
export function rfcSection(rfc: number, section: string): string {
  const text = readFileSync(new URL(`rfc${rfc}.txt`, rfcFolder), 'utf8');
  const headings = [...text.matchAll(/^(\d+(?:\.\d+)*)\.? {2}\S.*$/gm)];
  const start = headings.findIndex((match) => match[1] === section);
  if (start === -1) throw new Error(`RFC ${rfc} has no section ${section}`);
  return text.slice(headings[start]!.index, headings[start + 1]?.index ?? text.length);
}

/**
 * RFC 3665 prints a resent message once and then says "Resend of Message F4" or "Same as
 * Message F1": this puts the message back in its place, so the flow reads as it went.
 */
export function withResends(text: string): string {
  const lines = text.split('\n');
  const headings = lines.flatMap((line, index) => {
    const match = /^ {3}F(\d+) \S.* -> /.exec(line);
    return match ? [{ number: Number(match[1]), index }] : [];
  });
  const bodyOf = (number: number) => {
    const at = headings.findIndex((heading) => heading.number === number);
    if (at === -1) throw new Error(`no message F${number}`);
    return lines.slice(headings[at]!.index + 1, headings[at + 1]?.index ?? lines.length);
  };
  return lines
    .flatMap((line) => {
      const match = /^\s*(?:Resend of|Same as) Message F(\d+)\s*$/.exec(line);
      return match ? bodyOf(Number(match[1])) : [line];
    })
    .join('\n');
}

export const CALLER = '192.0.2.10:5060';
export const CALLEE = '203.0.113.7:5060';
export const PROXY = '198.51.100.5:5060';

/** A message as ngrep prints it, with a capture time in seconds after 12:00:00. */
export function at(seconds: number, from: string, to: string, text: string): string {
  const micro = Math.round(seconds * 1e6);
  const whole = Math.floor(micro / 1e6);
  const clock = `12:${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
  return `U 2024/05/01 ${clock}.${String(micro % 1e6).padStart(6, '0')} ${from} -> ${to}\n${text}\n`;
}

export interface Parts {
  branch?: string;
  transport?: string;
  via?: string;
  fromTag?: string;
  toTag?: string | null;
  callId?: string;
  cseq: string;
  extra?: string[];
}

/** A SIP message with the header fields the rules read; the caller is From unless told. */
export function sip(startLine: string, parts: Parts): string {
  const via = parts.via ?? CALLER;
  return [
    startLine,
    `Via: SIP/2.0/${parts.transport ?? 'UDP'} ${via};branch=${parts.branch ?? 'z9hG4bKa1'}`,
    `From: <sip:alice@atlanta.example.com>;tag=${parts.fromTag ?? 'alice1'}`,
    `To: <sip:bob@biloxi.example.com>${parts.toTag ? `;tag=${parts.toTag}` : ''}`,
    `Call-ID: ${parts.callId ?? 'call-1@192.0.2.10'}`,
    `CSeq: ${parts.cseq}`,
    ...(parts.extra ?? []),
    'Content-Length: 0',
    '',
  ].join('\n');
}

export const invite = (parts: Partial<Parts> = {}) =>
  sip('INVITE sip:bob@biloxi.example.com SIP/2.0', { cseq: '1 INVITE', ...parts });

export const status = (line: string, parts: Partial<Parts> = {}) =>
  sip(`SIP/2.0 ${line}`, { cseq: '1 INVITE', ...parts });

export const method = (name: string, parts: Partial<Parts> = {}) =>
  sip(`${name} sip:bob@biloxi.example.com SIP/2.0`, { cseq: `1 ${name}`, ...parts });

/** The shape every finding must have, whatever its kind. */
export function assertWellFormed(found: readonly Diagnosis[], messageCount: number) {
  for (const diagnosis of found) {
    const at = JSON.stringify(diagnosis.kind);
    assert.match(diagnosis.kind, /^[a-z0-9-]+$/, at);
    assert.ok(['error', 'warning', 'info'].includes(diagnosis.severity), at);
    assert.ok(diagnosis.title.length > 0 && diagnosis.title.length < 120, at);
    assert.match(diagnosis.detail, /^[A-Z0-9]/, at);
    assert.ok(diagnosis.messages.length > 0, at);
    for (const index of diagnosis.messages)
      assert.ok(Number.isInteger(index) && index >= 0 && index < messageCount, at);
    assert.equal(new Set(diagnosis.messages).size, diagnosis.messages.length, at);
    assert.match(diagnosis.rule.section, /^\d+(\.\d+)*$/, at);
    assert.ok(
      existsSync(new URL(`../../../reference/rfc/rfc${diagnosis.rule.rfc}.txt`, import.meta.url)),
      `${at} cites RFC ${diagnosis.rule.rfc}, which reference/rfc lacks`,
    );
    assert.match(diagnosis.page, /^\/(?:\d{3}|guides\/[a-z-]+|causes\/\d+)\/$/, at);
  }
}
