// Numbers in a log line read the way an engineer reads them: every 100–699 that noise did not
// blank is a candidate code, and the words around it decide how likely it is one. A field's name
// ("sipResponseCode", "sip_hangup_cause", "X-Asterisk-HangupCauseCode") decides on its own.
import {
  COUNTED_AFTER,
  COUNTING_BEFORE,
  isMethod,
  LIKELY_AFTER,
  LIKELY_BEFORE,
  STRONG_BEFORE,
} from './words.ts';

export interface NumberReading {
  kind: 'code' | 'cause';
  value: number;
  /** How sure the reading is: see SCORE in ./index.ts for the scale. */
  score: number;
  at: number;
  /** Why it was read so, in a few words for the answer's detail line. */
  why: string;
  /** A second page the same number stands for, shown after this one ("Cause: 487"). */
  related?: { kind: 'code' | 'cause'; value: number };
}

/** A number read from the words around it is shown from this score on. */
export const SHOWN_FROM = 5;

const FIELD =
  /(?<![\w-])(["']?)([A-Za-z][\w.-]{0,48})\1[ \t]*(=>|[:=])[ \t]*[[("'<]?[ \t]*(?:sips?:)?(\d{1,3})(?![\w.@]|:\d)/g;

type FieldKind = 'code' | 'cause' | 'code-or-cause' | null;

/** What a field holds, by its name in any style: sipResponseCode, sip_term_status, HangupCause. */
export function fieldKind(name: string): FieldKind {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (/q850|isdn/.test(key)) return 'cause';
  const cause = /cause/.test(key) && !/because/.test(key);
  if (
    /port|len|size|cseq|seq|expire|prio|time|duration|delay|interval|count|pid|tid|line|version|ptime|rate|ttl|weight|index|idx|num|ext|user|retr|max|min|bytes|payload|ssrc|tos|dscp|qos|id$/.test(
      key,
    )
  )
    return cause && !/time|count/.test(key) ? 'cause' : null;
  if (cause) return /sip|response|status/.test(key) ? 'code-or-cause' : 'cause';
  if (
    /code|status|response|resp|reply|reason|sip|term|result|disposition|final|hangup|recv/.test(key)
  )
    return 'code';
  return null;
}

/**
 * Fields whose name says what the number is. Returns the readings and the text with every
 * field value blanked, read or not: "prio=700" or "id=123" is not a code either.
 */
export function readFields(
  text: string,
  isCause: (n: number) => boolean,
): { readings: NumberReading[]; rest: string } {
  const readings: NumberReading[] = [];
  let rest = text;
  for (const match of text.matchAll(FIELD)) {
    const name = match[2]!;
    const kind = fieldKind(name);
    // "closed: 486", "Progress: 100": a plain word and a colon is prose, not a field; the words
    // around the number decide (readNumbers).
    if (kind === null && match[3] === ':' && /^[A-Za-z]+$/.test(name)) continue;
    const value = Number(match[4]);
    const at = match.index;
    const digits = match[4]!;
    const numberAt = at + match[0].length - digits.length;
    rest =
      rest.slice(0, numberAt) + ' '.repeat(digits.length) + rest.slice(numberAt + digits.length);
    const isCode = value >= 100 && value <= 699;
    const why = `The value of “${name}”`;
    if (kind === 'code' && isCode) readings.push({ kind: 'code', value, score: 9, at, why });
    else if (kind === 'code-or-cause') {
      if (isCode) readings.push({ kind: 'code', value, score: 9, at, why });
      else if (isCause(value)) readings.push({ kind: 'cause', value, score: 8, at, why });
    } else if (kind === 'cause') {
      if (isCause(value))
        readings.push({
          kind: 'cause',
          value,
          score: 9,
          at,
          why: `The cause in “${name}”`,
          ...(isCode ? { related: { kind: 'code' as const, value } } : {}),
        });
      // A failure code where a cause was expected ("Cause: 488"): the stack printed the status.
      else if (value >= 400 && value <= 699)
        readings.push({ kind: 'code', value, score: 7, at, why });
    }
  }
  return { readings, rest };
}

// An identifier ("sip_tos", "rtpVideoTos") is one word: its parts are not the words around.
const WORD = /[A-Za-z][A-Za-z0-9_]*|[[\]()<>"']/g;

/** The words of `text`, lower case; brackets and quotes kept as words of their own. */
function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD)].map(([word]) => word.toLowerCase());
}

/**
 * Every free-standing 100–699 in `text` (noise and fields already blanked), scored by its
 * neighbours on the same line. `short`: the whole query is a few words, so a number in it is
 * probably what is being looked up ("error 503").
 */
