// The shape of a clue to who built a response, shared by the modules that find them.

export type SenderClueKind =
  /** The Server header names the software. */
  | 'server'
  /** A User-Agent header on a response names the software. */
  | 'user-agent'
  /** A Warning names the element that added it. */
  | 'warning-agent'
  /** The reason phrase is one a known stack writes when it builds the reply itself. */
  | 'own-phrase'
  /** The phrase ends in a proxy's "(N/TM)" mark. */
  | 'signature'
  /** A Reason header carries a Q.850 cause from the telephone network. */
  | 'q850-reason'
  /** The To tag differs from an earlier answer's to the same request: another element. */
  | 'other-to-tag'
  /** No To tag, where the answering element must put one. */
  | 'no-to-tag'
  /** A 100 Trying, built by the next hop. */
  | 'trying'
  /** A 200 to a CANCEL, built by the next hop. */
  | 'cancel-hop';

export interface SenderClue {
  kind: SenderClueKind;
  /** What the clue says about the sender, in plain words for the reader. */
  text: string;
  /** The header field or status line the clue rests on, as the message has it (shortened). */
  evidence: string;
  /** The stack the clue names, a key of ExplainData.stacks. */
  stack?: string;
  /** The line of the stack's source that builds the reply. */
  href?: string;
  /** Other messages of the exchange the clue compares this one with (their indexes). */
  related?: number[];
}

/** Header values and phrases are quoted back; a pasted one can be any length. */
const MAX_QUOTED = 120;
export const MAX_EVIDENCE = 200;

export function clip(text: string, max: number = MAX_QUOTED): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
