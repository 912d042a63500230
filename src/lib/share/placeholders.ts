// Stand-ins for what a shared trace must not reveal. Each keeps what the explainer and a reader
// need: an address stays an address of the same class, a phone number keeps its length and its
// "+", a host stays a host name, a branch keeps RFC 3261's magic cookie (§8.1.1.7).

import type { AddressScope } from '../ip-address.ts';

export type ReplacementKind =
  | 'ip-address'
  | 'phone-number'
  | 'user'
  | 'display-name'
  | 'host'
  | 'tag'
  | 'call-id'
  | 'branch'
  | 'credential'
  | 'sdp-secret'
  | 'identifier';

/**
 * Addresses kept as they are: the unspecified address (0.0.0.0 in SDP puts a stream on hold),
 * loopback, multicast and reserved addresses name no one. Every other address gets a stand-in of
 * its own scope (src/lib/ip-address.ts), so a private address stays private.
 */
export const KEPT_SCOPES: ReadonlySet<AddressScope> = new Set([
  'unspecified',
  'loopback',
  'multicast',
  'reserved',
]);

const dotted = (prefix: string, n: number) => `${prefix}.${Math.floor(n / 254)}.${(n % 254) + 1}`;

/** The n-th stand-in (from 0) for an IPv4 address of a class. */
export function ipv4Placeholder(kind: AddressScope, n: number): string {
  switch (kind) {
    case 'private':
      return dotted('10.0', n);
    case 'shared':
      return dotted('100.64', n);
    case 'link-local':
      return dotted('169.254', n + 254);
    default: {
      // RFC 5737 §3 reserves three /24 blocks for documentation; past them, RFC 2544's
      // 198.18.0.0/15, which is kept off the public Internet for benchmarks.
      const blocks = ['203.0.113', '198.51.100', '192.0.2'];
      if (n < 254 * blocks.length) return `${blocks[Math.floor(n / 254)]}.${(n % 254) + 1}`;
      return dotted('198.18', n - 254 * blocks.length);
    }
  }
}

/** The n-th stand-in (from 0) for an IPv6 address of a class. */
export function ipv6Placeholder(kind: AddressScope, n: number): string {
  const prefix = kind === 'unique-local' ? 'fd00' : kind === 'link-local' ? 'fe80' : '2001:db8';
  return `${prefix}::${(n + 1).toString(16)}`;
}

/**
 * The n-th digit sequence (from 0) of a given length for a phone number: "555" and zeros, then
 * the count, so that stand-ins are told apart at a glance and sort in order of appearance.
 */
export function phoneDigits(length: number, n: number): string {
  const count = String(n + 1);
  const width = Math.min(length, Math.max(4, count.length));
  const prefix = `555${'0'.repeat(length)}`.slice(0, length - width);
  return prefix + count.padStart(width, '0').slice(-width);
}

/** Puts new digits in the places of the old ones: "+1 (405) 555-0100" keeps its punctuation. */
export function withDigits(shape: string, digits: string): string {
  let at = 0;
  return shape.replace(/\d/g, () => digits[at++] ?? '0');
}

export const digitsOf = (value: string) => value.replace(/\D/g, '');
