import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cspHash } from '../../src/lib/csp.ts';
import { dropComments, dropIndentation, keepOwnHashes } from '../../src/lib/lean-html.ts';

const policy = (hashes: string[]) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes
    .map((hash) => `'${hash}'`)
    .join(' ')}; style-src 'self';">`;

describe('dropComments', () => {
  it('removes comments from markup', () => {
    assert.equal(
      dropComments('<p>a<!-- for authors -->b</p>\n<!--\n  several lines\n-->'),
      '<p>ab</p>\n',
    );
  });

  it('keeps what looks like a comment inside scripts, styles, pre and textarea', () => {
    const raw = [
      '<script>const s = "<!-- not markup -->";</script>',
      '<style>/* <!-- */ a{}</style>',
      '<pre><code>&lt;!-- shown --&gt;<!-- kept --></code></pre>',
      '<textarea><!-- typed --></textarea>',
    ].join('');
    assert.equal(dropComments(`<!-- x -->${raw}<!-- y -->`), raw);
  });

  it('leaves the doctype and markup without comments unchanged', () => {
    const page = '<!DOCTYPE html><html><body><p>486</p></body></html>';
    assert.equal(dropComments(page), page);
  });
});

describe('keepOwnHashes', () => {
  const script = 'document.body.dataset.ready = ""';
  const style = 'p{color:red}';
  const other = cspHash('alert(1)');

  it("keeps the hashes of the page's inline scripts and styles and drops the others", () => {
    const page = `<head>${policy([cspHash(script), other, cspHash(style)])}<style>${style}</style></head><body><script type="module">${script}</script></body>`;
    const out = keepOwnHashes(page);
    assert.ok(out.includes(`'${cspHash(script)}'`));
    assert.ok(out.includes(`'${cspHash(style)}'`));
    assert.ok(!out.includes(other));
    assert.ok(out.includes("default-src 'self'; script-src 'self'"), out);
  });

  it('does not count a script loaded from a file as inline', () => {
    const page = `${policy([cspHash('')])}<script type="module" src="/a.js"></script>`;
    assert.ok(!keepOwnHashes(page).includes('sha256-'));
  });

  it('leaves a page without a policy unchanged', () => {
    const page = `<p>no policy</p><script>${script}</script>`;
    assert.equal(keepOwnHashes(page), page);
  });
});

describe('dropIndentation', () => {
  it('drops the indentation and blank lines of markup, keeping one line break', () => {
    assert.equal(
      dropIndentation('<ul>\n    <li>a</li>\n\n    <li>b</li>\n</ul>'),
      '<ul>\n<li>a</li>\n<li>b</li>\n</ul>',
    );
  });

  it('leaves preformatted text, text areas, scripts and styles as they are', () => {
    const raw = [
      '<pre>SIP/2.0 486 Busy Here\n    Via: x</pre>',
      '<textarea>\n  a</textarea>',
      '<script>\n  let a = 1;</script>',
      '<style>\n  a { color: red }</style>',
    ].join('');
    assert.equal(dropIndentation(`<p>\n  x</p>${raw}`), `<p>\nx</p>${raw}`);
  });
});
