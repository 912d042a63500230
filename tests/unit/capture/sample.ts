// SIP messages for captures built in the tests: one INVITE transaction, with CRLF line ends and
// correct Content-Length, between 10.0.0.1:5060 and 10.0.0.2:5060.
import { ascii, sip } from '../../../bench/lib/capture-bytes.ts';

const via = 'SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1';
const common = (callId: string, toTag = '') => ({
  Via: via,
  From: '<sip:alice@example.com>;tag=a1',
  To: `<sip:bob@example.com>${toTag}`,
  'Call-ID': callId,
});

export function invite(callId = 'call-1', extra: Record<string, string> = {}): string {
  return sip(
    'INVITE sip:bob@10.0.0.2 SIP/2.0',
    { ...common(callId), CSeq: '1 INVITE', Contact: '<sip:alice@10.0.0.1>', ...extra },
    'v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n',
  );
}

export const response = (code: string, callId = 'call-1') =>
  sip(`SIP/2.0 ${code}`, { ...common(callId, ';tag=b2'), CSeq: '1 INVITE' });

export const ack = (callId = 'call-1') =>
  sip('ACK sip:bob@10.0.0.2 SIP/2.0', { ...common(callId, ';tag=b2'), CSeq: '1 ACK' });

export const bytes = ascii;
export const A = '10.0.0.1';
export const B = '10.0.0.2';
