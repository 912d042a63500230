// Each reading of the text, turned into an answer with its score: the shapes read.ts knows, the
// numbers numbers.ts weighs and the phrases phrases.ts finds.
import {
  causeAnswer,
  codeAnswer,
  mapsTo,
  ownPhraseAnswer,
  ownPhraseDetail,
  type Add,
} from './build.ts';
import type { NumberReading } from './numbers.ts';
import type { PhraseFind } from './phrases.ts';
import type { Prepared } from './prepare.ts';
import type { Finding } from './read.ts';
import { SCORE } from './scores.ts';

export function fromFinding(finding: Finding, data: Prepared, add: Add): void {
  switch (finding.type) {
    case 'status-line': {
      const answer = codeAnswer(data, finding.code, 'status-line', true);
      const own = data.phrases.find(
        (entry) =>
          entry.code === finding.code &&
          entry.phrase.toLowerCase() === finding.phrase.toLowerCase(),
      );
      if (own) answer.detail = ownPhraseDetail(own.by, own.phrase, own.from);
      add(answer, SCORE.statusLine[Math.floor(finding.code / 100)]!, finding.at);
      return;
    }
    case 'sip-cause':
      add(
        {
          ...codeAnswer(data, finding.code, 'reason-header', true),
          detail: 'Reason header with a SIP cause',
        },
        SCORE.signed,
        finding.at,
      );
      return;
    case 'proxy-suffix':
      add(codeAnswer(data, finding.code, 'proxy-phrase', true), SCORE.signed, finding.at);
      return;
    case 'cause-number':
    case 'cause-name': {
      const cause = data.causes.get(finding.cause)!;
      const [source, name] =
        finding.type === 'cause-name' ? [finding.source, finding.name] : (['q850', ''] as const);
      const score = finding.type === 'cause-name' ? SCORE.identifier : SCORE.field;
      add(causeAnswer(cause, finding.type, source, name), score, finding.at);
      mapsTo(cause, source, data, add, finding.at, score);
      return;
    }
    case 'own-phrase':
      add(
        ownPhraseAnswer(data, finding.code, finding.by, finding.phrase),
        SCORE.proxyPhrase,
        finding.at,
      );
  }
}

export function fromNumber(reading: NumberReading, data: Prepared, add: Add): void {
  const { value, score, at, why } = reading;
  if (reading.kind === 'cause') {
    const cause = data.causes.get(value);
    if (!cause) return;
    add({ ...causeAnswer(cause, 'cause-number'), detail: why }, score, at);
    mapsTo(cause, 'q850', data, add, at, score);
  } else {
    add({ ...codeAnswer(data, value, 'in-context', false), detail: why }, score, at);
  }
  if (reading.related?.kind === 'code')
    add(codeAnswer(data, reading.related.value, 'in-context', false), score - 2, at, true);
}

export function fromPhrase(find: PhraseFind, data: Prepared, add: Add): void {
  const { target } = find.entry;
  const lone = find.entry.words.length === 1;
  if (target.kind === 'cause') {
    const score = target.source === 'alias' ? SCORE.alias + 0.5 : SCORE.phraseInLine - 0.5;
    const answer = causeAnswer(
      target.cause,
      'cause-name',
      target.source === 'alias' ? 'q850' : target.source,
      find.written,
    );
    if (target.source === 'alias') answer.detail = `Looked up as “${find.written}”`;
    // "Service Unavailable" is 503's phrase before it is FreeSWITCH's SERVICE_UNAVAILABLE.
    const alsoReason = data.reasons.has(find.entry.words.join(' '));
    add(answer, lone ? SCORE.loneWord : score, find.at, alsoReason);
    if (target.source !== 'alias') mapsTo(target.cause, target.source, data, add, find.at, score);
    return;
  }
  const detail =
    target.kind === 'alias'
      ? `Looked up as “${find.written}”`
      : `${target.former ? 'Its former reason phrase' : 'Its reason phrase'}, “${find.written}”, in the line`;
  const score = lone
    ? target.kind === 'reason'
      ? SCORE.phraseInLine - 0.5
      : SCORE.loneWord
    : target.kind === 'alias'
      ? SCORE.alias
      : SCORE.phraseInLine - (target.former ? 0.5 : 0);
  add(
    {
      ...codeAnswer(data, target.code, target.kind === 'alias' ? 'alias' : 'reason-phrase', false),
      detail,
    },
    score,
    find.at,
  );
}
