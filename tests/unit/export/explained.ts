// Explanations for the export tests: the real traces, a retransmission, a long exchange, and
// one whose every label and name is hostile text.
import { readdirSync, readFileSync } from 'node:fs';
import type { Diagnosis } from '../../../src/lib/diagnose/types.ts';
import { explainTrace, type Explanation } from '../../../src/lib/trace/index.ts';
import { back, request, response, there } from '../trace/calls.ts';
import { explainData, traceDir } from '../trace/explain-data.ts';

export const traceNames = readdirSync(traceDir).filter((name) => name.endsWith('.txt'));

export const explainFile = (name: string): Explanation =>
  explainTrace(readFileSync(new URL(name, traceDir), 'utf8'), explainData);

/** The RFC 3665 flows: 3.9 Unsuccessful Busy, 3.8 No Answer, 2.1 Registration. */
export const rfc3665 = traceNames.filter((name) => name.startsWith('rfc3665-'));

/** An INVITE sent twice and a 180 sent twice: two retransmissions. */
export function retransmitted(): Explanation {
  const invite = there(request('INVITE'));
  const ringing = back(response('180 Ringing', { toTag: 't' }));
  const busy = back(response('486 Busy Here', { toTag: 't' }));
  return explainTrace(invite + invite + ringing + ringing + busy, explainData);
}

/** `count` OPTIONS requests, each its own transaction. */
export function long(count: number): Explanation {
  const text = Array.from({ length: count }, (_, at) =>
    there(request('OPTIONS', { branch: `z9hG4bK${at}`, cseq: `${at + 1} OPTIONS` })),
  ).join('');
  return explainTrace(text, explainData, { maxMessages: count });
}

export const HOSTILE = [
  'end',
  'a;b',
  'x # y',
  '<script>alert(1)</script>',
  `"double" 'single'`,
  'two\nlines',
  'wrap:no',
  '%%{init: {"theme":"dark"}}%%',
  'lifestyle: #f00;',
  '#59; literal',
  '&lt;b&gt; & amp',
  'x-->>y ->> z',
  '$$x^2$$',
  'a<br>b',
  '`code` | pipe \\ back',
  '# heading',
  '@someone [link](http://x.example/) *em* _u_ ~s~',
  'é ü 😀 …',
];

const diagnosis = (title: string, messages: number[]): Diagnosis => ({
  kind: 'test',
  severity: 'warning',
  title,
  detail: `About ${title}`,
  messages,
  rule: { rfc: 3261, section: '17.1.1.2', name: 'Timer B' },
  page: '/408/',
});

/** The Busy flow with every participant's name and every message's label replaced by hostile text. */
export function hostile(): Explanation {
  const base = explainFile('rfc3665-busy.txt');
  const rename = new Map(base.participants.map((p, at) => [p.label, HOSTILE[at]!]));
  const labelOf = (at: number) => HOSTILE[(at + 4) % HOSTILE.length]!;
  return {
    ...base,
    summary: 'Alice <b>called</b> | Bob # `now` @team',
    participants: base.participants.map((p) => ({ ...p, label: rename.get(p.label)! })),
    messages: base.messages.map((m, at) => ({
      ...m,
      from: rename.get(m.from)!,
      to: rename.get(m.to)!,
      label: labelOf(at),
      place: at === 0 ? 'line | 1' : m.place,
    })),
    ladder: {
      participants: base.ladder.participants.map((p, at) => ({ ...p, label: HOSTILE[at]! })),
      messages: base.ladder.messages.map((m, at) => ({ ...m, label: labelOf(at) })),
    },
    diagnoses: [diagnosis('end; #x <b> | y', [5, 6])],
  };
}

export const withDiagnoses = (explanation: Explanation, ...items: [string, number[]][]) => ({
  ...explanation,
  diagnoses: items.map(([title, messages]) => diagnosis(title, messages)),
});
