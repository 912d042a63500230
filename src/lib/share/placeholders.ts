// Stand-ins for what a shared trace must not reveal. Each keeps what the explainer and a reader
// need: an address stays an address of the same class, a phone number keeps its length and its
// "+", a host stays a host name, a branch keeps RFC 3261's magic cookie (§8.1.1.7).

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

/** The four octets of a dotted-quad IPv4 address, or null. */
export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** The eight 16-bit groups of an IPv6 address in text form (RFC 4291 §2.2), or null. */
export function parseIpv6(text: string): number[] | null {
  if (!/^[0-9A-Fa-f:]+$/.test(text) || text.includes(':::')) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if ([...head, ...tail].some((group) => !/^[0-9A-Fa-f]{1,4}$/.test(group))) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map(
    (group) => parseInt(group, 16),
  );
}

type Ipv4Class = 'keep' | 'private' | 'shared' | 'link-local' | 'public';

/**
 * Which stand-ins an IPv4 address gets. Kept as they are: the unspecified address (0.0.0.0 in
 * SDP puts a stream on hold), loopback, multicast and broadcast, which name no one.
 */
export function ipv4Class([a, b]: number[]): Ipv4Class {
  if (a === 0 || a === 127 || a! >= 224) return 'keep';
  // RFC 1918 §3: 10/8, 172.16/12, 192.168/16.
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  // RFC 6598: 100.64.0.0/10, shared between a carrier's NAT and its subscribers.
  if (a === 100 && b! >= 64 && b! <= 127) return 'shared';
  if (a === 169 && b === 254) return 'link-local';
  return 'public';
}

type Ipv6Class = 'keep' | 'unique-local' | 'link-local' | 'public';

export function ipv6Class(groups: number[]): Ipv6Class {
  const first = groups[0]!;
  const zeroUpTo7 = groups.slice(0, 7).every((group) => group === 0);
  if (zeroUpTo7 && groups[7]! <= 1) return 'keep'; // :: and ::1
  if (first >= 0xff00) return 'keep'; // multicast
  if ((first & 0xfe00) === 0xfc00) return 'unique-local'; // RFC 4193: fc00::/7
  if ((first & 0xffc0) === 0xfe80) return 'link-local'; // RFC 4291 §2.5.6: fe80::/10
  return 'public';
}

const dotted = (prefix: string, n: number) => `${prefix}.${Math.floor(n / 254)}.${(n % 254) + 1}`;

/** The n-th stand-in (from 0) for an IPv4 address of a class. */
export function ipv4Placeholder(kind: Exclude<Ipv4Class, 'keep'>, n: number): string {
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
export function ipv6Placeholder(kind: Exclude<Ipv6Class, 'keep'>, n: number): string {
  const prefix = { 'unique-local': 'fd00', 'link-local': 'fe80', public: '2001:db8' }[kind];
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
