import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// The site's own Markdown processor (astro.config.mjs).
import { markdownToHtml } from 'satteri';
import { all, isAutolink, render, table, textOf } from './markdown-html.ts';
import { clip, keptRows, toMarkdown } from '../../../src/lib/export/markdown.ts';
import { explainTrace } from '../../../src/lib/trace/index.ts';
import { request, there } from '../trace/calls.ts';
import { explainData } from '../trace/explain-data.ts';
import {
  markdownParagraph,
  markdownText,
  siteAddress,
} from '../../../src/lib/export/markdown-text.ts';
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

const SITE = 'https://example.org/sip/';

describe('toMarkdown', () => {
  for (const name of rfc3665)
    it(`${name}: one row per message, codes linked under the base path`, () => {
      const explanation = explainFile(name);
      const { header, rows } = table(toMarkdown(explanation, { siteUrl: SITE }));
      assert.deepEqual(header, ['#', 'Place', 'From → To', 'Message']);
      assert.equal(rows.length, explanation.messages.length);
      explanation.messages.forEach((message, at) => {
        const [number, place, ends, label] = rows[at]!;
        assert.equal(number!.text, String(at + 1));
        assert.equal(place!.text, message.place);
        assert.equal(ends!.text, `${message.from} → ${message.to}`);
        assert.equal(label!.text, message.label);
        assert.deepEqual(label!.links, message.code === null ? [] : [`${SITE}${message.code}/`]);
      });
    });

  for (const name of traceNames)
    it(`${name}: a title, the summary and a row per message`, () => {
      const explanation = explainFile(name);
      const markdown = toMarkdown(explanation, { siteUrl: SITE });
      const { document, rows } = table(markdown);
      assert.equal(rows.length, explanation.messages.length);
      assert.match(textOf(all(document, 'h2')[0]!), /^SIP trace/);
      assert.equal(textOf(all(document, 'p')[0]!), explanation.summary);
    });

  it('the Busy flow starts as a ticket would', () => {
    const markdown = toMarkdown(explainFile('rfc3665-busy.txt'), { siteUrl: SITE });
    assert.equal(
      markdown.split('\n').slice(0, 10).join('\n'),
      [
        '## SIP trace: 486 Busy Here',
        '',
        'The INVITE from Alice was rejected with 486 Busy Here by Bob; Alice acknowledged it.',
        '',
        '11 messages between Alice, Proxy 1, Proxy 2 and Bob.',
        '',
        '### Messages (11)',
        '',
        '| # | Place | From → To | Message |',
        '| --: | --- | --- | --- |',
      ].join('\n'),
    );
  });

  it('links to the site wherever it is published', () => {
    const explanation = explainFile('rfc3665-busy.txt');
    const links = (siteUrl: string) =>
      all(render(toMarkdown(explanation, { siteUrl })), 'a').map((a) => a.attribs!.href);
    assert.deepEqual(new Set(links(SITE)), new Set([`${SITE}100/`, `${SITE}486/`]));
    assert.deepEqual(links('https://example.org/sip'), links(SITE));
    assert.deepEqual(
      new Set(links('https://sip.example.org/')),
      new Set(['https://sip.example.org/100/', 'https://sip.example.org/486/']),
    );
    assert.throws(() => toMarkdown(explanation, { siteUrl: '/sip/' }), /Invalid URL/);
    assert.equal(
      siteAddress('https://example.org/sip/', '/guides/timeouts/'),
      'https://example.org/sip/guides/timeouts/',
    );
  });

  it('gives times when the trace has them', () => {
    const { header, rows } = table(
      toMarkdown(explainFile('sngrep-register-401.txt'), { siteUrl: SITE }),
    );
    assert.deepEqual(header, ['#', 'Place', 'Time (UTC)', 'From → To', 'Message']);
    assert.deepEqual(
      rows.map((row) => row[2]!.text),
      ['15:41:31.962', '15:41:32.113 (+0.152 s)'],
    );
  });

  it('marks retransmissions and lists the problems', () => {
    const markdown = toMarkdown(retransmitted(), { siteUrl: SITE });
    const { document, rows } = table(markdown);
    assert.deepEqual(
      rows.map((row) => row[3]!.text),
      ['INVITE', 'INVITE (again)', '180 Ringing', '180 Ringing (again)', '486 Busy Here'],
    );
    const problems = all(all(document, 'ul').at(-1)!, 'li').map(textOf);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /^#2 \(line \d+\) INVITE: This INVITE repeats the one on line \d+/);
  });

  it('lists each diagnosis with its messages, rule and page', () => {
    const explanation = withDiagnoses(explainFile('rfc3665-busy.txt'), ['Busy callee', [5, 9]]);
    const markdown = toMarkdown(explanation, { siteUrl: SITE });
    const document = render(markdown);
    const item = all(document, 'li')[0]!;
    assert.match(
      textOf(item),
      /^Warning: Busy callee — #6 \(line 157\), #10 \(line 227\) · RFC 3261 §17\.1\.1\.2 \(Timer B\) · explained\s+About Busy callee$/,
    );
    assert.deepEqual(
      all(item, 'a').map((a) => a.attribs!.href),
      ['https://www.rfc-editor.org/rfc/rfc3261.html#section-17.1.1.2', `${SITE}408/`],
    );
  });

  it('escapes hostile text: every cell, the summary and the findings read as written', () => {
    const explanation = hostile();
    const markdown = toMarkdown(explanation, { siteUrl: SITE });
    const { document, rows } = table(markdown);
    const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
    assert.equal(rows.length, explanation.messages.length);
    explanation.messages.forEach((message, at) => {
      assert.equal(rows[at]![1]!.text, norm(message.place));
      assert.equal(rows[at]![2]!.text, `${norm(message.from)} → ${norm(message.to)}`);
      assert.equal(rows[at]![3]!.text, norm(message.label));
    });
    // Nothing but the table's own links, the rule's and the page's; no markup, math or heading.
    const links = all(document, 'a')
      .filter((a) => !isAutolink(a))
      .map((a) => a.attribs!.href!);
    assert.ok(
      links.every(
        (href) => href.startsWith(SITE) || href.startsWith('https://www.rfc-editor.org/'),
      ),
      links.join(' '),
    );
    for (const tag of ['script', 'b', 'br', 'em', 'strong', 'del', 'code', 'h1', 'math', 'img'])
      assert.equal(all(document, tag).length, tag === 'strong' ? 1 : 0, tag);
    assert.doesNotMatch(
      markdownToHtml(markdown, { features: { gfm: true, math: true } }).html,
      /class="math/,
    );
    assert.equal(textOf(all(document, 'p')[0]!), explanation.summary);
    assert.equal(textOf(all(document, 'strong')[0]!), 'Warning: end; #x <b> | y');
  });

  for (const text of [
    ...HOSTILE,
    '1. not a list',
    '- nor this',
    '> nor a quote',
    '=== nor a heading',
  ])
    it(`a paragraph of ${JSON.stringify(text)} reads as written`, () => {
      const document = render(markdownParagraph(text));
      const [paragraph, ...more] = all(document, 'p');
      assert.deepEqual(more, []);
      assert.equal(textOf(paragraph ?? { type: 'root' }), text.replace(/\s+/g, ' ').trim());
      const links = all(document, 'a').filter((a) => !isAutolink(a));
      assert.equal(links.length + all(document, 'ol').length + all(document, 'ul').length, 0);
    });

  it('escapes a pipe, a backtick, a line break, a leading # and < in a cell', () => {
    assert.equal(markdownText('a | b `c`\n# d <e>'), 'a \\| b \\`c\\` \\# d \\<e\\>');
  });

  it('cuts a long trace to its first and last messages and stays under 65,536 characters', () => {
    const explanation = long(1000);
    const markdown = toMarkdown(explanation, { siteUrl: SITE });
    const { rows } = table(markdown);
    assert.equal(rows.length, 101);
    assert.deepEqual(
      rows.slice(0, 80).map((row) => row[0]!.text),
      Array.from({ length: 80 }, (_, at) => String(at + 1)),
    );
    assert.deepEqual(
      rows.slice(81).map((row) => row[0]!.text),
      Array.from({ length: 20 }, (_, at) => String(981 + at)),
    );
    assert.equal(rows[80]![0]!.text, '…');
    assert.match(rows[80]![3]!.text, /^900 messages not shown \(line \d+ to line \d+\)$/);
    assert.ok(markdown.length < 65_536, String(markdown.length));
    const withDiagram = toMarkdown(explanation, { siteUrl: SITE, mermaid: true });
    assert.ok(withDiagram.length < 65_536, String(withDiagram.length));
    assert.deepEqual(keptRows(10, 100), { head: 10, tail: 0 });
    assert.deepEqual(keptRows(101, 100), { head: 80, tail: 20 });
    assert.deepEqual(keptRows(50, 8), { head: 6, tail: 2 });
    const [one, gap, ...none] = table(toMarkdown(long(5), { siteUrl: SITE, maxRows: 1 })).rows;
    assert.deepEqual([one![0]!.text, gap![0]!.text, none], ['1', '…', []]);
    assert.match(gap![3]!.text, /^4 messages not shown/);
  });

  it('keeps a summary that runs on short, and only what the page says of the input', () => {
    // The explainer keeps its summaries short; a paste's own text can still run long.
    const explanation = { ...long(1000), summary: `${'A clause of a long paste, '.repeat(2000)}` };
    const markdown = toMarkdown(explanation, { siteUrl: SITE });
    const [title, , summary, , count] = markdown.split('\n');
    assert.equal(title, '## SIP trace');
    assert.ok(summary!.length <= 1_502 && summary!.endsWith('paste …'), summary);
    assert.equal(count, '1000 messages between 192.0.2.10:5060 and 203.0.113.7:5060.');
    assert.doesNotMatch(markdown, /ladder draws/);
    const cut = toMarkdown(
      explainTrace(there(request('OPTIONS')).repeat(3), explainData, { maxMessages: 2 }),
      { siteUrl: SITE },
    );
    assert.match(cut, /\n\nShowing the first 2 messages of a longer paste\.\n/);
    assert.equal(clip('one, two; three. four', 12), 'one, two …');
  });

  it('names at most a dozen participants', () => {
    const base = explainFile('rfc3665-busy.txt');
    const participants = Array.from({ length: 30 }, (_, at) => ({
      id: `p${at}`,
      label: `host${at}`,
    }));
    const markdown = toMarkdown({ ...base, participants }, { siteUrl: SITE });
    assert.match(markdown, /\n11 messages between host0, host1, [^\n]*, host11 and 18 more\.\n/);
  });

  it('keeps long names and labels short in their cells', () => {
    const base = explainFile('rfc3665-busy.txt');
    const explanation = {
      ...base,
      participants: base.participants.map((p) => ({ ...p, label: 'x'.repeat(500) })),
      messages: base.messages.map((m) => ({ ...m, from: 'f'.repeat(500), to: 't'.repeat(500) })),
    };
    const { rows } = table(toMarkdown(explanation, { siteUrl: SITE }));
    assert.ok(rows.every((row) => row[2]!.text.length <= 60 * 2 + 3));
  });

  it('can carry the ladder as a Mermaid block', () => {
    const markdown = toMarkdown(explainFile('rfc3665-busy.txt'), { siteUrl: SITE, mermaid: true });
    assert.match(
      markdown,
      /\n### Ladder\n\n```mermaid\nsequenceDiagram\n {2}autonumber\n[^`]*\n```\n/,
    );
  });

  it('says what there was when nothing was explained', () => {
    const none = { ...long(1), status: 'none' as const, notice: 'No SIP message found.' };
    assert.equal(toMarkdown(none, { siteUrl: SITE }), '## SIP trace\n\nNo SIP message found.\n');
  });
});
