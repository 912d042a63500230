// Replaces every value the vault holds, wherever it occurs as a whole token outside the kept
// spans. Values are looked up by their first characters at each place a token may start, so a
// megabyte of text with thousands of values is read once, not once per value.
import { keptSpans } from './kept.ts';
import type { Entry, Vault } from './vault.ts';

const KEY = 4;

// Character tests by code: they run once for every character of a trace.
const isAlnum = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isWord = (code: number) => code === 95 || isAlnum(code);
const WORD = { test: (char: string) => isWord(char.charCodeAt(0)) };
const ALNUM = { test: (char: string) => isAlnum(char.charCodeAt(0)) };

/** Lower case in which every character keeps its index (only "İ" grows under toLowerCase). */
export function asciiLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length
    ? lower
    : text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 32));
}

function startsToken(line: string, at: number, entry: Entry): boolean {
  if (at === 0 || !WORD.test(entry.original[0]!)) return true;
  const before = line[at - 1]!;
  // Right after an escape such as "%2B" (the "+" of a number) or "%3D" (Replaces in a URI).
  if (WORD.test(before)) return /%[0-9A-Fa-f]{2}$/.test(line.slice(Math.max(0, at - 3), at));
  // Inside a dotted or hyphenated name: "office" in "office.example.com".
  return !((before === '.' || before === '-') && at >= 2 && ALNUM.test(line[at - 2]!));
}

function endsToken(line: string, end: number, entry: Entry): boolean {
  if (end >= line.length || !WORD.test(entry.original[entry.original.length - 1]!)) return true;
  const after = line[end]!;
  if (WORD.test(after)) return false;
  if ((after === '.' || after === '-') && ALNUM.test(line[end + 1] ?? '')) {
    // tcpdump writes an address and its port as "10.0.0.1.5060" and "host.example.com.5060".
    return (
      after === '.' &&
      (entry.kind === 'ip-address' || entry.kind === 'host') &&
      /^\.\d{1,5}(?![\w.])/.test(line.slice(end, end + 8))
    );
  }
  return true;
}

/** The values that start with the same few characters, by their text and their lengths. */
interface Bucket {
  lengths: number[];
  exact: Map<string, Entry>;
  caseless: Map<string, Entry>;
}

export class Replacer {
  private readonly index = new Map<string, Bucket>();
  private seen = 0;

  constructor(vault: Vault) {
    for (const entry of vault.all()) {
      const lower = asciiLower(entry.original);
      const key = lower.slice(0, KEY);
      let bucket = this.index.get(key);
      if (!bucket)
        this.index.set(key, (bucket = { lengths: [], exact: new Map(), caseless: new Map() }));
      if (entry.caseless) bucket.caseless.set(lower, entry);
      else bucket.exact.set(entry.original, entry);
      if (!bucket.lengths.includes(lower.length)) bucket.lengths.push(lower.length);
    }
    for (const bucket of this.index.values()) bucket.lengths.sort((a, b) => b - a);
  }

  /** The longest value that stands as a whole token at a place, if any. */
  private match(line: string, lower: string, at: number): Entry | null {
    for (let size = KEY; size >= 2; size--) {
      const bucket = this.index.get(lower.slice(at, at + size));
      if (!bucket) continue;
      for (const length of bucket.lengths) {
        if (at + length > line.length) continue;
        const entry =
          bucket.exact.get(line.slice(at, at + length)) ??
          bucket.caseless.get(lower.slice(at, at + length));
        if (entry && startsToken(line, at, entry) && endsToken(line, at + length, entry))
          return entry;
      }
    }
    return null;
  }

  /** One line with its values replaced; counts each replacement when asked to. */
  line(line: string, count: boolean): string {
    if (this.index.size === 0 || line.length === 0) return line;
    const lower = asciiLower(line);
    const kept = keptSpans(line);
    let out = '';
    let copied = 0;
    let span = 0;
    for (let at = 0; at < line.length;) {
      while (span < kept.length && kept[span]![1] <= at) span++;
      if (span < kept.length && kept[span]![0] <= at) {
        at = kept[span]![1];
        continue;
      }
      // Most places are inside a word, where no value can start.
      const glued = at > 2 && isWord(line.charCodeAt(at - 1)) && line[at - 3] !== '%';
      const entry = glued ? null : this.match(line, lower, at);
      if (!entry) {
        at++;
        continue;
      }
      out += line.slice(copied, at) + entry.placeholder;
      if (count) {
        const primary = entry.primary ?? entry;
        primary.count++;
        primary.first ??= this.seen++;
      }
      at += entry.original.length;
      copied = at;
    }
    return out + line.slice(copied);
  }

  /** A text with its values replaced, line by line, line ends kept. */
  text(text: string, count = false): string {
    return text
      .split(/(\r\n|\r|\n)/)
      .map((part, index) => (index % 2 === 1 ? part : this.line(part, count)))
      .join('');
  }
}
