// What logs and capture tools write around SIP messages: lines that say who sent a message to
// whom, rules and prompts between messages, page furniture of RFC text. Each pattern is one
// tool's own format, so a line is only read as addresses when a tool would write it so.

/** One side of a message as a log names it: an address, or the host that wrote the log. */
export type Endpoint = { address: string } | { local: string };

export interface WrapperLine {
  /** Which format the line belongs to, e.g. "sngrep". */
  format: string;
  source?: Endpoint;
  destination?: Endpoint;
  /** RFC 3665 style "F1 INVITE Alice -> Proxy 1": the label and names, resolved later. */
  flowLine?: { rest: string; to: string };
}

const ARROW_DASHES = '(?:-{1,3}|[—–])';
const ADDRESS = '(\\[[0-9A-Fa-f:.]+\\](?::\\d+)?|[^\\s\\[\\]]+?)';

const address = (value: string): Endpoint => ({ address: value.replace(/:$/, '') });
const bracketed = (host: string, port: string): Endpoint =>
  address(host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);
const SERVICE_PORTS: Record<string, string> = { sip: '5060', 'sip-tls': '5061', sips: '5061' };
/** tcpdump writes "host.port" (or a service name for the port). */
const dotted = (value: string): Endpoint => {
  const at = value.lastIndexOf('.');
  const port = value.slice(at + 1);
  return address(`${value.slice(0, at)}:${SERVICE_PORTS[port] ?? port}`);
};

interface Pattern {
  format: string;
  regex: RegExp;
  read: (match: RegExpExecArray) => Omit<WrapperLine, 'format'>;
}

const PATTERNS: Pattern[] = [
  {
    // Asterisk res_pjsip_logger: <--- Received SIP response (493 bytes) from UDP:1.2.3.4:5060 --->
    format: 'asterisk-pjsip',
    regex: new RegExp(
      `<${ARROW_DASHES} (Received|Transmitting) SIP (?:request|response) \\(\\d+ bytes\\) (?:from|to) \\w+:${ADDRESS} ${ARROW_DASHES}>`,
    ),
    read: (match) =>
      match[1] === 'Received'
        ? { source: address(match[2]!), destination: { local: 'Asterisk' } }
        : { source: { local: 'Asterisk' }, destination: address(match[2]!) },
  },
  {
    // Asterisk chan_sip: <--- SIP read from UDP:1.2.3.4:5060 ---> and <--- Transmitting (NAT) to …
    format: 'asterisk-chan-sip',
    regex: new RegExp(
      `(?:<${ARROW_DASHES} )?(SIP read from|(?:Reliably )?Transmitting \\((?:no )?NAT\\) to) (?:\\w+:)?${ADDRESS}:?(?: ${ARROW_DASHES}>)?\\s*$`,
    ),
    read: (match) =>
      match[1] === 'SIP read from'
        ? { source: address(match[2]!), destination: { local: 'Asterisk' } }
        : { source: { local: 'Asterisk' }, destination: address(match[2]!) },
  },
  {
    // sofia-sip (FreeSWITCH siptrace, drachtio): recv 423 bytes from udp/[1.2.3.4]:5060 at 15:00:50:
    format: 'sofia-sip',
    regex: /\b(recv|send) \d+ bytes (?:from|to) \w+\/\[([^\]]+)\]:(\d+)/,
    read: (match) =>
      match[1] === 'recv'
        ? { source: bracketed(match[2]!, match[3]!), destination: { local: 'Logging host' } }
        : { source: { local: 'Logging host' }, destination: bracketed(match[2]!, match[3]!) },
  },
  {
    // ngrep "U 1.2.3.4:5060 -> 5.6.7.8:5060", sngrep and sipgrep with a date and time in front.
    format: 'ngrep',
    regex:
      /^\s*(?:[UT]\s+)?(?:\d{4}\/\d\d\/\d\d\s+\d\d:\d\d:\d\d(?:\.\d+)?\s+)?(\[[0-9A-Fa-f:.]+\]:\d+|[^\s[\]]+:\d+)\s+->\s+(\[[0-9A-Fa-f:.]+\]:\d+|[^\s[\]]+:\d+)\s*(?:#.*)?$/,
    read: (match) => ({ source: address(match[1]!), destination: address(match[2]!) }),
  },
  {
    // tcpdump: 12:13:58.723867 IP host.39184 > 10.5.3.27.25564: UDP, length 368
    format: 'tcpdump',
    regex: /^\S*\d\d:\d\d:\d\d\.\d+ IP6? (\S+) > (\S+?): /,
    read: (match) => ({ source: dotted(match[1]!), destination: dotted(match[2]!) }),
  },
  {
    // belle-sip (Linphone): received [852] new bytes from [UDP://host:5060]:
    format: 'belle-sip',
    regex: /\b(received \[\d+\] new bytes from|message sent to) \[\w+:\/\/([^\]]+)\]/,
    read: (match) =>
      match[1]!.startsWith('received')
        ? { source: address(match[2]!), destination: { local: 'Logging host' } }
        : { source: { local: 'Logging host' }, destination: address(match[2]!) },
  },
  {
    // pjsip (pjsua): TX 910 bytes Request msg INVITE/cseq=21755 (tdta0x…) to UDP 1.2.3.4:5060:
    format: 'pjsua',
    regex:
      /\b(TX|RX) \d+ bytes .*?\b(?:to|from) (?:UDP|TCP|TLS|WSS?) (\[[0-9A-Fa-f:.]+\]:\d+|[^\s:]+:\d+)/i,
    read: (match) =>
      match[1]!.toUpperCase() === 'RX'
        ? { source: address(match[2]!), destination: { local: 'Logging host' } }
        : { source: { local: 'Logging host' }, destination: address(match[2]!) },
  },
  {
    // RFC 3665: "F3 100 Trying Proxy 1 -> Alice"; the label is split off once the message is read.
    format: 'rfc',
    regex: /^\s*F\d+\s+(.+?)\s+->\s+(.+?)\s*$/,
    read: (match) => ({ flowLine: { rest: match[1]!, to: match[2]! } }),
  },
];

/** The tool and addresses a line gives for the message below it, or null. */
export function readWrapperLine(line: string): WrapperLine | null {
  if (line.length > 400) return null;
  for (const { format, regex, read } of PATTERNS) {
    const match = regex.exec(line);
    if (match) return { format, ...read(match) };
  }
  return null;
}

/** RFC page furniture: the footer, the running header and the form feed between pages. */
export function isPageBreak(line: string): boolean {
  if (!line.includes('\f') && !line.includes('[Page ') && !line.startsWith('RFC ')) return false;
  return (
    line.includes('\f') ||
    /\[Page \d+\]\s*$/.test(line) ||
    /^RFC \d{3,5} {2,}.*\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\s*$/.test(
      line,
    )
  );
}

/** Lines that end a message: a log line, a rule, a prompt, a closing banner. */
export function isLogLine(line: string): boolean {
  return /^\s*(?:\d{4}[-/.]\d\d[-/.]\d\d[ T]|\d\d:\d\d:\d\d|\[[^\]]*\d\d:\d\d|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d|<[-—–]{2,}|<—|[-=_*]{4,}\s*$|#\s*$|\S+\*CLI>|\S+@\S+> |tcpdump: |listening on |[A-Z]\/\S+\s*\(\s*\d+\): \[)/.test(
    line,
  );
}
