// Real log lines from many products, as engineers paste them: each must find its page among the
// first answers, Enter must never open a page the line is not about, and lines whose numbers are
// addresses, times or sizes must answer nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { data } from './answer-checks.ts';
import { logLines, rightPages } from './log-lines.ts';
import { answers } from '../../src/lib/answers/index.ts';

const { positives, negatives } = logLines;

describe('log lines: the test set', () => {
  it('holds at least 150 real lines from 12 products, and 50 that name no code', () => {
    assert.ok(positives.length >= 150, `${positives.length} positives`);
    assert.ok(new Set(positives.map((entry) => entry.product)).size >= 12);
    assert.ok(negatives.length >= 50, `${negatives.length} negatives`);
    for (const entry of [...positives, ...negatives]) {
      assert.match(entry.source, /^https:\/\//, entry.line);
      assert.ok(entry.line.trim().length > 0);
    }
    for (const entry of positives)
      assert.match(entry.page ?? '', /^\/(causes\/)?\d+\/$/, entry.line);
    assert.equal(
      new Set(positives.map((entry) => entry.line)).size,
      positives.length,
      'a line twice',
    );
  });
});

describe('log lines: each finds its page', () => {
  for (const entry of positives.filter((item) => !item.unread)) {
    it(`${entry.product}: ${entry.line.slice(0, 90)}`, () => {
      const found = answers(entry.line, data);
      const right = rightPages(entry);
      assert.ok(
        found.slice(0, 3).some((answer) => right.includes(answer.url)),
        `wanted ${right.join(' or ')}, got ${found.map((answer) => answer.url).join(', ') || 'nothing'}`,
      );
      if (found[0]?.exact) assert.ok(right.includes(found[0].url), `Enter opens ${found[0].url}`);
    });
  }
});

describe('log lines: overall', () => {
  it('finds 95% first, Enter opens the right page for 85% and never a wrong one', () => {
    let first = 0;
    let enter = 0;
    for (const entry of positives) {
      const [top] = answers(entry.line, data);
      const right = rightPages(entry);
      if (top && right.includes(top.url)) first++;
      if (top?.exact) {
        assert.ok(right.includes(top.url), `Enter on ${entry.line} opens ${top.url}`);
        enter++;
      }
    }
    assert.ok(first >= positives.length * 0.95, `${first} of ${positives.length} first`);
    assert.ok(enter >= positives.length * 0.85, `Enter right for ${enter} of ${positives.length}`);
  });

  it('marks as unread only lines that still find nothing right', () => {
    for (const entry of positives.filter((item) => item.unread)) {
      const urls = answers(entry.line, data).map((answer) => answer.url);
      assert.ok(!urls.some((url) => rightPages(entry).includes(url)), `${entry.line} is read now`);
    }
  });
});

describe('log lines: numbers that are not codes', () => {
  for (const entry of negatives) {
    it(`${entry.product}: ${entry.line.slice(0, 90)}`, () => {
      assert.deepEqual(
        answers(entry.line, data).map((answer) => answer.url),
        [],
        entry.why,
      );
    });
  }
});
