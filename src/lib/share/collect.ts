// Finds what a trace must not reveal, before anything is replaced, so that a value is known
// wherever it occurs: in the messages (read by the one SIP parser), in the log lines around them
// and in free text. Addresses, URIs and wrapper lines are read from the raw text; tags, Call-IDs,
// branches, credentials and SDP secrets from the parsed messages.
import {
  canonicalName,
  parseParams,
  splitOutside,
  unquote,
  type SipMessage,
} from '../sip-message.ts';
import { viaSentBy } from '../trace/addresses.ts';
import type { FoundMessage } from '../trace/find.ts';
import { readWrapperLine, type Endpoint } from '../trace/wrappers.ts';
import { ipv4Bytes } from '../ip-address.ts';
import { looksLikeNumber, Vault, type Entry } from './vault.ts';

const IPV4 = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\d+\.)/g;
const IPV6 = /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:]|\.\d)/g;
// Bounded repeats: a pasted line can be megabytes long.
const SIP_URI =
  /(?<![A-Za-z0-9+.-])sips?:(?:([^\s@<>"'[\]:;?,]{1,128}(?:;[^\s@<>"'[\]:?,]{0,64}){0,8})(?::[^\s@<>"']{0,128})?@)?(\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9][A-Za-z0-9.-]{0,253})/gi;
