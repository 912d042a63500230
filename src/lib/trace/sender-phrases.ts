// Reason phrases that name their sender: the ones a stack writes itself when it builds a reply
// on its own (content/stacks/), and the "(477/TM)" mark Kamailio and OpenSIPS put after the
// phrase of a reply built from an internal error (content/causes/proxy-replies.yaml).
import type { SipResponse } from '../sip-message.ts';
import type { ExplainData, OwnPhrase } from './data.ts';
import { clip, MAX_EVIDENCE, type SenderClue } from './sender-clue.ts';

/** "(477/TM)" at the end of a phrase: the internal error's number and the signature. */
const SIGNATURE = /\s*\((\d{1,4})\/([A-Z]+(?:\/[A-Z]+)*)\)$/;

/** Spacing in a pasted status line is not the stack's doing; letter case is. */
const flat = (phrase: string) => phrase.replace(/\s+/g, ' ').trim();

function joinNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The stacks' replies with this phrase. The number in the signature varies with the error
 * (Kamailio's "server error occurred (N/TM)"), and the same text may be signed /TM or /SL, so
 * when no phrase matches whole, the text before the signature is compared.
 */
function matching(code: number, phrase: string, data: ExplainData): OwnPhrase[] {
  const candidates = data.ownPhrases[code] ?? [];
  const exact = candidates.filter((entry) => flat(entry.phrase) === phrase);
  if (exact.length > 0 || !SIGNATURE.test(phrase)) return exact;
  const text = phrase.replace(SIGNATURE, '');
  return candidates.filter((entry) => {
    const own = flat(entry.phrase);
    return SIGNATURE.test(own) && own.replace(SIGNATURE, '') === text;
  });
}

function ownPhraseClues(message: SipResponse, phrase: string, data: ExplainData): SenderClue[] {
  const found = matching(message.code, phrase, data);
  const stacks = [...new Set(found.map((entry) => entry.stack))];
  const name = (stack: string) => data.stacks[stack] ?? stack;
  return found.map((entry) => {
    const others = stacks.filter((stack) => stack !== entry.stack).map(name);
    const also =
      others.length > 0 ? ` ${joinNames(others)} build${others.length > 1 ? '' : 's'} it too.` : '';
    const where = entry.config ? ', in its stock configuration,' : '';
    return {
      kind: 'own-phrase' as const,
      text: `${name(entry.stack)} builds this reply${where} with this phrase of its own. ${entry.condition}${also}`,
      evidence: clip(`SIP/2.0 ${message.code} ${phrase}`, MAX_EVIDENCE),
      stack: entry.stack,
      href: entry.url,
    };
  });
}

function signatureClue(message: SipResponse, phrase: string, data: ExplainData): SenderClue[] {
  const match = SIGNATURE.exec(phrase);
  const signature = match ? data.signatures[match[2]!] : undefined;
  if (!match || !signature) return [];
  const mark = `(${match[1]}/${match[2]})`;
  return [
    {
      kind: 'signature',
      text: `The phrase ends in ${mark}, the mark ${joinNames(signature.stacks)} add when their ${signature.module} module builds a reply from an internal error; ${match[1]} is that error's number. One of them built this response itself.`,
      evidence: clip(`SIP/2.0 ${message.code} ${phrase}`, MAX_EVIDENCE),
    },
  ];
}

/** Clues from the reason phrase, when a stack writes it (or signs it) in its own way. */
export function phraseClues(message: SipResponse, data: ExplainData): SenderClue[] {
  const phrase = flat(message.reason);
  if (phrase === '') return [];
  return [...ownPhraseClues(message, phrase, data), ...signatureClue(message, phrase, data)];
}
