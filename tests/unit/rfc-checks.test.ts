// The content held against the RFC texts kept beside the project: no copied wording, and every
// MUST or SHOULD header row backed by its section. Without the texts this fails; it never skips.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkAgainstRfcs, findRfcFolder, readRfcTexts } from '../../scripts/rfc-checks.ts';
import { proseOf } from '../../src/lib/content-prose.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('proseOf', () => {
  it('gives frontmatter strings, comments and the body, but not the wire example', () => {
    const mdx = [
      '---',
      '# A comment about the page',
      'summary: One sentence.',
      'seeAlso:',
      '  - code: 600',
      '    why: Another sentence.',
      'example: |',
      '  SIP/2.0 486 Busy Here',
      '---',
      '',
      'See [603 Decline](/603/) and <abbr>UAS</abbr>.',
    ].join('\n');
    const pieces = proseOf('content/codes/486.mdx', mdx);
    assert.deepEqual(
      pieces.map(({ where }) => where),
      ['summary', 'seeAlso.0.why', 'comment', 'body'],
    );
    assert.equal(pieces.at(-1)!.text.trim(), 'See [603 Decline] and  UAS .');
    assert.ok(!pieces.some(({ text }) => text.includes('SIP/2.0')));
  });

  it('reads YAML files, notes and comments alike', () => {
    const pieces = proseOf('content/flows/486.yaml', '# Flow.\nmessages:\n  - note: A note\n');
    assert.deepEqual(pieces, [
      { where: 'messages.0.note', text: 'A note' },
      { where: 'comment', text: 'Flow.' },
    ]);
  });
});

describe('findRfcFolder', () => {
  it('finds shared/reference/rfc beside the checkout or further up, or takes RFC_TEXTS', () => {
    const base = mkdtempSync(join(tmpdir(), 'rfc-folder-'));
    try {
      const texts = join(base, 'shared', 'reference', 'rfc');
      mkdirSync(texts, { recursive: true });
      writeFileSync(join(texts, 'rfc3261.txt'), 'SIP');
      mkdirSync(join(base, 'wt', 'branch'), { recursive: true });
      assert.equal(findRfcFolder(join(base, 'checkout'), {}), texts);
      assert.equal(findRfcFolder(join(base, 'wt', 'branch'), {}), texts);
      assert.equal(findRfcFolder('/nowhere', { RFC_TEXTS: texts }), texts);
      assert.throws(
        () => findRfcFolder('/nowhere', { RFC_TEXTS: join(base, 'missing') }),
        /does not exist/,
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('fails loudly, naming where it looked, when there are no texts', () => {
    const base = mkdtempSync(join(tmpdir(), 'rfc-none-'));
    try {
      assert.throws(
        () => findRfcFolder(join(base, 'project'), {}),
        /No RFC texts found: looked for rfc3261\.txt in .*rfc-none-/,
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('the content against the RFC texts', () => {
  // Throws, and so fails, when the texts are missing: a check that skipped would prove nothing.
  const folder = findRfcFolder(root);
  const rfcs = readRfcTexts(folder);

  it('has the texts the checks rely on', () => {
    for (const rfc of ['RFC 3261', 'RFC 3262', 'RFC 6665'])
      assert.ok(rfcs.has(rfc), `${rfc} in ${folder}`);
  });

  it('shares no run of ten or more words with an RFC, and every MUST or SHOULD row cites a section that says so', () => {
    assert.deepEqual(checkAgainstRfcs(join(root, 'content'), rfcs, root), []);
  });
});
