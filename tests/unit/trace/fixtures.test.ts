// Every real trace in tests/fixtures/traces/ yields what its sidecar says it must.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { explainTrace } from '../../../src/lib/trace/index.ts';
import { explainData, traceDir } from './explain-data.ts';

interface Expectation {
  messages: string[];
  participants: string[];
  causes: number[];
  problems: string[];
  summary: string[];
  roles?: Record<string, string>;
  challenge?: Record<string, Record<string, string>>;
  missingMust?: Record<string, string[]>;
  phraseDiffers?: Record<string, string>;
  warnings?: Record<string, number[]>;
}

const names = readdirSync(traceDir).filter((name) => name.endsWith('.txt'));

describe('real traces', () => {
  it('there are at least eight, each with a sidecar giving its source', () => {
    assert.ok(names.length >= 8);
    for (const name of names) {
      const sidecar = JSON.parse(
        readFileSync(new URL(name.replace(/\.txt$/, '.json'), traceDir), 'utf8'),
      );
      assert.ok(sidecar.source && sidecar.where && sidecar.format && sidecar.edits, name);
    }
  });

  for (const name of names) {
    it(name, () => {
      const text = readFileSync(new URL(name, traceDir), 'utf8');
      const { expect } = JSON.parse(
        readFileSync(new URL(name.replace(/\.txt$/, '.json'), traceDir), 'utf8'),
      ) as { expect: Expectation };
      const result = explainTrace(text, explainData);
      assert.equal(result.status, 'explained');
      assert.deepEqual(
        result.messages.map((m) => m.label),
        expect.messages,
        'messages',
      );
      assert.deepEqual(
        result.participants.map((p) => p.label),
        expect.participants,
        'participants',
      );
      const causes = result.messages.flatMap((m) =>
        m.annotations.reasons
          .filter((r) => r.protocol.toUpperCase() === 'Q.850')
          .map((r) => r.cause),
      );
      assert.deepEqual([...new Set(causes)], expect.causes, 'causes');
      assert.deepEqual(
        [...new Set(result.problems.map((p) => p.kind))].sort(),
        [...expect.problems].sort(),
        `problems: ${JSON.stringify(result.problems)}`,
      );
      for (const phrase of expect.summary)
        assert.ok(result.summary.includes(phrase), `summary "${result.summary}" lacks "${phrase}"`);
      for (const [index, role] of Object.entries(expect.roles ?? {}))
        assert.equal(result.messages[Number(index)]!.role, role, `role of message ${index}`);
      for (const [index, wanted] of Object.entries(expect.challenge ?? {})) {
        const challenge = result.messages[Number(index)]!.annotations.challenges[0];
        assert.ok(challenge, `message ${index} has a challenge`);
        for (const [key, value] of Object.entries(wanted))
          assert.equal(challenge[key as keyof typeof challenge], value, `challenge ${key}`);
      }
      for (const [index, headers] of Object.entries(expect.missingMust ?? {}))
        assert.deepEqual(
          result.messages[Number(index)]!.annotations.response?.missingMust,
          headers,
        );
      for (const [index, registered] of Object.entries(expect.phraseDiffers ?? {}))
        assert.equal(
          result.messages[Number(index)]!.annotations.response?.registeredReason,
          registered,
        );
      for (const [index, codes] of Object.entries(expect.warnings ?? {}))
        assert.deepEqual(
          result.messages[Number(index)]!.annotations.warnings.map((w) => w.code),
          codes,
        );
      // The ladder has a lane per participant and a row per message.
      assert.equal(result.ladder.participants.length, expect.participants.length);
      assert.equal(result.ladder.messages.length, expect.messages.length);
    });
  }
});
