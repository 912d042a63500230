import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EXPORT_FONTS, EXPORT_PALETTE, ladderSvgFile } from '../../../src/lib/export/svg.ts';
import { layoutLadder } from '../../../src/lib/ladder.ts';
import type { Explanation } from '../../../src/lib/trace/index.ts';
import { explainFile, hostile, long, retransmitted, traceNames } from './explained.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['text', 'tspan', 'line', 'g', 'rect', 'marker'].includes(name),
});

interface TextNode {
  tspan: { '#text'?: string | number }[];
  '@_class': string;
}

/** The text of every <text>, its lines joined as the renderer split them. */
function texts(svg: string): { className: string; text: string }[] {
  const root = parser.parse(svg).svg;
  const all: TextNode[] = [...root.text, ...root.g.flatMap((g: { text: TextNode[] }) => g.text)];
  return all.map((node) => ({
    className: node['@_class'],
    text: node.tspan.map((span) => String(span['#text'] ?? '')).join(''),
  }));
}

/** Characters XML 1.0 allows in a document. */
const XML_CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

function assertStandalone(svg: string) {
  assert.equal(XMLValidator.validate(svg), true, 'well-formed XML');
  assert.match(svg, XML_CHAR, 'only characters XML allows');
  assert.match(
    svg,
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /,
  );
  // Nothing fetched, nothing from a page around it.
  assert.doesNotMatch(svg, /\bhref=|@import|@font-face|var\(--|light-dark|<image|<foreignObject/i);
  assert.deepEqual(svg.match(/https?:\/\/[^"\s]*/g), ['http://www.w3.org/2000/svg']);
  const ids = new Set([...svg.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]));
  for (const [, id] of svg.matchAll(/url\(([^)]*)\)/g)) assert.ok(ids.has(id!.slice(1)), id);
  // A size, a viewBox that matches it, and no position left as a share of an unknown width.
  const [, width, height, box] = /^<svg [^>]*width="(\d+)" height="(\d+)" viewBox="([^"]+)"/m.exec(
    svg.split('\n')[1]!,
  )!;
  assert.equal(box, `0 0 ${width} ${height}`);
  assert.doesNotMatch(svg, /\b(?:x|x1|x2|y|y1|y2)="[^"]*%"/);
  // A background under everything drawn.
  assert.match(
    svg,
    new RegExp(
      `</desc><style>[^<]*</style><rect width="${width}" height="${height}" fill="#ffffff"/><defs>`,
    ),
  );
  // Every class list the renderer writes has a rule of its own (".head" and ".head.own").
  const style = /<style>([^<]*)<\/style>/.exec(svg)![1]!;
  const lists = new Set([...svg.matchAll(/\bclass="([^"]+)"/g)].map((match) => match[1]!));
  for (const list of lists) {
    const compound = `.${list.split(' ').join('.')}`;
    assert.ok(new RegExp(`${compound.replace(/[.-]/g, '\\$&')}(?=[{, ])`).test(style), compound);
  }
}

describe('ladderSvgFile', () => {
  for (const name of traceNames)
    it(`${name}: a standalone picture with every lane and arrow label`, () => {
      const explanation = explainFile(name);
      const svg = ladderSvgFile(explanation);
      assertStandalone(svg);
      const drawn = texts(svg);
      assert.deepEqual(
        drawn.filter((t) => t.className === 'lane-label').map((t) => t.text),
        explanation.ladder.participants.map((p) => p.label),
      );
      assert.deepEqual(
        drawn.filter((t) => t.className.startsWith('label')).map((t) => t.text),
        explanation.ladder.messages.map((m) => m.label),
      );
    });

  it('highlights the final answer the caller got, in the accent colour', () => {
    const svg = ladderSvgFile(explainFile('rfc3665-busy.txt'));
    assert.equal(svg.match(/<g class="arrow own">/g)?.length, 3);
    assert.match(svg, /\.arrow\.own line\{stroke:#b3261e;/);
  });

  it('draws retransmissions dashed', () => {
    const svg = ladderSvgFile(retransmitted());
    assert.equal(svg.match(/<g class="arrow repeat">/g)?.length, 2);
    assert.match(svg, /\.arrow\.repeat line\{stroke-dasharray:4 3;/);
  });

  it('escapes hostile names and labels, which stay readable', () => {
    const explanation = hostile();
    const svg = ladderSvgFile(explanation, { title: 'A <b>title</b> & "more"' });
    assertStandalone(svg);
    assert.doesNotMatch(svg, /<script|<b>|<br>/);
    assert.match(
      svg,
      /<title id="sip-ladder-title">A &#60;b&#62;title&#60;\/b&#62; &#38; &#34;more&#34;<\/title>/,
    );
    const drawn = texts(svg).map((t) => t.text);
    for (const label of [
      ...explanation.ladder.participants.map((p) => p.label),
      ...explanation.ladder.messages.map((m) => m.label),
    ])
      assert.ok(drawn.includes(label.replace(/\s+/g, ' ')), label);
  });

  it('replaces characters XML forbids, so that the file still opens', () => {
    const base = explainFile('rfc3665-busy.txt');
    const explanation: Explanation = {
      ...base,
      ladder: {
        ...base.ladder,
        messages: base.ladder.messages.map((m) => ({ ...m, label: 'Busy\u0001\u000b\ud800' })),
      },
    };
    const svg = ladderSvgFile(explanation);
    assertStandalone(svg);
    assert.ok(svg.includes('Busy\ufffd\ufffd\ufffd'));
  });

  it('says in its title when the ladder draws only the first messages', () => {
    const svg = ladderSvgFile(long(250));
    assert.match(
      svg,
      /<title[^>]*>Ladder diagram of a SIP exchange \(the first 200 of 250 messages\)</,
    );
    assertStandalone(svg);
  });

  it('is laid out wider than a phone, or as asked', () => {
    const explanation = explainFile('rfc3665-busy.txt');
    assert.match(ladderSvgFile(explanation), /width="640"/);
    const narrow = ladderSvgFile(explanation, { width: 328, fontSize: 12 });
    const layout = layoutLadder(explanation.ladder, { code: 486, fitWidth: 328, fontSize: 12 });
    assert.match(narrow, new RegExp(`width="${layout.width}" height="${layout.height}"`));
  });

  it('uses the light theme colours and the font stacks of the site', () => {
    const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
    for (const [name, colour] of Object.entries(EXPORT_PALETTE))
      assert.match(css, new RegExp(`--${name}: light-dark\\(${colour},`), name);
    for (const [name, stack] of Object.entries(EXPORT_FONTS))
      assert.ok(css.includes(`--${name}: ${stack};`), name);
  });

  it('refuses an explanation with nothing to draw', () => {
    const empty = {
      ...long(1),
      status: 'none' as const,
      ladder: { participants: [], messages: [] },
    };
    assert.throws(() => ladderSvgFile(empty), /Nothing to draw/);
  });
});
