// Finds wording copied from the RFCs: any run of `minWords` or more consecutive words that a
// content text shares with an RFC text, compared without case, punctuation or layout. Pages
// must explain the RFCs in their own words; a shared run that long is a copied sentence.
import { withoutPageBreaks, wordsOf } from './rfc-text.ts';

export const MIN_COPIED_WORDS = 10;

export interface PhraseIndex {
  minWords: number;
  /** Every run of minWords words in the RFCs → the first RFC it occurs in. */
  phrases: Map<string, string>;
}

export function indexRfcPhrases(
  rfcs: readonly { name: string; text: string }[],
  minWords = MIN_COPIED_WORDS,
): PhraseIndex {
  const phrases = new Map<string, string>();
  for (const { name, text } of rfcs) {
    const words = wordsOf(withoutPageBreaks(text));
    for (let index = 0; index + minWords <= words.length; index++) {
      const phrase = words.slice(index, index + minWords).join(' ');
      if (!phrases.has(phrase)) phrases.set(phrase, name);
    }
  }
  return { minWords, phrases };
}

export interface SharedRun {
  /** The shared words, normalised, as long as the run goes. */
  words: string;
  /** The RFC the run starts in. */
  rfc: string;
}

/** The runs of at least minWords words that a text shares with the indexed RFCs, longest first. */
export function sharedRuns(text: string, index: PhraseIndex): SharedRun[] {
  const words = wordsOf(text);
  const { minWords, phrases } = index;
  const runs: SharedRun[] = [];
  let runStart = -1;
  let runEnd = -1;
  let rfc = '';
  const close = () => {
    if (runStart !== -1) runs.push({ words: words.slice(runStart, runEnd).join(' '), rfc });
    runStart = -1;
  };
  for (let start = 0; start + minWords <= words.length; start++) {
    const found = phrases.get(words.slice(start, start + minWords).join(' '));
    if (found === undefined) {
      close();
      continue;
    }
    if (runStart === -1) {
      runStart = start;
      rfc = found;
    }
    runEnd = start + minWords;
  }
  close();
  return runs.sort((a, b) => b.words.length - a.words.length);
}
