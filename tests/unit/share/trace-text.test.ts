// The text shared for a capture reads back as the same messages, times and participants.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { syntheticCapture } from '../../../bench/lib/synthetic-capture.ts';
import { readCapture } from '../../../src/lib/capture/read.ts';
import { sngrepTime, traceText } from '../../../src/lib/share/trace-text.ts';
import { foundFromCapture } from '../../../src/lib/trace/captured.ts';
import { explainFound, explainTrace, type Explanation } from '../../../src/lib/trace/index.ts';
import { timeInLine } from '../../../src/lib/trace/times.ts';
import { explainData } from '../trace/explain-data.ts';
import { fixtures, shape } from './traces.ts';

// Places differ by nature ("packet 6" becomes "line 72"); what a message answers is the same.
const seen = (explanation: Explanation) => ({
  ...shape(explanation),
  descriptions: explanation.messages.map((m) => m.description.replace(/(?:line|packet) \d+/, '…')),
  lanes: explanation.participants.map((p) => p.label),
  ends: explanation.messages.map((m) => `${m.from} -> ${m.to}`),
  texts: explanation.messages.map((m) => m.text),
});

describe('the text shared for a capture', () => {
  const captured = readCapture(syntheticCapture(40, 0)).messages;
  const original = explainFound(foundFromCapture(captured), explainData, { input: 'capture' });

  it('reads back as the same messages, times, senders and receivers', () => {
    const text = traceText(original.messages);
    assert.match(
      text,
      /^2026\/01\/01 00:00:00\.001000 10\.1\.0\.1:5060 -> 10\.1\.0\.2:5060\nINVITE /,
    );
    const read = explainTrace(text, explainData);
    assert.equal(read.messages.length, 40);
    assert.deepEqual(seen(read), seen(original));
  });

  it('writes times to the microsecond, and reads them back so', () => {
    for (const micro of [0, 1, 999_999, 1_732_032_095_861_404, Date.UTC(2026, 0, 1) * 1000 + 7])
      assert.equal(timeInLine(sngrepTime(micro)), micro);
  });

  it('writes IPv6 addresses in brackets, as sngrep does', () => {
    const v6 = original.messages.slice(0, 2).map((m, index) => ({
      ...m,
      from: index === 0 ? '[2001:db8::1]:5060' : '[2001:db8::2]:5060',
      to: index === 0 ? '[2001:db8::2]:5060' : '[2001:db8::1]:5060',
    }));
    const read = explainTrace(traceText(v6), explainData);
    assert.deepEqual(
      read.participants.map((p) => p.label),
      ['[2001:db8::1]:5060', '[2001:db8::2]:5060'],
    );
  });

  it('leaves the time out when the messages had none', () => {
    const timeless = original.messages.map((m) => ({ ...m, time: null }));
    const read = explainTrace(traceText(timeless), explainData);
    assert.deepEqual(
      read.messages.map((m) => m.time),
      original.messages.map(() => null),
    );
    assert.deepEqual(seen(read).ends, seen(original).ends);
  });
});

describe('the text shared for a paste', () => {
  for (const { name, text } of fixtures) {
    it(`${name}: reads back as the same messages, times and participants`, () => {
      const original = explainTrace(text, explainData);
      const read = explainTrace(traceText(original.messages), explainData);
      const expected = seen(original);
      const actual = seen(read);
      assert.deepEqual(actual.labels, expected.labels);
      assert.deepEqual(actual.times, expected.times);
      assert.deepEqual(actual.lanes.toSorted(), expected.lanes.toSorted());
      assert.deepEqual(actual.ends, expected.ends);
      assert.deepEqual(actual.roles, expected.roles);
      assert.deepEqual(actual.texts, expected.texts);
    });
  }
});
