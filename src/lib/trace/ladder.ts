// The exchange as input for the site's one ladder renderer (src/lib/ladder.ts): lanes are the
// participants, rows the messages, labels shortened so that neighbouring lanes stay readable.
import type { LadderInput } from '../ladder.ts';
import type { Exchange, ExchangeMessage } from './exchange.ts';
import { placeOf } from './find.ts';
import { formatDelta, formatTime } from './times.ts';

const MAX_LANE_LABEL = 22;
const MAX_ARROW_LABEL = 32;

/** Shortens in the middle, so the start of a host name and its port both stay visible. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

export function messageLabel(item: ExchangeMessage): string {
  const message = item.found.message;
  return message.kind === 'request' ? message.method : `${message.code} ${message.reason}`.trim();
}

function arrowNote(item: ExchangeMessage, exchange: Exchange): string | undefined {
  const related = item.related === null ? null : exchange.messages[item.related];
  switch (item.role) {
    case 're-invite':
      return 're-INVITE';
    case 'ack-2xx':
      return 'ACK for 2xx';
    case 'ack-non-2xx': {
      const final = exchange.messages.find(
        (other) =>
          other.found.message.kind === 'response' &&
          other.found.message.code >= 300 &&
          other.branch === item.branch,
      );
      return final ? `for ${messageLabel(final).slice(0, 3)}` : 'for non-2xx';
    }
    case 'cancel':
      return related ? `cancels ${placeOf(related.found)}` : undefined;
    default:
      return undefined;
  }
}

/** Each message's time and the time since the message before, when the input gives times. */
function timeNote(exchange: Exchange, index: number): string | undefined {
  const time = exchange.messages[index]!.found.time;
  if (time === null || time === undefined) return undefined;
  const previous = index > 0 ? exchange.messages[index - 1]!.found.time : null;
  return previous === null || previous === undefined
    ? formatTime(time)
    : `${formatTime(time)} (${formatDelta(time - previous)})`;
}

export function toLadder(exchange: Exchange, maxRows: number): LadderInput {
  const repeats = new Set(
    exchange.problems.filter((p) => p.kind === 'retransmission').map((p) => p.message),
  );
  return {
    participants: exchange.participants.map(({ id, label }) => ({
      id,
      label: shorten(label, MAX_LANE_LABEL),
    })),
    messages: exchange.messages.slice(0, maxRows).map((item, index) => {
      const notes = [
        repeats.has(index) ? 'retransmission' : arrowNote(item, exchange),
        timeNote(exchange, index),
      ].filter(Boolean);
      return {
        from: item.from,
        to: item.to,
        label: shorten(messageLabel(item), MAX_ARROW_LABEL),
        note: notes.length > 0 ? notes.join(' · ') : undefined,
        repeat: repeats.has(index),
      };
    }),
  };
}
