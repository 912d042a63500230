// Redaction before a trace is shared: addresses, numbers, names, hosts, tags, Call-IDs, branches,
// credentials and SDP secrets become stable stand-ins, and the trace stays one the explainer
// reads the same way: same messages, same participants, same transactions and dialogs.
//
// Decided here: the digest realm is replaced too (it names the operator's domain, RFC 3261
// §22.1 suggests the host name), as a host when it is a domain, as "realmN" otherwise.
// Kept: methods, header names, codes and reason phrases, User-Agent and Server (products and
// versions), codec names, times, ports, CSeq numbers and lengths; loopback, unspecified and
// multicast addresses; "Anonymous", "anonymous" and "anonymous.invalid" (RFC 3323 §4.1.1).
import { bodyBytes } from '../sip-message.ts';
import { findMessages, type FoundMessage } from '../trace/find.ts';
import { collectValues } from './collect.ts';
import type { ReplacementKind } from './placeholders.ts';
import { Replacer } from './replace.ts';
import { Vault, type Replacement } from './vault.ts';

export type { Replacement } from './vault.ts';
export type { ReplacementKind } from './placeholders.ts';

export interface Redaction {
  text: string;
  /** Each value replaced, in the order of KIND_ORDER and then of first appearance. */
  replacements: Replacement[];
}

/** The kinds in the order a preview lists them, with their names for one and for several. */
export const REPLACEMENT_KINDS: Record<ReplacementKind, [one: string, several: string]> = {
  'ip-address': ['IP address', 'IP addresses'],
  'phone-number': ['phone number', 'phone numbers'],
  user: ['user name', 'user names'],
  'display-name': ['display name', 'display names'],
  host: ['host name', 'host names'],
  'call-id': ['Call-ID', 'Call-IDs'],
  tag: ['tag', 'tags'],
  branch: ['branch', 'branches'],
  credential: ['authentication value', 'authentication values'],
  'sdp-secret': ['SDP key or ICE credential', 'SDP keys and ICE credentials'],
  identifier: ['device or network identifier', 'device and network identifiers'],
};

const KIND_ORDER = Object.keys(REPLACEMENT_KINDS) as ReplacementKind[];

/** "12 IP addresses, 4 phone numbers, 1 tag": how many distinct values of each kind. */
export function describeReplacements(replacements: readonly Replacement[]): string {
  return KIND_ORDER.map((kind) => {
    const count = replacements.filter((item) => item.kind === kind).length;
    const [one, several] = REPLACEMENT_KINDS[kind];
    return count === 0 ? '' : `${count} ${count === 1 ? one : several}`;
  })
    .filter(Boolean)
    .join(', ');
}

const CONTENT_LENGTH = /(^|\s)((?:content-length|l)[ \t]*:[ \t]*)(\d+)/i;

/**
 * Keeps each Content-Length true to its body: a stand-in longer or shorter than the value it
 * replaces would otherwise make the explainer read the body short or long, and report a length
 * that the original did not have. The length moves by as many bytes as the body did.
 */
function lengthChanges(found: readonly FoundMessage[], replacer: Replacer): Map<number, number> {
  const changes = new Map<number, number>();
  for (const item of found) {
    const body = item.message.body;
    if (body === '') continue;
    const change = bodyBytes(replacer.text(body)) - bodyBytes(body);
    if (change !== 0) changes.set(item.line - 1, change);
  }
  return changes;
}

export function redactTrace(text: string): Redaction {
  const found = findMessages(text).messages;
  const vault = new Vault(text);
  collectValues(vault, text, found);
  const replacer = new Replacer(vault);
  const changes = lengthChanges(found, replacer);
  const starts = found.map((item) => item.line - 1);

  const parts = text.split(/(\r\n|\r|\n)/);
  let message = -1;
  let pending = 0;
  for (let index = 0; index < parts.length; index += 2) {
    const line = index / 2;
    if (message + 1 < starts.length && starts[message + 1] === line) {
      message++;
      pending = changes.get(line) ?? 0;
    }
    let part = parts[index]!;
    if (pending !== 0 && line !== starts[message]) {
      const declared = CONTENT_LENGTH.exec(part);
      if (declared) {
        const at = declared.index + declared[1]!.length + declared[2]!.length;
        const length = String(Math.max(0, Number(declared[3]) + pending));
        part = part.slice(0, at) + length + part.slice(at + declared[3]!.length);
        pending = 0;
      }
    }
    parts[index] = replacer.line(part, true);
  }

  const replacements = vault
    .all()
    .filter((entry) => entry.primary === null && entry.count > 0)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.first! - b.first!)
    .map(({ kind, original, placeholder, count }) => ({ kind, original, placeholder, count }));
  return { text: parts.join(''), replacements };
}
