// What the full-text search looks for when a whole log line was pasted. Pagefind finds only pages
// that hold every word, so a 150-character line would find nothing; the line's meaning is what
// its answers read from it, and failing those, its few longest words that are not log furniture.
import type { AnswerLink } from '../search-results.ts';
import { blankNoise } from './noise.ts';

/** Up to this long, a query is what the reader typed, searched as it is. */
const AS_TYPED = 60;

/** Words every log line has and no page is about. */
const FURNITURE = new Set(
  'debug info notice warning warn error verbose trace fatal critical message received sending sent while during'.split(
    ' ',
  ),
);

export function fullTextQuery(query: string, answers: readonly AnswerLink[]): string {
  const text = query.trim();
  if (text.length <= AS_TYPED && !/[\r\n]/.test(text)) return text;
  const first = answers[0];
  if (first) {
    // "486 Busy Here" → "486"; "Cause 17 User busy" → "User busy".
    const code = /^(\d{3})\b/.exec(first.label)?.[1];
    return code ?? first.label.replace(/^Cause \d+ /, '');
  }
  const words = [...blankNoise(text).matchAll(/\b[A-Za-z]{5,}\b/g)]
    .map(([word]) => word)
    .filter((word) => !FURNITURE.has(word.toLowerCase()));
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .slice(0, 3)
    .join(' ');
}
