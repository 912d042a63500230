// What a reader notices on every built page: no space before punctuation or after an opening
// bracket, and no link whose underline runs past its text. Such spaces come from templates
// that break inline text across lines, so the check runs on the built pages, whatever made them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderedBlocks, typographyProblems } from './rendered-text.ts';
import { read, site } from './site.ts';

describe('typography in dist/', () => {
  it(`no stray spaces on any of the ${site.htmlPages.length} pages`, () => {
    const problems = new Set<string>();
    for (const [path, file] of site.htmlPages) {
      for (const block of renderedBlocks(read(file))) {
        for (const problem of typographyProblems(block)) problems.add(`${path}: ${problem}`);
      }
    }
    assert.deepEqual([...problems].slice(0, 40), [], `${problems.size} problems`);
  });

  it('the check catches each kind, and lets correct text through', () => {
    const problemsIn = (html: string) => renderedBlocks(html).flatMap(typographyProblems);
    assert.equal(problemsIn('<p>cause <strong>17</strong> (\n  User busy)</p>').length, 1);
    assert.equal(problemsIn('<p>See <a href="/g/">busy and rejection</a>\n  .</p>').length, 1);
    assert.equal(problemsIn('<p><a href="/1xx/">1xx</a>\n, <a href="/2xx/">2xx</a></p>').length, 1);
    assert.equal(problemsIn('<li><a href="/600/">\n  600 Busy\n</a><span> — why</span></li>').length, 1);
    assert.deepEqual(
      problemsIn(
        '<li><a href="/600/">\n  600 Busy</a> — why (<code>Retry-After </code>).</li><p>Done.\n</p><pre>a ,b</pre><script>f( a ,b)</script><p>A log file (.txt, .log).</p>',
      ),
      [],
    );
  });
});
