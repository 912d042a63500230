/**
 * Instant answers: what someone typed or pasted into a search box, turned into direct links.
 *
 *   answers(query: string, data: AnswerData, limit = 6): Answer[]
 *
 * `data` is /answers.json (see ./data.ts), fetched once. Answers come best first, each once:
 *
 *   kind    'code'              a registered status code        url: its page, e.g. /486/
 *           'unregistered-code' a code no one registered (477)  url: its page, which says who sends it
 *           'cause'             a Q.850 or PBX cause            url: /causes/17/
 *           'suggestion'        "did you mean" (4O4 → 404)      url: the code's page
 *   label   what to show as the link: "486 Busy Here", "Cause 17 User busy", "Did you mean 404 Not Found?"
 *   detail  one short line: how it was read, or what it means ("Not a failure: …")
 *   url     built with codePath()/causePath(), so under the site's base path
 *   exact   true on the first answer alone, when the text is clearly about it: what Enter opens
 *   match   how it was read: 'code' | 'status-line' | 'reason-header' | 'cause-number' |
 *           'cause-name' | 'proxy-phrase' | 'maps-to' | 'alias' | 'reason-phrase' |
 *           'letters-as-digits' | 'in-context' (a number the words around it make a status)
 *   code, cause  the number answered, for whichever it is
 *
 * Pure and synchronous: no DOM, no network, no Astro; safe on any string, up to a 100 KB paste.
 */
import type { AnswerData } from './data.ts';
import { codeAnswer, type Add } from './build.ts';
import { blankNoise } from './noise.ts';
import { readFields, readNumbers } from './numbers.ts';
import { findPhrases, meantInLine } from './phrases.ts';
import { prepare } from './prepare.ts';
import { clean, read } from './read.ts';
import { fromFinding, fromNumber, fromPhrase } from './readings.ts';
import { CLEAR_FROM, CLEAR_MARGIN, SCORE } from './scores.ts';
import { wholeQuery } from './whole-query.ts';

export type { AnswerData } from './data.ts';

export interface Answer {
  kind: 'code' | 'unregistered-code' | 'cause' | 'suggestion';
  label: string;
  detail: string;
  url: string;
  exact: boolean;
  match:
    | 'code'
    | 'status-line'
    | 'reason-header'
    | 'cause-number'
    | 'cause-name'
    | 'proxy-phrase'
    | 'maps-to'
    | 'alias'
    | 'reason-phrase'
    | 'letters-as-digits'
    | 'in-context';
  code?: number;
  cause?: number;
}

/** One reading of the text as an answer, with how sure it is. */
interface Scored {
  answer: Answer;
  score: number;
  at: number;
  related: boolean;
  /** The order it was read in: the tie-break after the position in the text. */
  order: number;
}

/** A query this short is a lookup, not a log line: a number in it is what is looked up. */
const SHORT = 80;

export function answers(query: string, data: AnswerData, limit = 6): Answer[] {
  if (typeof query !== 'string' || !data) return [];
  const text = clean(query);
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const prepared = prepare(data);
  const scored: Scored[] = [];
  const add: Add = (answer, score, at, related = false) =>
    scored.push({ answer, score, at, related, order: scored.length });
  const single = trimmed.length <= SHORT && !/[\r\n]/.test(trimmed);

  if (/^\d{3}$/.test(trimmed)) {
    const code = Number(trimmed);
    if (code >= 100 && code <= 699)
      add(codeAnswer(prepared, code, 'code', true), SCORE.bareCode, 0);
  }
  if (single) wholeQuery(trimmed, prepared, add);

  const few = single && trimmed.split(/\s+/).length <= 5;
  const { found, claimed } = read(text, prepared);
  for (const finding of found) fromFinding(finding, prepared, add);
  for (const find of findPhrases(text, prepared, claimed))
    if (meantInLine(find, text, few)) fromPhrase(find, prepared, add);
  // Numbers last, on the text with noise, fields and what was read above blanked out.
  const isCause = (n: number) => prepared.causes.has(n);
  const fields = readFields(blankSpans(blankNoise(text), claimed), isCause);
  for (const reading of fields.readings) fromNumber(reading, prepared, add);
  for (const reading of readNumbers(fields.rest, text, few)) fromNumber(reading, prepared, add);
  return best(scored, limit);
}

function blankSpans(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [start, end] of spans)
    out = out.slice(0, start) + out.slice(start, end).replace(/[^\r\n]/g, ' ') + out.slice(end);
  return out;
}

/**
 * Best first, each page once. A page read in more than one way gains a point for each other way
 * (up to two): "code=486 … Busy Here" is surer than either alone. The first is exact (Enter
 * opens it) only when it is clear: sure enough, and well ahead of every other reading.
 */
function best(scored: Scored[], limit: number): Answer[] {
  const byUrl = new Map<string, { top: Scored; ways: Set<string>; related: boolean }>();
  for (const item of scored) {
    const entry = byUrl.get(item.answer.url);
    if (!entry) {
      const ways = new Set(item.related ? [] : [item.answer.match]);
      byUrl.set(item.answer.url, { top: item, ways, related: item.related });
      continue;
    }
    if (!item.related) entry.ways.add(item.answer.match);
    entry.related &&= item.related;
    if (item.score > entry.top.score || (item.score === entry.top.score && item.at < entry.top.at))
      entry.top = item;
  }
  const ranked = [...byUrl.values()]
    .map(({ top, ways, related }) => ({
      ...top,
      related,
      score: top.score + Math.min(2, Math.max(0, ways.size - 1)),
    }))
    .sort((a, b) => b.score - a.score || a.at - b.at || a.order - b.order);
  const out = ranked.slice(0, limit).map(({ answer }) => ({ ...answer, exact: false }));
  if (out.length > 0 && isClear(ranked)) out[0]!.exact = true;
  return out;
}

function isClear(ranked: readonly { score: number; related: boolean }[]): boolean {
  const [first, ...rest] = ranked;
  if (!first || first.related || first.score < CLEAR_FROM) return false;
  const runnerUp = rest.find((item) => !item.related);
  return !runnerUp || first.score - runnerUp.score >= CLEAR_MARGIN;
}
