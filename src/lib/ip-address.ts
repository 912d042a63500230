// What kind of address an IP literal is, for telling a private network from the public Internet:
// RFC 1918 §3 (10/8, 172.16/12, 192.168/16), RFC 6598 §7 (shared space for carrier-grade NAT,
// 100.64/10) and RFC 4193 §3.1 (unique local IPv6, fc00::/7) are not routed on the Internet.
// Documentation prefixes (192.0.2/24 and the like) count as public: examples and the project's
// own test traces stand them in for public addresses.

export type AddressScope =
  | 'private'
  | 'shared'
  | 'unique-local'
  | 'loopback'
  | 'link-local'
  | 'unspecified'
  | 'multicast'
  | 'reserved'
  | 'public';

/** The four bytes of a dotted IPv4 address, or null. */
export function ipv4Bytes(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const bytes = parts.map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

/** The eight 16-bit groups of an IPv6 address (with "::" and a dotted tail), or null. */
export function ipv6Groups(text: string): number[] | null {
  let address = text.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) {
    const bytes = ipv4Bytes(dotted[1]!);
    if (!bytes) return null;
    const tail = `${((bytes[0]! << 8) | bytes[1]!).toString(16)}:${((bytes[2]! << 8) | bytes[3]!).toString(16)}`;
    address = address.slice(0, -dotted[1]!.length) + tail;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  return all.map((group) => parseInt(group, 16));
}

function ipv4Scope([a, b]: number[]): AddressScope {
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b! >= 64 && b! <= 127) return 'shared';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 0) return 'unspecified';
  if (a! >= 224 && a! <= 239) return 'multicast';
  // 240/4, the limited broadcast address 255.255.255.255 included, is reserved (RFC 6890).
  if (a! >= 240) return 'reserved';
  return 'public';
}

/**
 * The scope of an IP literal ("192.168.1.5", "[fd00::1]", "::ffff:10.0.0.1"), or null when the
 * text is not one (a host name, garbage).
 */
export function addressScope(text: string): AddressScope | null {
  const address = text.trim().replace(/^\[|\]$/g, '');
  const v4 = ipv4Bytes(address);
  if (v4) return ipv4Scope(v4);
  if (!address.includes(':')) return null;
  const groups = ipv6Groups(address);
  if (!groups) return null;
  const [first] = groups as [number];
  // An IPv4-mapped address (::ffff:a.b.c.d) is the IPv4 address it carries.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return ipv4Scope([groups[6]! >> 8, groups[6]! & 0xff]);
  if (groups.every((g) => g === 0)) return 'unspecified';
  if (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1) return 'loopback';
  if ((first & 0xfe00) === 0xfc00) return 'unique-local';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

/** The ranges the public Internet does not route, with the RFC section that sets each aside. */
export const NOT_ROUTED: Partial<Record<AddressScope, { label: string; rfc: string }>> = {
  private: { label: 'a private address (RFC 1918)', rfc: 'RFC 1918 §3' },
  shared: { label: 'a carrier-grade NAT address (RFC 6598)', rfc: 'RFC 6598 §7' },
  'unique-local': { label: 'a unique local IPv6 address (RFC 4193)', rfc: 'RFC 4193 §3.1' },
};

/** Whether an address belongs to a range of NOT_ROUTED. */
export function isNotRouted(text: string): boolean {
  const scope = addressScope(text);
  return scope !== null && scope in NOT_ROUTED;
}

/** Whether an address is a public one: an IP literal outside every special range. */
export function isPublicAddress(text: string): boolean {
  return addressScope(text) === 'public';
}

/** The host part of "host", "host:port", "[v6]:port" or a bare IPv6 address. */
export function hostOf(hostPort: string): string {
  const text = hostPort.trim();
  const bracketed = /^\[([^\]]+)\]/.exec(text);
  if (bracketed) return bracketed[1]!;
  // More than one colon and no brackets: a bare IPv6 address.
  if ((text.match(/:/g) ?? []).length > 1) return text;
  return text.replace(/:\d+$/, '');
}
