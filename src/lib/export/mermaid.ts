// The explained trace as a Mermaid sequence diagram, for a Markdown ticket or wiki page that
// draws ```mermaid blocks (GitHub, GitLab). Only syntax that Mermaid 10 already reads:
// participant aliases, ->> / -->> / --) arrows, autonumber and Note over.
//
// Text from the trace never reaches Mermaid as syntax. Its lexer ends a message or a label at
// "#", ";" and a line break, and before parsing it turns "#name;" and "#123;" into characters;
// "%%" starts a comment or a directive, "<br>" breaks a line, a leading "wrap:" is an option,
// and a line with "style" or "classDef" in it loses its last ";". So every character but
// letters, digits and plain punctuation is written as a "#code;", and those words are split.
import type { Explanation } from '../trace/index.ts';

export interface MermaidOptions {
  /** Arrows drawn at most; a note at the end says how many were left out. */
  maxMessages?: number;
  /** A "Note over" for each diagnosis, under the message it points at first. */
  notes?: boolean;
}

/**
 * Mermaid's default maxTextSize: a longer diagram is not drawn at all. The output stays under
 * it with room to spare for the ```mermaid fence around it.
 */
export const MERMAID_MAX_TEXT = 50_000;
const BUDGET = MERMAID_MAX_TEXT - 1_000;
const DEFAULT_MAX_MESSAGES = 200;

/** Characters Mermaid reads as text wherever they stand in a label. */
const PLAIN = /[A-Za-z0-9 .,:@/()[\]_+\-=?!*'~]/;

/** Text as one line of Mermaid label that reads exactly as the text, and nothing more. */
export function mermaidText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  let out = '';
  for (const char of line)
    out += PLAIN.test(char) ? char : `#${char.codePointAt(0)!.toString(10)};`;
  return (
    out
      // A leading "wrap:" or "nowrap:" would be read as the wrapping option.
      .replace(/^:?(?:no)?wrap:/i, (word) => `#${word.charCodeAt(0)};${word.slice(1)}`)
      .replace(/style|classDef/g, (word) => `#${word.charCodeAt(0)};${word.slice(1)}`) ||
    // An empty label would leave a message line ending in ":".
    '#32;'
  );
}

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** A `sequenceDiagram` of the exchange: one arrow per message, in the order they were seen. */
export function toMermaid(explanation: Explanation, options: MermaidOptions = {}): string {
  const maxMessages = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
  const aliasOf = new Map<string, string>();
  const aliasOfLabel = new Map<string, string>();
  const lines = ['sequenceDiagram', '  autonumber'];
  explanation.participants.forEach(({ id, label }, index) => {
    const alias = `P${index + 1}`;
    aliasOf.set(id, alias);
    if (!aliasOfLabel.has(label)) aliasOfLabel.set(label, alias);
    lines.push(`  participant ${alias} as ${mermaidText(label)}`);
  });
  const repeats = new Set(
    explanation.problems.filter((p) => p.kind === 'retransmission').map((p) => p.message),
  );
  const notesAt = new Map<number, string[]>();
  if (options.notes !== false)
    for (const diagnosis of explanation.diagnoses) {
      const at = diagnosis.messages[0];
      if (at === undefined) continue;
      const text = `${SEVERITY[diagnosis.severity]}: ${diagnosis.title}`;
      notesAt.set(at, [...(notesAt.get(at) ?? []), text]);
    }
  // The ladder knows each row's two ends by id; past its rows, the labels tell them apart.
  const ends = (index: number): [string, string] => {
    const row = explanation.ladder.messages[index];
    const message = explanation.messages[index]!;
    return [
      (row && aliasOf.get(row.from)) ?? aliasOfLabel.get(message.from) ?? 'P1',
      (row && aliasOf.get(row.to)) ?? aliasOfLabel.get(message.to) ?? 'P1',
    ];
  };
  const first = aliasOf.values().next().value ?? 'P1';
  const last = [...aliasOf.values()].at(-1) ?? first;
  const span = first === last ? first : `${first},${last}`;
  let size = lines.join('\n').length;
  let drawn = 0;
  for (const [index, message] of explanation.messages.entries()) {
    if (drawn >= maxMessages) break;
    const [from, to] = ends(index);
    const repeat = repeats.has(index);
    const arrow = repeat ? '--)' : message.kind === 'request' ? '->>' : '-->>';
    const label = repeat ? `${message.label} (again)` : message.label;
    const over = from === to ? from : `${from},${to}`;
    const row = [
      `  ${from}${arrow}${to}: ${mermaidText(label)}`,
      ...(notesAt.get(index) ?? []).map((note) => `  Note over ${over}: ${mermaidText(note)}`),
    ];
    const rowSize = row.join('\n').length + 1;
    if (size + rowSize > BUDGET) break;
    lines.push(...row);
    size += rowSize;
    drawn += 1;
  }
  const left = explanation.messages.length - drawn;
  if (left > 0)
    lines.push(
      `  Note over ${span}: ${mermaidText(`${left} more ${left === 1 ? 'message' : 'messages'} not drawn`)}`,
    );
  return `${lines.join('\n')}\n`;
}
