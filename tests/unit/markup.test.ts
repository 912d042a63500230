import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labelTableCells } from '../../src/lib/table-labels.ts';
import { tidyWhitespace } from '../../src/lib/whitespace.ts';

describe('tidyWhitespace', () => {
  it('drops line-break spaces before punctuation and after an opening bracket', () => {
    assert.equal(
      tidyWhitespace('<p>cause <strong>17</strong> (\n        User busy) towards</p>'),
      '<p>cause <strong>17</strong> (User busy) towards</p>',
    );
    assert.equal(
      tidyWhitespace('<p>(<a href="/x/">RFC 3398</a>\n      ).</p>'),
      '<p>(<a href="/x/">RFC 3398</a>).</p>',
    );
    assert.equal(
      tidyWhitespace('<p><a href="/1xx/">1xx</a>\n          , <a href="/2xx/">2xx</a>\n.</p>'),
      '<p><a href="/1xx/">1xx</a>, <a href="/2xx/">2xx</a>.</p>',
    );
  });

  it('moves line-break spaces at the ends of a link outside it', () => {
    assert.equal(
      tidyWhitespace('<li><a href="/600/">\n  600 Busy\n</a><span> — why</span></li>'),
      '<li>\n  <a href="/600/">600 Busy</a>\n<span> — why</span></li>',
    );
    assert.equal(
      tidyWhitespace('<p>in <a href="/g/">\n  Busy and rejection\n</a>\n.</p>'),
      '<p>in \n  <a href="/g/">Busy and rejection</a>.</p>',
    );
  });

  it('keeps spaces written on one line, and raw text as it is', () => {
    const kept = [
      '<p>A ( deliberately spaced ) aside , as written.</p>',
      '<p>Open a log file\n  .txt or .log</p>',
      '<span class="why"> — why</span>',
      '<pre>Via: SIP/2.0/UDP host\n ;branch=z9\n)</pre>',
      '<code>a\n,b</code>',
      '<script>if (a\n) b(\n)</script>',
      '<style>a::after { content: "(\n" }</style>',
      '<a href="/x/">\n</a>',
    ];
    for (const html of kept) assert.equal(tidyWhitespace(html), html);
  });
});

describe('labelTableCells', () => {
  const table = `<table><thead><tr><th scope="col">Header</th><th scope="col">Requirement <small>(RFC 2119)</small></th><th colspan="2">Source "x"</th></tr></thead>
<tbody><tr><th scope="row"><code>Retry-After</code></th><td>MAY</td><td>RFC 3261</td><td data-label="Own">§20</td></tr></tbody></table>`;

  it("copies each column's name onto its body cells", () => {
    const labelled = labelTableCells(table);
    assert.match(labelled, /<th scope="row" data-label="Header"><code>/);
    assert.match(labelled, /<td data-label="Requirement \(RFC 2119\)">MAY<\/td>/);
    assert.match(labelled, /<td data-label="Source &quot;x&quot;">RFC 3261<\/td>/);
    assert.match(labelled, /<td data-label="Own">§20<\/td>/, 'a label written by hand is kept');
    assert.match(labelled, /<th scope="col">Header<\/th>/, 'the header row is unchanged');
  });

  it('leaves a table without a header row, and the rest of the page, alone', () => {
    const plain = '<p>x</p><table><tr><td>a</td></tr></table>';
    assert.equal(labelTableCells(plain), plain);
    assert.equal(labelTableCells('<p data-label="x">y</p>'), '<p data-label="x">y</p>');
  });
});
