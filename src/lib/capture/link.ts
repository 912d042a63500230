// The link layer: from a packet's bytes to the IP packet it carries, for the link types SIP
// captures come in. Returns null for anything else (ARP, other protocols, unknown link types).

export const LINKTYPE = {
  NULL: 0,
  ETHERNET: 1,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
/** 802.1Q, 802.1ad and the older QinQ tag: four bytes each, before the real EtherType. */
const VLAN_TAGS = new Set([0x8100, 0x88a8, 0x9100]);
/** BSD loopback address families for IPv6 differ by system (NetBSD, FreeBSD, macOS). */
const AF_INET6 = new Set([24, 28, 30]);

const be16 = (data: Uint8Array, at: number) => (data[at]! << 8) | data[at + 1]!;

/** The IP packet inside a frame, or null. Some systems write 12 or 14 for raw IP. */
export function ipPayload(linkType: number, data: Uint8Array): Uint8Array | null {
  switch (linkType) {
    case LINKTYPE.ETHERNET: {
      let at = 12;
      while (at + 2 <= data.length && VLAN_TAGS.has(be16(data, at))) at += 4;
      if (at + 2 > data.length) return null;
      const type = be16(data, at);
      return type === ETHERTYPE_IPV4 || type === ETHERTYPE_IPV6 ? data.subarray(at + 2) : null;
    }
    case LINKTYPE.LINUX_SLL: {
      if (data.length < 16) return null;
      const type = be16(data, 14);
      return type === ETHERTYPE_IPV4 || type === ETHERTYPE_IPV6 ? data.subarray(16) : null;
    }
    case LINKTYPE.LINUX_SLL2: {
      if (data.length < 20) return null;
      const type = be16(data, 0);
      return type === ETHERTYPE_IPV4 || type === ETHERTYPE_IPV6 ? data.subarray(20) : null;
    }
    case LINKTYPE.NULL:
    case LINKTYPE.LOOP: {
      if (data.length < 4) return null;
      // DLT_NULL stores the family in the writer's byte order; DLT_LOOP in network order.
      const family =
        linkType === LINKTYPE.LOOP ? be16(data, 2) : data[0] !== 0 ? data[0]! : data[3]!;
      return family === 2 || AF_INET6.has(family) ? data.subarray(4) : null;
    }
    case LINKTYPE.RAW:
    case LINKTYPE.IPV4:
    case LINKTYPE.IPV6:
    case 12:
    case 14:
      return data;
    default:
      return null;
  }
}
