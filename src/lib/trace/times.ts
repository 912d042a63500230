// Times of messages: read from the log line above a message when it carries one, and written
// for the ladder and the message list (UTC, as captures store it) with the time since the
// message before.

// Not inside an IPv6 or MAC address: no hex digit, colon or dot just before, no colon after.
const DATE_TIME =
  /(?<![\w:.])(?:(\d{4})[-/](\d{2})[-/](\d{2})[ T])?(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(?![\d:])/;

/**
 * A time in a log line, in microseconds since 1970: "2024-05-01 12:00:00.123", sngrep's
 * "2024/05/01 12:00:00.123456", ISO 8601, or a bare "12:00:00.123" (read as a time of day on
 * 1 January 1970, which is all the line says). Null when the line has none.
 */
export function timeInLine(line: string): number | null {
  const match = DATE_TIME.exec(line);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, fraction] = match;
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (h > 23 || m > 59 || s > 60) return null;
  const date = year ? Date.UTC(Number(year), Number(month) - 1, Number(day)) : 0;
  if (Number.isNaN(date)) return null;
  const micro = fraction ? Math.round(Number(`0.${fraction}`) * 1e6) : 0;
  return (date + ((h * 60 + m) * 60 + s) * 1000) * 1000 + micro;
}

const pad = (value: number, size = 2) => String(value).padStart(size, '0');

/** "12:00:01.234" (UTC). */
export function formatTime(micro: number): string {
  const date = new Date(Math.floor(micro / 1000));
  const ms = Math.floor(micro / 1000) % 1000;
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(ms, 3)}`;
}

/** "2024-05-01 12:00:01.234" (UTC); the date is left out for a bare time of day. */
export function formatDateTime(micro: number): string {
  const day = new Date(Math.floor(micro / 1000)).toISOString().slice(0, 10);
  return micro < 86_400_000_000 ? formatTime(micro) : `${day} ${formatTime(micro)}`;
}

/** "+0.120 s", "+12.5 s", "+3 min 20 s". */
export function formatDelta(micro: number): string {
  const seconds = micro / 1e6;
  if (seconds < 10) return `+${seconds.toFixed(3)} s`;
  if (seconds < 120) return `+${seconds.toFixed(1)} s`;
  return `+${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** A call's length: "0.4 s", "1 min 5 s". */
export function formatDuration(micro: number): string {
  const seconds = micro / 1e6;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes} min ${Math.round(seconds % 60)} s`
    : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
