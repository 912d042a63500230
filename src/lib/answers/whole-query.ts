// What a short query is as a whole: a cause number ("Q.850 17"), letters typed for digits
// ("4O4"), a reason phrase, a cause name, an alias or a stack's own phrase typed on its own.
import { codePath } from '../paths.ts';
import { normalizeName } from '../causes/names.ts';
import { causeAnswer, codeAnswer, mapsTo, ownPhraseAnswer, type Add } from './build.ts';
import { causesNamed, type Prepared } from './prepare.ts';
import { SCORE } from './scores.ts';

export function wholeQuery(query: string, data: Prepared, add: Add): void {
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
        SCORE.suggestion,
        0,
      );
  }
  const cause = /^(?:cause|q\.?850)(?:[ \t]+cause)?[ \t]*[:=#]?[ \t]*(\d{1,3})$/i.exec(query);
  if (cause) {
    const found = data.causes.get(Number(cause[1]));
    if (found) add(causeAnswer(found, 'cause-number'), SCORE.field, 0);
  }
  if (!key) return;
  // Typed in words, a registered phrase ("Not Acceptable") is about the code before any
  // stack's cause of the same name (FreeSWITCH's NOT_ACCEPTABLE).
  const phraseFirst = !query.includes('_') && data.reasons.has(key);
  for (const { cause: found, source } of causesNamed(data, key, query)) {
    const score = phraseFirst ? SCORE.phraseInLine : SCORE.causeName;
    add(causeAnswer(found, 'cause-name', source, query), score, 0);
    mapsTo(found, source, data, add, 0, score);
  }
  const alias = data.aliases.get(key) ?? aliasWithin(key, data);
  if (alias !== undefined)
    add(
      { ...codeAnswer(data, alias, 'alias', false), detail: `Looked up as “${query}”` },
      SCORE.alias,
      0,
    );
  for (const { code, former } of data.reasons.get(key) ?? [])
    add(
      {
        ...codeAnswer(data, code, 'reason-phrase', false),
        detail: former ? 'Its former reason phrase' : 'Its reason phrase',
      },
      phraseFirst ? SCORE.reasonTyped : SCORE.phraseInLine - 0.5,
      0,
    );
  for (const entry of data.phraseIndex.get(key) ?? [])
    add(
      ownPhraseAnswer(data, entry.code, entry.by, entry.phrase, entry.from),
      SCORE.ownPhraseTyped,
      0,
    );
}

/** An alias among the words of a short query ("spam call" → spam). */
function aliasWithin(key: string, data: Prepared): number | undefined {
  const words = ` ${key} `;
  for (const [alias, code] of data.aliases) if (words.includes(` ${alias} `)) return code;
  return undefined;
}
