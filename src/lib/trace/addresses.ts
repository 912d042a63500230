// Who sent a message to whom, when the log does not say: the Via header names the sender of a
// request (and the receiver of its responses), a Route or the Request-URI the next hop.
import { headerList, headerValue, parseParams, type SipMessage } from '../sip-message.ts';

/** "host:port" from a Via value ("SIP/2.0/UDP host:port;branch=…"), or null. */
export function viaSentBy(via: string): string | null {
  const { value } = parseParams(via);
  const sentBy = value.split(/\s+/)[1];
  return sentBy ? sentBy.trim() : null;
}

/** "host[:port]" of a SIP URI or name-addr ("Bob <sip:bob@host:5060;transport=tcp>"). */
export function uriHost(value: string): string | null {
  const inAngles = /<([^>]*)>/.exec(value);
  const uri = (inAngles ? inAngles[1]! : value.split(/[;\s]/)[0]!).trim();
  const match = /^(?:sips?):(?:[^@]*@)?(\[[^\]]+\](?::\d+)?|[^;?>]+)/i.exec(uri);
  return match ? match[1]!.trim() : null;
}

/** The top Via's sent-by, for a request its sender, for a response its receiver. */
export function topViaSentBy(message: SipMessage): string | null {
  const via = headerList(message, 'Via')[0];
  return via ? viaSentBy(via) : null;
}

/** Where a request goes next: the first Route, or the Request-URI's host. */
export function requestTarget(message: SipMessage): string | null {
  if (message.kind !== 'request') return null;
  const route = headerList(message, 'Route')[0];
  return (route && uriHost(route)) ?? uriHost(message.uri);
}

/** The host in the To header field, which names the server a response most likely came from. */
export function toHost(message: SipMessage): string | null {
  const to = headerValue(message, 'To');
  return to ? uriHost(to) : null;
}

/** One key per host and port, so that "10.0.0.5" and "10.0.0.5:5060" are one participant. */
export function addressKey(address: string): string {
  const lower = address.trim().toLowerCase();
  if (/^\[.*\]$/.test(lower) || !/:\d+$/.test(lower)) return `${lower}:5060`;
  return lower;
}
