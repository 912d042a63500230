// Replaces every value the vault holds, wherever it occurs as a whole token outside the kept
// spans. Values are looked up by their first characters at each place a token may start, so a
// megabyte of text with thousands of values is read once, not once per value.
import { keptSpans } from './kept.ts';
import type { Entry, Vault } from './vault.ts';

const WORD = /[A-Za-z0-9_]/;
const ALNUM = /[A-Za-z0-9]/;
const KEY = 4;

/** Lower case for ASCII letters only, so that every character keeps its index. */
export const asciiLower = (text: string) =>
  text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 32));

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

export class Replacer {
  private readonly index = new Map<string, Entry[]>();
  private seen = 0;

  constructor(vault: Vault) {
    for (const entry of vault.all()) {
      const key = asciiLower(entry.original.slice(0, KEY));
      this.index.set(key, [...(this.index.get(key) ?? []), entry]);
    }
    for (const list of this.index.values())
      list.sort((a, b) => b.original.length - a.original.length);
  }

  private match(line: string, lower: string, at: number): Entry | null {
    for (let size = KEY; size >= 2; size--) {
      const list = this.index.get(lower.slice(at, at + size));
      if (!list) continue;
      for (const entry of list) {
        const { original } = entry;
        if (original.length < size || (size < KEY && original.length !== size)) continue;
        const found = entry.caseless
          ? lower.startsWith(asciiLower(original), at)
          : line.startsWith(original, at);
        if (found && startsToken(line, at, entry) && endsToken(line, at + original.length, entry))
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
      const glued = at > 2 && WORD.test(line[at - 1]!) && line[at - 3] !== '%';
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