export function readNumbers(text: string, original: string, short: boolean): NumberReading[] {
  const readings: NumberReading[] = [];
  for (const match of text.matchAll(
    /(?<![\w.:/@#$%+*-])([1-6]\d\d)(?![\w@%+*]|\/(?![A-Z]+\/)|[.:]\d|-\w)/g,
  )) {
    const at = match.index;
    const lineStart = Math.max(original.lastIndexOf('\n', at) + 1, at - 60);
    const lineEnd = original.indexOf('\n', at);
    const before = original.slice(lineStart, at);
    const after = original.slice(at + 3, Math.min(lineEnd < 0 ? Infinity : lineEnd, at + 43));
    const { score, why } = scoreNumber(before, after, short);
    if (score >= SHOWN_FROM)
      readings.push({ kind: 'code', value: Number(match[1]), score, at, why });
  }
  return readings;
}

/** A number's surroundings on its line, as the clues below read them. */
interface Around {
  before: string;
  after: string;
  /** Up to four words before it, nearest last. */
  prior: string[];
  /** Up to five words after it. */
  following: string[];
}

type Clue = (around: Around) => { points: number; why?: string } | null;

const plainWords = (text: string) => wordsOf(text).filter((word) => !/^[[\]()<>"']$/.test(word));

/** "response 408", "got … 408", "failed with status 481"; "extension 100" counts against. */
const wordsBefore: Clue = ({ prior }) => {
  const adjacent = prior.at(-1);
  const strong = prior.findLast((word) => STRONG_BEFORE.has(word));
  const likely = prior.filter((word) => LIKELY_BEFORE.has(word));
  let points = Math.min(2, likely.length * 1.5);
  if (strong) points += strong === adjacent ? 4 : 3;
  if (adjacent && COUNTING_BEFORE.has(adjacent)) points -= 5;
  const cue = strong ?? likely.at(-1);
  return { points, ...(cue ? { why: `The status after “${cue}”` } : {}) };
};

/** A setting's name right before the number: "sip_tos 160" is not a code, "sip_status 486" is. */
const settingBefore: Clue = ({ prior }) => {
  const adjacent = prior.at(-1);
  if (!adjacent || !/_|[a-z][A-Z]/.test(adjacent) || STRONG_BEFORE.has(adjacent)) return null;
  const kind = fieldKind(adjacent);
  if (kind === null) return { points: -5 };
  return kind === 'cause' ? null : { points: 4, why: `The value of “${adjacent}”` };
};

/** "408 response", "selected 404 as best … status"; "[448] new bytes" counts against. */
const wordsAfter: Clue = ({ following, after }) => {
  if (following[0] && COUNTED_AFTER.has(following[0])) return { points: -5 };
  const cue = following.find((word) => LIKELY_AFTER.has(word));
  if (cue) return { points: 1.5, why: `The status before “${cue}”` };
  // "486 Rejected", "100 Giving a try": a capitalised word right after, as a reason phrase is.
  return /^ [A-Z][a-z]+(?=$|[\s,.;:)!]+(?!\d))/.test(after)
    ? { points: 3, why: 'A status with its reason phrase' }
    : null;
};

/** "INVITE 401", "401 for REGISTER", "Response msg 100/INVITE". */
const methodBeside: Clue = ({ before, after }) => {
  const method = [
    /([A-Z]+)\W{0,3}$/.exec(before)?.[1],
    /^\W{0,3}(?:for\s+)?([A-Z]+)\b/.exec(after)?.[1],
  ].find((word) => word && isMethod(word));
  return method ? { points: 3, why: `The status beside ${method}` } : null;
};

/** "[486]", "<487>", "'603'"; "[completed][486]" more so. Not "<133>[S=…" (a syslog priority). */
const inBrackets: Clue = ({ before, after }) => {
  if (!/[[("'<]\s*$/.test(before) || !/^\s*[\])"'>]/.test(after)) return null;
  if (/^\s*[\])"'>][\w[]/.test(after)) return { points: -3 };
  return { points: /\]\[$/.test(before.trimEnd()) ? 3 : 2, why: 'The number in brackets' };
};

/** "Telephony - 403 - Caller ID …", "Failure_route[default] - 487". */
const setApart: Clue = ({ before, after }) => {
  const dashBefore = /\s[-–—|]\s+$/.test(before);
  const dashAfter = /^\s+[-–—|]\s/.test(after);
  if (!dashBefore && !dashAfter) return null;
  const both = (dashBefore && dashAfter) || (dashBefore && after.trim() === '');
  return { points: both ? 3 : 1, why: 'The status set apart by dashes' };
};

const CLUES = [wordsBefore, settingBefore, wordsAfter, methodBeside, inBrackets, setApart];

/** How likely a number between `before` and `after` (same line) is a status, and why. */
export function scoreNumber(
  before: string,
  after: string,
  short: boolean,
): { score: number; why: string } {
  const around: Around = {
    before,
    after,
    prior: plainWords(before).slice(-4),
    following: plainWords(after).slice(0, 5),
  };
  let score = 2 + (short ? 3 : 0);
  let why = '';
  for (const clue of CLUES) {
    const found = clue(around);
    if (!found) continue;
    score += found.points;
    if (found.points > 0 && !why && found.why) why = found.why;
  }
  return {
    score,
    why: why || (short ? 'A status code among a few words' : 'A status code in the line'),
  };
}
