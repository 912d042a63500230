// Names and phrases found anywhere inside a line, in any case and with "_", "-" or spaces between
// their words: reason phrases ("is busy here"), cause names ("recovery on timer expiry",
// "NORMAL_TEMPORARY_FAILURE") and the words engineers use ("circuit-busy", "spam"). One pass over
// the line's words; each word looks up only the phrases that start with it.
import type { AnswerCause } from './data.ts';
import type { NameSource, Prepared } from './prepare.ts';

export type PhraseTarget =
  | { kind: 'reason'; code: number; former: boolean }
  | { kind: 'alias'; code: number }
  | { kind: 'cause'; cause: AnswerCause; source: NameSource | 'alias' };

export interface PhraseEntry {
  /** The phrase's words, normalised. */
  words: string[];
  target: PhraseTarget;
}

export interface PhraseFind {
  entry: PhraseEntry;
  /** Where the phrase starts and ends in the text. */
  at: number;
  end: number;
  /** The phrase as written in the text. */
  written: string;
}

/**
 * One word is too common to stand for a code inside a line ("ok", "trying", "ringing",
 * "success"), except these, which only ever mean the one thing.
 */
const LONE_WORDS = new Set([
  'forbidden',
  'unauthorized',
  'declined',
  'decline',
  'unwanted',
  'spam',
  'robocall',
  'telemarketing',
  'glare',
  'congestion',
  'unallocated',
  'dnd',
]);

/** Phrases by their first word; built once per answer data (see prepare.ts). */
export function phraseIndex(entries: readonly PhraseEntry[]): Map<string, PhraseEntry[]> {
  const index = new Map<string, PhraseEntry[]>();
  for (const entry of entries) {
    if (entry.words.length === 1 && !LONE_WORDS.has(entry.words[0]!)) continue;
    const list = index.get(entry.words[0]!) ?? [];
    list.push(entry);
    index.set(entry.words[0]!, list);
  }
  // Longest first, so "user not registered" is tried before "user".
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/**
 * Every phrase of the index in `text`, outside the `skip` spans (text a stronger reading has
 * already explained). Words are runs of letters and digits; a phrase matches whole words only.
 */
export function findPhrases(
  text: string,
  data: Prepared,
  skip: readonly [number, number][] = [],
): PhraseFind[] {
  const words = [...text.matchAll(/[A-Za-z0-9]+/g)].map((match) => ({
    word: match[0].toLowerCase(),
    at: match.index,
    end: match.index + match[0].length,
  }));
  const found: PhraseFind[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = data.phraseWords.get(words[i]!.word);
    if (!candidates) continue;
    for (const entry of candidates) {
      const last = words[i + entry.words.length - 1];
      if (!last) continue;
      if (!entry.words.every((word, k) => words[i + k]!.word === word)) continue;
      const at = words[i]!.at;
      if (skip.some(([start, end]) => at < end && last.end > start)) continue;
      found.push({ entry, at, end: last.end, written: text.slice(at, last.end) });
    }
  }
  return found;
}

/**
 * Whether a phrase found inside a log line means what it names there. A reason phrase is
 * written as one, capitalised ("Service Unavailable", "Busy here"), so "transaction not found"
 * is not 404. A two-word cause name in plain words ("Protocol error") counts only on a line that
 * speaks of causes or hang-ups. A short query is taken at its word.
 */
export function meantInLine(find: PhraseFind, text: string, short: boolean): boolean {
  if (short) return true;
  const { target, words } = find.entry;
  if (target.kind === 'reason') return /^[A-Z]/.test(find.written);
  if (target.kind !== 'cause' || target.source === 'alias') return true;
  if (find.written.includes('_') || words.length > 2) return true;
  const lineStart = text.lastIndexOf('\n', find.at) + 1;
  const lineEnd = text.indexOf('\n', find.end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  return /(?<!be)cause|hangup|hang-up|q\.?850|isdn|reason|disconnect|release|clear/i.test(line);
}
