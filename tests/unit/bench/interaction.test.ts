import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  keyInteractions,
  latencyBound,
  worstKey,
  type EventEntry,
} from '../../../bench/lib/interaction.ts';
import { stats } from '../../../bench/lib/stats.ts';
import { interactionSection, summarizeInteractions } from '../../../bench/measures/interaction.ts';

const entry = (
  name: string,
  startTime: number,
  duration: number,
  interactionId: number,
  processing: [number, number] = [startTime + 1, startTime + 3],
): EventEntry => ({
  name,
  startTime,
  duration,
  processingStart: processing[0],
  processingEnd: processing[1],
  interactionId,
});

describe('keyInteractions', () => {
  it("takes each key's longest event, its keyup included, with where the time went", () => {
    const [four] = keyInteractions({
      keys: [{ key: '4', downAt: 100, upAt: 150 }],
      entries: [
        entry('keydown', 100, 24, 7, [102, 103]),
        entry('keypress', 100.5, 40, 7, [104, 110]),
        entry('keyup', 150, 16, 7),
      ],
    });
    assert.deepEqual(four, {
      key: '4',
      latencyMs: 40,
      inputDelayMs: 3.5,
      processingMs: 6,
      presentationMs: 30.5,
    });
  });

  it('finds events by their interaction when only the keyup matches in time', () => {
    const [key] = keyInteractions({
      keys: [{ key: '8', downAt: 300, upAt: 350 }],
      entries: [entry('keyup', 350, 16, 9), entry('keydown', 299.2 - 10, 64, 9)],
    });
    assert.equal(key.latencyMs, 64);
  });

  it("reports null for a key under the threshold, and ignores other keys' events", () => {
    const keys = keyInteractions({
      keys: [
        { key: '4', downAt: 100, upAt: null },
        { key: '8', downAt: 300, upAt: 350 },
      ],
      entries: [entry('keydown', 300, 48, 2), entry('click', 50, 200, 1)],
    });
    assert.equal(keys[0].latencyMs, null);
    assert.equal(keys[1].latencyMs, 48);
    assert.equal(latencyBound(keys[0]), 16);
    assert.equal(worstKey(keys), 48);
    assert.equal(worstKey([]), null);
  });
});

describe('summarizeInteractions', () => {
  const key = (name: string, latencyMs: number | null) => ({
    key: name,
    latencyMs,
    inputDelayMs: null,
    processingMs: null,
    presentationMs: null,
  });
  const run = (latencies: (number | null)[], fullTextMs: number) => {
    const keys = latencies.map((latency, index) => key('486'[index], latency));
    return { keys, worstMs: worstKey(keys), fullTextMs };
  };

  it('gives medians per key, counting unreported keys at the threshold, and the worst key', () => {
    const summary = summarizeInteractions([
      run([null, 24, 120], 140),
      run([32, null, 40], 160),
      run([null, 24, 56], 150),
    ]);
    assert.deepEqual(
      summary.perKey.map(({ key, latencyMs, belowThreshold }) => [
        key,
        latencyMs?.median,
        belowThreshold,
      ]),
      [
        ['4', 16, 2],
        ['8', 24, 1],
        ['6', 56, 0],
      ],
    );
    assert.equal(summary.worstMs?.median, 56);
    assert.equal(summary.fullTextMs?.median, 150);
  });

  it('writes keys under the threshold as at most the threshold', () => {
    const text = interactionSection({
      loads: 9,
      query: '48',
      thresholdMs: 16,
      keyHoldMs: 50,
      keyGapMs: 100,
      boxes: [
        {
          scope: 'header',
          page: '/486/',
          perKey: [
            { key: '4', latencyMs: stats([16]), belowThreshold: 1 },
            { key: '8', latencyMs: stats([24, 40]), belowThreshold: 0 },
          ],
          worstMs: stats([24, 40]),
          fullTextMs: stats([140]),
          runs: [],
        },
      ],
    });
    assert.match(text, /\| Header box \(`\/486\/`\) \| ≤ 16 ms \| 32 ms \(24 ms–40 ms\) \| 32 ms/);
  });
});
