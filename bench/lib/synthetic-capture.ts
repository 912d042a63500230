// The benchmark's large capture: calls of five SIP messages each (INVITE, 100, 180, 200, ACK)
// between phones and a proxy over UDP, with RTP packets between them as a real capture has, to
// a given size. The same file on every run.
import {
  concat,
  ethernet,
  ipv4Packet,
  pcapFile,
  sip,
  udp,
  type PacketSpec,
} from './capture-bytes.ts';

const encoder = new TextEncoder();
const T0 = Date.UTC(2026, 0, 1) * 1000;

function callMessages(index: number): string[] {
  const callId = `${index.toString(16).padStart(8, '0')}-bench@10.1.0.1`;
  const from = `"Phone ${index}" <sip:${1000 + (index % 9000)}@example.com>;tag=f${index}`;
  const to = `<sip:${2000 + (index % 7000)}@example.com>`;
  const via = `SIP/2.0/UDP 10.1.${index % 250}.1:5060;branch=z9hG4bK${index}x`;
  const base = { Via: via, From: from, To: to, 'Call-ID': callId };
  const sdp = `v=0\r\no=- ${index} 1 IN IP4 10.1.0.1\r\ns=-\r\nc=IN IP4 10.1.0.1\r\nt=0 0\r\nm=audio ${10000 + (index % 5000) * 2} RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\n`;
  const answer = { ...base, To: `${to};tag=t${index}`, CSeq: '1 INVITE' };
  return [
    sip(
      `INVITE sip:${2000 + (index % 7000)}@example.com SIP/2.0`,
      {
        ...base,
        CSeq: '1 INVITE',
        Contact: '<sip:phone@10.1.0.1:5060>',
        'Max-Forwards': '70',
        'User-Agent': 'bench-phone/1.0',
        'Content-Type': 'application/sdp',
      },
      sdp,
    ),
    sip('SIP/2.0 100 Trying', { ...base, CSeq: '1 INVITE' }),
    sip('SIP/2.0 180 Ringing', answer),
    sip('SIP/2.0 200 OK', { ...answer, 'Content-Type': 'application/sdp' }, sdp),
    sip(`ACK sip:${2000 + (index % 7000)}@10.1.0.2 SIP/2.0`, { ...base, CSeq: '1 ACK' }),
  ];
}

/** A pcap of `messages` SIP messages (a multiple of five), filled with RTP to `bytes`. */
export function syntheticCapture(messages: number, bytes: number): Uint8Array {
  const packets: PacketSpec[] = [];
  let time = T0;
  const sipPackets: Uint8Array[] = [];
  for (let call = 0; call < messages / 5; call++)
    callMessages(call).forEach((text, at) => {
      const [from, to] = at % 2 === 0 ? ['10.1.0.1', '10.1.0.2'] : ['10.1.0.2', '10.1.0.1'];
      sipPackets.push(ethernet(ipv4Packet(from, to, 17, udp(5060, 5060, encoder.encode(text)))));
    });
  const sipBytes = sipPackets.reduce((sum, packet) => sum + packet.length + 16, 0);
  const rtp = ethernet(
    ipv4Packet(
      '10.1.0.1',
      '10.1.0.2',
      17,
      udp(10000, 20000, concat(new Uint8Array([0x80, 0]), new Uint8Array(170))),
    ),
  );
  const rtpCount = Math.max(0, Math.floor((bytes - 24 - sipBytes) / (rtp.length + 16)));
  // RTP spread evenly between the SIP messages, 20 ms apart as a call's media is.
  const perMessage = rtpCount / sipPackets.length;
  let owed = 0;
  for (const packet of sipPackets) {
    packets.push({ time: (time += 1000), data: packet });
    owed += perMessage;
    for (; owed >= 1; owed--) {
      packets.push({ time: (time += 20_000), data: rtp });
    }
  }
  return pcapFile(1, packets);
}
