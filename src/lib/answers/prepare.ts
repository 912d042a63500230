// Lookup tables built once per answer data: names, phrases and aliases, each normalised the way
// queries are, so that answering a keystroke is a handful of map look-ups.
import { nameKeys, normalizeName } from '../causes/names.ts';
import type { AnswerCause, AnswerCode, AnswerData, AnswerPhrase } from './data.ts';
import { phraseIndex, type PhraseEntry } from './phrases.ts';

/** Which vocabulary a cause name came from: it decides which stack's SIP code goes with it. */
export type NameSource = 'q850' | 'freeswitch' | 'asterisk';

export interface Prepared {
  codes: Map<number, AnswerCode>;
  causes: Map<number, AnswerCause>;
  /** Normalised cause name → causes, with the vocabulary it is from. */
  causeNames: Map<string, { cause: AnswerCause; source: NameSource }[]>;
  /** Normalised reason phrase (current or former) → codes. */
  reasons: Map<string, { code: number; former: boolean }[]>;
  /** Normalised alias → code. */
  aliases: Map<string, number>;
  /** Phrases proxies and stacks send on their own. */
  phrases: AnswerPhrase[];
  /** Normalised own phrase → entries. */
  phraseIndex: Map<string, AnswerPhrase[]>;
  /** Each proxy phrase as a pattern, with the signature that may follow it ("(477/TM)"). */
  proxyPatterns: { entry: AnswerPhrase; pattern: RegExp }[];
  /** Reason phrases, aliases and cause names by their first word, to find inside a line. */
  phraseWords: Map<string, PhraseEntry[]>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new WeakMap<AnswerData, Prepared>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function prepare(data: AnswerData): Prepared {
  const cached = cache.get(data);
  if (cached) return cached;
  const causeNames = new Map<string, { cause: AnswerCause; source: NameSource }[]>();
  const addName = (key: string, cause: AnswerCause, source: NameSource) => {
    const entries = causeNames.get(key) ?? [];
    if (!entries.some((entry) => entry.cause === cause && entry.source === source))
      push(causeNames, key, { cause, source });
  };
  for (const cause of data.causes) {
    if (cause.q850)
      for (const key of nameKeys({ q850Name: cause.name })) addName(key, cause, 'q850');
    if (cause.freeswitch)
      for (const key of nameKeys({ freeswitch: cause.freeswitch }))
        addName(key, cause, 'freeswitch');
    for (const name of cause.asterisk ?? [])
      for (const key of nameKeys({ asteriskDefines: [name] })) addName(key, cause, 'asterisk');
    // A stack's own cause is named by the stack (ORIGINATOR_CANCEL) even where no list says so.
    if (!cause.q850)
      addName(normalizeName(cause.name), cause, cause.freeswitch ? 'freeswitch' : 'asterisk');
  }
  const reasons = new Map<string, { code: number; former: boolean }[]>();
  const aliases = new Map<string, number>();
  for (const { code, reason, former = [], aliases: words = [] } of data.codes) {
    push(reasons, normalizeName(reason.replace(/ \(Deprecated\)$/, '')), { code, former: false });
    for (const old of former) push(reasons, normalizeName(old), { code, former: true });
    for (const word of words) aliases.set(normalizeName(word), code);
  }
  const ownPhrases = new Map<string, AnswerPhrase[]>();
  for (const entry of data.phrases) push(ownPhrases, normalizeName(entry.phrase), entry);
  const inLine: PhraseEntry[] = [];
  const words = (key: string) => key.split(' ').filter(Boolean);
  for (const [key, list] of reasons)
    for (const { code, former } of list)
      inLine.push({ words: words(key), target: { kind: 'reason', code, former } });
  for (const [key, code] of aliases)
    inLine.push({ words: words(key), target: { kind: 'alias', code } });
  for (const [key, list] of causeNames)
    for (const { cause, source } of list)
      inLine.push({ words: words(key), target: { kind: 'cause', cause, source } });
  for (const cause of data.causes)
    for (const alias of cause.aliases ?? [])
      inLine.push({
        words: words(normalizeName(alias)),
        target: { kind: 'cause', cause, source: 'alias' },
      });
  const prepared: Prepared = {
    codes: new Map(data.codes.map((row) => [row.code, row])),
    causes: new Map(data.causes.map((row) => [row.cause, row])),
    causeNames,
    reasons,
    aliases,
    phrases: data.phrases,
    phraseIndex: ownPhrases,
    phraseWords: phraseIndex(inLine),
    proxyPatterns: data.phrases
      .filter((entry) => entry.source === 'proxy')
      .map((entry) => ({
        entry,
        pattern: new RegExp(`${escape(entry.phrase)}(\\s*\\((?:\\d+|N)\\/[A-Z/]+\\))?`, 'gi'),
      })),
  };
  cache.set(data, prepared);
  return prepared;
}

/**
 * The causes a name stands for, each once, with the vocabulary it most likely came from: written
 * as an identifier (USER_BUSY) a stack's name, written in words (user busy) Q.850's.
 */
export function causesNamed(
  data: Prepared,
  key: string,
  written: string,
): { cause: AnswerCause; source: NameSource }[] {
  const identifier = /_/.test(written) || /^[A-Z0-9 ]+$/.test(written.trim());
  const preference: NameSource[] = identifier
    ? ['freeswitch', 'asterisk', 'q850']
    : ['q850', 'freeswitch', 'asterisk'];
  const byCause = new Map<AnswerCause, NameSource>();
  for (const { cause, source } of data.causeNames.get(key) ?? []) {
    const current = byCause.get(cause);
    if (!current || preference.indexOf(source) < preference.indexOf(current))
      byCause.set(cause, source);
  }
  return [...byCause].map(([cause, source]) => ({ cause, source }));
}