const TEL_URI = /(?<![A-Za-z0-9+.-])tel:(\+?[\d*#().-]{0,40}\d[\d*#().-]{0,40})/gi;
const HTTP_URL =
  /\bhttps?:\/\/(?:[^\s@/]{1,128}@)?(\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9][A-Za-z0-9.-]{0,253})/gi;
const UUID =
  /\burn:uuid:([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})/g;
// "… destroying sip dialog with call-id t6igare2t188…": a Call-ID named in a log sentence.
const CALL_ID_IN_LOG = /\bcall-?id\b(?![ \t]*:)[ \t=]*['"]?([^\s'",;]{2,})/gi;
// Header fields outside the messages found: a paste that starts in the middle of a message.
const TAG_PARAM = /[;?&](?:to-|from-|local-|remote-)?tag=([^;,>\s"?&]+)/gi;
const BRANCH_PARAM = /;branch=([^;,>\s"]+)/gi;
const CALL_ID_LINE = /^\s*(?:call-id|i)[ \t]*:[ \t]*(\S+)/i;
const DIGEST_PARAM =
  /\b(username|realm|nonce|cnonce|response|opaque|nextnonce|rspauth)="([^"]+)"/gi;
// User-Agent and Server carry product names and versions ("Yealink SIP-T46G 28.81.0.25").
const PRODUCT_LINE = /(?:^|\s)(?:User-Agent|Server)[ \t]*:/i;

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** The host of "host", "host:port", "[v6]:port" or a bare IPv6 address. */
export function hostOf(address: string): string {
  const trimmed = address.trim();
  if (trimmed.startsWith('[')) return trimmed.slice(1, trimmed.indexOf(']'));
  if ((trimmed.match(/:/g) ?? []).length > 1) return trimmed;
  return trimmed.replace(/:\d*$/, '');
}

function callId(vault: Vault, value: string): Entry | null {
  const at = value.lastIndexOf('@');
  const right = at > 0 ? value.slice(at + 1) : '';
  const host = right ? vault.host(right) : null;
  const kept = right && ipv4Bytes(right) && !host;
  const suffix = host ? `@${host.placeholder}` : kept ? `@${right}` : '';
  return vault.add('call-id', value, (n) => `call${n + 1}${suffix}`);
}

const tag = (vault: Vault, value: string | undefined) =>
  value && vault.add('tag', value, (n) => `tag${n + 1}`);

/** A dialog named by Call-ID and tags: Replaces, Join, Target-Dialog (RFC 3891, 3911, 4538). */
function dialogId(vault: Vault, value: string) {
  const { value: id, params } = parseParams(value);
  if (id) callId(vault, id);
  for (const name of ['to-tag', 'from-tag', 'local-tag', 'remote-tag']) tag(vault, params[name]);
}

function readRaw(vault: Vault, text: string) {
  for (const line of text.split(/\r\n|\r|\n/)) {
    // Each pattern only where its mark is: a trace has tens of thousands of lines.
    const lower = line.toLowerCase();
    if (!PRODUCT_LINE.test(line)) {
      if (/\d\.\d/.test(line)) for (const [ip] of line.matchAll(IPV4)) vault.ip(ip);
      if (/[0-9a-f]?::?[0-9a-f]/.test(lower)) for (const [ip] of line.matchAll(IPV6)) vault.ip(ip);
    }
    if (lower.includes('sip')) {
      for (const [, user, host] of line.matchAll(SIP_URI)) {
        if (user && !/^anonymous$/i.test(user)) vault.user(decode(user.split(';')[0]!));
        vault.host(host!);
      }
    }
    if (lower.includes('tel:'))
      for (const [, number] of line.matchAll(TEL_URI)) vault.phone(number!);
    if (lower.includes('http')) for (const [, host] of line.matchAll(HTTP_URL)) vault.host(host!);
    if (lower.includes('urn:uuid:'))
      for (const [, uuid] of line.matchAll(UUID))
        vault.add(
          'identifier',
          uuid!,
          (n) => `00000000-0000-4000-8000-${String(n + 1).padStart(12, '0')}`,
          {
            caseless: true,
          },
        );
    if (/call-?id/.test(lower))
      for (const [, id] of line.matchAll(CALL_ID_IN_LOG))
        callId(vault, id!.replace(/[.,;:)\]]+$/, ''));
    // ngrep ends each line with a dot for the carriage return.
    const value = (raw: string) => (line.endsWith(raw) ? raw.replace(/\.$/, '') : raw);
    if (lower.includes('tag='))
      for (const [, id] of line.matchAll(TAG_PARAM)) tag(vault, value(id!));
    if (lower.includes('branch='))
      for (const [, id] of line.matchAll(BRANCH_PARAM)) branch(vault, value(id!));
    const id = CALL_ID_LINE.exec(line)?.[1];
    if (id) callId(vault, value(id));
    if (line.includes('="'))
      for (const [, name, param] of line.matchAll(DIGEST_PARAM)) credential(vault, name!, param!);
    const wrapper = readWrapperLine(line);
    for (const end of [wrapper?.source, wrapper?.destination] as (Endpoint | undefined)[])
      if (end && 'address' in end) vault.host(hostOf(end.address));
  }
}

/** name=value pairs of an authentication header (RFC 3261 §25.1, digest-response). */
function credentials(vault: Vault, value: string) {
  for (const [, rawName, rawValue] of value.matchAll(
    /([A-Za-z-]+)[ \t]*=[ \t]*("(?:[^"\\]|\\.)*"?|[^\s,]+)/g,
  )) {
    const param = rawValue!.startsWith('"') ? unquote(rawValue!).replace(/^"/, '') : rawValue!;
    credential(vault, rawName!, param);
  }
}

function credential(vault: Vault, rawName: string, param: string) {
  const name = rawName.toLowerCase();
  if (name === 'username') vault.user(param);
  else if (name === 'realm' && param.includes('.')) vault.host(param);
  else if (/^(?:realm|nonce|cnonce|response|opaque|nextnonce|rspauth)$/.test(name))
    vault.add('credential', param, (n) => `${name}${n + 1}`, { counter: name });
}

function branch(vault: Vault, value: string) {
  vault.add('branch', value, (n) =>
    value.startsWith('z9hG4bK') ? `z9hG4bK-branch${n + 1}` : `branch${n + 1}`,
  );
}

function readHeader(vault: Vault, name: string, value: string) {
  switch (canonicalName(name)) {
    case 'call-id':
      callId(vault, value.trim());
      break;
    case 'in-reply-to':
      for (const id of splitOutside(value, ',')) callId(vault, id);
      break;
    case 'replaces':
    case 'join':
    case 'target-dialog':
      dialogId(vault, value);
      break;
    case 'via':
      for (const via of splitOutside(value, ',')) {
        const { params } = parseParams(via);
        if (params['branch']) branch(vault, params['branch']);
        const sentBy = viaSentBy(via);
        if (sentBy) vault.host(hostOf(sentBy));
        for (const key of ['received', 'maddr']) if (params[key]) vault.host(params[key]);
      }
      break;
    case 'authorization':
    case 'proxy-authorization':
    case 'www-authenticate':
    case 'proxy-authenticate':
    case 'authentication-info':
    case 'proxy-authentication-info':
      credentials(vault, value);
      break;
    case 'identity': {
      // RFC 8224 §4: a signed PASSporT, whose payload names both parties' numbers.
      const digest = parseParams(value).value;
      if (digest.length >= 16) vault.add('credential', digest, (n) => `identity${n + 1}`);
      break;
    }
    case 'warning':
      // RFC 3261 §20.43: a code, then the host that added the warning.
      for (const warning of splitOutside(value, ',')) {
        const agent = /^\s*\d{3}\s+(\S+)/.exec(warning)?.[1];
        if (agent) vault.host(hostOf(agent));
      }
      break;
    case 'p-charging-vector':
    case 'p-access-network-info': {
      const { params } = parseParams(value);
      for (const key of ['icid-value', 'utran-cell-id-3gpp', 'cgi-3gpp', 'i-wlan-node-id'])
        if (params[key]) vault.add('identifier', params[key], (n) => `id${n + 1}`);
    }
  }
  for (const part of splitOutside(value, ',')) {
    const nameAddr = /^\s*("(?:[^"\\]|\\.)*"|[^<"]*?)\s*<([^>]*)>/.exec(part);
    if (nameAddr) {
      const display = unquote(nameAddr[1]!).trim();
      // RFC 3323 §4.1.1.1: "Anonymous" says the caller withholds a name.
      if (looksLikeNumber(display)) vault.phone(display);
      else if (display && !/^anonymous$/i.test(display))
        vault.add('display-name', display, (n) => `Name${n + 1}`);
      const embedded = /[?&]replaces=([^&]+)/i.exec(nameAddr[2]!);
      if (embedded) dialogId(vault, decode(embedded[1]!));
    }
    const { params } = parseParams(part.replace(/^[^<]*<[^>]*>/, 'x'));
    if (/^(?:from|to)$/.test(canonicalName(name))) tag(vault, params['tag']);
  }
}

