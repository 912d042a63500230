import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  firstLine,
  formatBytes,
  formatDuration,
  formatFactor,
  formatLoad,
  formatMs,
  paragraph,
  table,
} from '../../../bench/lib/format.ts';

describe('formatBytes', () => {
  it('writes kilobytes of 1000 bytes below a megabyte', () => {
    assert.equal(formatBytes(0), '0.0 kB');
    assert.equal(formatBytes(9_812), '9.8 kB');
    assert.equal(formatBytes(999_949), '999.9 kB');
  });

  it('writes megabytes from 1,000,000 bytes', () => {
    assert.equal(formatBytes(1_000_000), '1.00 MB');
    assert.equal(formatBytes(21_180_000), '21.18 MB');
  });
});

describe('formatMs', () => {
  it('rounds milliseconds below a second', () => {
    assert.equal(formatMs(363.4), '363 ms');
  });

  it('writes seconds with two decimals below ten, one above', () => {
    assert.equal(formatMs(2_920), '2.92 s');
    assert.equal(formatMs(42_140), '42.1 s');
  });

  it('writes a dash for a missing figure', () => {
    assert.equal(formatMs(null), '–');
    assert.equal(formatMs(undefined), '–');
    assert.equal(formatMs(Number.NaN), '–');
  });
});

describe('other figures', () => {
  it('formats durations, factors and load averages', () => {
    assert.equal(formatDuration(163_400), '2 min 43 s');
    assert.equal(formatFactor(2.8123), '×2.81');
    assert.equal(formatLoad([6.63, 6.2, 6.06]), '6.6, 6.2, 6.1');
  });

  it('keeps the first line of an error', () => {
    assert.equal(firstLine('failed (exit code 1):\nstack'), 'failed (exit code 1):');
  });
});

describe('table', () => {
  it('aligns the first column left and the figures right', () => {
    assert.equal(
      table(['Page', 'Requests'], [['`/`', 4]]),
      ['| Page | Requests |', '| --- | ---: |', '| `/` | 4 |'].join('\n'),
    );
  });
});

describe('paragraph', () => {
  const text = 'Each page in a fresh browser context, every response until the network was idle.';

  it('wraps at the width without breaking or losing words', () => {
    const wrapped = paragraph([text, text, text], 40);
    for (const line of wrapped.split('\n')) assert.ok(line.length <= 40, line);
    assert.equal(wrapped.replaceAll('\n', ' '), [text, text, text].join(' '));
  });

  it('joins parts, skipping empty ones and extra spaces', () => {
    assert.equal(paragraph(['one  two', '', 'three']), 'one two three');
  });

  it('keeps a figure and its unit on one line', () => {
    const wrapped = paragraph(
      ['files: `/pagefind/fragment/en_b865cf6.pf_fragment` 1.7 kB, next'],
      54,
    );
    assert.equal(wrapped, 'files: `/pagefind/fragment/en_b865cf6.pf_fragment`\n1.7 kB, next');
  });

  it('keeps a word longer than the width on a line of its own', () => {
    assert.equal(paragraph(['a', 'x'.repeat(12), 'b'], 10), `a\n${'x'.repeat(12)}\nb`);
  });
});
