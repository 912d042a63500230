// The values a trace must not reveal, each with its one stand-in: the same value gets the same
// stand-in wherever it occurs, and no stand-in is a value the trace already holds, so no two
// values merge and a search for an original never finds a stand-in instead.
import {
  digitsOf,
  ipv4Placeholder,
  ipv6Placeholder,
  KEPT_SCOPES,
  phoneDigits,
  withDigits,
  type ReplacementKind,
} from './placeholders.ts';
import { addressScope, ipv4Bytes, ipv6Groups } from '../ip-address.ts';

export interface Replacement {
  kind: ReplacementKind;
  original: string;
  placeholder: string;
  /** How many times it was replaced. */
  count: number;
}

export interface Entry extends Replacement {
  /** Matched whatever the case: host names (RFC 3261 §19.1.4) and IPv6 hex digits. */
  caseless: boolean;
  /** Another spelling of a value (URL-escaped, digits only) counts towards the value itself. */
  primary: Entry | null;
  /** Order of the first replacement, for listing values as a reader meets them. */
  first?: number;
}

/** Words of SIP and SDP syntax: never taken for a value, whatever field they turn up in. */
const SYNTAX = new Set(
  (
    'sip sips tel urn http https invite ack bye cancel register options prack subscribe notify ' +
    'publish info refer message update udp tcp tls sctp ws wss transport user phone lr tag ' +
    'branch received rport maddr ttl expires method in ip4 ip6 rtp avp savp savpf audio video ' +
    'digest md5 auth sha-256 realm nonce anonymous unknown sip/2.0 null none true false'
  ).split(' '),
);

/** Digits with a "+" and punctuation, or masked with X ("+1405XXXXXXX"), three digits or more. */
export const looksLikeNumber = (value: string) =>
  /^\+?[\d\s().xX*#-]+$/.test(value) && digitsOf(value).length >= 3;

export class Vault {
  private readonly exact = new Map<string, Entry>();
  private readonly caseless = new Map<string, Entry>();
  private readonly counters = new Map<string, number>();
  private readonly phones = new Map<string, Entry>();
  private readonly taken = new Set<string>();
  private readonly ipv6 = new Map<string, Entry>();

  constructor(source: string) {
    // Every token of the source, so that no stand-in repeats something left in the text.
    for (const token of source.toLowerCase().split(/[^a-z0-9.:_+-]+/)) {
      for (const part of [token, ...token.split(/[:+]/)]) {
        const trimmed = part.replace(/^[.-]+|[.-]+$/g, '');
        if (trimmed) this.taken.add(trimmed);
      }
    }
  }

  lookup(value: string): Entry | undefined {
    return this.exact.get(value) ?? this.caseless.get(value.toLowerCase());
  }

  all(): Entry[] {
    return [...this.exact.values(), ...this.caseless.values()];
  }

  /** Whether a value is worth hiding: long enough to mean something, and not SIP syntax. */
  static worthHiding(value: string): boolean {
    return value.length >= 2 && /[A-Za-z0-9]/.test(value) && !SYNTAX.has(value.toLowerCase());
  }

  private fresh(counter: string, make: (n: number) => string): string {
    for (let n = this.counters.get(counter) ?? 0; ; n++) {
      const candidate = make(n);
      if (!this.taken.has(candidate.toLowerCase())) {
        this.counters.set(counter, n + 1);
        this.taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  }

  private store(entry: Entry): Entry {
    if (entry.caseless) this.caseless.set(entry.original.toLowerCase(), entry);
    else this.exact.set(entry.original, entry);
    return entry;
  }

  /** The entry for a value, made with a stand-in from make(n) on first sight. */
  add(
    kind: ReplacementKind,
    value: string,
    make: (n: number) => string,
    options: { caseless?: boolean; counter?: string } = {},
  ): Entry | null {
    if (!Vault.worthHiding(value)) return null;
    const known = this.lookup(value);
    if (known) return known.primary ?? known;
    return this.create(kind, value, this.fresh(options.counter ?? kind, make), options.caseless);
  }

  private create(kind: ReplacementKind, value: string, placeholder: string, caseless = false) {
    const entry = this.store({
      kind,
      original: value,
      placeholder,
      count: 0,
      caseless,
      primary: null,
    });
    this.alias(entry, encodeURIComponent(value), encodeURIComponent(placeholder));
    return entry;
  }

  /** Another spelling of a value already held, replaced by the matching spelling of its stand-in. */
  alias(primary: Entry, value: string, placeholder: string): void {
    if (value === primary.original || this.lookup(value)) return;
    this.store({ ...primary, original: value, placeholder, count: 0, primary });
  }

  ip(value: string): Entry | null {
    const kind = addressScope(value);
    if (kind === null || KEPT_SCOPES.has(kind)) return null;
    if (ipv4Bytes(value))
      return this.add('ip-address', value, (n) => ipv4Placeholder(kind, n), { counter: kind });
    const v6 = ipv6Groups(value);
    if (!v6) return null;
    // One stand-in per address, however it is written ("2001:DB8:0::1" and "2001:db8::1").
    const canonical = v6.map((group) => group.toString(16)).join(':');
    const same = this.ipv6.get(canonical);
    if (same) {
      this.alias(same, value, same.placeholder);
      return same;
    }
    const entry = this.add('ip-address', value, (n) => ipv6Placeholder(kind, n), {
      caseless: true,
      counter: `v6-${kind}`,
    });
    if (entry) this.ipv6.set(canonical, entry);
    return entry;
  }

  host(value: string): Entry | null {
    const host = value.replace(/^\[|\]$/g, '').replace(/\.$/, '');
    if (ipv4Bytes(host) || (host.includes(':') && ipv6Groups(host))) return this.ip(host);
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(host)) return null;
    // RFC 3323 §4.1.1.3: "anonymous.invalid" says the sender withholds its identity, and
    // "localhost" names no one.
    if (/^(?:anonymous\.invalid|localhost)$/i.test(host)) return null;
    // RFC 2606 §2 and RFC 6761 §6.4: ".invalid" never resolves.
    // Host names match whatever their case (RFC 3261 §19.1.4); a single label such as
    // "asterisk" only as written, so that "Server: Asterisk PBX" keeps its product name.
    return this.add('host', host, (n) => `host${n + 1}.invalid`, { caseless: host.includes('.') });
  }

  /** A telephone number: same length, same punctuation, a leading "+" kept. */
  phone(value: string): Entry | null {
    const literal = value.replace(/^\+/, '');
    const known = this.lookup(literal);
    if (known) return known.primary ?? known;
    const digits = digitsOf(literal);
    if (digits.length < 2 || !Vault.worthHiding(literal)) return null;
    // "+49 30 555123456" in a display name and "+4930555123456" in the URI are one number.
    const key = literal.replace(/[\s().-]/g, '');
    const same = this.phones.get(key);
    if (same) {
      this.alias(same, literal, withDigits(literal, digitsOf(same.placeholder)));
      return same;
    }
    const sequence = this.fresh(`phone-${digits.length}`, (n) => phoneDigits(digits.length, n));
    const entry = this.create('phone-number', literal, withDigits(literal, sequence));
    this.phones.set(key, entry);
    // Logs and dissectors also write the number as bare digits ("E.164 number: 15125550100").
    if (/^[\d\s().-]+$/.test(literal) && digits.length >= 6) this.alias(entry, digits, sequence);
    return entry;
  }

  /** A user part or user name: a number is a phone number, anything else a user. */
  user(value: string): Entry | null {
    if (looksLikeNumber(value)) return this.phone(value);
    return this.add('user', value, (n) => `user${n + 1}`);
  }
}
