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
 *   exact   true for a code, a status line or a cause: what Enter may open at once
 *   match   how it was read: 'code' | 'status-line' | 'reason-header' | 'cause-number' |
 *           'cause-name' | 'proxy-phrase' | 'maps-to' | 'alias' | 'reason-phrase' | 'letters-as-digits'
 *   code, cause  the number answered, for whichever it is
 *
 * Pure and synchronous: no DOM, no network, no Astro; safe on any string, up to a 100 KB paste.
 */
import { codePath } from '../paths.ts';
import { normalizeName } from '../causes/names.ts';
import type { AnswerData } from './data.ts';
import {
  causeAnswer,
  codeAnswer,
  mapsTo,
  ownPhraseAnswer,
  ownPhraseDetail,
  type Add,
} from './build.ts';
import { causesNamed, prepare, type Prepared } from './prepare.ts';
import { clean, read, type Finding } from './read.ts';

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
    | 'letters-as-digits';
  code?: number;
  cause?: number;
}

/** Lower ranks come first; within a rank, the text's order. */
interface Ranked {
  answer: Answer;
  rank: number;
  at: number;
}

const SHORT = 80;

export function answers(query: string, data: AnswerData, limit = 6): Answer[] {
  if (typeof query !== 'string' || !data) return [];
  const text = clean(query);
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const prepared = prepare(data);
  const ranked: Ranked[] = [];
  const add = (answer: Answer, rank: number, at: number) => ranked.push({ answer, rank, at });
  const single = trimmed.length <= SHORT && !/[\r\n]/.test(trimmed);

  if (/^\d{3}$/.test(trimmed)) {
    const code = Number(trimmed);
    if (code >= 100 && code <= 699) add(codeAnswer(prepared, code, 'code', true), 0, 0);
  }
  if (single) wholeQuery(trimmed, prepared, add);

  for (const finding of read(text, prepared)) fromFinding(finding, prepared, add);

  // A code standing alone in a short query ("error 503"), where nothing above read it.
  // Not when the query speaks of a cause: "cause=250" names no code.
  if (single && ranked.length === 0 && !/cause|q\.?850/i.test(trimmed)) {
    for (const match of trimmed.matchAll(/(?<![\w.])([1-6]\d\d)(?![\w.])/g))
      add(codeAnswer(prepared, Number(match[1]), 'code', false), 4, match.index);
  }
  return best(ranked, limit);
}

function wholeQuery(query: string, data: Prepared, add: Add) {
  const key = normalizeName(query);
  // "4O4", "5OO", "l80": letters typed for digits. Never read as another code.
  if (/^[1-6lIoO0-9]{3}$/.test(query) && /\d/.test(query) && /[lIoO]/.test(query)) {
    const code = Number(query.replace(/[oO]/g, '0').replace(/[lI]/g, '1'));
    const known = data.codes.get(code);
    if (known)
      add(
        {
          kind: 'suggestion',
          label: `Did you mean ${code} ${known.reason}?`,
          detail: `“${query}” has letters where digits go`,
          url: codePath(code),
          exact: false,
          match: 'letters-as-digits',
          code,
        },
        5,
        0,
      );
  }
  const cause = /^(?:cause|q\.?850)(?:[ \t]+cause)?[ \t]*[:=#]?[ \t]*(\d{1,3})$/i.exec(query);
  if (cause) {
    const found = data.causes.get(Number(cause[1]));
    if (found) add(causeAnswer(found, 'cause-number'), 1, 0);
  }
  if (!key) return;
  // Typed in words, a registered phrase ("Not Acceptable") is about the code before any
  // stack's cause of the same name (FreeSWITCH's NOT_ACCEPTABLE).
  const phraseFirst = !query.includes('_') && data.reasons.has(key);
  for (const { cause: found, source } of causesNamed(data, key, query)) {
    add(causeAnswer(found, 'cause-name', source, query), phraseFirst ? 1.5 : 1, 0);
    mapsTo(found, source, data, add, 0);
  }
  const alias = data.aliases.get(key) ?? aliasWithin(key, data);
  if (alias !== undefined)
    add({ ...codeAnswer(data, alias, 'alias', false), detail: `Looked up as “${query}”` }, 4, 0);
  for (const { code, former } of data.reasons.get(key) ?? [])
    add(
      {
        ...codeAnswer(data, code, 'reason-phrase', false),
        detail: former ? 'Its former reason phrase' : 'Its reason phrase',
      },
      phraseFirst ? 0.9 : 4,
      0,
    );
  for (const entry of data.phraseIndex.get(key) ?? [])
    add(ownPhraseAnswer(data, entry.code, entry.by, entry.phrase, entry.from), 3, 0);
}

/** An alias among the words of a short query ("spam call" → spam). */
function aliasWithin(key: string, data: Prepared): number | undefined {
  const words = ` ${key} `;
  for (const [alias, code] of data.aliases) if (words.includes(` ${alias} `)) return code;
  return undefined;
}

function fromFinding(finding: Finding, data: Prepared, add: Add) {
  switch (finding.type) {
    case 'status-line': {
      const answer = codeAnswer(data, finding.code, 'status-line', true);
      const own = data.phrases.find(
        (entry) =>
          entry.code === finding.code &&
          entry.phrase.toLowerCase() === finding.phrase.toLowerCase(),
      );
      if (own) answer.detail = ownPhraseDetail(own.by, own.phrase, own.from);
      // Failures first: a pasted trace's 486 matters more than its 100 Trying.
      const order =
        finding.code >= 400 ? 0 : finding.code >= 300 ? 0.1 : finding.code >= 200 ? 0.2 : 0.3;
      add(answer, order, finding.at);
      return;
    }
    case 'sip-cause':
      add(
        {
          ...codeAnswer(data, finding.code, 'reason-header', true),
          detail: 'Reason header with a SIP cause',
        },
        0,
        finding.at,
      );
      return;
    case 'status-field':
      add(
        {
          ...codeAnswer(data, finding.code, 'status-line', true),
          detail: 'Status code in a log field',
        },
        0.6,
        finding.at,
      );
      return;
    case 'proxy-suffix':
      add(codeAnswer(data, finding.code, 'proxy-phrase', true), 0.5, finding.at);
      return;
    case 'cause-number':
    case 'cause-name': {
      const cause = data.causes.get(finding.cause)!;
      const [source, name] =
        finding.type === 'cause-name' ? [finding.source, finding.name] : (['q850', ''] as const);
      add(causeAnswer(cause, finding.type, source, name), 1, finding.at);
      mapsTo(cause, source, data, add, finding.at);
      return;
    }
    case 'own-phrase':
      add(ownPhraseAnswer(data, finding.code, finding.by, finding.phrase), 2, finding.at);
  }
}

/** Best first, each page once (an exact reading wins over a loose one of the same page). */
function best(ranked: Ranked[], limit: number): Answer[] {
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank || a.at - b.at);
  const seen = new Set<string>();
  const out: Answer[] = [];
  for (const { answer } of sorted) {
    if (seen.has(answer.url)) continue;
    seen.add(answer.url);
    out.push(answer);
    if (out.length === limit) break;
  }
  return out;
}