/** SDP keys and ICE credentials (RFC 4568 §6.1, RFC 8839 §5.4, RFC 8122 §5), host names. */
function readBody(vault: Vault, body: string) {
  for (const line of body.split('\n')) {
    const secret = (value: string | undefined, label: string) =>
      value && vault.add('sdp-secret', value, (n) => `${label}${n + 1}`, { counter: label });
    for (const [, key] of line.matchAll(/inline:([^|;\s]+)/g)) secret(key, 'key');
    secret(/^a=ice-ufrag:(\S+)/.exec(line)?.[1], 'ufrag');
    secret(/^a=ice-pwd:(\S+)/.exec(line)?.[1], 'icepwd');
    secret(/^k=(\S+)/.exec(line)?.[1], 'key');
    secret(/^a=key-mgmt:\S+\s+(\S+)/.exec(line)?.[1], 'key');
    const fingerprint = /^a=fingerprint:\S+\s+([0-9A-Fa-f:]+)/.exec(line)?.[1];
    if (fingerprint) {
      // Same shape: hex pairs joined by colons, all zero but for a count at the end.
      const pairs = fingerprint.split(':').length;
      vault.add(
        'sdp-secret',
        fingerprint,
        (n) =>
          [
            ...Array<string>(pairs - 1).fill('00'),
            (n + 1).toString(16).toUpperCase().padStart(2, '0'),
          ].join(':'),
        { counter: 'fingerprint' },
      );
    }
    // RFC 4566 §5.2: the origin names the user's login on the sending host, or "-".
    const login = /^o=(\S+)\s/.exec(line)?.[1];
    if (login && login !== '-') {
      const at = login.lastIndexOf('@');
      if (at > 0) {
        vault.user(login.slice(0, at));
        vault.host(login.slice(at + 1));
      } else vault.user(login);
    }
    const address = /^[co]=.*\bIN\s+IP[46]\s+([^\s/]+)/.exec(line)?.[1];
    if (address) vault.host(address);
    const candidate = /^a=candidate:\S+\s+\d+\s+\S+\s+\d+\s+(\S+)/.exec(line)?.[1];
    if (candidate) vault.host(candidate);
  }
}

export function collectValues(vault: Vault, text: string, found: readonly FoundMessage[]): void {
  readRaw(vault, text);
  for (const { message } of found) readMessage(vault, message);
}

function readMessage(vault: Vault, message: SipMessage) {
  for (const { name, value } of message.headers) readHeader(vault, name, value);
  readBody(vault, message.body);
}
