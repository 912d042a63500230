// The text to share for an explanation read from a packet capture: each message under the
// line sngrep writes above one ("2024/11/19 16:01:35.861404 10.0.0.1:5060 -> 10.0.0.2:5060"),
// which the explainer reads back as the message's time, sender and receiver. When a side has
// no address (a lane the exchange could not place), every message gets the line of RFC 3665's
// call flows instead ("F3 100 Trying Proxy 1 -> Alice"), under a line with its time.
import type { ExplainedMessage } from '../trace/index.ts';
import { parseStartLine } from '../sip-message.ts';

export type SharedMessage = Pick<ExplainedMessage, 'text' | 'time' | 'from' | 'to'>;

/** What the ngrep and sngrep line reader takes for an address: "host:port" or "[v6]:port". */
const ADDRESS = /^(?:\[[0-9A-Fa-f:.]+\]|[^\s[\]]+):\d+$/;

const pad = (value: number, size = 2) => String(value).padStart(size, '0');

/** "2024/11/19 16:01:35.861404" (UTC), to the microsecond. */
export function sngrepTime(micro: number): string {
  const date = new Date(Math.floor(micro / 1000));
  const day = `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}`;
  const clock = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${day} ${clock}.${pad(((micro % 1e6) + 1e6) % 1e6, 6)}`;
}

/** The label the exchange matches a flow line against: the method, or code and phrase. */
function flowLabel(text: string): string {
  const start = parseStartLine(text.split('\n', 1)[0]!.trimEnd());
  if (!start) return '';
  return start.kind === 'request' ? start.method : `${start.code} ${start.reason}`;
}

export function traceText(messages: readonly SharedMessage[]): string {
  const addressed = messages.every(({ from, to }) => ADDRESS.test(from) && ADDRESS.test(to));
  return messages
    .map(({ text, time, from, to }, index) => {
      const message = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
      const when = time === null ? '' : sngrepTime(time);
      const head = addressed
        ? `${when} ${from} -> ${to}`.trim()
        : `${when}\nF${index + 1} ${flowLabel(message)} ${from} -> ${to}`.trim();
      return `${head}\n${message}\n`;
    })
    .join('\n');
}
