// Reading a paste's sender clues, for the tests of sender.ts.
import { readFileSync } from 'node:fs';
import { buildExchange } from '../../../src/lib/trace/exchange.ts';
import { findMessages } from '../../../src/lib/trace/find.ts';
import { senderClues, type SenderClue } from '../../../src/lib/trace/sender.ts';
import { back, request, response, there } from './calls.ts';
import { explainData, traceDir } from './explain-data.ts';
export const exchangeOf = (text: string) => buildExchange(findMessages(text).messages);

/** The clues for every message of a paste, by index. */
export function allClues(text: string): SenderClue[][] {
  const exchange = exchangeOf(text);
  return exchange.messages.map((_, index) => senderClues(exchange, index, explainData));
}

export const trace = (name: string) => allClues(readFileSync(new URL(name, traceDir), 'utf8'));
export const kinds = (clues: SenderClue[]) => clues.map((clue) => clue.kind);
export const only = (clues: SenderClue[], kind: SenderClue['kind']) =>
  clues.filter((clue) => clue.kind === kind);

/** One response to an INVITE, with the INVITE before it, and its clues. */
export function answer(status: string, extra: string[] = [], toTag: string | null = 'b1') {
  const text =
    there(request('INVITE')) + back(response(status, { toTag: toTag ?? undefined, extra }));
  return allClues(text)[1]!;
}
