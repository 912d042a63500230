// "Private address sent across the public network": a description asks for media at an address
// the Internet does not route (RFC 1918, RFC 6598, RFC 4193), or a dialog-creating message gives
// such an address as its Contact, while the message itself crossed public addresses: those of
// the capture or log line, the Request-URI or Route it was sent to, and the received= values
// the next hops wrote into its Via (RFC 3261 §18.2.1, RFC 3581 §4). A call between private
// addresses only is a LAN call and is left alone.
import { addressScope, hostOf, isPublicAddress, NOT_ROUTED } from '../ip-address.ts';
import { routes } from '../paths.ts';
import { sdpOfMessage } from '../sdp/body.ts';
import { mediaSummaries } from '../sdp/summary.ts';
import { headerList, headerValue, parseParams, type SipMessage } from '../sip-message.ts';
import { requestTarget, uriHost } from '../trace/addresses.ts';
import { placeOf } from '../trace/find.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import type { Diagnosis, DiagnosisRule } from './types.ts';

interface Found {
  address: string;
  /** "c= for audio (line 5 of the body)", "Contact header". */
  what: string;
  inSdp: boolean;
}

interface Evidence {
  address: string;
  /** How the trace shows it, in words. */
  how: string;
}

const scopeLabel = (address: string) => NOT_ROUTED[addressScope(address)!]!.label;

function privateSdpAddresses(message: SipMessage): Found[] {
  const sdp = sdpOfMessage(message);
  if (!sdp) return [];
  const found: Found[] = [];
  for (const line of mediaSummaries(sdp)) {
    const media = sdp.media[line.index]!;
    // ICE candidates give the far end other addresses to try; c= is only the default one.
    const ice = media.attributes.some(({ name }) => name.toLowerCase() === 'candidate');
    const address = line.connection?.address;
    if (line.rejected || ice || !address || !(addressScope(address)! in NOT_ROUTED)) continue;
    const level = line.connectionLevel === 'session' ? 'session-level c=' : 'c=';
    found.push({
      address,
      what: `${level} for ${line.type} (line ${line.connection!.line} of the body)`,
      inSdp: true,
    });
  }
  return found;
}

/** A private Contact matters where it becomes the remote target of a dialog (RFC 3261 §12.1). */
function privateContact(item: ExchangeMessage): Found[] {
  const message = item.found.message;
  const method = item.cseq?.method;
  if (method !== 'INVITE' && method !== 'UPDATE') return [];
  if (message.kind === 'response' && (message.code <= 100 || message.code >= 300)) return [];
  // Through a Record-Route the proxy forwards later requests itself, and a WebSocket client
  // sends them over the connection it already has.
  if (headerValue(message, 'Record-Route') !== undefined) return [];
  const contact = headerValue(message, 'Contact');
  if (!contact || /;\s*transport=wss?\b/i.test(contact)) return [];
  const host = uriHost(contact);
  const address = host ? hostOf(host) : null;
  if (!address || !(addressScope(address)! in NOT_ROUTED)) return [];
  return [{ address, what: 'Contact header', inSdp: false }];
}

/** Addresses the trace shows this message's path to have used. */
function pathEvidence(exchange: Exchange, index: number): Evidence[] {
  const item = exchange.messages[index]!;
  const message = item.found.message;
  const evidence: Evidence[] = [];
  const wrapper = item.found.wrapper;
  for (const [end, word] of [
    [wrapper?.source, 'sent from'],
    [wrapper?.destination, 'sent to'],
  ] as const)
    if (end && 'address' in end)
      evidence.push({ address: hostOf(end.address), how: `${word} ${end.address}` });
  const target = message.kind === 'request' ? requestTarget(message) : null;
  if (target) evidence.push({ address: hostOf(target), how: `addressed to ${target}` });
  const received = (from: ExchangeMessage) =>
    headerList(from.found.message, 'Via').flatMap((via) => {
      const value = parseParams(via).params['received'];
      return value
        ? [
            {
              address: hostOf(value),
              how: `seen as ${value} by the next hop (Via received= on ${placeOf(from.found)})`,
            },
          ]
        : [];
    });
  evidence.push(...received(item));
  if (message.kind === 'request')
    for (const other of exchange.messages)
      if (other.related === index) evidence.push(...received(other));
  return evidence;
}

/** Public addresses on the message's own path; failing any evidence, in the same call. */
function publicPath(exchange: Exchange, index: number): Evidence[] | null {
  const own = pathEvidence(exchange, index).filter(({ address }) => addressScope(address) !== null);
  if (own.length > 0) {
    const open = own.filter(({ address }) => isPublicAddress(address));
    return open.length > 0 ? open : null;
  }
  const callId = exchange.messages[index]!.callId;
  const open = exchange.messages
    .flatMap((other, at) => (other.callId === callId ? pathEvidence(exchange, at) : []))
    .filter(({ address }) => isPublicAddress(address));
  return open.length > 0 ? open : null;
}

export const privateAddress: DiagnosisRule = (exchange) => {
  const groups = new Map<string, { found: Found[]; messages: number[]; evidence: Evidence[] }>();
  exchange.messages.forEach((item, index) => {
    const found = [...privateSdpAddresses(item.found.message), ...privateContact(item)];
    if (found.length === 0) return;
    const evidence = publicPath(exchange, index);
    if (!evidence) return;
    const key = found.map(({ address, what }) => `${address} ${what}`).join('|');
    const group = groups.get(key);
    if (group) group.messages.push(index);
    else groups.set(key, { found, messages: [index], evidence });
  });
  return [...groups.values()].map(({ found, messages, evidence }): Diagnosis => {
    const first = exchange.messages[messages[0]!]!;
    const label =
      first.found.message.kind === 'request'
        ? first.found.message.method
        : String(first.found.message.code);
    const addresses = [...new Set(found.map(({ address }) => address))];
    const listed = addresses
      .map((address) => {
        const places = found.filter((item) => item.address === address).map(({ what }) => what);
        return `${address}, ${scopeLabel(address)}, in the ${places.join(' and in the ')}`;
      })
      .join('; ');
    const media = found.some(({ inSdp }) => inSdp);
    const contact = found.some(({ inSdp }) => !inSdp);
    const shown = [...new Set(evidence.map(({ how }) => how))].slice(0, 3).join('; ');
    const more =
      messages.length > 1
        ? ` The same address recurs on ${messages
            .slice(1)
            .map((at) => placeOf(exchange.messages[at]!.found))
            .join(', ')}.`
        : '';
    const risks = [
      media
        ? 'Nothing on the Internet can send to that address, so unless a NAT helper, session border controller or media relay rewrites it, the audio meant for this side is lost while the other direction may still work: one-way audio, or none.'
        : '',
      contact
        ? 'Requests later in the dialog, such as the re-INVITE or BYE, are sent to the Contact and cannot reach it.'
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      kind: 'private-address',
      severity: 'warning',
      title: `Private address ${addresses.join(', ')} sent across the public network`,
      detail: `The ${label} on ${placeOf(first.found)} gives ${listed}. Yet it travelled over public addresses: ${shown}. ${risks} Give the device its public address (or let it learn it with STUN), or put a media relay in the path.${more}`,
      messages,
      rule: media
        ? { rfc: 3264, section: '5.1', name: 'where the offerer wants media' }
        : { rfc: 3261, section: '8.1.1.8', name: 'Contact' },
      page: routes.guide('media-negotiation'),
    };
  });
};
