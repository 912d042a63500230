// Reads what was typed or pasted: status lines, Reason headers, cause numbers and names, proxy
// phrases. Each finding says where in the text it was, so that answers keep the text's order.
import { normalizeName } from '../causes/names.ts';
import { causesNamed, type NameSource, type Prepared } from './prepare.ts';

export type Finding =
  | { type: 'status-line'; code: number; phrase: string; at: number }
  | { type: 'sip-cause'; code: number; at: number }
  | { type: 'proxy-suffix'; code: number; at: number }
  | { type: 'cause-number'; cause: number; at: number }
  | { type: 'cause-name'; cause: number; source: NameSource; name: string; at: number }
  | { type: 'own-phrase'; code: number; phrase: string; by: string; at: number };

/** Pasted logs can be long; past this, text is not read (a regex pass stays linear anyway). */
export const MAX_TEXT = 200_000;

/** Control characters other than tab and line breaks, and the "^M" logs print for CR. */
export function clean(text: string): string {
  return (
    text
      .slice(0, MAX_TEXT)
      // eslint-disable-next-line no-control-regex -- removing control characters is the point.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ' ')
      .replace(/\^M/g, '\r')
  );
}

/** Whether `rest` starts with `phrase`, ignoring case and ending at a word boundary. */
function startsWithPhrase(rest: string, phrase: string): boolean {
  if (!phrase) return false;
  const head = rest.slice(0, phrase.length);
  if (head.toLowerCase() !== phrase.toLowerCase()) return false;
  return !/[A-Za-z0-9]/.test(rest.charAt(phrase.length));
}

export function read(
  text: string,
  data: Prepared,
): { found: Finding[]; claimed: [number, number][] } {
  const found: Finding[] = [];
  /** Spans a stronger reading has claimed, so a weaker one does not read them again. */
  const claimed: [number, number][] = [];
  const free = (start: number, end: number) => !claimed.some(([a, b]) => start < b && end > a);

  // "SIP/2.0 486 Busy Here", anywhere in the text.
  for (const match of text.matchAll(/SIP\/2\.0[ \t]+(\d{3})(?![\d.])(?:[ \t]+([^\r\n]*))?/gi)) {
    const code = Number(match[1]);
    if (code < 100 || code > 699) continue;
    found.push({ type: 'status-line', code, phrase: (match[2] ?? '').trim(), at: match.index });
    claimed.push([match.index, match.index + match[0].length]);
  }

  // "Reason: SIP;cause=480" is a status code; "Q.850;cause=34" a cause.
  for (const match of text.matchAll(
    /\b(Q\.?850|SIP)[ \t]*;[ \t]*cause[ \t]*=[ \t]*(\d{1,3})(?!\d)/gi,
  )) {
    const number = Number(match[2]);
    if (/^sip$/i.test(match[1]!)) {
      if (number >= 100 && number <= 699)
        found.push({ type: 'sip-cause', code: number, at: match.index });
    } else {
      found.push({ type: 'cause-number', cause: number, at: match.index });
    }
    claimed.push([match.index, match.index + match[0].length]);
  }

  // "486 Busy Here" without the protocol: only where the words after it are the code's phrase.
  for (const match of text.matchAll(
    /(?<![\w.:/-])([1-6]\d\d)[ \t]+[-"'(]?[ \t]*([A-Za-z][^\r\n]{0,120})/g,
  )) {
    const code = Number(match[1]);
    const rest = match[2]!;
    if (!free(match.index, match.index + 3)) continue;
    const known = data.codes.get(code);
    const phrases = [
      ...(known ? [known.reason.replace(/ \(Deprecated\)$/, ''), ...(known.former ?? [])] : []),
      ...data.phrases.filter((entry) => entry.code === code).map((entry) => entry.phrase),
    ];
    const phrase = phrases.find((candidate) => startsWithPhrase(rest, candidate));
    if (phrase === undefined) continue;
    found.push({
      type: 'status-line',
      code,
      phrase: rest.slice(0, phrase.length),
      at: match.index,
    });
    claimed.push([match.index, match.index + 4 + phrase.length]);
  }

  // "(477/TM)": Kamailio's and OpenSIPS's signature, whose number is the status code for the
  // codes they make up themselves (for others it is an internal error number).
  const ownCodes = new Set(
    data.phrases
      .filter((entry) => entry.source === 'proxy' && !data.codes.has(entry.code))
      .map((entry) => entry.code),
  );
  for (const match of text.matchAll(/(?<!\d)(\d{3})\/(?:TM|SL)\b/g)) {
    const code = Number(match[1]);
    if (ownCodes.has(code)) found.push({ type: 'proxy-suffix', code, at: match.index });
  }

  // "cause=17", "cause 17", "Cause: 16", "Q.850 17", "hangup_cause_q850: [17]".
  for (const match of text.matchAll(
    /(?<![A-Za-z0-9])(?:q\.?850|cause)(?:[ \t_-]+(?:cause|code|value))?[ \t]*[:=#]?[ \t]*\[?[ \t]*(\d{1,3})(?![\d.])/gi,
  )) {
    if (!free(match.index, match.index + match[0].length)) continue;
    const cause = Number(match[1]);
    if (!data.causes.has(cause)) continue;
    found.push({ type: 'cause-number', cause, at: match.index });
    claimed.push([match.index, match.index + match[0].length]);
  }

  // A cause named in words with its number after it: "Cause-code = Recovery on timer expiry (102)".
  for (const match of text.matchAll(
    /(?<![A-Za-z0-9])cause[\w-]*[ \t]*[:=][ \t]*[A-Za-z][^()\r\n]{0,80}\((\d{1,3})\)/gi,
  )) {
    const cause = Number(match[1]);
    if (!data.causes.has(cause)) continue;
    const numberAt = match.index + match[0].length - match[1]!.length - 1;
    found.push({ type: 'cause-number', cause, at: match.index });
    claimed.push([numberAt, numberAt + match[1]!.length]);
  }

  // Cause names written as identifiers: NORMAL_CLEARING, AST_CAUSE_BUSY, SWITCH_CAUSE_…
  // Anchored at a word's start: unanchored, a long run of letters without "_" is retried from
  // every position, which is quadratic.
  for (const match of text.matchAll(/\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+/g)) {
    for (const { cause, source } of causesNamed(data, normalizeName(match[0]), match[0]))
      found.push({
        type: 'cause-name',
        cause: cause.cause,
        source,
        name: match[0],
        at: match.index,
      });
  }
  // Names written in words after a label: "Cause-txt: Normal Clearing", text="User busy".
  for (const match of text.matchAll(
    /(?:cause[-_ ]?txt|text)[ \t]*[:=][ \t]*"?([^"\r\n;]{2,80})/gi,
  )) {
    const name = match[1]!.trim();
    for (const { cause, source } of causesNamed(data, normalizeName(name), name))
      found.push({ type: 'cause-name', cause: cause.cause, source, name, at: match.index });
  }

  // A proxy's own phrase, with its signature or long enough to say who sent it on its own.
  for (const { entry, pattern } of data.proxyPatterns) {
    const registered = data.codes.has(entry.code);
    for (const match of text.matchAll(pattern)) {
      // For a code a proxy made up, the number in the signature is the code itself.
      const signed = /\d+/.exec(match[1] ?? '')?.[0];
      if (signed && !registered && Number(signed) !== entry.code) continue;
      if (match[1] || entry.phrase.length >= 20)
        found.push({
          type: 'own-phrase',
          code: entry.code,
          phrase: entry.phrase,
          by: entry.by,
          at: match.index,
        });
    }
  }
  return { found, claimed };
}
