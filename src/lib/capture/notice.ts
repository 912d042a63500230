// What the page says about a capture as a whole: how much SIP was found, and what could not be
// read and why (TLS and SRTP are encrypted; RTP is media; a cut or truncated file loses data).
import type { CaptureStats } from './read.ts';

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export function captureNotes(stats: CaptureStats, messages: number, calls: number): string[] {
  const notes: string[] = [
    `${stats.format === 'pcap' ? 'pcap' : 'pcapng'} capture: ${plural(stats.packets, 'packet')}, ${plural(messages, 'SIP message')} in ${plural(calls, 'call')} (by Call-ID).`,
  ];
  if (stats.tls > 0)
    notes.push(
      `${plural(stats.tls, 'packet')} of TLS could not be read: SIP over TLS is encrypted, and a capture holds no keys. Capture it before encryption (on the server, or with a HEP agent) to see it.`,
    );
  if (stats.rtp > 0)
    notes.push(
      stats.srtp
        ? `${plural(stats.rtp, 'packet')} of media were counted and not read: the calls offer SRTP, which is encrypted and cannot be read.`
        : `${plural(stats.rtp, 'packet')} of RTP or RTCP (media) were counted and not read.`,
    );
  if (stats.cut > 0)
    notes.push(
      `${plural(stats.cut, 'packet')} were cut short by the capture’s snapshot length: a message in them may lack its end. Capture with -s 0 to keep whole packets.`,
    );
  if (stats.truncated)
    notes.push(
      'The file ends in the middle of a packet: it was cut short, and the last packet is left out.',
    );
  if (stats.tcpGaps > 0)
    notes.push(
      `${plural(stats.tcpGaps, 'gap')} in TCP streams: the capture missed segments, and a message in them may be lost.`,
    );
  return notes;
}

/** Said instead of a call list when a capture holds no SIP at all. */
export function noSipNotice(stats: CaptureStats): string {
  const what = [
    stats.tls > 0 && `${plural(stats.tls, 'packet')} of TLS, which is encrypted`,
    stats.rtp > 0 && `${plural(stats.rtp, 'packet')} of RTP`,
    stats.notIp > 0 && `${plural(stats.notIp, 'packet')} that are not IP`,
  ].filter(Boolean);
  return `No SIP message in this capture (${plural(stats.packets, 'packet')}${what.length > 0 ? `, among them ${what.join(', ')}` : ''}).`;
}
