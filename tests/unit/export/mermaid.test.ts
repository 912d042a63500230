import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MERMAID_MAX_TEXT, mermaidText, toMermaid } from '../../../src/lib/export/mermaid.ts';
import {
  explainFile,
  HOSTILE,
  hostile,
  long,
  retransmitted,
  rfc3665,
  traceNames,
  withDiagnoses,
} from './explained.ts';

// What Mermaid's sequence grammar (sequenceDiagram.jison) does with a line: before parsing,
// "#name;" and "#123;" become placeholders; a message's or label's text then runs up to the
// first "#", ";" or line break.
const ENTITY = /#(\w+);/g;
const decode = (text: string) =>
  text.replace(ENTITY, (_, code: string) =>
    /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : `&${code};`,
  );

/** The text of a line as Mermaid would show it, after checking nothing in it is syntax. */
function shown(text: string): string {
  const placeheld = text.replace(ENTITY, 'E');
  assert.doesNotMatch(placeheld, /[#;\n%<>"`${}&]/, text);
  assert.doesNotMatch(placeheld, /style|classDef/, text);
  assert.doesNotMatch(text.trim(), /^:?(?:no)?wrap:/i, text);
  return decode(text);
}

const ARROW = /^ {2}(P\d+)(->>|-->>|--\))(P\d+): (.*)$/;
const NOTE = /^ {2}Note over (P\d+(?:,P\d+)?): (.*)$/;
const PARTICIPANT = /^ {2}participant (P\d+) as (.*)$/;
const norm = (text: string) => text.replace(/\s+/g, ' ').trim() || ' ';

function parse(diagram: string) {
  const lines = diagram.trimEnd().split('\n');
  assert.equal(lines[0], 'sequenceDiagram');
  assert.equal(lines[1], '  autonumber');
  const participants: string[] = [];
  const arrows: { from: string; kind: string; to: string; text: string }[] = [];
  const notes: { over: string; text: string }[] = [];
  for (const line of lines.slice(2)) {
    const participant = PARTICIPANT.exec(line);
    const arrow = ARROW.exec(line);
    const note = NOTE.exec(line);
    if (participant) participants.push(shown(participant[2]!));
    else if (arrow)
      arrows.push({ from: arrow[1]!, kind: arrow[2]!, to: arrow[3]!, text: shown(arrow[4]!) });
    else if (note) notes.push({ over: note[1]!, text: shown(note[2]!) });
    else assert.fail(`a line Mermaid would not read as intended: ${line}`);
  }
  return { participants, arrows, notes };
}

describe('toMermaid', () => {
  for (const name of rfc3665)
    it(`${name}: one arrow per message, requests solid, responses dotted`, () => {
      const explanation = explainFile(name);
      const { participants, arrows, notes } = parse(toMermaid(explanation));
      assert.deepEqual(
        participants,
        explanation.participants.map((p) => p.label),
      );
      assert.equal(arrows.length, explanation.messages.length);
      assert.deepEqual(
        arrows.map((a) => a.text),
        explanation.messages.map((m) => m.label),
      );
      assert.deepEqual(
        arrows.map((a) => a.kind),
        explanation.messages.map((m) => (m.kind === 'request' ? '->>' : '-->>')),
      );
      const alias = new Map(explanation.participants.map((p, at) => [p.label, `P${at + 1}`]));
      assert.deepEqual(
        arrows.map((a) => [a.from, a.to]),
        explanation.messages.map((m) => [alias.get(m.from), alias.get(m.to)]),
      );
      assert.deepEqual(notes, []);
    });

  it('the RFC 3665 Busy flow, as written', () => {
    assert.equal(
      toMermaid(explainFile('rfc3665-busy.txt')),
      [
        'sequenceDiagram',
        '  autonumber',
        '  participant P1 as Alice',
        '  participant P2 as Proxy 1',
        '  participant P3 as Proxy 2',
        '  participant P4 as Bob',
        '  P1->>P2: INVITE',
        '  P2->>P3: INVITE',
        '  P2-->>P1: 100 Trying',
        '  P3->>P4: INVITE',
        '  P3-->>P2: 100 Trying',
        '  P4-->>P3: 486 Busy Here',
        '  P3->>P4: ACK',
        '  P3-->>P2: 486 Busy Here',
        '  P2->>P3: ACK',
        '  P2-->>P1: 486 Busy Here',
        '  P1->>P2: ACK',
        '',
      ].join('\n'),
    );
  });

  for (const name of traceNames)
    it(`${name}: every line reads as intended`, () => {
      const explanation = explainFile(name);
      const { participants, arrows } = parse(toMermaid(explanation));
      assert.equal(participants.length, explanation.participants.length);
      assert.equal(arrows.length, explanation.messages.length);
    });

  it('marks a retransmission as a dotted open arrow, "again"', () => {
    const { arrows } = parse(toMermaid(retransmitted()));
    assert.deepEqual(
      arrows.map((a) => `${a.kind} ${a.text}`),
      [
        '->> INVITE',
        '--) INVITE (again)',
        '-->> 180 Ringing',
        '--) 180 Ringing (again)',
        '-->> 486 Busy Here',
      ],
    );
  });

  it('keeps hostile names and labels inside their line, reading as they were', () => {
    const explanation = hostile();
    const { participants, arrows, notes } = parse(toMermaid(explanation));
    assert.deepEqual(
      participants,
      explanation.participants.map((p) => norm(p.label)),
    );
    assert.deepEqual(
      arrows.map((a) => a.text),
      explanation.messages.map((m) => norm(m.label)),
    );
    assert.deepEqual(notes, [{ over: 'P4,P3', text: 'Warning: end; #x <b> | y' }]);
  });

  for (const text of [...HOSTILE, '', ':nowrap:x', 'classDef x fill:#f00;', 'a\r\nb\u2028c'])
    it(`mermaidText(${JSON.stringify(text)})`, () => {
      assert.equal(shown(mermaidText(text)), norm(text));
    });

  it('puts a note for each diagnosis under the message it points at first', () => {
    const explanation = withDiagnoses(
      explainFile('rfc3665-busy.txt'),
      ['Busy callee', [5, 9]],
      ['Second finding', [5]],
      ['Ends with ACK', [10]],
    );
    const lines = toMermaid(explanation).split('\n');
    const at = lines.indexOf('  P4-->>P3: 486 Busy Here');
    assert.deepEqual(lines.slice(at + 1, at + 3), [
      '  Note over P4,P3: Warning: Busy callee',
      '  Note over P4,P3: Warning: Second finding',
    ]);
    assert.equal(lines.at(-2), '  Note over P1,P2: Warning: Ends with ACK');
    assert.doesNotMatch(toMermaid(explanation, { notes: false }), /Note/);
  });

  it('draws at most the first 200 messages of a long trace, and says so', () => {
    const diagram = toMermaid(long(450));
    const { arrows, notes } = parse(diagram);
    assert.equal(arrows.length, 200);
    assert.deepEqual(notes, [{ over: 'P1,P2', text: '250 more messages not drawn' }]);
    assert.equal(parse(toMermaid(long(450), { maxMessages: 20 })).arrows.length, 20);
  });

  it("stays under Mermaid's text limit whatever the names", () => {
    const base = long(200);
    const name = '<'.repeat(2000);
    const explanation = {
      ...base,
      participants: base.participants.map((p) => ({ ...p, label: name })),
      messages: base.messages.map((m) => ({ ...m, label: `${'>'.repeat(150)}` })),
    };
    const diagram = toMermaid(explanation);
    assert.ok(diagram.length < MERMAID_MAX_TEXT, String(diagram.length));
    const { arrows, notes } = parse(diagram);
    assert.ok(arrows.length > 0 && arrows.length < 200);
    assert.match(notes.at(-1)!.text, /^\d+ more messages not drawn$/);
  });
});
